#include "ServiceWindow.h"

#include "Logging.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

constexpr qint64 WindowMs = duration_cast<milliseconds>(ServiceWindow::Length).count();
constexpr qint64 FreeEntryPointMs =
    duration_cast<milliseconds>(ServiceWindow::FreeEntryPointLength).count();
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;

// All window arithmetic runs on UTC milliseconds, so time zones and DST cannot bend a 24 h window.
QDateTime utcAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

std::optional<qint64> msecsOf(const std::optional<QDateTime> &time)
{
    if (time && time->isValid())
        return time->toMSecsSinceEpoch();
    return std::nullopt;
}

QString twoFields(qint64 major, qint64 minor)
{
    return QStringLiteral("%1:%2")
        .arg(major, 2, 10, QLatin1Char('0'))
        .arg(minor, 2, 10, QLatin1Char('0'));
}

} // namespace

WindowState ServiceWindow::evaluate(const WindowInputs &inputs, const QDateTime &now,
                                    std::chrono::minutes closingSoonThreshold)
{
    WindowState state;
    const bool nowValid = now.isValid();
    if (!nowValid)
        qCWarning(lcCore) << "Service window evaluated at an invalid time; allowing templates only";
    const qint64 at = nowValid ? now.toMSecsSinceEpoch() : 0;
    const qint64 threshold =
        std::clamp<qint64>(duration_cast<milliseconds>(closingSoonThreshold).count(), 0, WindowMs);

    std::optional<qint64> next;
    const auto consider = [&](qint64 transition) {
        if (nowValid && transition > at && (!next || transition < *next))
            next = transition;
    };

    if (const auto last = msecsOf(inputs.lastInbound)) {
        const qint64 deadline = *last + WindowMs;
        const qint64 closingSoon = deadline - threshold;
        state.deadline = utcAt(deadline);
        state.closingSoonAt = utcAt(closingSoon);
        if (!nowValid || at >= deadline) {
            state.phase = WindowPhase::Closed;
            state.closedFor = milliseconds(nowValid ? at - deadline : 0);
        } else {
            state.phase = at < closingSoon ? WindowPhase::Open : WindowPhase::ClosingSoon;
            state.permission = SendPermission::AnyMessage;
            state.remaining = milliseconds(deadline - at);
        }
        consider(closingSoon);
        consider(deadline);
    }

    if (const auto reply = msecsOf(inputs.entryPointReplyAt)) {
        const qint64 until = *reply + FreeEntryPointMs;
        state.freeEntryPointUntil = utcAt(until);
        state.freeEntryPointActive = nowValid && at >= *reply && at < until;
        consider(*reply);
        consider(until);
    }

    if (next)
        state.nextChange = utcAt(*next);
    return state;
}

bool ServiceWindow::recordInbound(WindowInputs &inputs, const QDateTime &at, InboundOrigin origin)
{
    if (!at.isValid()) {
        qCWarning(lcCore) << "Ignoring an inbound message or call without a valid time";
        return false;
    }
    const qint64 time = at.toMSecsSinceEpoch();
    const auto last = msecsOf(inputs.lastInbound);
    auto entry = msecsOf(inputs.entryPointAt);
    const auto reply = msecsOf(inputs.entryPointReplyAt);
    bool changed = false;

    // The entry-point conversation's window lapsed unanswered before this message reopened it, so a
    // reply now is an ordinary one: the free entry point is gone.
    if (entry && !reply && last && time >= *last + WindowMs) {
        inputs.entryPointAt.reset();
        entry.reset();
        changed = true;
    }
    if (!last || time > *last) {
        inputs.lastInbound = utcAt(time);
        changed = true;
    }
    if (origin == InboundOrigin::EntryPoint) {
        // An ad click during a running FEP window does not open another one.
        const bool startsNew = !entry || (reply && time >= *reply + FreeEntryPointMs);
        // A late-arriving earlier click is the one that really opened the pending conversation.
        const bool earlierPending = entry && !reply && time < *entry;
        if (startsNew || earlierPending) {
            inputs.entryPointAt = utcAt(time);
            inputs.entryPointReplyAt.reset();
            changed = true;
        }
    }
    return changed;
}

bool ServiceWindow::recordBusinessReply(WindowInputs &inputs, const QDateTime &at)
{
    if (!at.isValid()) {
        qCWarning(lcCore) << "Ignoring a business reply without a valid time";
        return false;
    }
    const qint64 time = at.toMSecsSinceEpoch();
    const auto entry = msecsOf(inputs.entryPointAt);
    const auto last = msecsOf(inputs.lastInbound);
    if (!entry || inputs.entryPointReplyAt || !last || time < *entry)
        return false;
    if (time >= *last + WindowMs) {
        // Replying after the window closed (a template) forfeits the free entry point.
        inputs.entryPointAt.reset();
        return true;
    }
    inputs.entryPointReplyAt = utcAt(time);
    return true;
}

bool ServiceWindow::recordFreeEntryPointConfirmed(WindowInputs &inputs, const QDateTime &sentAt,
                                                  const std::optional<QDateTime> &expiresAt)
{
    if (!sentAt.isValid() || (expiresAt && !expiresAt->isValid())) {
        qCWarning(lcCore) << "Ignoring a free-entry-point confirmation without a valid time";
        return false;
    }
    const bool exact = expiresAt.has_value();
    const qint64 start =
        exact ? expiresAt->toMSecsSinceEpoch() - FreeEntryPointMs : sentAt.toMSecsSinceEpoch();
    const auto reply = msecsOf(inputs.entryPointReplyAt);

    bool changed = false;
    if (!reply || start >= *reply + FreeEntryPointMs) {
        inputs.entryPointReplyAt = utcAt(start); // a window we had not inferred locally
        changed = true;
    } else if (start + FreeEntryPointMs <= *reply) {
        return false; // a late webhook about an older, finished window
    } else if (start != *reply && (exact || start < *reply)) {
        // Same window: the platform's expiry is exact, and a message billed as FEP proves the
        // window had opened by the time it was sent.
        inputs.entryPointReplyAt = utcAt(start);
        changed = true;
    }
    const auto entry = msecsOf(inputs.entryPointAt);
    if (!entry || *entry > start) {
        inputs.entryPointAt = utcAt(start);
        changed = true;
    }
    return changed;
}

QString ServiceWindow::formatRemaining(const WindowState &state,
                                       std::chrono::minutes secondsDisplay)
{
    switch (state.phase) {
    case WindowPhase::Never:
        return tr("no customer message yet");
    case WindowPhase::Open:
    case WindowPhase::ClosingSoon: {
        const qint64 remaining = std::max<qint64>(state.remaining.count(), 0);
        const qint64 secondsFrom =
            std::max<qint64>(duration_cast<milliseconds>(secondsDisplay).count(), 0);
        if (remaining <= secondsFrom) {
            const qint64 seconds = (remaining + 999) / 1000;
            return twoFields(seconds / 60, seconds % 60);
        }
        const qint64 minutes = (remaining + MinuteMs - 1) / MinuteMs;
        return twoFields(minutes / 60, minutes % 60);
    }
    case WindowPhase::Closed: {
        const qint64 closedFor = std::max<qint64>(state.closedFor.count(), 0);
        if (closedFor < MinuteMs)
            return tr("closed just now", "customer-service window");
        if (closedFor < HourMs)
            return tr("closed %n min ago", "customer-service window",
                      static_cast<int>(closedFor / MinuteMs));
        if (closedFor < 48 * HourMs)
            return tr("closed %n h ago", "customer-service window",
                      static_cast<int>(closedFor / HourMs));
        return tr("closed %n days ago", "customer-service window",
                  static_cast<int>(std::min<qint64>(closedFor / (24 * HourMs),
                                                    std::numeric_limits<int>::max())));
    }
    }
    return {};
}

} // namespace sb

#include "BubbleStrings.h"

#include "ErrorCatalogue.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

namespace sb {

namespace {

// The order in which a message passes through its states, for the tooltip.
constexpr std::array kTimeline{
    DeliveryState::Draft,   DeliveryState::Queued,    DeliveryState::Sending,
    DeliveryState::Unknown, DeliveryState::Accepted,  DeliveryState::Sent,
    DeliveryState::Failed,  DeliveryState::Delivered, DeliveryState::Read,
    DeliveryState::Played,
};

} // namespace

QString BubbleStrings::dayLabel(const QDate &day, const QDate &today)
{
    const QLocale locale;
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0)
        return tr("Today", "day separator");
    if (daysAgo == 1)
        return tr("Yesterday", "day separator");
    if (daysAgo > 1 && daysAgo < 7)
        return locale.dayName(day.dayOfWeek(), QLocale::LongFormat);
    if (day.year() == today.year())
        return locale.toString(day, tr("d MMMM", "day separator date format, this year"));
    return locale.toString(day, tr("d MMMM yyyy", "day separator date format, other years"));
}

QString BubbleStrings::timeLabel(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // Some locales' short format still has seconds; a chat shows hours and minutes.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return QLocale().toString(at.toLocalTime().time(), format);
}

QString BubbleStrings::fullTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QString BubbleStrings::statusToolTip(const DeliveryStatus &status)
{
    QStringList lines;
    for (const DeliveryState state : kTimeline) {
        if (const auto at = status.timestamp(state))
            lines.append(tr("%1: %2", "delivery state: time")
                             .arg(DeliveryStatus::label(state), fullTime(*at)));
    }
    if (lines.isEmpty())
        return tr("Not sent yet");
    if (status.state() == DeliveryState::Accepted)
        lines.append(tr("WhatsApp accepted the message but has not reported it sent yet."));
    if (status.state() == DeliveryState::Failed || status.error())
        lines.append(failureLine(status.error()));
    return lines.join(QLatin1Char('\n'));
}

QString BubbleStrings::receivedToolTip(const QDateTime &at)
{
    return tr("Received: %1").arg(fullTime(at));
}

QString BubbleStrings::failureLine(const std::optional<StatusError> &error)
{
    if (!error || error->code == 0) {
        const QString title = error ? error->title : QString();
        return title.isEmpty() ? tr("Failed: WhatsApp did not say why.")
                               : tr("Failed: %1").arg(title);
    }
    const ErrorInfo info = ErrorCatalogue::lookup(error->code);
    QString explanation = info.known ? info.explanation : error->title;
    if (explanation.isEmpty())
        explanation = info.explanation;
    if (info.fix.isEmpty())
        return tr("Failed (%1): %2").arg(error->code).arg(explanation);
    return tr("Failed (%1): %2 — %3", "code: explanation — next action")
        .arg(error->code)
        .arg(explanation, info.fix);
}

QString BubbleStrings::readReceiptsHint(const QDateTime &deliveredAt, const QDateTime &now)
{
    const qint64 hours = std::max<qint64>(0, deliveredAt.secsTo(now) / 3600);
    const QString ago = hours < 48 ? tr("%n hour(s) ago", nullptr, int(hours))
                                   : tr("%n day(s) ago", nullptr, int(hours / 24));
    return tr("Delivered %1, not read: the customer may have read receipts off").arg(ago);
}

QString BubbleStrings::reactionsToolTip(const QList<ChatReaction> &reactions)
{
    QStringList lines;
    for (const ChatReaction &reaction : reactions) {
        const QString who = reaction.direction == Direction::Outbound ? you() : customer();
        QString line = tr("%1 %2", "emoji, who reacted").arg(reaction.emoji, who);
        if (reaction.state == DeliveryState::Failed)
            line += QLatin1Char(' ') + tr("(failed to send)");
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString BubbleStrings::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 total = (ms + 500) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    const QString ss = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(minutes).arg(ss);
}

QString BubbleStrings::dataSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString BubbleStrings::mediaUnavailable(const QString &reason)
{
    return tr("Could not download: %1").arg(reason);
}

QString BubbleStrings::retry()
{
    return tr("Retry", "send a failed message again");
}

QString BubbleStrings::openMap()
{
    return tr("Open map");
}

QString BubbleStrings::you()
{
    return tr("You", "the business, in a chat");
}

QString BubbleStrings::customer()
{
    return tr("Customer");
}

} // namespace sb

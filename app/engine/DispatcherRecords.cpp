#include "AlertRepository.h"
#include "Backoff.h"
#include "Dispatcher.h"
#include "Logging.h"
#include "StoreError.h"

#include <algorithm>

// Dispatcher: what it writes down (outcomes, pauses as alerts, queue depth), and how it copes
// when the database refuses. The sending loop is in Dispatcher.cpp.
namespace sb {

namespace {

// Kept in step with the engine's wake-ups: the depth display may lag by this much while sends
// are in flight; it is exact whenever the dispatcher goes idle.
constexpr int kDepthIntervalMs = 200;

} // namespace

QList<OutboxOutcome> Dispatcher::unsavedOutcomes() const
{
    const auto stateOf = [](Outcome::Kind kind) {
        switch (kind) {
        case Outcome::Kind::Accepted:
            return OutboxState::Accepted;
        case Outcome::Kind::Retry:
            return OutboxState::Queued;
        case Outcome::Kind::Failed:
            return OutboxState::Failed;
        case Outcome::Kind::Unknown:
            break;
        }
        return OutboxState::Unknown;
    };
    QList<OutboxOutcome> outcomes;
    outcomes.reserve(m_unsaved.size());
    for (const Outcome &o : m_unsaved)
        outcomes.append(
            OutboxOutcome{o.rowId, stateOf(o.kind), o.platformId, o.nextAttemptAt, o.error});
    return outcomes;
}

void Dispatcher::record(Outcome outcome)
{
    m_unsaved.append(std::move(outcome));
}

void Dispatcher::announce(const Outcome &outcome)
{
    if (!outcome.announce)
        return;
    switch (outcome.kind) {
    case Outcome::Kind::Accepted:
        Q_EMIT sent(outcome.localId, outcome.platformId);
        break;
    case Outcome::Kind::Retry:
        Q_EMIT retryScheduled(outcome.localId, outcome.nextAttemptAt, outcome.info);
        break;
    case Outcome::Kind::Failed:
        Q_EMIT failed(outcome.localId, outcome.info);
        break;
    case Outcome::Kind::Unknown:
        Q_EMIT outcomeUnknown(outcome.localId, outcome.error.title);
        break;
    }
}

bool Dispatcher::flushUnsaved(const QDateTime &now)
{
    if (m_unsaved.isEmpty())
        return true;
    // After a store failure, wait out its hold (a transport hold does not stop the writing).
    if (m_storeFailures > 0 && m_holdUntil.isValid() && m_holdUntil > now)
        return false;
    const QList<OutboxOutcome> outcomes = unsavedOutcomes();
    try {
        m_outbox->recordOutcomes(outcomes, now);
    } catch (const StoreException &error) {
        reportStoreFailure(error.error().toString(), now);
        return false;
    }
    m_storeFailures = 0;
    const QList<Outcome> written = std::exchange(m_unsaved, {});
    const bool accepted = std::any_of(written.cbegin(), written.cend(), [](const Outcome &o) {
        return o.kind == Outcome::Kind::Accepted;
    });
    if (accepted)
        closeAlertsAfterSuccess(now);
    for (const Outcome &o : written)
        announce(o);
    return true;
}

void Dispatcher::enterPause(PauseReason reason, const ErrorInfo &info, const QDateTime &now)
{
    if (m_pause != PauseReason::None)
        return; // one alert per pause, however many answers say the same
    m_pause = reason;
    m_timer.stop();
    m_wakeAt = QDateTime();
    qCWarning(lcEngine) << "dispatcher" << m_phoneNumberId << "paused:" << pauseReasonName(reason)
                        << "after error" << info.code;
    raiseAlert(reason, info, now);
    Q_EMIT paused(reason, pauseReasonText(reason), info);
}

void Dispatcher::raiseAlert(PauseReason reason, const ErrorInfo &info, const QDateTime &now)
{
    if (!m_alerts)
        return;
    AlertDraft draft;
    draft.kind = QStringLiteral("dispatch_paused");
    draft.severity = AlertSeverity::Critical;
    draft.subject = m_phoneNumberId;
    draft.title = tr("Sending paused for %1").arg(m_phoneNumberId);
    draft.text = pauseReasonText(reason);
    if (!info.explanation.isEmpty())
        draft.text += QLatin1Char(' ') + info.explanation;
    draft.at = now;
    // One pause is one event: a repeated pause after a resume is a new occurrence.
    draft.sourceKey =
        QStringLiteral("dispatch_paused:%1:%2").arg(m_phoneNumberId).arg(now.toMSecsSinceEpoch());
    try {
        m_alertId = m_alerts->raise(draft).id;
    } catch (const StoreException &error) {
        // The paused() signal still reaches the UI; the dispatcher does not depend on it.
        qCWarning(lcEngine) << "alert not stored:" << error.error().toString();
    }
}

void Dispatcher::closeAlert(const QDateTime &now)
{
    if (!m_alerts || !m_alertId)
        return;
    try {
        m_alerts->acknowledge(*std::exchange(m_alertId, std::nullopt),
                              QStringLiteral("switchboard"), now);
    } catch (const StoreException &error) {
        qCWarning(lcEngine) << "alert not acknowledged:" << error.error().toString();
    }
}

void Dispatcher::closeAlertsAfterSuccess(const QDateTime &now)
{
    if (!m_alerts || isPaused())
        return;
    if (m_sinceAlertCheck.isValid() && m_sinceAlertCheck.elapsed() < 1000)
        return;
    m_sinceAlertCheck.start();
    try {
        if (m_alerts->acknowledgeOpen(QStringLiteral("dispatch_paused"), m_phoneNumberId,
                                      QStringLiteral("switchboard"), now)) {
            qCInfo(lcEngine) << "dispatcher" << m_phoneNumberId
                             << "sent again: closed the sending-paused alert";
        }
        m_alertId.reset();
    } catch (const StoreException &error) {
        m_sinceAlertCheck.invalidate(); // look again after the next success
        qCWarning(lcEngine) << "alert not acknowledged:" << error.error().toString();
    }
}

void Dispatcher::reportStoreFailure(const QString &message, const QDateTime &now)
{
    ++m_storeFailures;
    const auto delay = backoffCeiling(m_config.transportBackoffBase, m_config.transportBackoffCap,
                                      m_storeFailures - 1);
    m_holdUntil = now.addMSecs(delay.count());
    qCWarning(lcEngine) << "dispatcher" << m_phoneNumberId << "store failure:" << message;
    arm(m_holdUntil, now);
    Q_EMIT storeFailed(message);
}

void Dispatcher::reportDepth()
{
    if (inFlight() > 0 && m_sinceDepth.isValid() && m_sinceDepth.elapsed() < kDepthIntervalMs) {
        if (!m_depthTimer.isActive())
            m_depthTimer.start(int(kDepthIntervalMs - m_sinceDepth.elapsed()));
        return;
    }
    m_depthTimer.stop();
    m_sinceDepth.start();
    int depth = 0;
    try {
        depth = m_outbox->queueDepth(m_phoneNumberId);
    } catch (const StoreException &error) {
        qCWarning(lcEngine) << "queue depth unavailable:" << error.error().toString();
        return;
    }
    if (m_lastDepth == depth)
        return;
    m_lastDepth = depth;
    Q_EMIT queueDepthChanged(depth);
    if (depth == 0 && inFlight() == 0)
        Q_EMIT drained();
}

} // namespace sb

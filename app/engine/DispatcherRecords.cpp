#include "AlertRepository.h"
#include "Backoff.h"
#include "Dispatcher.h"
#include "Logging.h"
#include "StoreError.h"

// Dispatcher: what it writes down (outcomes, pauses as alerts, queue depth), and how it copes
// when the database refuses. The sending loop is in Dispatcher.cpp.
namespace sb {

bool Dispatcher::store(const Outcome &outcome, const QDateTime &now)
{
    try {
        switch (outcome.kind) {
        case Outcome::Kind::Accepted:
            m_outbox->markAccepted(outcome.rowId, outcome.platformId, now);
            break;
        case Outcome::Kind::Retry:
            m_outbox->markRetry(outcome.rowId, outcome.nextAttemptAt, outcome.error, now);
            break;
        case Outcome::Kind::Failed:
            m_outbox->markFailed(outcome.rowId, outcome.error, now);
            break;
        case Outcome::Kind::Unknown:
            m_outbox->markUnknown(outcome.rowId, outcome.error, now);
            break;
        }
        return true;
    } catch (const StoreException &error) {
        m_unsaved.append(outcome);
        reportStoreFailure(error.error().toString(), now);
        return false;
    }
}

bool Dispatcher::flushUnsaved(const QDateTime &now)
{
    if (m_unsaved.isEmpty())
        return true;
    if (m_holdUntil.isValid() && m_holdUntil > now)
        return false;
    const QList<Outcome> pending = std::exchange(m_unsaved, {});
    for (qsizetype i = 0; i < pending.size(); ++i) {
        if (!store(pending.at(i), now)) {
            // store() re-queued this one; keep the rest behind it, in order.
            m_unsaved += pending.mid(i + 1);
            return false;
        }
    }
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

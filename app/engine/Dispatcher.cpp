#include "Dispatcher.h"

#include "Backoff.h"
#include "Clock.h"
#include "Logging.h"
#include "StoreError.h"

#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>

namespace sb {

namespace {

// A timer never sleeps longer than this: the clock may have been changed meanwhile.
constexpr qint64 kMaxSleepMs = 60 * 60 * 1000;

QDateTime earliest(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

OutboxError errorOf(const SendVerdict &verdict)
{
    return OutboxError{verdict.code, verdict.title, verdict.details};
}

} // namespace

Dispatcher::Dispatcher(QString phoneNumberId, OutboxRepository *outbox, GraphClient *client,
                       const Clock *clock, TierLedger *tier, DispatcherConfig config,
                       RandomSource random, QObject *parent)
    : QObject(parent)
    , m_phoneNumberId(std::move(phoneNumberId))
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_config(config)
    , m_random(random ? std::move(random)
                      : RandomSource([] { return QRandomGenerator::global()->generate(); }))
    , m_gate(config.throughputPerSecond, config.burst, config.pairRate, tier)
{
    m_config.maxInFlight = std::max(1, m_config.maxInFlight);
    m_config.claimBatch = std::max(1, m_config.claimBatch);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::pump);
}

Dispatcher::~Dispatcher() = default;

int Dispatcher::start()
{
    m_wanted = true;
    const QDateTime now = m_clock->now();
    int recovered = 0;
    try {
        recovered = m_outbox->recoverAfterCrash(m_phoneNumberId, now);
    } catch (const StoreException &error) {
        // Nothing may be sent while rows of an earlier run could still be `sending`.
        qCWarning(lcEngine) << "dispatcher" << m_phoneNumberId
                            << "cannot recover the outbox:" << error.error().toString();
        reportStoreFailure(error.error().message, now);
        QTimer::singleShot(m_config.transportBackoffBase, this, [this] {
            if (m_wanted && !m_running)
                start();
        });
        return 0;
    }
    if (recovered > 0)
        qCInfo(lcEngine) << "dispatcher" << m_phoneNumberId << ":" << recovered
                         << "send(s) of an earlier run have an unknown outcome";
    m_running = true;
    pump();
    return recovered;
}

void Dispatcher::stop()
{
    m_wanted = false;
    m_running = false;
    m_timer.stop();
    m_wakeAt = QDateTime();
}

void Dispatcher::wakeUp()
{
    if (m_pumping) {
        m_repump = true;
        return;
    }
    pump();
}

void Dispatcher::resumeAfterNewToken()
{
    if (m_pause == PauseReason::ReAuthenticate || m_pause == PauseReason::Configuration)
        resume();
}

void Dispatcher::resume()
{
    if (m_pause == PauseReason::None)
        return;
    qCInfo(lcEngine) << "dispatcher" << m_phoneNumberId << "resumed";
    m_pause = PauseReason::None;
    closeAlert(m_clock->now());
    Q_EMIT resumed();
    wakeUp();
}

void Dispatcher::setThroughput(int ratePerSecond)
{
    const QDateTime now = m_clock->now();
    m_gate.bucket().setRate(ratePerSecond, now);
    if (m_config.burst == 0)
        m_gate.bucket().setBurst(SendGate::defaultBurst(ratePerSecond), now);
    wakeUp();
}

void Dispatcher::pump()
{
    m_pumping = true;
    const auto done = qScopeGuard([this] { m_pumping = false; });
    do {
        m_repump = false;
        m_timer.stop();
        m_wakeAt = QDateTime();
        const QDateTime now = m_clock->now();
        if (!flushUnsaved(now)) {
            arm(m_holdUntil, now);
            return;
        }
        if (!m_running || isPaused())
            break;
        if (m_holdUntil.isValid() && m_holdUntil > now) {
            arm(m_holdUntil, now);
            break;
        }
        if (m_transportLosses > 0) {
            probe(); // its answer wakes the dispatcher
            break;
        }
        try {
            QDateTime wake = startDue(now);
            wake = earliest(wake, m_outbox->nextAttemptAfter(m_phoneNumberId, now));
            m_storeFailures = 0;
            arm(wake, now);
        } catch (const StoreException &error) {
            reportStoreFailure(error.error().toString(), now);
            return;
        }
    } while (m_repump);
    reportDepth();
}

QDateTime Dispatcher::startDue(const QDateTime &now)
{
    QDateTime wake;
    std::optional<OutboxCursor> cursor;
    m_waitingOnTier = false;
    while (m_inFlight.size() < m_config.maxInFlight) {
        const QList<OutboxRow> rows =
            m_outbox->claimDue(m_phoneNumberId, now, m_config.claimBatch, cursor);
        for (const OutboxRow &row : rows) {
            cursor = OutboxCursor{row.nextAttemptAt.toMSecsSinceEpoch(), row.id};
            if (m_inFlight.size() >= m_config.maxInFlight)
                return wake; // each answer wakes the dispatcher again
            if (m_busyRecipients.contains(row.recipient))
                continue;
            const SendGate::Check check = m_gate.check(row.recipient, row.businessInitiated, now);
            if (!check.go()) {
                wake = earliest(wake, check.notBefore);
                if (check.limit == SendGate::Limit::Tier && !check.notBefore.isValid())
                    m_waitingOnTier = true;
                if (check.limit == SendGate::Limit::Throughput)
                    return wake; // no row of this number can go before the next token
                continue; // only this recipient (or only new users) must wait
            }
            startSend(row, now);
        }
        if (rows.size() < m_config.claimBatch)
            break;
    }
    return wake;
}

bool Dispatcher::startSend(const OutboxRow &row, const QDateTime &now)
{
    const QJsonObject body = row.request();
    if (!m_outbox->markSending(row.id, now))
        return false; // cancelled or taken meanwhile
    if (body.isEmpty()) {
        // Never sent: the stored request cannot be read back.
        OutboxError error{std::nullopt,
                          tr("The stored request of this message is damaged; it was not sent."),
                          QString()};
        store(Outcome{Outcome::Kind::Failed, row.id, QString(), QDateTime(), error}, now);
        ErrorInfo info;
        info.title = error.title;
        info.explanation = error.title;
        info.fix = tr("Send the message again.");
        Q_EMIT failed(row.localId, info);
        return false;
    }
    m_gate.take(row.recipient, row.businessInitiated, now);
    const quint64 key = ++m_lastKey;
    m_inFlight.insert(
        key, InFlight{row.id, row.localId, row.recipient, row.businessInitiated, row.attempts + 1});
    m_busyRecipients.insert(row.recipient);
    qCDebug(lcEngine) << "sending" << row.localId << "attempt" << row.attempts + 1;
    Q_EMIT sendStarted(row.localId);
    m_client->sendMessage(
        m_phoneNumberId, body, this,
        [this, key](const GraphResult<SendResult> &result) { onAnswer(key, result); });
    return true;
}

void Dispatcher::onAnswer(quint64 key, const GraphResult<SendResult> &result)
{
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return;
    const InFlight send = it.value();
    m_inFlight.erase(it);
    m_busyRecipients.remove(send.recipient);
    const QDateTime now = m_clock->now();

    if (result.ok()) {
        m_transportLosses = 0;
        const QString platformId = result.value().messageId;
        m_gate.reached(send.recipient, send.businessInitiated, now);
        store(Outcome{Outcome::Kind::Accepted, send.rowId, platformId, QDateTime(), {}}, now);
        qCDebug(lcEngine) << "accepted" << send.localId << platformId;
        Q_EMIT sent(send.localId, platformId);
    } else {
        const GraphFailure &failure = result.failure();
        if (failure.kind == FailureKind::Api)
            m_transportLosses = 0;
        applyVerdict(send, judgeFailure(failure, send.attempts, m_random()), now);
    }
    if (send.businessInitiated)
        Q_EMIT tierSlotsChanged();
    wakeUp();
}

void Dispatcher::applyVerdict(const InFlight &send, const SendVerdict &verdict,
                              const QDateTime &now)
{
    using Action = SendVerdict::Action;
    const OutboxError error = errorOf(verdict);
    switch (verdict.action) {
    case Action::SlowDown:
        m_gate.penalizeThroughput(now);
        [[fallthrough]];
    case Action::Retry:
    case Action::RetryRecipient: {
        m_gate.notReached(send.recipient, send.businessInitiated);
        const QDateTime at = verdict.action == Action::RetryRecipient
            ? m_gate.penalizeRecipient(send.recipient, now, verdict.retryIndex)
            : now.addMSecs(verdict.delay.count());
        qCInfo(lcEngine) << "send" << send.localId << "refused with" << error.code.value_or(0)
                         << "; retry" << verdict.retryIndex + 1 << "at" << at;
        store(Outcome{Outcome::Kind::Retry, send.rowId, QString(), at, error}, now);
        Q_EMIT retryScheduled(send.localId, at, verdict.info);
        return;
    }
    case Action::Fail:
        m_gate.notReached(send.recipient, send.businessInitiated);
        qCInfo(lcEngine) << "send" << send.localId << "failed with" << error.code.value_or(0);
        store(Outcome{Outcome::Kind::Failed, send.rowId, QString(), QDateTime(), error}, now);
        Q_EMIT failed(send.localId, verdict.info);
        return;
    case Action::Unknown:
        // It may have been accepted: count it against the tier rather than risk over-sending.
        m_gate.reached(send.recipient, send.businessInitiated, now);
        qCWarning(lcEngine) << "send" << send.localId << "has an unknown outcome:" << error.title;
        store(Outcome{Outcome::Kind::Unknown, send.rowId, QString(), QDateTime(), error}, now);
        holdAfterTransportLoss(now);
        Q_EMIT outcomeUnknown(send.localId, error.title);
        return;
    case Action::Pause:
        m_gate.notReached(send.recipient, send.businessInitiated);
        // Not accepted: the message waits in the queue, as it was, until the number resumes.
        store(Outcome{Outcome::Kind::Retry, send.rowId, QString(), now, error}, now);
        enterPause(verdict.pause, verdict.info, now);
        return;
    }
}

void Dispatcher::holdAfterTransportLoss(const QDateTime &now)
{
    ++m_transportLosses;
    const auto delay = fullJitterDelay(m_config.transportBackoffBase, m_config.transportBackoffCap,
                                       m_transportLosses - 1, m_random());
    m_holdUntil = now.addMSecs(delay.count());
}

void Dispatcher::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    m_client->phoneNumberFields(m_phoneNumberId, this,
                                [this](const GraphResult<PhoneNumberInfo> &result) {
                                    m_probing = false;
                                    // Any answer from the API, even an error, means it is
                                    // reachable again.
                                    if (result.ok() || result.failure().kind == FailureKind::Api)
                                        m_transportLosses = 0;
                                    else
                                        holdAfterTransportLoss(m_clock->now());
                                    wakeUp();
                                });
}

void Dispatcher::arm(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid()) {
        m_timer.stop();
        m_wakeAt = QDateTime();
        return;
    }
    m_wakeAt = at;
    const qint64 delay = std::clamp<qint64>(now.msecsTo(at), 0, kMaxSleepMs);
    m_timer.start(int(delay));
}

} // namespace sb

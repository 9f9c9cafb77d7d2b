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
// Rows read beyond the free slots, for rows a recipient limit holds back.
constexpr int kClaimSlack = 8;

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
    m_depthTimer.setSingleShot(true);
    connect(&m_depthTimer, &QTimer::timeout, this, &Dispatcher::reportDepth);
}

Dispatcher::~Dispatcher()
{
    // Answers that came in but whose wake-up never ran (the app is quitting): written now, or
    // their rows would come back as unknown.
    if (m_unsaved.isEmpty())
        return;
    try {
        m_outbox->recordOutcomes(unsavedOutcomes(), m_clock->now());
    } catch (const StoreException &error) {
        qCWarning(lcEngine) << "dispatcher" << m_phoneNumberId
                            << "could not record its last answers:" << error.error().toString();
    }
}

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

void Dispatcher::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            wakeUp();
        },
        Qt::QueuedConnection);
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
    m_waitingOnTier = false;
    const qsizetype slots = m_config.maxInFlight - m_inFlight.size();
    if (slots <= 0)
        return wake; // each answer wakes the dispatcher again
    // Without a throughput token nothing can go: the queue is not read just to learn that (at
    // high rates answers wake the dispatcher far more often than tokens come).
    if (const QDateTime tokenAt = m_gate.bucket().nextAvailable(now); tokenAt > now)
        return tokenAt;
    QList<OutboxRow> picked;
    QSet<QString> recipients;
    std::optional<OutboxCursor> cursor;
    bool more = true;
    while (more && picked.size() < slots) {
        const int limit =
            int(std::min<qsizetype>(m_config.claimBatch, slots - picked.size() + kClaimSlack));
        const QList<OutboxRow> rows = m_outbox->claimDue(m_phoneNumberId, now, limit, cursor);
        more = rows.size() == limit;
        for (const OutboxRow &row : rows) {
            cursor = OutboxCursor{row.nextAttemptAt.toMSecsSinceEpoch(), row.id};
            if (picked.size() >= slots) {
                more = false; // each answer wakes the dispatcher again
                break;
            }
            if (m_busyRecipients.contains(row.recipient) || recipients.contains(row.recipient))
                continue;
            const SendGate::Check check = m_gate.check(row.recipient, row.businessInitiated, now);
            if (!check.go()) {
                wake = earliest(wake, check.notBefore);
                if (check.limit == SendGate::Limit::Tier && !check.notBefore.isValid())
                    m_waitingOnTier = true;
                if (check.limit == SendGate::Limit::Throughput) {
                    more = false; // no row of this number can go before the next token
                    break;
                }
                continue; // only this recipient (or only new users) must wait
            }
            m_gate.take(row.recipient, row.businessInitiated, now);
            recipients.insert(row.recipient);
            picked.append(row);
        }
    }
    startSends(picked, now);
    return wake;
}

void Dispatcher::startSends(const QList<OutboxRow> &rows, const QDateTime &now)
{
    if (rows.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const OutboxRow &row : rows)
        ids.append(row.id);
    QList<qint64> marked;
    try {
        marked = m_outbox->markSending(ids, now);
    } catch (const StoreException &) {
        for (const OutboxRow &row : rows) // nothing was sent
            m_gate.notReached(row.recipient, row.businessInitiated);
        throw;
    }
    const QSet<qint64> sending(marked.cbegin(), marked.cend());
    for (const OutboxRow &row : rows) {
        if (!sending.contains(row.id)) { // cancelled or taken meanwhile
            m_gate.notReached(row.recipient, row.businessInitiated);
            continue;
        }
        const QJsonObject body = row.request();
        if (body.isEmpty()) {
            // Never sent: the stored request cannot be read back.
            m_gate.notReached(row.recipient, row.businessInitiated);
            Outcome outcome;
            outcome.kind = Outcome::Kind::Failed;
            outcome.rowId = row.id;
            outcome.localId = row.localId;
            outcome.error = OutboxError{
                std::nullopt, tr("The stored request of this message is damaged; it was not sent."),
                QString()};
            outcome.info.title = outcome.error.title;
            outcome.info.explanation = outcome.error.title;
            outcome.info.fix = tr("Send the message again.");
            record(std::move(outcome));
            schedulePump();
            continue;
        }
        const quint64 key = ++m_lastKey;
        m_inFlight.insert(
            key,
            InFlight{row.id, row.localId, row.recipient, row.businessInitiated, row.attempts + 1});
        m_busyRecipients.insert(row.recipient);
        qCDebug(lcEngine) << "sending" << row.localId << "attempt" << row.attempts + 1;
        Q_EMIT sendStarted(row.localId);
        m_client->sendMessage(
            m_phoneNumberId, body, this,
            [this, key](const GraphResult<SendResult> &result) { onAnswer(key, result); });
    }
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
        Outcome outcome;
        outcome.kind = Outcome::Kind::Accepted;
        outcome.rowId = send.rowId;
        outcome.localId = send.localId;
        outcome.platformId = platformId;
        record(std::move(outcome));
        qCDebug(lcEngine) << "accepted" << send.localId << platformId;
    } else {
        const GraphFailure &failure = result.failure();
        if (failure.kind == FailureKind::Api)
            m_transportLosses = 0;
        applyVerdict(send, judgeFailure(failure, send.attempts, m_random()), now);
    }
    if (send.businessInitiated)
        Q_EMIT tierSlotsChanged();
    schedulePump();
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
        record(Outcome{Outcome::Kind::Retry, send.rowId, send.localId, QString(), at, error,
                       verdict.info, true});
        return;
    }
    case Action::Fail:
        m_gate.notReached(send.recipient, send.businessInitiated);
        qCInfo(lcEngine) << "send" << send.localId << "failed with" << error.code.value_or(0);
        record(Outcome{Outcome::Kind::Failed, send.rowId, send.localId, QString(), QDateTime(),
                       error, verdict.info, true});
        return;
    case Action::Unknown:
        // It may have been accepted: count it against the tier rather than risk over-sending.
        m_gate.reached(send.recipient, send.businessInitiated, now);
        qCWarning(lcEngine) << "send" << send.localId << "has an unknown outcome:" << error.title;
        record(Outcome{Outcome::Kind::Unknown, send.rowId, send.localId, QString(), QDateTime(),
                       error, verdict.info, true});
        holdAfterTransportLoss(now);
        return;
    case Action::Pause:
        m_gate.notReached(send.recipient, send.businessInitiated);
        // Not accepted: the message waits in the queue, as it was, until the number resumes.
        record(Outcome{Outcome::Kind::Retry, send.rowId, send.localId, QString(), now, error,
                       verdict.info, false});
        // Rare: written at once, so whoever hears paused() finds the message queued again.
        flushUnsaved(now);
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

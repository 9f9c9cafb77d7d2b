#pragma once

#include "ErrorCatalogue.h"
#include "GraphClient.h"
#include "OutboxRepository.h"
#include "SendGate.h"
#include "SendVerdict.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace sb {

class AlertRepository;
class Clock;
class TierLedger;

// Where the dispatcher's jitter comes from; tests pass a seeded generator.
using RandomSource = std::function<quint32()>;

struct DispatcherConfig
{
    int throughputPerSecond = TokenBucket::kDefaultRate; // spec §9.1: 80, coexistence 20
    // 0: half a second's worth. Pacing at exactly the platform's rate with the platform's own
    // one-second burst trips 130429 whenever network jitter bunches requests up on arrival
    // (measured with bench_pacing); half a burst leaves the server's bucket that headroom while
    // the steady rate stays the configured one.
    int burst = 0;
    PairRateLimiter::Config pairRate;
    int maxInFlight = 8; // requests of this number waiting for an answer at once
    int claimBatch = 64; // at most this many rows read per query while looking for sendable ones
    // After a send whose answer was lost, the number holds new sends back for a full-jitter
    // delay growing with each consecutive loss, so a dead network does not turn the whole
    // queue into unknowns at once.
    std::chrono::milliseconds transportBackoffBase{1000};
    std::chrono::milliseconds transportBackoffCap{60'000};
};

// Sends one business phone number's outbox through the Graph API (issue 4, spec §8, §9).
//
// One QTimer, armed for the earliest instant anything can change (next due row, next
// throughput token, a recipient's pair-rate release, a tier slot, the transport hold): no
// polling. All limiter arithmetic runs on the injected Clock; the timer only wakes it up, so with
// a clock that is moved by hand call wakeUp() after moving it.
//
// Every send is recorded as `sending` (committed) before the request leaves; the answer decides
// accepted / retry / failed / unknown (see judgeFailure()). Both are written in batches: the
// rows one wake-up starts are marked `sending` in one transaction, and the answers that arrive
// before the next wake-up are recorded in one transaction, after which their signals are
// emitted. An answer not yet written leaves its row `sending`, which after a crash becomes
// unknown, never queued again, so batching cannot cause a second send. A send whose answer is lost
// is unknown and is never sent again by the machine. After such a loss no further message is risked
// until a harmless GET of the number's fields gets an answer (backing off while it does not), so an
// outage costs one unknown message, not the whole queue. GraphClient posts message bodies with
// postOnce(), so Qt itself cannot send a message twice either.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    // `outbox`, `client`, `clock` and `tier` (may be null: no messaging limit) must outlive it.
    Dispatcher(QString phoneNumberId, OutboxRepository *outbox, GraphClient *client,
               const Clock *clock, TierLedger *tier, DispatcherConfig config = {},
               RandomSource random = {}, QObject *parent = nullptr);
    ~Dispatcher() override;

    const QString &phoneNumberId() const { return m_phoneNumberId; }
    // Where a pause is recorded for the supervisor (kind "dispatch_paused", subject the phone
    // number id); it is acknowledged when the number resumes. Null: only the paused() signal.
    void setAlerts(AlertRepository *alerts) { m_alerts = alerts; }

    // Turns the rows a previous run left in `sending` into `unknown` (it may have sent them),
    // then starts sending. Returns how many rows became unknown.
    int start();
    // Stops taking rows; answers already on their way are still recorded.
    void stop();
    bool isRunning() const { return m_running; }

    // Something changed (a row was queued, the clock was moved): look at the queue now.
    void wakeUp();

    bool isPaused() const { return m_pause != PauseReason::None; }
    PauseReason pauseReason() const { return m_pause; }
    // A new access token was saved: resumes a number paused for its token or its configuration.
    void resumeAfterNewToken();
    // An administrator fixed the account: resumes whatever the pause was.
    void resume();

    // Sends not finished: waiting for an answer, or answered and not yet written down; and the
    // connectivity probe (see below).
    int inFlight() const { return int(m_inFlight.size() + m_unsaved.size()) + (m_probing ? 1 : 0); }
    // A business-initiated row waits for a tier slot held by a send in flight, possibly of
    // another number: that number's answer must wake this one (DispatcherSet does).
    bool isWaitingOnTier() const { return m_waitingOnTier; }
    // When the timer fires next; invalid when nothing is scheduled.
    QDateTime nextWakeAt() const { return m_wakeAt; }
    const SendGate &gate() const { return m_gate; }
    // The number's throughput changed (e.g. a phone_number_quality_update THROUGHPUT_UPGRADE).
    void setThroughput(int ratePerSecond);

Q_SIGNALS:
    void sendStarted(const QString &localId);
    void sent(const QString &localId, const QString &platformId);
    void retryScheduled(const QString &localId, const QDateTime &at, const sb::ErrorInfo &info);
    void failed(const QString &localId, const sb::ErrorInfo &info);
    void outcomeUnknown(const QString &localId, const QString &reason);
    void paused(sb::PauseReason reason, const QString &text, const sb::ErrorInfo &info);
    void resumed();
    void queueDepthChanged(int depth);
    // Nothing queued and nothing in flight.
    void drained();
    // A business-initiated send of this number was answered: tier slots were used or freed.
    void tierSlotsChanged();
    // The database refused a read or write; the dispatcher retries on its own.
    void storeFailed(const QString &message);

private:
    struct InFlight
    {
        qint64 rowId = 0;
        QString localId;
        QString recipient;
        bool businessInitiated = false;
        int attempts = 0;
    };
    // An answer that is decided but not yet written down: kept, written with the others at the
    // next wake-up (before anything else happens), then announced by its signal.
    struct Outcome
    {
        enum class Kind { Accepted, Retry, Failed, Unknown } kind = Kind::Failed;
        qint64 rowId = 0;
        QString localId;
        QString platformId;
        QDateTime nextAttemptAt;
        OutboxError error;
        ErrorInfo info;
        bool announce = true; // false: a pause, announced by paused() instead
    };

    void pump();
    // Answers arrive one by one: the wake-up they ask for runs once the event loop is idle, so
    // the answers that came together are written together.
    void schedulePump();
    // Walks the due rows and starts what the limits allow; returns the earliest instant a held
    // row may go (invalid when none is waiting on a limit).
    QDateTime startDue(const QDateTime &now);
    // Marks `rows` (already through the gate) `sending` in one transaction, then sends them.
    void startSends(const QList<OutboxRow> &rows, const QDateTime &now);
    void onAnswer(quint64 key, const GraphResult<SendResult> &result);
    void applyVerdict(const InFlight &send, const SendVerdict &verdict, const QDateTime &now);
    void record(Outcome outcome);
    QList<OutboxOutcome> unsavedOutcomes() const;
    void announce(const Outcome &outcome);
    bool flushUnsaved(const QDateTime &now);
    void enterPause(PauseReason reason, const ErrorInfo &info, const QDateTime &now);
    void raiseAlert(PauseReason reason, const ErrorInfo &info, const QDateTime &now);
    void closeAlert(const QDateTime &now);
    // A send went through: a pause alert about this number, possibly raised by another process
    // on the same database, is over.
    void closeAlertsAfterSuccess(const QDateTime &now);
    void holdAfterTransportLoss(const QDateTime &now);
    void probe();
    void arm(const QDateTime &at, const QDateTime &now);
    void reportDepth();
    void reportStoreFailure(const QString &message, const QDateTime &now);

    QString m_phoneNumberId;
    OutboxRepository *m_outbox;
    GraphClient *m_client;
    const Clock *m_clock;
    AlertRepository *m_alerts = nullptr;
    std::optional<qint64> m_alertId; // the open alert of the current pause
    DispatcherConfig m_config;
    RandomSource m_random;
    SendGate m_gate;
    QTimer m_timer;
    QDateTime m_wakeAt;
    bool m_wanted = false; // start() was called and stop() was not
    bool m_running = false; // recovered and sending
    bool m_pumping = false;
    bool m_repump = false; // wakeUp() arrived while pumping
    bool m_waitingOnTier = false;
    bool m_probing = false;
    bool m_pumpScheduled = false;
    PauseReason m_pause = PauseReason::None;
    quint64 m_lastKey = 0;
    QHash<quint64, InFlight> m_inFlight; // by our own key: the callback is made before the id
    QSet<QString> m_busyRecipients; // one request in flight per recipient
    QList<Outcome> m_unsaved;
    QDateTime m_holdUntil; // transport or store trouble: no new sends before this
    int m_transportLosses = 0; // consecutive sends without an HTTP answer
    int m_storeFailures = 0;
    std::optional<int> m_lastDepth;
    QElapsedTimer m_sinceDepth; // counting the queue is not free: not on every answer
    QTimer m_depthTimer;
    QElapsedTimer m_sinceAlertCheck; // that look is at most once a second
};

} // namespace sb

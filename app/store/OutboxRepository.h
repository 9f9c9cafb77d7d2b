#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace sb {

class Database;

// Where one outgoing message is on its way out. queued -> sending -> accepted is the normal path;
// sending -> queued again for a retry. `unknown` (the request may have reached the platform but
// its answer was lost) is left only by a status webhook naming the message; it never goes back to
// queued, so nothing is sent twice by the machine.
enum class OutboxState { Queued, Sending, Accepted, Unknown, Failed, Cancelled };

QString outboxStateName(OutboxState state); // queued, sending, accepted, unknown, failed, cancelled
std::optional<OutboxState> outboxStateFromName(QStringView name);

// The last error of a row; `code` is empty when no API error came back (e.g. a timeout).
struct OutboxError
{
    std::optional<int> code;
    QString title; // Meta's message, or the transport failure's description
    QString details; // error_data.details

    bool isEmpty() const { return !code && title.isEmpty() && details.isEmpty(); }
    friend bool operator==(const OutboxError &, const OutboxError &) = default;
};

// What the outbox is given to send. The store keeps JSON text; building it (and reading it back
// into a Message) is the engine's job.
struct NewOutboxEntry
{
    QString localId;
    QString phoneNumberId;
    QString recipient; // E.164 or BSUID: the pair-rate key
    std::optional<qint64> conversationId;
    QJsonObject request; // the exact POST /messages body
    QString kind; // messageKindWireName
    bool businessInitiated = false; // a template outside the window: counts against the tier
    QString templateCategory; // MARKETING, UTILITY, AUTHENTICATION; empty for free-form
    QString bodyText; // text or caption for the message list and search
};

struct OutboxRow
{
    qint64 id = 0;
    QString localId;
    QString phoneNumberId;
    QString recipient;
    std::optional<qint64> conversationId;
    std::optional<qint64> messageId;
    QString requestJson;
    QString kind;
    bool businessInitiated = false;
    QString templateCategory;
    OutboxState state = OutboxState::Queued;
    int attempts = 0; // requests that left for this row
    QDateTime nextAttemptAt;
    QString platformId; // the wamid once accepted
    OutboxError lastError;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject request() const; // requestJson parsed; empty if it is not a JSON object
};

// Keyset position in the due order (next_attempt_at, id): claimDue() continues after it.
struct OutboxCursor
{
    qint64 nextAttemptAtMs = 0;
    qint64 id = 0;
};

// The answer to one send, for recordOutcomes(): `state` is Accepted (with platformId), Queued (a
// retry, due at nextAttemptAt), Failed or Unknown (with error).
struct OutboxOutcome
{
    qint64 id = 0;
    OutboxState state = OutboxState::Failed;
    QString platformId;
    QDateTime nextAttemptAt;
    OutboxError error;
};

// Rows per state for one number; missing states count 0.
struct OutboxCounts
{
    QHash<OutboxState, int> byState;

    int of(OutboxState state) const { return byState.value(state, 0); }
    // What is still to be sent: queued plus sending.
    int depth() const { return of(OutboxState::Queued) + of(OutboxState::Sending); }
};

// The outbox table (and the outgoing `messages` row each entry shows as in the UI). Every state
// change is one transaction covering both, so the UI never sees one without the other. Every
// method opens its own transaction unless the caller has one open on this thread's connection.
// Failures throw StoreException.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &database);

    // Stores the entry in state `queued`, due `now`, together with its `messages` row
    // (direction out, status queued, in the entry's conversation, which is required: a message
    // always belongs to one). Returns the outbox id; a duplicate local id throws.
    qint64 enqueue(const NewOutboxEntry &entry, const QDateTime &now);

    // Due rows of a number: queued, next_attempt_at <= now, and first in line for their
    // recipient (no earlier queued or sending row for the same recipient, so one recipient's
    // messages leave in order and one at a time). Ordered by (next_attempt_at, id), at most
    // `limit`, continuing after `after` when given.
    QList<OutboxRow> claimDue(const QString &phoneNumberId, const QDateTime &now, int limit,
                              const std::optional<OutboxCursor> &after = std::nullopt);
    // The earliest next_attempt_at after `now` among the number's queued rows; invalid if none.
    QDateTime nextAttemptAfter(const QString &phoneNumberId, const QDateTime &now);

    // queued -> sending, attempts + 1. Committed before the request leaves: a row found in
    // `sending` after a crash may have been sent. False if the row is no longer queued.
    bool markSending(qint64 id, const QDateTime &now);
    // The same for several rows in one transaction (one commit, however many requests follow
    // it). Returns the ids that were still queued, in the given order; the others were
    // cancelled or taken meanwhile and must not be sent.
    QList<qint64> markSending(const QList<qint64> &ids, const QDateTime &now);
    // sending -> accepted with the wamid; the message becomes accepted (never moved backwards
    // if a status webhook got there first).
    bool markAccepted(qint64 id, const QString &platformId, const QDateTime &now);
    // sending -> queued, not before `nextAttemptAt`. The recipient's later rows stay behind it
    // (claimDue() only offers the first row of each recipient).
    bool markRetry(qint64 id, const QDateTime &nextAttemptAt, const OutboxError &error,
                   const QDateTime &now);
    // sending -> failed; the message becomes failed with the error.
    bool markFailed(qint64 id, const OutboxError &error, const QDateTime &now);
    // sending -> unknown; the message shows "outcome unknown".
    bool markUnknown(qint64 id, const OutboxError &error, const QDateTime &now);
    // Several answers in one transaction, each as markAccepted(), markRetry(), markFailed() or
    // markUnknown() would record it. Returns how many rows were still `sending` and changed.
    int recordOutcomes(const QList<OutboxOutcome> &outcomes, const QDateTime &now);
    // queued -> cancelled (the agent withdrew it before it left); its message row is removed
    // from the conversation.
    bool cancel(const QString &localId, const QDateTime &now);

    // After a crash: every `sending` row of the number (all numbers when empty) becomes
    // `unknown`, never queued again. Returns how many.
    int recoverAfterCrash(const QString &phoneNumberId, const QDateTime &now);
    // A status webhook carried `localId` in biz_opaque_callback_data: an unknown row was
    // accepted after all (also a sending row whose answer has not come yet). Returns false when
    // there is no such row or it is in another state.
    bool resolveUnknownByLocalId(const QString &localId, const QString &platformId,
                                 const QDateTime &now);

    std::optional<OutboxRow> byId(qint64 id);
    std::optional<OutboxRow> byLocalId(const QString &localId);
    OutboxCounts counts(const QString &phoneNumberId);
    // Queued plus sending rows of the number (the cheap query behind the queue-depth display).
    int queueDepth(const QString &phoneNumberId);
    // Newest first; all states when `states` is empty.
    QList<OutboxRow> list(const QString &phoneNumberId, const QList<OutboxState> &states = {},
                          int limit = 200);
    // Business-initiated sends the platform accepted (or may have: unknown) since `since`, per
    // recipient with the latest time: restores the tier budget after a restart.
    QList<std::pair<QString, QDateTime>> businessInitiatedSince(const QDateTime &since);

private:
    // The statements of one state change; the caller holds the transaction. False when the row
    // was not in the state the change starts from.
    bool sendingIn(qint64 id, const QDateTime &now);
    // sending -> `to` (accepted, failed, unknown), with the message row in step.
    bool finishSendingIn(qint64 id, OutboxState to, const OutboxError &error,
                         const QString &platformId, const QDateTime &now);
    bool retryIn(qint64 id, const QDateTime &nextAttemptAt, const OutboxError &error,
                 const QDateTime &now);
    bool finishSending(qint64 id, OutboxState to, const OutboxError &error,
                       const QString &platformId, const QDateTime &now);
    // Moves an outbox row's message to the local state matching `state`, unless a status
    // webhook already moved it further (sent, delivered, read, played, failed).
    void syncMessage(const std::optional<qint64> &messageId, OutboxState state,
                     const OutboxError &error, const QString &platformId, const QDateTime &now);

    Database &m_db;
};

} // namespace sb

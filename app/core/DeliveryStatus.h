#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace sb {

// Local states come first (set by the outbox/dispatcher), then the platform's webhook states.
// The enumerator order is not the progression order: see deliveryStateRank().
enum class DeliveryState {
    Draft,
    Queued,
    Sending,
    Accepted, // the API answered with a message id
    Unknown, // the request went out but its answer was lost: never re-sent silently
    Sent,
    Delivered,
    Read,
    Played, // first play of a voice message
    Failed,
};
inline constexpr int DeliveryStateCount = 10;

// An error carried by a failed status (statuses[].errors[0]) or a synchronous send error.
struct StatusError
{
    int code = 0;
    QString title;
    QString details; // error_data.details

    friend bool operator==(const StatusError &, const StatusError &) = default;
};

// Position in the one-way progression
//   Draft < Queued < Sending < Unknown < Accepted < Sent < Failed < Delivered < Read < Played.
// Failed sits above everything up to Sent (a failure after "sent" is final) but below delivery: a
// delivered/read/played receipt comes from the customer's phone, so it proves the message arrived
// and outranks a contradictory failure report. Showing "failed" on a message the customer has read
// would push the agent into re-sending it.
int deliveryStateRank(DeliveryState state);
bool isPlatformState(DeliveryState state);
// Stable lowercase names for storage and logs; the platform states use the webhook spelling.
QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(QStringView name);
// Only the webhook `status` values sent/delivered/read/played/failed; anything else is
// std::nullopt.
std::optional<DeliveryState> deliveryStateFromWire(QStringView status);

// The delivery status of one outgoing message: a monotonic, idempotent merge of status events.
// The result depends only on the set of events applied, never on their order or repetition, so it
// can be rebuilt from stored events and fed duplicated or reordered webhooks safely.
class DeliveryStatus
{
    Q_DECLARE_TR_FUNCTIONS(sb::DeliveryStatus)

public:
    DeliveryStatus() = default;

    // Records that `state` was reached at `at`. Reaching a state also reaches the platform states
    // it implies (played -> read -> delivered -> sent) at the same time unless an earlier time is
    // known; each state keeps the earliest time reported for it. `error` is read only for Failed;
    // of several errors the one reported earliest wins. Returns whether anything changed. An
    // invalid time is rejected (logged, returns false).
    bool apply(DeliveryState state, const QDateTime &at, std::optional<StatusError> error = {});
    // Applies everything `other` has recorded; same guarantees as apply().
    bool merge(const DeliveryStatus &other);

    // Draft until something has been applied.
    DeliveryState state() const { return m_state; }
    bool isEmpty() const;
    bool hasReached(DeliveryState state) const;
    // When `state` was reached (UTC), if it was.
    std::optional<QDateTime> timestamp(DeliveryState state) const;
    // When the current state was reached; invalid while empty.
    QDateTime since() const;
    // The failure error, kept even when a later delivery receipt outranks the failure.
    const std::optional<StatusError> &error() const { return m_error; }
    bool isFailed() const { return m_state == DeliveryState::Failed; }

    // Short translated label for tooltips and accessibility ("Delivered", "Outcome unknown", ...).
    static QString label(DeliveryState state);

    friend bool operator==(const DeliveryStatus &, const DeliveryStatus &) = default;

private:
    bool record(DeliveryState state, qint64 msecs);
    bool keepEarliestError(const StatusError &error, qint64 msecs);
    bool updateState();

    std::array<std::optional<QDateTime>, DeliveryStateCount> m_reached{};
    DeliveryState m_state = DeliveryState::Draft;
    std::optional<StatusError> m_error;
    QDateTime m_errorAt;
};

} // namespace sb

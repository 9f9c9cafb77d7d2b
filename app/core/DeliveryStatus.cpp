#include "DeliveryStatus.h"

#include "Logging.h"

#include <tuple>

namespace sb {

namespace {

constexpr std::array<DeliveryState, DeliveryStateCount> AllStates{
    DeliveryState::Draft,     DeliveryState::Queued,  DeliveryState::Sending,
    DeliveryState::Accepted,  DeliveryState::Unknown, DeliveryState::Sent,
    DeliveryState::Delivered, DeliveryState::Read,    DeliveryState::Played,
    DeliveryState::Failed,
};

bool isValid(DeliveryState state)
{
    const int value = static_cast<int>(state);
    return value >= 0 && value < DeliveryStateCount;
}

std::size_t indexOf(DeliveryState state)
{
    return static_cast<std::size_t>(state);
}

QDateTime utcAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

int deliveryStateRank(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Draft:
        return 0;
    case DeliveryState::Queued:
        return 1;
    case DeliveryState::Sending:
        return 2;
    case DeliveryState::Unknown:
        return 3; // any later answer, even "accepted", resolves it
    case DeliveryState::Accepted:
        return 4;
    case DeliveryState::Sent:
        return 5;
    case DeliveryState::Failed:
        return 6;
    case DeliveryState::Delivered:
        return 7;
    case DeliveryState::Read:
        return 8;
    case DeliveryState::Played:
        return 9;
    }
    return -1;
}

bool isPlatformState(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sent:
    case DeliveryState::Delivered:
    case DeliveryState::Read:
    case DeliveryState::Played:
    case DeliveryState::Failed:
        return true;
    default:
        return false;
    }
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Draft:
        return QStringLiteral("draft");
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Accepted:
        return QStringLiteral("accepted");
    case DeliveryState::Unknown:
        return QStringLiteral("unknown");
    case DeliveryState::Sent:
        return QStringLiteral("sent");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Read:
        return QStringLiteral("read");
    case DeliveryState::Played:
        return QStringLiteral("played");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<DeliveryState> deliveryStateFromName(QStringView name)
{
    for (const DeliveryState state : AllStates) {
        if (name == deliveryStateName(state))
            return state;
    }
    return std::nullopt;
}

std::optional<DeliveryState> deliveryStateFromWire(QStringView status)
{
    const auto state = deliveryStateFromName(status);
    if (state && isPlatformState(*state))
        return state;
    return std::nullopt;
}

bool DeliveryStatus::apply(DeliveryState state, const QDateTime &at,
                           std::optional<StatusError> error)
{
    if (!isValid(state)) {
        qCWarning(lcCore) << "Ignoring a delivery state outside the known range:"
                          << static_cast<int>(state);
        return false;
    }
    if (!at.isValid()) {
        qCWarning(lcCore) << "Ignoring delivery state" << deliveryStateName(state)
                          << "without a valid time";
        return false;
    }
    const qint64 msecs = at.toMSecsSinceEpoch();
    bool changed = false;
    // A receipt implies the platform states below it: played -> read -> delivered -> sent.
    switch (state) {
    case DeliveryState::Played:
        changed = record(DeliveryState::Played, msecs) || changed;
        [[fallthrough]];
    case DeliveryState::Read:
        changed = record(DeliveryState::Read, msecs) || changed;
        [[fallthrough]];
    case DeliveryState::Delivered:
        changed = record(DeliveryState::Delivered, msecs) || changed;
        changed = record(DeliveryState::Sent, msecs) || changed;
        break;
    default:
        changed = record(state, msecs);
        break;
    }
    if (state == DeliveryState::Failed && error)
        changed = keepEarliestError(*error, msecs) || changed;
    return updateState() || changed;
}

bool DeliveryStatus::merge(const DeliveryStatus &other)
{
    bool changed = false;
    for (const DeliveryState state : AllStates) {
        if (const auto &at = other.m_reached[indexOf(state)])
            changed = record(state, at->toMSecsSinceEpoch()) || changed;
    }
    if (other.m_error)
        changed = keepEarliestError(*other.m_error, other.m_errorAt.toMSecsSinceEpoch()) || changed;
    return updateState() || changed;
}

bool DeliveryStatus::isEmpty() const
{
    for (const auto &at : m_reached) {
        if (at)
            return false;
    }
    return true;
}

bool DeliveryStatus::hasReached(DeliveryState state) const
{
    return isValid(state) && m_reached[indexOf(state)].has_value();
}

std::optional<QDateTime> DeliveryStatus::timestamp(DeliveryState state) const
{
    if (!isValid(state))
        return std::nullopt;
    return m_reached[indexOf(state)];
}

QDateTime DeliveryStatus::since() const
{
    return m_reached[indexOf(m_state)].value_or(QDateTime());
}

QString DeliveryStatus::label(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Draft:
        return tr("Draft", "delivery status");
    case DeliveryState::Queued:
        return tr("Queued", "delivery status");
    case DeliveryState::Sending:
        return tr("Sending", "delivery status");
    case DeliveryState::Accepted:
        return tr("Accepted by WhatsApp", "delivery status");
    case DeliveryState::Unknown:
        return tr("Outcome unknown: the answer to the send request was lost", "delivery status");
    case DeliveryState::Sent:
        return tr("Sent", "delivery status");
    case DeliveryState::Delivered:
        return tr("Delivered", "delivery status");
    case DeliveryState::Read:
        return tr("Read", "delivery status");
    case DeliveryState::Played:
        return tr("Played", "delivery status (voice message)");
    case DeliveryState::Failed:
        return tr("Failed", "delivery status");
    }
    return {};
}

bool DeliveryStatus::record(DeliveryState state, qint64 msecs)
{
    auto &at = m_reached[indexOf(state)];
    // Keeping the earliest time makes the merge commutative: a late duplicate cannot move it.
    if (at && at->toMSecsSinceEpoch() <= msecs)
        return false;
    at = utcAt(msecs);
    return true;
}

bool DeliveryStatus::keepEarliestError(const StatusError &error, qint64 msecs)
{
    if (m_error) {
        const qint64 keptAt = m_errorAt.toMSecsSinceEpoch();
        // Ties between different errors at the same instant are broken by content, not arrival.
        const bool earlier = msecs < keptAt
            || (msecs == keptAt
                && std::tie(error.code, error.title, error.details)
                    < std::tie(m_error->code, m_error->title, m_error->details));
        if (!earlier)
            return false;
    }
    m_error = error;
    m_errorAt = utcAt(msecs);
    return true;
}

bool DeliveryStatus::updateState()
{
    DeliveryState best = DeliveryState::Draft;
    for (const DeliveryState state : AllStates) {
        if (m_reached[indexOf(state)] && deliveryStateRank(state) > deliveryStateRank(best))
            best = state;
    }
    if (best == m_state)
        return false;
    m_state = best;
    return true;
}

} // namespace sb

#pragma once

#include "MessagingTier.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <set>
#include <utility>

namespace sb {

// The messaging-limit budget (spec §9.2): how many UNIQUE users were reached outside a
// customer-service window in the moving 24 h, against the tier's limit. The caller decides what
// counts: record only business-initiated sends outside the window, at the moment the platform
// accepts them (counting at send time, not on delivery, errs on the side of not over-sending).
//
// Window semantics: a user stays counted until 24 h after their LAST counted reach. That is
// exactly "unique users reached within the last 24 h" evaluated at any instant, which is what a
// moving window means. Counting from the first reach instead would free the slot while the user
// was still reached inside the window, and could over-send; from the last reach never does.
// The slot frees exactly at last reach + 24 h (1 ms earlier the user still counts).
class TierBudget
{
public:
    static constexpr std::chrono::hours kWindow{24};

    explicit TierBudget(MessagingTier tier = MessagingTier::NotSet);

    void setTier(MessagingTier tier); // a lower limit than `used` leaves remaining() at 0
    MessagingTier tier() const { return m_tier; }
    std::optional<int> limit() const { return uniqueUserLimit(m_tier); } // nullopt = unlimited

    // True if the user is already counted (costs nothing) or a slot is free. An empty key or an
    // invalid time is refused.
    bool canReach(const QString &userKey, const QDateTime &now) const;
    bool isCounted(const QString &userKey, const QDateTime &now) const;

    // Counts the user (again) at `now`; true if this took a new slot. Records past the limit
    // are still counted: the platform accepted the message, so reality wins over the budget.
    // Older timestamps are accepted too (e.g. restoring from storage).
    bool recordReached(const QString &userKey, const QDateTime &now);

    int used(const QDateTime &now) const;
    std::optional<int> remaining(const QDateTime &now) const; // nullopt = unlimited; never < 0
    // When the oldest counted user drops out; invalid when nobody is counted.
    QDateTime nextRelease(const QDateTime &now) const;
    // When a NEW user can be reached: `now` if a slot is free, else when enough users drop out.
    QDateTime nextSlot(const QDateTime &now) const;

    // Forgets users whose window has passed (recordReached() also does this).
    void expire(const QDateTime &now);
    void clear();
    // The users counted at `now` with their last reach, oldest first (for persistence).
    QList<std::pair<QString, QDateTime>> counted(const QDateTime &now) const;

private:
    using Entry = std::pair<qint64, QString>; // last reach (ms since epoch), user

    // First entry still inside the window at nowMs.
    std::set<Entry>::const_iterator firstLive(qint64 nowMs) const;
    void expireMs(qint64 nowMs);

    MessagingTier m_tier;
    std::set<Entry> m_byTime;
    QHash<QString, qint64> m_lastReach;
};

} // namespace sb

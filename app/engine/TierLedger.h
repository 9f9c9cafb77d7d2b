#pragma once

#include "MessagingTier.h"
#include "TierBudget.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sb {

// The messaging-limit budget of one business portfolio (spec §9.2), shared by the dispatchers of
// all its numbers. TierBudget counts users the platform accepted a business-initiated message
// for; this adds the sends still in flight, so that several concurrent requests cannot together
// reach more new users than the budget has left.
class TierLedger
{
public:
    explicit TierLedger(MessagingTier tier = MessagingTier::NotSet);

    void setTier(MessagingTier tier) { m_budget.setTier(tier); }
    MessagingTier tier() const { return m_budget.tier(); }
    const TierBudget &budget() const { return m_budget; }

    // True if a business-initiated send to `user` may start now.
    bool allows(const QString &user, const QDateTime &now) const;
    // When a new user can be reached (`now` if allows() would say so for a new user).
    QDateTime nextSlot(const QDateTime &now) const;

    void reserve(const QString &user); // a send to `user` started
    void confirm(const QString &user, const QDateTime &at); // accepted (or maybe: unknown)
    void release(const QString &user); // refused by the platform: the slot was not used
    // Restores a reach recorded earlier (e.g. read back from the outbox at start-up).
    void restore(const QString &user, const QDateTime &at) { m_budget.recordReached(user, at); }

    int pendingUsers() const { return int(m_pending.size()); }

private:
    int newPendingUsers(const QDateTime &now) const;

    TierBudget m_budget;
    QHash<QString, int> m_pending; // user -> sends in flight
};

} // namespace sb

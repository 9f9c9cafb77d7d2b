#include "TierLedger.h"

namespace sb {

TierLedger::TierLedger(MessagingTier tier)
    : m_budget(tier)
{
}

int TierLedger::newPendingUsers(const QDateTime &now) const
{
    int count = 0;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!m_budget.isCounted(it.key(), now))
            ++count;
    }
    return count;
}

bool TierLedger::allows(const QString &user, const QDateTime &now) const
{
    if (user.isEmpty() || !now.isValid())
        return false;
    if (m_pending.contains(user) || m_budget.isCounted(user, now))
        return true; // already paid for in this 24 h
    const auto remaining = m_budget.remaining(now);
    return !remaining || *remaining > newPendingUsers(now);
}

QDateTime TierLedger::nextSlot(const QDateTime &now) const
{
    const auto remaining = m_budget.remaining(now);
    if (!remaining || *remaining > newPendingUsers(now))
        return now;
    // Full because of sends in flight: their answers decide, and each one wakes the dispatcher.
    if (*remaining > 0)
        return QDateTime();
    return m_budget.nextSlot(now);
}

void TierLedger::reserve(const QString &user)
{
    ++m_pending[user];
}

void TierLedger::confirm(const QString &user, const QDateTime &at)
{
    m_budget.recordReached(user, at);
    release(user);
}

void TierLedger::release(const QString &user)
{
    const auto it = m_pending.find(user);
    if (it == m_pending.end())
        return;
    if (--it.value() <= 0)
        m_pending.erase(it);
}

} // namespace sb

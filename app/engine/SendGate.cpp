#include "SendGate.h"

#include "TierLedger.h"

#include <algorithm>

namespace sb {

int SendGate::defaultBurst(int ratePerSecond)
{
    return std::max(1, ratePerSecond / 2);
}

SendGate::SendGate(int ratePerSecond, int burst, PairRateLimiter::Config pair, TierLedger *tier)
    : m_bucket(ratePerSecond, burst > 0 ? burst : defaultBurst(ratePerSecond))
    , m_pair(pair)
    , m_tier(tier)
{
}

SendGate::Check SendGate::check(const QString &recipient, bool businessInitiated,
                                const QDateTime &now) const
{
    if (const QDateTime pairAt = m_pair.nextAvailable(recipient, now); pairAt > now)
        return {Limit::PairRate, pairAt};
    if (businessInitiated && m_tier && !m_tier->allows(recipient, now))
        return {Limit::Tier, m_tier->nextSlot(now)};
    if (const QDateTime tokenAt = m_bucket.nextAvailable(now); tokenAt > now)
        return {Limit::Throughput, tokenAt};
    return {};
}

bool SendGate::take(const QString &recipient, bool businessInitiated, const QDateTime &now)
{
    if (!check(recipient, businessInitiated, now).go())
        return false;
    if (!m_bucket.tryTake(now) || !m_pair.tryTake(recipient, now))
        return false;
    if (businessInitiated && m_tier)
        m_tier->reserve(recipient);
    return true;
}

void SendGate::reached(const QString &recipient, bool businessInitiated, const QDateTime &at)
{
    if (businessInitiated && m_tier)
        m_tier->confirm(recipient, at);
}

void SendGate::notReached(const QString &recipient, bool businessInitiated)
{
    if (businessInitiated && m_tier)
        m_tier->release(recipient);
}

QDateTime SendGate::penalizeRecipient(const QString &recipient, const QDateTime &now, int attempt)
{
    return m_pair.penalize(recipient, now, attempt);
}

} // namespace sb

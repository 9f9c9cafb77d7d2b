#pragma once

#include "PairRateLimiter.h"
#include "TokenBucket.h"

#include <QDateTime>
#include <QString>

namespace sb {

class TierLedger;

// The three budgets a send of one business number must fit (spec §9): the number's throughput
// (token bucket), the pair rate per recipient, and, for business-initiated sends outside the
// window, the portfolio's messaging tier. Pure arithmetic on the caller's clock; the dispatcher
// asks check(), sends on Go, and otherwise sleeps until the reported instant.
class SendGate
{
public:
    enum class Limit { None, Throughput, PairRate, Tier };
    struct Check
    {
        Limit limit = Limit::None;
        // When this send may be tried again; invalid when only an answer in flight can free it.
        QDateTime notBefore;
        bool go() const { return limit == Limit::None; }
    };

    // The throughput burst used when none is configured: half a second's worth (see
    // DispatcherConfig::burst).
    static int defaultBurst(int ratePerSecond);

    // `tier` may be null (no messaging limit applies); it must outlive the gate.
    SendGate(int ratePerSecond, int burst, PairRateLimiter::Config pair, TierLedger *tier);

    // Recipient limits first (they only hold this recipient back), then the number's throughput
    // (which holds every send back).
    Check check(const QString &recipient, bool businessInitiated, const QDateTime &now) const;
    // Consumes a throughput token and a pair-rate slot and reserves the tier slot. False (and
    // nothing consumed) if check() would not say go.
    bool take(const QString &recipient, bool businessInitiated, const QDateTime &now);

    // The outcome of a taken send, for the tier: accepted and unknown count as reached (an
    // unknown send may have been accepted; counting it errs on the side of not over-sending).
    void reached(const QString &recipient, bool businessInitiated, const QDateTime &at);
    void notReached(const QString &recipient, bool businessInitiated);

    // 131056: only this recipient waits, 4^attempt s. Returns when they may be tried again.
    QDateTime penalizeRecipient(const QString &recipient, const QDateTime &now, int attempt);
    // 130429: the number slows down (see TokenBucket::penalize).
    void penalizeThroughput(const QDateTime &now) { m_bucket.penalize(now); }

    const TokenBucket &bucket() const { return m_bucket; }
    TokenBucket &bucket() { return m_bucket; }
    const PairRateLimiter &pairRate() const { return m_pair; }
    TierLedger *tier() const { return m_tier; }

private:
    TokenBucket m_bucket;
    PairRateLimiter m_pair;
    TierLedger *m_tier;
};

} // namespace sb

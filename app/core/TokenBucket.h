#pragma once

#include <QDateTime>

#include <chrono>

namespace sb {

// Throughput limiter for one business phone number (spec §9.1): `rate` messages per second,
// up to `burst` at once. Time comes from the caller (an injected Clock), so it is deterministic.
//
// Arithmetic is exact integers: one token is 1,000,000 units and the effective rate is kept in
// milli-messages per second, so each elapsed millisecond adds exactly `rate` units. Nothing is
// rounded, so the achieved rate never drifts from the configured one over long runs.
//
// 130429 (throughput exceeded) calls penalize(): the bucket empties and the effective rate
// halves (never below 1 msg/s), then recovers additively by 10% of the configured rate every
// 10 s without a new penalty (AIMD, as in TCP congestion control). Penalties within 1 s of the
// previous one only empty the bucket: a burst of in-flight requests failing together is one
// overload, not many. The burst capacity shrinks with the effective rate, so an idle penalized
// bucket cannot fire a full-size burst.
class TokenBucket
{
public:
    static constexpr int kMinRate = 1;
    static constexpr int kMaxRate = 1000; // the highest throughput level (spec §9.1)
    static constexpr int kDefaultRate = 80;
    static constexpr int kCoexistenceRate = 20;
    static constexpr std::chrono::milliseconds kRecoveryInterval{10'000};
    static constexpr int kRecoveryStepPercent = 10;
    static constexpr std::chrono::milliseconds kPenaltyDebounce{1'000};

    enum class ConfigResult { Ok, RateTooLow, RateTooHigh, BurstTooLow, BurstTooHigh };

    // Out-of-range values are clamped (and logged); use checkRate()/checkBurst() to validate
    // user input first. burst 0 means "one second's worth", i.e. equal to the rate.
    explicit TokenBucket(int ratePerSecond = kDefaultRate, int burst = 0);

    static ConfigResult checkRate(int ratePerSecond);
    // A burst must hold at least one message and at most one second's worth: a larger burst
    // would exceed the per-second throughput the platform enforces.
    static ConfigResult checkBurst(int burst, int ratePerSecond);

    // Refuse invalid values and keep the current setting. Tokens earned so far are kept (a
    // larger burst fills up over time); a bucket not used yet starts full at the new setting.
    ConfigResult setRate(int ratePerSecond, const QDateTime &now);
    ConfigResult setBurst(int burst, const QDateTime &now); // 0 = follow the rate

    int rate() const { return m_rate; }
    int burst() const; // capacity at full rate, in messages

    // Takes one token if there is one. An invalid `now` takes nothing.
    bool tryTake(const QDateTime &now);
    // The earliest instant tryTake() succeeds: `now` if a token is there, else the exact
    // millisecond the next one completes. Schedule a timer for it instead of polling.
    QDateTime nextAvailable(const QDateTime &now) const;
    double tokens(const QDateTime &now) const; // for display
    double effectiveRate(const QDateTime &now) const; // messages per second after penalties

    void penalize(const QDateTime &now);
    bool isPenalized(const QDateTime &now) const;

private:
    struct State
    {
        bool started = false;
        qint64 atMs = 0; // the instant `units` and `rateMilli` describe
        qint64 units = 0;
        qint64 rateMilli = 0; // effective rate, milli-messages per second
        qint64 nextStepMs = 0; // next recovery step while rateMilli < configured
        qint64 lastPenaltyMs = 0;
        bool penalizedOnce = false;
    };

    State advanced(qint64 nowMs) const;
    qint64 capacity(qint64 rateMilli) const;
    qint64 configuredMilli() const { return qint64(m_rate) * 1000; }
    qint64 recoveryStepMilli() const;

    int m_rate = kDefaultRate;
    int m_burst = 0; // 0 = follow the rate
    State m_state;
};

} // namespace sb

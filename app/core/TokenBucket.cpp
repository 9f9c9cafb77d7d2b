#include "TokenBucket.h"

#include "Logging.h"

#include <algorithm>

namespace sb {

namespace {

constexpr qint64 kUnit = 1'000'000; // units per token
constexpr qint64 kFloorMilli = qint64(TokenBucket::kMinRate) * 1000;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

TokenBucket::TokenBucket(int ratePerSecond, int burst)
    : m_rate(std::clamp(ratePerSecond, kMinRate, kMaxRate))
{
    if (m_rate != ratePerSecond)
        qCWarning(lcCore) << "TokenBucket: rate" << ratePerSecond << "msg/s is outside" << kMinRate
                          << "-" << kMaxRate << "; using" << m_rate;
    m_burst = burst == 0 ? 0 : std::clamp(burst, 1, m_rate);
    if (m_burst != burst)
        qCWarning(lcCore) << "TokenBucket: burst" << burst << "is outside 1 -" << m_rate
                          << "; using" << m_burst;
    m_state.rateMilli = configuredMilli();
}

TokenBucket::ConfigResult TokenBucket::checkRate(int ratePerSecond)
{
    if (ratePerSecond < kMinRate)
        return ConfigResult::RateTooLow;
    if (ratePerSecond > kMaxRate)
        return ConfigResult::RateTooHigh;
    return ConfigResult::Ok;
}

TokenBucket::ConfigResult TokenBucket::checkBurst(int burst, int ratePerSecond)
{
    if (const auto rateCheck = checkRate(ratePerSecond); rateCheck != ConfigResult::Ok)
        return rateCheck;
    if (burst < 0)
        return ConfigResult::BurstTooLow;
    if (burst > ratePerSecond)
        return ConfigResult::BurstTooHigh;
    return ConfigResult::Ok; // 0 = follow the rate
}

TokenBucket::ConfigResult TokenBucket::setRate(int ratePerSecond, const QDateTime &now)
{
    if (const auto result = checkRate(ratePerSecond); result != ConfigResult::Ok)
        return result;
    if (now.isValid() && m_state.started)
        m_state = advanced(now.toMSecsSinceEpoch());
    // A penalty in force stays in force (capped by the new rate); otherwise run at full rate.
    const bool penalized = m_state.started && m_state.rateMilli < configuredMilli();
    m_rate = ratePerSecond;
    m_state.rateMilli =
        penalized ? std::min(m_state.rateMilli, configuredMilli()) : configuredMilli();
    m_state.units = std::min(m_state.units, capacity(m_state.rateMilli));
    return ConfigResult::Ok;
}

TokenBucket::ConfigResult TokenBucket::setBurst(int burst, const QDateTime &now)
{
    if (const auto result = checkBurst(burst, m_rate); result != ConfigResult::Ok)
        return result;
    if (now.isValid() && m_state.started)
        m_state = advanced(now.toMSecsSinceEpoch());
    m_burst = burst;
    m_state.units = std::min(m_state.units, capacity(m_state.rateMilli));
    return ConfigResult::Ok;
}

int TokenBucket::burst() const
{
    return m_burst == 0 ? m_rate : std::min(m_burst, m_rate);
}

qint64 TokenBucket::capacity(qint64 rateMilli) const
{
    return std::max(kUnit, qint64(burst()) * kUnit * rateMilli / configuredMilli());
}

qint64 TokenBucket::recoveryStepMilli() const
{
    return std::max<qint64>(1, configuredMilli() * kRecoveryStepPercent / 100);
}

TokenBucket::State TokenBucket::advanced(qint64 nowMs) const
{
    State s = m_state;
    if (!s.started) {
        s.started = true;
        s.atMs = nowMs;
        s.rateMilli = configuredMilli();
        s.units = capacity(s.rateMilli);
        return s;
    }
    // A clock that went backwards earns nothing until it passes the last instant again.
    while (s.atMs < nowMs) {
        const bool recovering = s.rateMilli < configuredMilli();
        const qint64 segmentEnd = recovering ? std::min(nowMs, s.nextStepMs) : nowMs;
        const qint64 elapsed = segmentEnd - s.atMs;
        const qint64 cap = capacity(s.rateMilli);
        // Compare before multiplying so that very long idle times cannot overflow.
        if (s.units >= cap || elapsed >= ceilDiv(cap - s.units, s.rateMilli))
            s.units = std::max(s.units, cap);
        else
            s.units += elapsed * s.rateMilli;
        s.units = std::min(s.units, cap);
        s.atMs = segmentEnd;
        if (recovering && s.atMs == s.nextStepMs) {
            s.rateMilli = std::min(configuredMilli(), s.rateMilli + recoveryStepMilli());
            s.nextStepMs += kRecoveryInterval.count();
        }
    }
    return s;
}

bool TokenBucket::tryTake(const QDateTime &now)
{
    if (!now.isValid()) {
        qCWarning(lcCore) << "TokenBucket: tryTake() with an invalid time";
        return false;
    }
    m_state = advanced(now.toMSecsSinceEpoch());
    if (m_state.units < kUnit)
        return false;
    m_state.units -= kUnit;
    return true;
}

QDateTime TokenBucket::nextAvailable(const QDateTime &now) const
{
    if (!now.isValid())
        return {};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const State s = advanced(nowMs);
    if (s.units >= kUnit)
        return now;
    // Walk the recovery steps ahead: the rate may rise before the token completes.
    qint64 deficit = kUnit - s.units;
    qint64 at = s.atMs;
    qint64 rateMilli = s.rateMilli;
    qint64 nextStep = s.nextStepMs;
    while (rateMilli < configuredMilli()) {
        const qint64 gain = (nextStep - at) * rateMilli;
        if (gain >= deficit)
            break;
        deficit -= gain;
        at = nextStep;
        rateMilli = std::min(configuredMilli(), rateMilli + recoveryStepMilli());
        nextStep += kRecoveryInterval.count();
    }
    const qint64 readyMs = at + ceilDiv(deficit, rateMilli);
    return QDateTime::fromMSecsSinceEpoch(std::max(readyMs, nowMs), Qt::UTC);
}

double TokenBucket::tokens(const QDateTime &now) const
{
    if (!now.isValid())
        return 0.0;
    return double(advanced(now.toMSecsSinceEpoch()).units) / double(kUnit);
}

double TokenBucket::effectiveRate(const QDateTime &now) const
{
    const qint64 milli =
        now.isValid() ? advanced(now.toMSecsSinceEpoch()).rateMilli : m_state.rateMilli;
    return double(milli) / 1000.0;
}

void TokenBucket::penalize(const QDateTime &now)
{
    if (!now.isValid()) {
        qCWarning(lcCore) << "TokenBucket: penalize() with an invalid time";
        return;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    m_state = advanced(nowMs);
    m_state.units = 0;
    if (m_state.penalizedOnce && nowMs - m_state.lastPenaltyMs < kPenaltyDebounce.count())
        return;
    m_state.penalizedOnce = true;
    m_state.lastPenaltyMs = nowMs;
    const qint64 before = m_state.rateMilli;
    m_state.rateMilli = std::max(kFloorMilli, m_state.rateMilli / 2);
    m_state.nextStepMs = std::max(nowMs, m_state.atMs) + kRecoveryInterval.count();
    if (m_state.rateMilli < before)
        qCInfo(lcCore) << "Throughput limit hit: slowing down to"
                       << double(m_state.rateMilli) / 1000.0 << "msg/s";
}

bool TokenBucket::isPenalized(const QDateTime &now) const
{
    if (!now.isValid())
        return m_state.rateMilli < configuredMilli();
    return advanced(now.toMSecsSinceEpoch()).rateMilli < configuredMilli();
}

} // namespace sb

#include "PairRateLimiter.h"

#include "Backoff.h"
#include "Logging.h"

#include <algorithm>

namespace sb {

namespace {

bool validInput(const QString &recipient, const QDateTime &now, const char *what)
{
    if (recipient.isEmpty() || !now.isValid()) {
        qCWarning(lcCore) << "PairRateLimiter:" << what << "needs a recipient and a valid time";
        return false;
    }
    return true;
}

} // namespace

PairRateLimiter::PairRateLimiter(const Config &config)
{
    m_config.burst = std::clamp(config.burst, 1, kMaxBurst);
    m_config.interval = std::clamp(config.interval, kMinInterval, kMaxInterval);
    if (!(m_config == config))
        qCWarning(lcCore) << "PairRateLimiter: configuration out of range, clamped to burst"
                          << m_config.burst << "interval" << m_config.interval.count() << "ms";
}

bool PairRateLimiter::isValid(const Config &config)
{
    return config.burst >= 1 && config.burst <= kMaxBurst && config.interval >= kMinInterval
        && config.interval <= kMaxInterval;
}

bool PairRateLimiter::setConfig(const Config &config)
{
    if (!isValid(config))
        return false;
    m_config = config;
    return true;
}

qint64 PairRateLimiter::tolerance() const
{
    return qint64(m_config.burst - 1) * m_config.interval.count();
}

qint64 PairRateLimiter::tatFor(const QString &recipient, qint64 nowMs) const
{
    return std::max(m_tat.value(recipient, nowMs), nowMs);
}

bool PairRateLimiter::tryTake(const QString &recipient, const QDateTime &now)
{
    if (!validInput(recipient, now, "tryTake()"))
        return false;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    sweepIfDue(nowMs);
    const qint64 tat = tatFor(recipient, nowMs);
    if (tat - tolerance() > nowMs)
        return false;
    m_tat.insert(recipient, tat + m_config.interval.count());
    return true;
}

QDateTime PairRateLimiter::nextAvailable(const QString &recipient, const QDateTime &now) const
{
    if (!validInput(recipient, now, "nextAvailable()"))
        return {};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 readyMs = tatFor(recipient, nowMs) - tolerance();
    return readyMs <= nowMs ? now : QDateTime::fromMSecsSinceEpoch(readyMs, Qt::UTC);
}

int PairRateLimiter::available(const QString &recipient, const QDateTime &now) const
{
    if (!validInput(recipient, now, "available()"))
        return 0;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 slack = nowMs + tolerance() - tatFor(recipient, nowMs);
    if (slack < 0)
        return 0;
    return int(std::min<qint64>(slack / m_config.interval.count() + 1, m_config.burst));
}

QDateTime PairRateLimiter::penalize(const QString &recipient, const QDateTime &now, int attempt)
{
    if (!validInput(recipient, now, "penalize()"))
        return {};
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 blockedUntil = nowMs + std::chrono::milliseconds(pairRateDelay(attempt)).count();
    // Arrival time blockedUntil + tolerance: next send at blockedUntil, with no burst left.
    const qint64 tat = std::max(tatFor(recipient, nowMs), blockedUntil + tolerance());
    m_tat.insert(recipient, tat);
    return QDateTime::fromMSecsSinceEpoch(tat - tolerance(), Qt::UTC);
}

int PairRateLimiter::evictIdle(const QDateTime &now)
{
    if (!now.isValid())
        return 0;
    return removeIdle(now.toMSecsSinceEpoch());
}

int PairRateLimiter::removeIdle(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    return int(m_tat.removeIf(
        [nowMs](QHash<QString, qint64>::iterator it) { return it.value() <= nowMs; }));
}

void PairRateLimiter::sweepIfDue(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= kSweepInterval.count())
        removeIdle(nowMs);
}

} // namespace sb

#include "TierBudget.h"

#include "Logging.h"

#include <algorithm>
#include <iterator>

namespace sb {

namespace {

constexpr qint64 kWindowMs = std::chrono::milliseconds(TierBudget::kWindow).count();

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

TierBudget::TierBudget(MessagingTier tier)
    : m_tier(tier)
{
}

void TierBudget::setTier(MessagingTier tier)
{
    m_tier = tier;
}

std::set<TierBudget::Entry>::const_iterator TierBudget::firstLive(qint64 nowMs) const
{
    // Live means lastReach + window > now. The empty string sorts before every key, so this
    // is the first entry with lastReach >= now - window + 1.
    return m_byTime.lower_bound(Entry{nowMs - kWindowMs + 1, QString()});
}

bool TierBudget::isCounted(const QString &userKey, const QDateTime &now) const
{
    if (userKey.isEmpty() || !now.isValid())
        return false;
    const auto it = m_lastReach.constFind(userKey);
    return it != m_lastReach.cend() && it.value() + kWindowMs > now.toMSecsSinceEpoch();
}

bool TierBudget::canReach(const QString &userKey, const QDateTime &now) const
{
    if (userKey.isEmpty() || !now.isValid()) {
        qCWarning(lcCore) << "TierBudget: canReach() needs a user and a valid time";
        return false;
    }
    if (isCounted(userKey, now))
        return true;
    const auto max = limit();
    return !max || used(now) < *max;
}

bool TierBudget::recordReached(const QString &userKey, const QDateTime &now)
{
    if (userKey.isEmpty() || !now.isValid()) {
        qCWarning(lcCore) << "TierBudget: recordReached() needs a user and a valid time";
        return false;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool wasCounted = isCounted(userKey, now);
    expireMs(nowMs);
    const auto it = m_lastReach.find(userKey);
    if (it != m_lastReach.end()) {
        if (it.value() >= nowMs)
            return false; // a later reach is already recorded
        m_byTime.erase(Entry{it.value(), userKey});
        it.value() = nowMs;
    } else {
        m_lastReach.insert(userKey, nowMs);
    }
    m_byTime.insert(Entry{nowMs, userKey});
    return !wasCounted;
}

int TierBudget::used(const QDateTime &now) const
{
    if (!now.isValid())
        return int(m_byTime.size());
    // Counting the expired prefix keeps this cheap: recordReached() prunes it as it goes.
    const auto expired = std::distance(m_byTime.cbegin(), firstLive(now.toMSecsSinceEpoch()));
    return int(qsizetype(m_byTime.size()) - expired);
}

std::optional<int> TierBudget::remaining(const QDateTime &now) const
{
    const auto max = limit();
    if (!max)
        return std::nullopt;
    return std::max(0, *max - used(now));
}

QDateTime TierBudget::nextRelease(const QDateTime &now) const
{
    if (!now.isValid())
        return {};
    const auto it = firstLive(now.toMSecsSinceEpoch());
    return it == m_byTime.end() ? QDateTime() : fromMs(it->first + kWindowMs);
}

QDateTime TierBudget::nextSlot(const QDateTime &now) const
{
    if (!now.isValid())
        return {};
    const auto max = limit();
    const int inUse = used(now);
    if (!max || inUse < *max)
        return now;
    // Every user beyond limit - 1 must drop out before a new one fits.
    auto it = firstLive(now.toMSecsSinceEpoch());
    std::advance(it, inUse - *max);
    return fromMs(it->first + kWindowMs);
}

void TierBudget::expire(const QDateTime &now)
{
    if (now.isValid())
        expireMs(now.toMSecsSinceEpoch());
}

void TierBudget::expireMs(qint64 nowMs)
{
    const auto end = firstLive(nowMs);
    for (auto it = m_byTime.cbegin(); it != end; ++it)
        m_lastReach.remove(it->second);
    m_byTime.erase(m_byTime.cbegin(), end);
}

void TierBudget::clear()
{
    m_byTime.clear();
    m_lastReach.clear();
}

QList<std::pair<QString, QDateTime>> TierBudget::counted(const QDateTime &now) const
{
    QList<std::pair<QString, QDateTime>> result;
    if (!now.isValid())
        return result;
    for (auto it = firstLive(now.toMSecsSinceEpoch()); it != m_byTime.end(); ++it)
        result.append({it->second, fromMs(it->first)});
    return result;
}

} // namespace sb

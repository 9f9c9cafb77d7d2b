#include "Backoff.h"

#include <algorithm>
#include <limits>

namespace sb {

using std::chrono::milliseconds;

milliseconds backoffCeiling(milliseconds base, milliseconds cap, int attempt)
{
    if (base.count() <= 0 || cap.count() <= 0)
        return milliseconds::zero();
    const int steps = std::max(attempt, 0);
    qint64 ceiling = base.count();
    // Doubling stops as soon as the cap is reached, so it can never overflow.
    for (int i = 0; i < steps && ceiling < cap.count(); ++i)
        ceiling *= 2;
    return milliseconds(std::min(ceiling, qint64(cap.count())));
}

milliseconds fullJitterDelay(milliseconds base, milliseconds cap, int attempt, quint32 randomValue)
{
    const qint64 ceiling = backoffCeiling(base, cap, attempt).count();
    constexpr quint64 maxRandom = std::numeric_limits<quint32>::max();
    // ceiling * r / max without overflow: split ceiling = q * max + rem, so each product fits
    // in 64 bits and the result is exactly floor(ceiling * r / max).
    const quint64 q = quint64(ceiling) / maxRandom;
    const quint64 rem = quint64(ceiling) % maxRandom;
    const quint64 scaled = q * randomValue + (rem * randomValue) / maxRandom;
    return milliseconds(qint64(std::min<quint64>(scaled, quint64(ceiling))));
}

std::chrono::seconds pairRateDelay(int attempt)
{
    const int n = std::clamp(attempt, 0, 4);
    qint64 seconds = 1;
    for (int i = 0; i < n; ++i)
        seconds *= 4;
    return std::chrono::seconds(seconds);
}

} // namespace sb

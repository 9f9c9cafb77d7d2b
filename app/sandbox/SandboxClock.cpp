#include "SandboxClock.h"

namespace sb {

SandboxClock::SandboxClock(const QDateTime &start, bool frozen)
    : m_start(start.toUTC())
    , m_frozen(frozen)
{
    m_running.start();
}

QDateTime SandboxClock::now() const
{
    const qint64 elapsed = m_frozen ? 0 : m_running.elapsed();
    return m_start.addMSecs(elapsed + m_offsetMs);
}

void SandboxClock::advance(std::chrono::milliseconds by)
{
    if (by.count() > 0)
        m_offsetMs += by.count();
}

} // namespace sb

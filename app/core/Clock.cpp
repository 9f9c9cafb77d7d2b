#include "Clock.h"

namespace sb {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime &time)
{
    m_now = time.toUTC();
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    m_now = m_now.addMSecs(by.count());
}

} // namespace sb

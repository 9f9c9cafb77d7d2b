#include "SandboxScheduler.h"

#include "SandboxClock.h"

#include <algorithm>

namespace sb {

namespace {
// QTimer intervals are int milliseconds; long waits are re-armed in steps.
constexpr qint64 kMaxTimerStepMs = 24LL * 3600 * 1000;
} // namespace

SandboxScheduler::SandboxScheduler(SandboxClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SandboxScheduler::runDue);
}

SandboxScheduler::~SandboxScheduler() = default;

quint64 SandboxScheduler::at(const QDateTime &due, Task task)
{
    const quint64 id = ++m_sequence;
    m_tasks.emplace(Key{due.toMSecsSinceEpoch(), id}, std::move(task));
    rearm();
    return id;
}

quint64 SandboxScheduler::after(std::chrono::milliseconds delay, Task task)
{
    return at(m_clock.now().addMSecs(std::max<qint64>(0, delay.count())), std::move(task));
}

void SandboxScheduler::cancel(quint64 id)
{
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(),
                                 [id](const auto &entry) { return entry.first.second == id; });
    if (it != m_tasks.end())
        m_tasks.erase(it);
    rearm();
}

void SandboxScheduler::runDue()
{
    if (m_running)
        return; // a task advanced the clock; the outer loop picks the new work up
    m_running = true;
    while (!m_tasks.empty()) {
        const auto first = m_tasks.begin();
        if (first->first.first > m_clock.now().toMSecsSinceEpoch())
            break;
        Task task = std::move(first->second);
        m_tasks.erase(first);
        task();
    }
    m_running = false;
    rearm();
}

void SandboxScheduler::rearm()
{
    if (m_running)
        return;
    if (m_tasks.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_tasks.begin()->first.first - m_clock.now().toMSecsSinceEpoch();
    if (m_clock.isFrozen() && wait > 0) {
        m_timer.stop(); // only advancing the clock can make it due
        return;
    }
    m_timer.start(int(std::clamp<qint64>(wait, 0, kMaxTimerStepMs)));
}

} // namespace sb

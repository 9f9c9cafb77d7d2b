#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>
#include <utility>

namespace sb {

class SandboxClock;

// Runs tasks when the sandbox clock reaches their time: by a real timer while the clock runs,
// and at once for everything that falls due when the clock is advanced. Tasks due at the same
// instant run in the order they were scheduled, so a seed gives one sequence.
class SandboxScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxScheduler)

public:
    using Task = std::function<void()>;

    explicit SandboxScheduler(SandboxClock &clock, QObject *parent = nullptr);
    ~SandboxScheduler() override;

    // Returns an id for cancel(). A due time in the past runs on the next event-loop turn.
    quint64 at(const QDateTime &due, Task task);
    quint64 after(std::chrono::milliseconds delay, Task task);
    void cancel(quint64 id);
    qsizetype pending() const { return qsizetype(m_tasks.size()); }

    // Runs every task whose time has come, including tasks they schedule for the past.
    void runDue();

private:
    void rearm();

    using Key = std::pair<qint64, quint64>; // (due msecs since epoch, sequence)
    SandboxClock &m_clock;
    std::map<Key, Task> m_tasks;
    quint64 m_sequence = 0;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace sb

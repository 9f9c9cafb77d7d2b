#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <chrono>

namespace sb {

// The sandbox's "now": it starts at a chosen instant and runs with real time (unless frozen), and
// it can jump forward so that windows close and scheduled status moves happen without waiting.
class SandboxClock final : public Clock
{
public:
    explicit SandboxClock(const QDateTime &start, bool frozen);

    QDateTime now() const override;
    bool isFrozen() const { return m_frozen; }
    void advance(std::chrono::milliseconds by);

private:
    QDateTime m_start;
    QElapsedTimer m_running;
    qint64 m_offsetMs = 0;
    bool m_frozen = false;
};

} // namespace sb

#pragma once

#include <QDateTime>

#include <chrono>

namespace sb {

// The one source of "now" for everything that reasons about time (windows, limiters,
// retries). Injected so tests and the sandbox can move time deterministically.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);

    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(std::chrono::milliseconds by);

private:
    QDateTime m_now;
};

} // namespace sb

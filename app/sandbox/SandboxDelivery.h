#pragma once

#include "SandboxState.h"

#include <functional>

namespace sb {

struct SandboxWorld;
class SandboxScheduler;

// Moves accepted messages through sent -> delivered -> read (-> played for voice notes), or
// fails them the way the platform does: 131026 for unreachable numbers, 131050 for marketing to
// a customer who stopped it, 131049 for the per-user marketing cap. Every draw comes from the
// message's own seeded stream, so a seed and a message serial give the same story every time.
class SandboxDelivery
{
public:
    // Called when a status takes effect (already appended to the message's statuses).
    using StatusHook = std::function<void(const SandboxSentMessage &, const SandboxStatusEvent &)>;

    SandboxDelivery(SandboxWorld &world, SandboxScheduler &scheduler, StatusHook hook);

    void schedule(const SandboxSentMessage &message);

private:
    struct Plan
    {
        std::optional<SandboxError> failure;
        qint64 sentMs = 0;
        qint64 deliveredMs = -1; // -1: never
        qint64 readMs = -1;
        qint64 playedMs = -1;
    };

    Plan plan(const SandboxSentMessage &message) const;
    void at(const QString &wamid, qint64 offsetMs, const QDateTime &base, QString status,
            std::optional<SandboxError> error);

    SandboxWorld &m_world;
    SandboxScheduler &m_scheduler;
    StatusHook m_hook;
};

} // namespace sb

#pragma once

#include "SandboxState.h"

#include <QDateTime>
#include <QJsonObject>

#include <chrono>
#include <functional>
#include <optional>

namespace sb {

struct SandboxWorld;
class SandboxInbound;

// How simulated customers react once they have read a business message: they tap one of the
// reply buttons or list rows they were offered, tap a template's quick reply, share a location
// when asked, or write back in their language, now and then with a photo, a voice note, a
// document, a location or a contact card. Choices come from the message's seeded stream.
class SandboxCustomers
{
public:
    struct Reply
    {
        std::chrono::milliseconds delay{0};
        // Builds the message at the moment it is sent (its timestamp is that moment).
        std::function<QJsonObject(const QDateTime &)> build;
    };

    SandboxCustomers(SandboxWorld &world, SandboxInbound &inbound);

    // nullopt when the customer stays silent (or does not answer at all).
    std::optional<Reply> replyTo(const SandboxSentMessage &sent,
                                 const SandboxCustomer &customer) const;

private:
    Reply freeText(const SandboxSentMessage &sent, const SandboxCustomer &customer, double roll,
                   quint32 pick) const;

    SandboxWorld &m_world;
    SandboxInbound &m_inbound;
};

} // namespace sb

#pragma once

#include "Message.h"
#include "Violation.h"

#include <QList>

// The outbound message validator: the composer, the outbox, switchboardctl and the sandbox all
// judge a message with this one function, against the table in Limits.h.
namespace sb {

// Every violation of `message` as an outbound send, in payload order: envelope (to, context),
// then the content. Errors make the platform refuse the send; warnings (Severity::Warning) do
// not. An empty list means the message can be sent. Never throws; any Message is accepted,
// including inbound-only kinds (refused with LimitId::OutboundKind) and a body that does not
// match the kind (LimitId::BodyMatchesKind).
QList<Violation> validate(const Message &message);

} // namespace sb

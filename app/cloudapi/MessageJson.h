#pragma once

#include "Message.h"
#include "ParseIssue.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// JSON <-> domain mapping for the Cloud API message shapes (spec §1, §2, §5.3).
namespace sb {

// The body of `POST /{phone-number-id}/messages` for an outbound message. A BSUID recipient
// (`CC.xxx`) goes out as `recipient`, a phone number as `to`. Inbound-only kinds have no send
// shape and give an empty object (the validator rejects them before anything is sent).
QJsonObject toRequestBody(const Message &message);

struct RequestParseResult
{
    std::optional<Message> message; // empty when the type or its object could not be read at all
    QList<ParseIssue> issues; // structural problems with wire paths; rules are the validator's job
};

// The reverse of toRequestBody, for the sandbox and `switchboardctl validate`. Tolerant: it reads
// all it can and reports the rest; an unknown `type` is an issue, never a crash.
RequestParseResult fromRequestBody(const QJsonObject &body);

// One element of a webhook's `value.messages[]`. Every shape of spec §5.3 maps to its kind; an
// unknown or malformed one becomes MessageKind::Unsupported with the reason and the raw JSON.
// Problems are appended to `issues` (when given) with paths relative to the message object.
Message fromInboundMessage(const QJsonObject &messageObject, QList<ParseIssue> *issues = nullptr);

// The webhook shape of an inbound message (what the sandbox emits for a simulated customer).
// Unsupported messages that kept their raw JSON give that JSON back unchanged.
QJsonObject toInboundMessage(const Message &message);

// Mark-as-read, optionally with the typing indicator (spec §2).
QJsonObject markReadBody(const QString &messageId, bool typingIndicator = false);

} // namespace sb

#include "Validator.h"

#include "ContentValidator.h"
#include "InteractiveValidator.h"
#include "LimitCheck.h"
#include "TemplateSendValidator.h"

#include <QCoreApplication>

#include <iterator>
#include <variant>

namespace sb {

namespace {

const char *const kContext = "sb::Validator";

QString bodyName(const MessageBody &body)
{
    if (const auto *media = std::get_if<MediaContent>(&body))
        return mediaKindWireName(media->kind);
    static constexpr const char *kNames[] = {
        "text",        "media",    "location", "location request", "contacts",
        "interactive", "template", "reaction", "button tap",       "reply",
        "flow reply",  "order",    "system",   "unsupported",
    };
    static_assert(std::size(kNames) == std::variant_size_v<MessageBody>);
    return QString::fromLatin1(kNames[body.index()]);
}

// Whether the body alternative is the one `kind` is sent with.
bool bodyMatches(const Message &message)
{
    switch (message.kind) {
    case MessageKind::Text:
        return message.as<TextContent>();
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Document:
    case MessageKind::Sticker: {
        const auto *media = message.as<MediaContent>();
        return media && messageKindOf(media->kind) == message.kind;
    }
    case MessageKind::Location:
        return message.as<LocationContent>();
    case MessageKind::LocationRequest:
        return message.as<LocationRequestContent>();
    case MessageKind::Contacts:
        return message.as<ContactsContent>();
    case MessageKind::Interactive:
        return message.as<InteractiveContent>();
    case MessageKind::Template:
        return message.as<TemplateContent>();
    case MessageKind::Reaction:
        return message.as<ReactionContent>();
    default:
        return false;
    }
}

void content(const Message &message, QList<Violation> &out)
{
    if (const auto *text = message.as<TextContent>())
        ContentValidator::text(*text, out);
    else if (const auto *media = message.as<MediaContent>())
        ContentValidator::mediaMessage(*media, out);
    else if (const auto *location = message.as<LocationContent>())
        ContentValidator::location(*location, QStringLiteral("location"), out);
    else if (const auto *request = message.as<LocationRequestContent>())
        ContentValidator::locationRequest(*request, out);
    else if (const auto *contacts = message.as<ContactsContent>())
        ContentValidator::contacts(*contacts, out);
    else if (const auto *interactive = message.as<InteractiveContent>())
        InteractiveValidator::validate(*interactive, out);
    else if (const auto *tmpl = message.as<TemplateContent>())
        TemplateSendValidator::validate(*tmpl, out);
    else if (const auto *reaction = message.as<ReactionContent>())
        ContentValidator::reaction(*reaction, out);
}

} // namespace

QList<Violation> validate(const Message &message)
{
    QList<Violation> out;
    const QString type = messageKindWireName(message.kind);
    addViolation(out, LimitCheck::text(LimitId::RecipientTo, QStringLiteral("to"), message.to));

    if (isInboundOnly(message.kind)) {
        out.append(LimitCheck::rule(
            LimitId::OutboundKind, QStringLiteral("type"), QStringLiteral("not_allowed"), type,
            QCoreApplication::translate(kContext, "an outbound message type"),
            QCoreApplication::translate(kContext,
                                        "This kind of message only arrives from customers and "
                                        "cannot be sent; reply with text, media, an interactive "
                                        "message or a template instead.")));
        return out;
    }

    if (message.context) {
        if (message.kind == MessageKind::Reaction) {
            out.append(LimitCheck::rule(
                LimitId::ReactionNoContext, QStringLiteral("context"),
                QStringLiteral("not_allowed"), message.context->messageId,
                QCoreApplication::translate(kContext, "no context"),
                QCoreApplication::translate(kContext,
                                            "Send the reaction without a reply context; the "
                                            "reaction already names its message.")));
        } else {
            addViolation(out,
                         LimitCheck::text(LimitId::ContextMessageId,
                                          QStringLiteral("context.message_id"),
                                          message.context->messageId));
        }
    }

    if (!bodyMatches(message)) {
        out.append(LimitCheck::rule(
            LimitId::BodyMatchesKind, QStringLiteral("type"), QStringLiteral("invalid"),
            bodyName(message.body), type,
            QCoreApplication::translate(kContext,
                                        "Rebuild the message: its type is %1 but it holds %2 "
                                        "content.")
                .arg(type, bodyName(message.body))));
        return out;
    }
    content(message, out);
    return out;
}

} // namespace sb

#include "MessageJson.h"
#include "MessageJsonDetail.h"

#include <QCoreApplication>

// fromRequestBody: a send request back to the domain, reporting what does not fit (spec §1).
namespace sb {

namespace {

// The message built from `type` and its object; nullopt when that object is unusable.
std::optional<Message> contentFromRequest(const JsonCursor &root, const QString &type)
{
    Message m;
    m.direction = Direction::Outbound;
    if (const auto mediaKind = mediaKindFromWire(type)) {
        const JsonCursor media = root.object(type, Need::Required);
        if (!media.isValid())
            return std::nullopt;
        m.kind = messageKindOf(*mediaKind);
        m.body = wire::mediaFromJson(media, *mediaKind);
        return m;
    }
    if (type == u"text") {
        const JsonCursor text = root.object(type, Need::Required);
        if (!text.isValid())
            return std::nullopt;
        m.kind = MessageKind::Text;
        m.body = TextContent{text.string(u"body", Need::Required), text.boolean(u"preview_url")};
        return m;
    }
    if (type == u"location") {
        const JsonCursor location = root.object(type, Need::Required);
        if (!location.isValid())
            return std::nullopt;
        m.kind = MessageKind::Location;
        m.body = wire::locationFromJson(location);
        return m;
    }
    if (type == u"contacts") {
        if (!root.value(type).isArray()) {
            root.array(type, Need::Required); // reports missing or wrong type
            return std::nullopt;
        }
        m.kind = MessageKind::Contacts;
        m.body = wire::contactsFromJson(root, type, Need::Required);
        return m;
    }
    if (type == u"interactive") {
        const JsonCursor interactive = root.object(type, Need::Required);
        if (!interactive.isValid())
            return std::nullopt;
        return wire::interactiveFromRequest(interactive);
    }
    if (type == u"template") {
        const JsonCursor tmpl = root.object(type, Need::Required);
        if (!tmpl.isValid())
            return std::nullopt;
        const auto content = wire::templateFromRequest(tmpl);
        if (!content)
            return std::nullopt;
        m.kind = MessageKind::Template;
        m.body = *content;
        return m;
    }
    if (type == u"reaction") {
        const JsonCursor reaction = root.object(type, Need::Required);
        if (!reaction.isValid())
            return std::nullopt;
        m.kind = MessageKind::Reaction;
        // An empty or absent emoji is how a reaction is removed.
        m.body = ReactionContent{reaction.string(u"message_id", Need::Required),
                                 reaction.string(u"emoji")};
        return m;
    }
    root.report(u"type",
                QCoreApplication::translate("sb::MessageJson",
                                            "Unknown or unsupported message type \"%1\".")
                    .arg(type));
    return std::nullopt;
}

} // namespace

RequestParseResult fromRequestBody(const QJsonObject &body)
{
    RequestParseResult result;
    const JsonCursor root(body, QString(), &result.issues);

    const QString product = root.string(u"messaging_product", Need::Required);
    if (!product.isEmpty() && product != u"whatsapp")
        root.report(u"messaging_product",
                    QCoreApplication::translate("sb::MessageJson",
                                                "The messaging product must be \"whatsapp\"."));
    const QString recipientType = root.string(u"recipient_type");
    if (!recipientType.isEmpty() && recipientType != u"individual") {
        root.report(
            u"recipient_type",
            QCoreApplication::translate("sb::MessageJson",
                                        "Only \"individual\" recipients are supported, not \"%1\".")
                .arg(recipientType));
    }

    // When both are given, `to` wins (spec §1.1).
    QString to = root.stringOrNumber(u"to");
    if (to.isEmpty())
        to = root.string(u"recipient");
    if (to.isEmpty() && !root.has(u"to") && !root.has(u"recipient"))
        root.report(
            u"to",
            QCoreApplication::translate("sb::MessageJson",
                                        "A recipient is required: give \"to\" or \"recipient\"."));

    const QString type = root.string(u"type", Need::Required);
    if (type.isEmpty())
        return result;

    auto message = contentFromRequest(root, type);
    if (!message)
        return result;
    message->to = to;
    const JsonCursor context = root.object(u"context");
    if (context.isValid())
        message->context = ReplyContext{context.string(u"message_id", Need::Required), {}, {}, {}};
    message->bizOpaqueCallbackData = root.string(u"biz_opaque_callback_data");
    result.message = message;
    return result;
}

} // namespace sb

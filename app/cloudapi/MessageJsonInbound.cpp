#include "MessageJson.h"
#include "MessageJsonDetail.h"

#include <QJsonDocument>

#include <type_traits>

// Inbound messages (spec §5.3): webhook `messages[]` element <-> domain, both directions.
namespace sb {

namespace {

const QLatin1String kType("type");

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct PlatformError
{
    int code = 0;
    QString reason;
};

// errors[0] of a message: the platform's code and its most specific English wording.
PlatformError firstError(const JsonCursor &root)
{
    const auto errors = root.objects(u"errors");
    if (errors.isEmpty())
        return {};
    const JsonCursor &e = errors.first();
    PlatformError result;
    result.code = static_cast<int>(e.integer(u"code").value_or(0));
    result.reason = e.string(u"title");
    if (result.reason.isEmpty())
        result.reason = e.string(u"message");
    if (result.reason.isEmpty())
        result.reason = e.object(u"error_data").string(u"details");
    return result;
}

Referral referralFromJson(const JsonCursor &r)
{
    Referral ref;
    ref.sourceUrl = r.string(u"source_url");
    ref.sourceId = r.stringOrNumber(u"source_id");
    ref.sourceType = r.string(u"source_type");
    ref.body = r.string(u"body");
    ref.headline = r.string(u"headline");
    ref.mediaType = r.string(u"media_type");
    ref.imageUrl = r.string(u"image_url");
    ref.videoUrl = r.string(u"video_url");
    ref.thumbnailUrl = r.string(u"thumbnail_url");
    ref.ctwaClid = r.string(u"ctwa_clid");
    ref.welcomeText = r.object(u"welcome_message").string(u"text");
    return ref;
}

// Reason strings stay English: they are stored data, and the UI translates by error code.
Message unsupported(const JsonCursor &root, const QString &originalType, const QString &reason)
{
    const PlatformError error = firstError(root);
    return makeUnsupported(originalType, error.reason.isEmpty() ? reason : error.reason, error.code,
                           compact(root.json()));
}

// The typed body; an Unsupported message when the type is unknown or its object unreadable.
Message contentFromInbound(const JsonCursor &root, const QString &type)
{
    const QString malformed = QStringLiteral("The \"%1\" message has no readable \"%1\" object.");
    Message m;
    m.direction = Direction::Inbound;
    if (type == u"contacts") {
        if (!root.value(type).isArray()) {
            root.array(type, Need::Required);
            return unsupported(root, type, malformed.arg(type));
        }
        m.kind = MessageKind::Contacts;
        m.body = wire::contactsFromJson(root, type, Need::Optional);
        return m;
    }
    const bool known = type == u"text" || type == u"location" || type == u"interactive"
        || type == u"button" || type == u"reaction" || type == u"order" || type == u"system"
        || mediaKindFromWire(type).has_value();
    if (!known) {
        const QString original =
            type == u"unsupported" ? root.object(u"unsupported").string(u"type") : type;
        return unsupported(root, original.isEmpty() ? type : original,
                           QStringLiteral("Message type \"%1\" is not supported.").arg(type));
    }
    const JsonCursor c = root.object(type, Need::Required);
    if (!c.isValid())
        return unsupported(root, type, malformed.arg(type));

    if (const auto mediaKind = mediaKindFromWire(type)) {
        m.kind = messageKindOf(*mediaKind);
        m.body = wire::mediaFromJson(c, *mediaKind); // forwarding flags come with the context
    } else if (type == u"text") {
        m.kind = MessageKind::Text;
        m.body = TextContent{c.string(u"body", Need::Required), false};
    } else if (type == u"location") {
        m.kind = MessageKind::Location;
        m.body = wire::locationFromJson(c);
    } else if (type == u"interactive") {
        const QString sub = c.string(u"type", Need::Required);
        if (sub.isEmpty()) {
            return unsupported(root, type,
                               QStringLiteral("The interactive message names no reply type."));
        }
        if (sub != u"button_reply" && sub != u"list_reply" && sub != u"nfm_reply") {
            return unsupported(
                root, sub,
                QStringLiteral("Interactive reply type \"%1\" is not supported.").arg(sub));
        }
        const JsonCursor reply = c.object(sub, Need::Required);
        if (!reply.isValid())
            return unsupported(root, sub, malformed.arg(sub));
        if (sub == u"nfm_reply") {
            m.kind = MessageKind::FlowReply;
            m.body = FlowReplyContent{reply.string(u"name"), reply.string(u"body"),
                                      reply.string(u"response_json")};
        } else {
            m.kind = sub == u"list_reply" ? MessageKind::ListReply : MessageKind::ButtonReply;
            m.body = ReplyContent{reply.stringOrNumber(u"id", Need::Required),
                                  reply.string(u"title"), reply.string(u"description")};
        }
    } else if (type == u"button") {
        m.kind = MessageKind::ButtonTap;
        m.body = ButtonTapContent{c.string(u"payload"), c.string(u"text")};
    } else if (type == u"reaction") {
        m.kind = MessageKind::Reaction;
        // No emoji means the customer removed the reaction.
        m.body = ReactionContent{c.string(u"message_id", Need::Required), c.string(u"emoji")};
    } else if (type == u"order") {
        m.kind = MessageKind::Order;
        OrderContent order{c.stringOrNumber(u"catalog_id"), c.string(u"text"), {}};
        for (const auto &item : c.objects(u"product_items")) {
            order.items.append({item.stringOrNumber(u"product_retailer_id"),
                                static_cast<int>(item.integer(u"quantity").value_or(0)),
                                item.number(u"item_price").value_or(0.0),
                                item.string(u"currency")});
        }
        m.body = order;
    } else { // system
        m.kind = MessageKind::System;
        SystemContent system{c.string(u"type"), c.string(u"body"), c.stringOrNumber(u"wa_id"),
                             c.string(u"user_id")};
        // Webhooks before v12 named the new id `new_wa_id`.
        if (system.newWaId.isEmpty())
            system.newWaId = c.stringOrNumber(u"new_wa_id");
        if (system.newUserId.isEmpty())
            system.newUserId = c.string(u"new_user_id");
        m.body = system;
    }
    return m;
}

} // namespace

Message fromInboundMessage(const QJsonObject &messageObject, QList<ParseIssue> *issues)
{
    const JsonCursor root(messageObject, QString(), issues);
    const QString type = root.string(u"type", Need::Required);
    Message m = type.isEmpty()
        ? unsupported(root, QString(), QStringLiteral("The message has no type."))
        : contentFromInbound(root, type);
    m.direction = Direction::Inbound;
    m.platformId = root.string(u"id", Need::Required);
    m.from = root.stringOrNumber(u"from");
    m.fromUserId = root.string(u"from_user_id");
    if (const auto seconds = root.integer(u"timestamp", Need::Required))
        m.timestamp = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);

    const JsonCursor context = root.object(u"context");
    if (auto *media = std::get_if<MediaContent>(&m.body)) {
        media->forwarded = context.boolean(u"forwarded");
        media->frequentlyForwarded = context.boolean(u"frequently_forwarded");
    }
    const JsonCursor product = context.object(u"referred_product");
    ReplyContext reply{context.string(u"id"), context.stringOrNumber(u"from"),
                       product.stringOrNumber(u"catalog_id"),
                       product.stringOrNumber(u"product_retailer_id")};
    if (!reply.messageId.isEmpty() || !reply.referredCatalogId.isEmpty()
        || !reply.referredProductRetailerId.isEmpty()) {
        m.context = reply;
    }
    const JsonCursor referral = root.object(u"referral");
    if (referral.isValid())
        m.referral = referralFromJson(referral);
    return m;
}

namespace {

void putIfSet(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

struct TypedObject
{
    QString type;
    QJsonValue object;
};

std::optional<TypedObject> inboundTypedObject(const Message &message)
{
    return std::visit(
        [&message](const auto &content) -> std::optional<TypedObject> {
            using T = std::decay_t<decltype(content)>;
            if constexpr (std::is_same_v<T, TextContent>) {
                return TypedObject{QStringLiteral("text"),
                                   QJsonObject{{QLatin1String("body"), content.body}}};
            } else if constexpr (std::is_same_v<T, MediaContent>) {
                return TypedObject{mediaKindWireName(content.kind),
                                   wire::mediaToJson(content, wire::MediaShape::Inbound)};
            } else if constexpr (std::is_same_v<T, LocationContent>) {
                return TypedObject{QStringLiteral("location"),
                                   wire::locationToJson(content, false)};
            } else if constexpr (std::is_same_v<T, ContactsContent>) {
                return TypedObject{QStringLiteral("contacts"), wire::contactsToJson(content)};
            } else if constexpr (std::is_same_v<T, ButtonTapContent>) {
                return TypedObject{QStringLiteral("button"),
                                   QJsonObject{{QLatin1String("payload"), content.payload},
                                               {QLatin1String("text"), content.text}}};
            } else if constexpr (std::is_same_v<T, ReplyContent>) {
                const bool list = message.kind == MessageKind::ListReply;
                const QString sub =
                    list ? QStringLiteral("list_reply") : QStringLiteral("button_reply");
                QJsonObject reply{{QLatin1String("id"), content.id},
                                  {QLatin1String("title"), content.title}};
                if (list)
                    putIfSet(reply, QLatin1String("description"), content.description);
                return TypedObject{QStringLiteral("interactive"),
                                   QJsonObject{{kType, sub}, {sub, reply}}};
            } else if constexpr (std::is_same_v<T, FlowReplyContent>) {
                const QJsonObject reply{{QLatin1String("name"), content.name},
                                        {QLatin1String("body"), content.body},
                                        {QLatin1String("response_json"), content.responseJson}};
                return TypedObject{QStringLiteral("interactive"),
                                   QJsonObject{{kType, QStringLiteral("nfm_reply")},
                                               {QLatin1String("nfm_reply"), reply}}};
            } else if constexpr (std::is_same_v<T, ReactionContent>) {
                QJsonObject reaction{{QLatin1String("message_id"), content.messageId}};
                putIfSet(reaction, QLatin1String("emoji"), content.emoji);
                return TypedObject{QStringLiteral("reaction"), reaction};
            } else if constexpr (std::is_same_v<T, OrderContent>) {
                QJsonArray items;
                for (const auto &item : content.items) {
                    items.append(
                        QJsonObject{{QLatin1String("product_retailer_id"), item.productRetailerId},
                                    {QLatin1String("quantity"), item.quantity},
                                    {QLatin1String("item_price"), item.itemPrice},
                                    {QLatin1String("currency"), item.currency}});
                }
                QJsonObject order{{QLatin1String("catalog_id"), content.catalogId},
                                  {QLatin1String("product_items"), items}};
                putIfSet(order, QLatin1String("text"), content.text);
                return TypedObject{QStringLiteral("order"), order};
            } else if constexpr (std::is_same_v<T, SystemContent>) {
                QJsonObject system{{QLatin1String("body"), content.body}, {kType, content.type}};
                putIfSet(system, QLatin1String("wa_id"), content.newWaId);
                putIfSet(system, QLatin1String("user_id"), content.newUserId);
                return TypedObject{QStringLiteral("system"), system};
            } else {
                return std::nullopt;
            }
        },
        message.body);
}

QJsonObject unsupportedToInbound(const UnsupportedContent &content)
{
    QJsonObject o{{kType, QStringLiteral("unsupported")},
                  {QLatin1String("unsupported"), QJsonObject{{kType, content.originalType}}}};
    if (content.errorCode != 0 || !content.reason.isEmpty()) {
        o.insert(QLatin1String("errors"),
                 QJsonArray{QJsonObject{{QLatin1String("code"), content.errorCode},
                                        {QLatin1String("title"), content.reason}}});
    }
    return o;
}

} // namespace

QJsonObject toInboundMessage(const Message &message)
{
    QJsonObject o;
    if (const auto *content = message.as<UnsupportedContent>()) {
        const QJsonDocument raw = QJsonDocument::fromJson(content->rawJson.toUtf8());
        if (raw.isObject())
            return raw.object();
        o = unsupportedToInbound(*content);
    } else {
        const auto typed = inboundTypedObject(message);
        if (!typed)
            return {};
        o.insert(kType, typed->type);
        o.insert(typed->type, typed->object);
    }
    putIfSet(o, QLatin1String("from"), message.from);
    putIfSet(o, QLatin1String("from_user_id"), message.fromUserId);
    putIfSet(o, QLatin1String("id"), message.platformId);
    if (message.timestamp.isValid()) {
        o.insert(QLatin1String("timestamp"), QString::number(message.timestamp.toSecsSinceEpoch()));
    }
    QJsonObject context;
    if (message.context) {
        putIfSet(context, QLatin1String("from"), message.context->from);
        putIfSet(context, QLatin1String("id"), message.context->messageId);
        if (!message.context->referredCatalogId.isEmpty()
            || !message.context->referredProductRetailerId.isEmpty()) {
            context.insert(
                QLatin1String("referred_product"),
                QJsonObject{{QLatin1String("catalog_id"), message.context->referredCatalogId},
                            {QLatin1String("product_retailer_id"),
                             message.context->referredProductRetailerId}});
        }
    }
    if (const auto *media = message.as<MediaContent>()) {
        if (media->frequentlyForwarded)
            context.insert(QLatin1String("frequently_forwarded"), true);
        else if (media->forwarded)
            context.insert(QLatin1String("forwarded"), true);
    }
    if (!context.isEmpty())
        o.insert(QLatin1String("context"), context);
    if (message.referral) {
        const Referral &r = *message.referral;
        QJsonObject referral;
        putIfSet(referral, QLatin1String("source_url"), r.sourceUrl);
        putIfSet(referral, QLatin1String("source_id"), r.sourceId);
        putIfSet(referral, QLatin1String("source_type"), r.sourceType);
        putIfSet(referral, QLatin1String("body"), r.body);
        putIfSet(referral, QLatin1String("headline"), r.headline);
        putIfSet(referral, QLatin1String("media_type"), r.mediaType);
        putIfSet(referral, QLatin1String("image_url"), r.imageUrl);
        putIfSet(referral, QLatin1String("video_url"), r.videoUrl);
        putIfSet(referral, QLatin1String("thumbnail_url"), r.thumbnailUrl);
        putIfSet(referral, QLatin1String("ctwa_clid"), r.ctwaClid);
        if (!r.welcomeText.isEmpty()) {
            referral.insert(QLatin1String("welcome_message"),
                            QJsonObject{{QLatin1String("text"), r.welcomeText}});
        }
        o.insert(QLatin1String("referral"), referral);
    }
    return o;
}

} // namespace sb

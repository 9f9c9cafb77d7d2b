#include "ContactKey.h"
#include "Logging.h"
#include "MessageJson.h"
#include "MessageJsonDetail.h"

#include <type_traits>

namespace sb {

namespace {

const QLatin1String kType("type");

// The `type` value and the object that goes under that key; nullopt for inbound-only bodies.
struct TypedObject
{
    QString type;
    QJsonValue object;
};

std::optional<TypedObject> typedObject(const MessageBody &body)
{
    return std::visit(
        [](const auto &content) -> std::optional<TypedObject> {
            using T = std::decay_t<decltype(content)>;
            if constexpr (std::is_same_v<T, TextContent>) {
                QJsonObject text{{QLatin1String("body"), content.body}};
                if (content.previewUrl)
                    text.insert(QLatin1String("preview_url"), true);
                return TypedObject{QStringLiteral("text"), text};
            } else if constexpr (std::is_same_v<T, MediaContent>) {
                return TypedObject{mediaKindWireName(content.kind),
                                   wire::mediaToJson(content, wire::MediaShape::Message)};
            } else if constexpr (std::is_same_v<T, LocationContent>) {
                return TypedObject{QStringLiteral("location"), wire::locationToJson(content, true)};
            } else if constexpr (std::is_same_v<T, LocationRequestContent>) {
                return TypedObject{QStringLiteral("interactive"),
                                   wire::locationRequestToJson(content)};
            } else if constexpr (std::is_same_v<T, ContactsContent>) {
                return TypedObject{QStringLiteral("contacts"), wire::contactsToJson(content)};
            } else if constexpr (std::is_same_v<T, InteractiveContent>) {
                return TypedObject{QStringLiteral("interactive"), wire::interactiveToJson(content)};
            } else if constexpr (std::is_same_v<T, TemplateContent>) {
                return TypedObject{QStringLiteral("template"), wire::templateToJson(content)};
            } else if constexpr (std::is_same_v<T, ReactionContent>) {
                // An empty emoji is sent as "" so the reaction is removed.
                return TypedObject{QStringLiteral("reaction"),
                                   QJsonObject{{QLatin1String("message_id"), content.messageId},
                                               {QLatin1String("emoji"), content.emoji}}};
            } else {
                return std::nullopt;
            }
        },
        body);
}

} // namespace

QJsonObject toRequestBody(const Message &message)
{
    const auto typed = typedObject(message.body);
    if (!typed) {
        qCWarning(lcCloudApi) << "No send shape for message kind"
                              << messageKindWireName(message.kind);
        return {};
    }
    QJsonObject body;
    body.insert(QLatin1String("messaging_product"), QStringLiteral("whatsapp"));
    body.insert(QLatin1String("recipient_type"), QStringLiteral("individual"));
    if (isBsuid(message.to))
        body.insert(QLatin1String("recipient"), message.to);
    else
        body.insert(QLatin1String("to"), message.to);
    body.insert(kType, typed->type);
    body.insert(typed->type, typed->object);
    if (message.context && !message.context->messageId.isEmpty()) {
        body.insert(QLatin1String("context"),
                    QJsonObject{{QLatin1String("message_id"), message.context->messageId}});
    }
    if (!message.bizOpaqueCallbackData.isEmpty())
        body.insert(QLatin1String("biz_opaque_callback_data"), message.bizOpaqueCallbackData);
    return body;
}

QJsonObject markReadBody(const QString &messageId, bool typingIndicator)
{
    QJsonObject body{{QLatin1String("messaging_product"), QStringLiteral("whatsapp")},
                     {QLatin1String("status"), QStringLiteral("read")},
                     {QLatin1String("message_id"), messageId}};
    if (typingIndicator) {
        body.insert(QLatin1String("typing_indicator"),
                    QJsonObject{{kType, QStringLiteral("text")}});
    }
    return body;
}

QJsonObject wire::locationRequestToJson(const LocationRequestContent &request)
{
    return QJsonObject{
        {kType, QStringLiteral("location_request_message")},
        {QLatin1String("body"), QJsonObject{{QLatin1String("text"), request.body}}},
        {QLatin1String("action"),
         QJsonObject{{QLatin1String("name"), QStringLiteral("send_location")}}},
    };
}

} // namespace sb

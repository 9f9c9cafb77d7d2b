#pragma once

#include "WebhookEvent.h"

#include <QJsonArray>
#include <QJsonObject>

// Webhook events as sb_cloudapi's parser produces them (spec §5.3-§5.5), built by hand because
// store tests link sb_store only. Inbound events carry their message object in origin.value,
// like parsed ones do.
namespace events {

inline const QString PhoneNumberId = QStringLiteral("106540352242922");
inline const QString Display = QStringLiteral("15550783881");
inline const QString Waba = QStringLiteral("102290129340398");

inline sb::WebhookOrigin origin(const QString &field, const QJsonObject &value = {},
                                const QDateTime &entryTime = {})
{
    sb::WebhookOrigin o;
    o.wabaId = Waba;
    o.entryTime = entryTime;
    o.field = field;
    if (field == u"messages" || field == u"user_preferences") {
        o.phoneNumberId = PhoneNumberId;
        o.displayPhoneNumber = Display;
    }
    o.value = value;
    return o;
}

inline qint64 secs(const QDateTime &t)
{
    return t.toSecsSinceEpoch();
}

// An inbound message from `waId` (with optional BSUID), its webhook object in origin.value.
inline sb::InboundMessageEvent inbound(const QString &wamid, const QString &waId,
                                       const sb::MessageBody &body, sb::MessageKind kind,
                                       const QDateTime &at, const QString &name = {},
                                       const QString &userId = {})
{
    sb::InboundMessageEvent e;
    e.message.kind = kind;
    e.message.direction = sb::Direction::Inbound;
    e.message.body = body;
    e.message.platformId = wamid;
    e.message.from = waId;
    e.message.fromUserId = userId;
    e.message.timestamp = at;
    e.contact.profileName = name;
    e.contact.waId = waId;
    e.contact.userId = userId;
    QJsonObject object{{QStringLiteral("id"), wamid},
                       {QStringLiteral("timestamp"), QString::number(secs(at))},
                       {QStringLiteral("type"), sb::messageKindWireName(kind)}};
    if (!waId.isEmpty())
        object.insert(QStringLiteral("from"), waId);
    if (const auto *text = std::get_if<sb::TextContent>(&body))
        object.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text->body}});
    if (const auto *media = std::get_if<sb::MediaContent>(&body))
        object.insert(QStringLiteral("image"),
                      QJsonObject{{QStringLiteral("caption"), media->caption},
                                  {QStringLiteral("id"), media->id}});
    e.origin = origin(QStringLiteral("messages"),
                      QJsonObject{{QStringLiteral("messages"), QJsonArray{object}}});
    return e;
}

inline sb::InboundMessageEvent text(const QString &wamid, const QString &waId, const QString &body,
                                    const QDateTime &at, const QString &name = {})
{
    return inbound(wamid, waId, sb::TextContent{body, false}, sb::MessageKind::Text, at, name);
}

inline sb::InboundMessageEvent image(const QString &wamid, const QString &waId,
                                     const QString &caption, const QDateTime &at)
{
    sb::MediaContent media;
    media.kind = sb::MediaKind::Image;
    media.id = QStringLiteral("media-1");
    media.caption = caption;
    return inbound(wamid, waId, media, sb::MessageKind::Image, at);
}

inline sb::StatusEvent status(const QString &wamid, const QString &wire, const QDateTime &at,
                              const QString &localId = {})
{
    sb::StatusEvent e;
    e.origin = origin(QStringLiteral("messages"));
    e.messageId = wamid;
    e.status = wire;
    e.state = sb::deliveryStateFromWire(wire);
    e.timestamp = at;
    e.recipientId = QStringLiteral("16505551234");
    e.bizOpaqueCallbackData = localId;
    return e;
}

inline sb::StatusEvent failed(const QString &wamid, const QDateTime &at, int code)
{
    sb::StatusEvent e = status(wamid, QStringLiteral("failed"), at);
    sb::WebhookError error;
    error.code = code;
    error.title = QStringLiteral("Message undeliverable");
    error.details = QStringLiteral("details for %1").arg(code);
    e.errors.append(error);
    return e;
}

inline sb::UserPreferencesEvent preference(const QString &waId, const QString &value,
                                           const QDateTime &at)
{
    sb::UserPreferencesEvent e;
    sb::UserPreference p;
    p.waId = waId;
    p.category = QStringLiteral("marketing_messages");
    p.value = value;
    p.detail = QStringLiteral("User requested to ") + value + QStringLiteral(" marketing messages");
    p.timestamp = at;
    e.preferences.append(p);
    sb::WebhookContact c;
    c.waId = waId;
    c.profileName = QStringLiteral("Pref Person");
    e.contacts.append(c);
    e.origin =
        origin(QStringLiteral("user_preferences"),
               QJsonObject{{QStringLiteral("user_preferences"),
                            QJsonArray{QJsonObject{{QStringLiteral("wa_id"), waId},
                                                   {QStringLiteral("value"), value},
                                                   {QStringLiteral("timestamp"), secs(at)}}}}});
    return e;
}

} // namespace events

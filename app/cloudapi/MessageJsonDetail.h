#pragma once

#include "JsonCursor.h"
#include "Message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Building blocks shared by the outbound writer, the request reader and the inbound mapping.
// Not part of the public API: include MessageJson.h instead.
namespace sb::wire {

// Where a media object appears decides which of its fields exist on the wire.
enum class MediaShape {
    Message, // outbound message: id/link, caption where allowed, filename, voice
    Header, // interactive header or template parameter: id/link, document filename
    Inbound, // webhook: id, mime_type, sha256, url, caption, filename, voice, animated
};

// Coordinates travel as text on sends (spec §1.4); shortest form that reads back exactly.
QString coordinateText(double value);

QJsonObject mediaToJson(const MediaContent &media, MediaShape shape);
MediaContent mediaFromJson(const JsonCursor &object, MediaKind kind);

QJsonObject locationToJson(const LocationContent &location, bool coordinatesAsText);
LocationContent locationFromJson(const JsonCursor &object);

QJsonArray contactsToJson(const ContactsContent &contacts);
// `nameNeed` is Required for sends; inbound cards may leave out any field.
ContactsContent contactsFromJson(const JsonCursor &parent, QStringView key, Need nameNeed);

QJsonObject interactiveToJson(const InteractiveContent &interactive);
QJsonObject locationRequestToJson(const LocationRequestContent &request);
QJsonObject templateToJson(const TemplateContent &tmpl);

// Request readers: nullopt when the object cannot become a message at all (issues say why).
std::optional<Message> interactiveFromRequest(const JsonCursor &interactive);
std::optional<TemplateContent> templateFromRequest(const JsonCursor &tmpl);

// "image" -> InteractiveHeaderKind::Image etc.; nullopt for unknown header types.
std::optional<InteractiveHeaderKind> headerKindFromWire(const QString &type);
QString headerKindWireName(InteractiveHeaderKind kind);

} // namespace sb::wire

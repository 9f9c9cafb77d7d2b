#pragma once

#include <QList>
#include <QString>

#include <optional>

// Plain value types for the content kinds that both directions share (spec §1.2-§1.5, §1.8, §5.3).
// Field names mirror the Cloud API wire format so that validator paths read like the JSON.
namespace sb {

struct TextContent
{
    QString body;
    bool previewUrl = false;

    friend bool operator==(const TextContent &, const TextContent &) = default;
};

enum class MediaKind { Image, Video, Audio, Document, Sticker };

// An uploaded asset (id) or a public link; inbound media also carries mime, sha256 and url.
struct MediaContent
{
    MediaKind kind = MediaKind::Image;
    QString id;
    QString link;
    QString caption; // image, video, document only
    QString filename; // document only
    QString mimeType;
    QString sha256;
    QString url; // inbound direct download url (needs the token)
    qint64 fileSize = -1; // bytes, when known (local file or media lookup)
    bool voice = false; // audio: a voice message (OGG/OPUS)
    bool animated = false; // sticker
    bool forwarded = false; // inbound context.forwarded
    bool frequentlyForwarded = false;

    friend bool operator==(const MediaContent &, const MediaContent &) = default;
};

struct LocationContent
{
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
    QString url; // inbound only

    friend bool operator==(const LocationContent &, const LocationContent &) = default;
};

// interactive.type == "location_request_message"
struct LocationRequestContent
{
    QString body;

    friend bool operator==(const LocationRequestContent &,
                           const LocationRequestContent &) = default;
};

struct ContactName
{
    QString formattedName; // the only required field of a contact card
    QString firstName;
    QString lastName;
    QString middleName;
    QString prefix;
    QString suffix;

    friend bool operator==(const ContactName &, const ContactName &) = default;
};

struct ContactPhone
{
    QString phone;
    QString type;
    QString waId;

    friend bool operator==(const ContactPhone &, const ContactPhone &) = default;
};

struct ContactEmail
{
    QString email;
    QString type;

    friend bool operator==(const ContactEmail &, const ContactEmail &) = default;
};

struct ContactAddress
{
    QString street;
    QString city;
    QString state;
    QString zip;
    QString country;
    QString countryCode;
    QString type;

    friend bool operator==(const ContactAddress &, const ContactAddress &) = default;
};

struct ContactOrg
{
    QString company;
    QString department;
    QString title;

    friend bool operator==(const ContactOrg &, const ContactOrg &) = default;
};

struct ContactUrl
{
    QString url;
    QString type;

    friend bool operator==(const ContactUrl &, const ContactUrl &) = default;
};

struct ContactCard
{
    ContactName name;
    QList<ContactPhone> phones;
    QList<ContactEmail> emails;
    QList<ContactAddress> addresses;
    std::optional<ContactOrg> org;
    QList<ContactUrl> urls;
    QString birthday; // YYYY-MM-DD

    friend bool operator==(const ContactCard &, const ContactCard &) = default;
};

struct ContactsContent
{
    QList<ContactCard> contacts;

    friend bool operator==(const ContactsContent &, const ContactsContent &) = default;
};

// An empty emoji removes a reaction (inbound: the emoji field is omitted).
struct ReactionContent
{
    QString messageId;
    QString emoji;

    friend bool operator==(const ReactionContent &, const ReactionContent &) = default;
};

} // namespace sb

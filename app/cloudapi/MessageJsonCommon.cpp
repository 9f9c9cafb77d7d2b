#include "MessageJsonDetail.h"

#include <QLocale>

namespace sb::wire {

namespace {

void putIfSet(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

bool allowsCaption(MediaKind kind)
{
    return kind == MediaKind::Image || kind == MediaKind::Video || kind == MediaKind::Document;
}

} // namespace

QString coordinateText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QJsonObject mediaToJson(const MediaContent &media, MediaShape shape)
{
    QJsonObject o;
    putIfSet(o, QLatin1String("id"), media.id);
    switch (shape) {
    case MediaShape::Message:
        putIfSet(o, QLatin1String("link"), media.link);
        if (allowsCaption(media.kind))
            putIfSet(o, QLatin1String("caption"), media.caption);
        if (media.kind == MediaKind::Document)
            putIfSet(o, QLatin1String("filename"), media.filename);
        if (media.kind == MediaKind::Audio && media.voice)
            o.insert(QLatin1String("voice"), true);
        break;
    case MediaShape::Header:
        putIfSet(o, QLatin1String("link"), media.link);
        if (media.kind == MediaKind::Document)
            putIfSet(o, QLatin1String("filename"), media.filename);
        break;
    case MediaShape::Inbound:
        putIfSet(o, QLatin1String("mime_type"), media.mimeType);
        putIfSet(o, QLatin1String("sha256"), media.sha256);
        putIfSet(o, QLatin1String("url"), media.url);
        if (allowsCaption(media.kind))
            putIfSet(o, QLatin1String("caption"), media.caption);
        if (media.kind == MediaKind::Document)
            putIfSet(o, QLatin1String("filename"), media.filename);
        if (media.kind == MediaKind::Audio)
            o.insert(QLatin1String("voice"), media.voice);
        if (media.kind == MediaKind::Sticker)
            o.insert(QLatin1String("animated"), media.animated);
        break;
    }
    return o;
}

MediaContent mediaFromJson(const JsonCursor &object, MediaKind kind)
{
    MediaContent m;
    m.kind = kind;
    m.id = object.stringOrNumber(u"id");
    m.link = object.string(u"link");
    // Read even where the kind forbids them, so the validator can say so.
    m.caption = object.string(u"caption");
    m.filename = object.string(u"filename");
    m.mimeType = object.string(u"mime_type");
    m.sha256 = object.string(u"sha256");
    m.url = object.string(u"url");
    if (const auto size = object.integer(u"file_size"))
        m.fileSize = *size;
    m.voice = object.boolean(u"voice");
    m.animated = object.boolean(u"animated");
    return m;
}

QJsonObject locationToJson(const LocationContent &location, bool coordinatesAsText)
{
    QJsonObject o;
    if (coordinatesAsText) {
        o.insert(QLatin1String("latitude"), coordinateText(location.latitude));
        o.insert(QLatin1String("longitude"), coordinateText(location.longitude));
    } else {
        o.insert(QLatin1String("latitude"), location.latitude);
        o.insert(QLatin1String("longitude"), location.longitude);
    }
    putIfSet(o, QLatin1String("name"), location.name);
    putIfSet(o, QLatin1String("address"), location.address);
    putIfSet(o, QLatin1String("url"), location.url);
    return o;
}

LocationContent locationFromJson(const JsonCursor &object)
{
    LocationContent l;
    l.latitude = object.number(u"latitude", Need::Required).value_or(0.0);
    l.longitude = object.number(u"longitude", Need::Required).value_or(0.0);
    l.name = object.string(u"name");
    l.address = object.string(u"address");
    l.url = object.string(u"url");
    return l;
}

namespace {

QJsonObject contactToJson(const ContactCard &card)
{
    QJsonObject name;
    putIfSet(name, QLatin1String("formatted_name"), card.name.formattedName);
    putIfSet(name, QLatin1String("first_name"), card.name.firstName);
    putIfSet(name, QLatin1String("last_name"), card.name.lastName);
    putIfSet(name, QLatin1String("middle_name"), card.name.middleName);
    putIfSet(name, QLatin1String("prefix"), card.name.prefix);
    putIfSet(name, QLatin1String("suffix"), card.name.suffix);

    QJsonObject o;
    o.insert(QLatin1String("name"), name);
    if (!card.phones.isEmpty()) {
        QJsonArray phones;
        for (const auto &p : card.phones) {
            QJsonObject j;
            putIfSet(j, QLatin1String("phone"), p.phone);
            putIfSet(j, QLatin1String("type"), p.type);
            putIfSet(j, QLatin1String("wa_id"), p.waId);
            phones.append(j);
        }
        o.insert(QLatin1String("phones"), phones);
    }
    if (!card.emails.isEmpty()) {
        QJsonArray emails;
        for (const auto &e : card.emails) {
            QJsonObject j;
            putIfSet(j, QLatin1String("email"), e.email);
            putIfSet(j, QLatin1String("type"), e.type);
            emails.append(j);
        }
        o.insert(QLatin1String("emails"), emails);
    }
    if (!card.addresses.isEmpty()) {
        QJsonArray addresses;
        for (const auto &a : card.addresses) {
            QJsonObject j;
            putIfSet(j, QLatin1String("street"), a.street);
            putIfSet(j, QLatin1String("city"), a.city);
            putIfSet(j, QLatin1String("state"), a.state);
            putIfSet(j, QLatin1String("zip"), a.zip);
            putIfSet(j, QLatin1String("country"), a.country);
            putIfSet(j, QLatin1String("country_code"), a.countryCode);
            putIfSet(j, QLatin1String("type"), a.type);
            addresses.append(j);
        }
        o.insert(QLatin1String("addresses"), addresses);
    }
    if (card.org) {
        QJsonObject org;
        putIfSet(org, QLatin1String("company"), card.org->company);
        putIfSet(org, QLatin1String("department"), card.org->department);
        putIfSet(org, QLatin1String("title"), card.org->title);
        o.insert(QLatin1String("org"), org);
    }
    if (!card.urls.isEmpty()) {
        QJsonArray urls;
        for (const auto &u : card.urls) {
            QJsonObject j;
            putIfSet(j, QLatin1String("url"), u.url);
            putIfSet(j, QLatin1String("type"), u.type);
            urls.append(j);
        }
        o.insert(QLatin1String("urls"), urls);
    }
    putIfSet(o, QLatin1String("birthday"), card.birthday);
    return o;
}

ContactCard contactFromJson(const JsonCursor &c, Need nameNeed)
{
    ContactCard card;
    const JsonCursor name = c.object(u"name", nameNeed);
    card.name.formattedName = name.string(u"formatted_name", nameNeed);
    card.name.firstName = name.string(u"first_name");
    card.name.lastName = name.string(u"last_name");
    card.name.middleName = name.string(u"middle_name");
    card.name.prefix = name.string(u"prefix");
    card.name.suffix = name.string(u"suffix");
    for (const auto &p : c.objects(u"phones"))
        card.phones.append({p.string(u"phone"), p.string(u"type"), p.stringOrNumber(u"wa_id")});
    for (const auto &e : c.objects(u"emails"))
        card.emails.append({e.string(u"email"), e.string(u"type")});
    for (const auto &a : c.objects(u"addresses")) {
        card.addresses.append({a.string(u"street"), a.string(u"city"), a.string(u"state"),
                               a.stringOrNumber(u"zip"), a.string(u"country"),
                               a.string(u"country_code"), a.string(u"type")});
    }
    const JsonCursor org = c.object(u"org");
    if (org.isValid())
        card.org =
            ContactOrg{org.string(u"company"), org.string(u"department"), org.string(u"title")};
    for (const auto &u : c.objects(u"urls"))
        card.urls.append({u.string(u"url"), u.string(u"type")});
    card.birthday = c.string(u"birthday");
    return card;
}

} // namespace

QJsonArray contactsToJson(const ContactsContent &contacts)
{
    QJsonArray array;
    for (const auto &card : contacts.contacts)
        array.append(contactToJson(card));
    return array;
}

ContactsContent contactsFromJson(const JsonCursor &parent, QStringView key, Need nameNeed)
{
    ContactsContent result;
    for (const auto &c : parent.objects(key, Need::Required))
        result.contacts.append(contactFromJson(c, nameNeed));
    return result;
}

std::optional<InteractiveHeaderKind> headerKindFromWire(const QString &type)
{
    for (auto kind : {InteractiveHeaderKind::Text, InteractiveHeaderKind::Image,
                      InteractiveHeaderKind::Video, InteractiveHeaderKind::Document}) {
        if (headerKindWireName(kind) == type)
            return kind;
    }
    return std::nullopt;
}

QString headerKindWireName(InteractiveHeaderKind kind)
{
    switch (kind) {
    case InteractiveHeaderKind::None:
        return {};
    case InteractiveHeaderKind::Text:
        return QStringLiteral("text");
    case InteractiveHeaderKind::Image:
        return QStringLiteral("image");
    case InteractiveHeaderKind::Video:
        return QStringLiteral("video");
    case InteractiveHeaderKind::Document:
        return QStringLiteral("document");
    }
    return {};
}

} // namespace sb::wire

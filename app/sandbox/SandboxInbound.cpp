#include "SandboxInbound.h"

#include "SandboxMediaSamples.h"
#include "SandboxWorld.h"

#include <QJsonArray>

namespace sb {

namespace {

constexpr qint64 kCustomerMediaDays = 7; // inbound media ids live 7 days (spec §3)

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

SandboxInbound::SandboxInbound(SandboxWorld &world, std::function<QUrl(const QString &)> mediaUrl)
    : m_world(world)
    , m_mediaUrl(std::move(mediaUrl))
{
}

QJsonObject SandboxInbound::base(const QString &from, const QDateTime &at, const QString &type)
{
    return QJsonObject{
        {QStringLiteral("from"), from},
        {QStringLiteral("id"), m_world.ids.wamid(from)},
        {QStringLiteral("timestamp"), QString::number(at.toSecsSinceEpoch())},
        {QStringLiteral("type"), type},
    };
}

void SandboxInbound::addContext(QJsonObject &message, const QString &contextId, const QString &from)
{
    if (contextId.isEmpty())
        return;
    message.insert(QStringLiteral("context"),
                   QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("id"), contextId}});
}

void SandboxInbound::addReferral(QJsonObject &message, const QString &headline)
{
    message.insert(QStringLiteral("referral"),
                   QJsonObject{
                       {QStringLiteral("source_url"), QStringLiteral("https://fb.me/3cr4Wqqkv")},
                       {QStringLiteral("source_id"), QStringLiteral("120226305854810726")},
                       {QStringLiteral("source_type"), QStringLiteral("ad")},
                       {QStringLiteral("body"), QStringLiteral("Fresh plants, delivered.")},
                       {QStringLiteral("headline"), headline},
                       {QStringLiteral("media_type"), QStringLiteral("image")},
                       {QStringLiteral("image_url"),
                        QStringLiteral("https://scontent.example/ads/plant-sale.jpg")},
                       {QStringLiteral("thumbnail_url"),
                        QStringLiteral("https://scontent.example/ads/plant-sale-thumb.jpg")},
                       {QStringLiteral("ctwa_clid"),
                        QStringLiteral("ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7"
                                       "JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a")},
                       {QStringLiteral("welcome_message"),
                        QJsonObject{{QStringLiteral("text"),
                                     QStringLiteral("Hi! How can we help you today?")}}},
                   });
}

QJsonObject SandboxInbound::text(const QString &from, const QDateTime &at, const QString &body,
                                 const QString &contextId)
{
    QJsonObject message = base(from, at, QStringLiteral("text"));
    message.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}});
    addContext(message, contextId, m_world.primaryPhone().displayPhoneNumber);
    return message;
}

QJsonObject SandboxInbound::media(const QString &from, const QDateTime &at, const QString &kind,
                                  const QString &caption, bool voice, const QString &phoneNumberId,
                                  const QString &filename)
{
    ++m_samples;
    QByteArray data;
    QString mime;
    QString name = filename;
    if (kind == QLatin1String("image")) {
        data = sandboxsamples::png(64, 48, m_world.config.seed * 31u + m_samples);
        mime = QStringLiteral("image/png");
    } else if (kind == QLatin1String("audio")) {
        data = sandboxsamples::oggOpusVoice(2 + int(m_samples % 4));
        mime = QStringLiteral("audio/ogg; codecs=opus");
    } else if (kind == QLatin1String("sticker")) {
        data = sandboxsamples::webpSticker();
        mime = QStringLiteral("image/webp");
    } else {
        if (name.isEmpty())
            name = QStringLiteral("document-%1.pdf").arg(m_samples);
        data = sandboxsamples::pdf(name.toUtf8());
        mime = QStringLiteral("application/pdf");
    }
    const QString id =
        m_world.media.add(data, mime, name, phoneNumberId, at.addDays(kCustomerMediaDays));
    const SandboxMedia *stored = m_world.media.find(id, at);
    const QString type = kind == QLatin1String("image") || kind == QLatin1String("audio")
            || kind == QLatin1String("sticker")
        ? kind
        : QStringLiteral("document");
    QJsonObject object{
        {QStringLiteral("mime_type"), mime},
        {QStringLiteral("sha256"), stored ? stored->sha256 : QString()},
        {QStringLiteral("id"), id},
        {QStringLiteral("url"), m_mediaUrl(id).toString()},
    };
    if (!caption.isEmpty() && (type == QLatin1String("image") || type == QLatin1String("document")))
        object.insert(QStringLiteral("caption"), caption);
    if (type == QLatin1String("document"))
        object.insert(QStringLiteral("filename"), name);
    if (type == QLatin1String("audio"))
        object.insert(QStringLiteral("voice"), voice);
    if (type == QLatin1String("sticker"))
        object.insert(QStringLiteral("animated"), false);
    QJsonObject message = base(from, at, type);
    message.insert(type, object);
    return message;
}

QJsonObject SandboxInbound::location(const QString &from, const QDateTime &at, double latitude,
                                     double longitude, const QString &name, const QString &address,
                                     const QString &contextId)
{
    QJsonObject location{{QStringLiteral("latitude"), latitude},
                         {QStringLiteral("longitude"), longitude}};
    if (!name.isEmpty())
        location.insert(QStringLiteral("name"), name);
    if (!address.isEmpty())
        location.insert(QStringLiteral("address"), address);
    QJsonObject message = base(from, at, QStringLiteral("location"));
    message.insert(QStringLiteral("location"), location);
    addContext(message, contextId, m_world.primaryPhone().displayPhoneNumber);
    return message;
}

QJsonObject SandboxInbound::contacts(const QString &from, const QDateTime &at, const QString &name,
                                     const QString &phone)
{
    const QString digits = QString(phone).remove(QLatin1Char('+'));
    QJsonObject card{
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("formatted_name"), name},
                     {QStringLiteral("first_name"), name.section(QLatin1Char(' '), 0, 0)}}},
        {QStringLiteral("phones"),
         QJsonArray{QJsonObject{{QStringLiteral("phone"), phone},
                                {QStringLiteral("type"), QStringLiteral("CELL")},
                                {QStringLiteral("wa_id"), digits}}}},
    };
    QJsonObject message = base(from, at, QStringLiteral("contacts"));
    message.insert(QStringLiteral("contacts"), QJsonArray{card});
    return message;
}

QJsonObject SandboxInbound::buttonTap(const QString &from, const QDateTime &at,
                                      const QString &payload, const QString &text,
                                      const QString &contextId)
{
    QJsonObject message = base(from, at, QStringLiteral("button"));
    message.insert(
        QStringLiteral("button"),
        QJsonObject{{QStringLiteral("payload"), payload}, {QStringLiteral("text"), text}});
    addContext(message, contextId, m_world.primaryPhone().displayPhoneNumber);
    return message;
}

QJsonObject SandboxInbound::interactiveReply(const QString &from, const QDateTime &at, bool list,
                                             const QString &id, const QString &title,
                                             const QString &description, const QString &contextId)
{
    QJsonObject reply{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}};
    if (list && !description.isEmpty())
        reply.insert(QStringLiteral("description"), description);
    const QString subtype = list ? QStringLiteral("list_reply") : QStringLiteral("button_reply");
    QJsonObject message = base(from, at, QStringLiteral("interactive"));
    message.insert(QStringLiteral("interactive"),
                   QJsonObject{{QStringLiteral("type"), subtype}, {subtype, reply}});
    addContext(message, contextId, m_world.primaryPhone().displayPhoneNumber);
    return message;
}

QJsonObject SandboxInbound::reaction(const QString &from, const QDateTime &at,
                                     const QString &messageId, const QString &emoji)
{
    QJsonObject reaction{{QStringLiteral("message_id"), messageId}};
    if (!emoji.isEmpty()) // a removed reaction omits the emoji
        reaction.insert(QStringLiteral("emoji"), emoji);
    QJsonObject message = base(from, at, QStringLiteral("reaction"));
    message.insert(QStringLiteral("reaction"), reaction);
    return message;
}

QJsonObject SandboxInbound::order(const QString &from, const QDateTime &at,
                                  const QString &catalogId, const QString &text)
{
    const QJsonArray items{
        QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("monstera-deliciosa")},
                    {QStringLiteral("quantity"), 1},
                    {QStringLiteral("item_price"), 34.9},
                    {QStringLiteral("currency"), QStringLiteral("EUR")}},
        QJsonObject{{QStringLiteral("product_retailer_id"), QStringLiteral("terracotta-pot-18")},
                    {QStringLiteral("quantity"), 2},
                    {QStringLiteral("item_price"), 9.5},
                    {QStringLiteral("currency"), QStringLiteral("EUR")}},
    };
    QJsonObject message = base(from, at, QStringLiteral("order"));
    message.insert(QStringLiteral("order"),
                   QJsonObject{{QStringLiteral("catalog_id"), catalogId},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("product_items"), items}});
    return message;
}

QJsonObject SandboxInbound::unsupported(const QString &from, const QDateTime &at,
                                        const QString &originalType)
{
    QJsonObject message = base(from, at, QStringLiteral("unsupported"));
    message.insert(QStringLiteral("unsupported"),
                   QJsonObject{{QStringLiteral("type"), originalType}});
    message.insert(QStringLiteral("errors"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("code"), 131051},
                       {QStringLiteral("title"), QStringLiteral("Message type unknown")},
                       {QStringLiteral("message"), QStringLiteral("Message type unknown")},
                       {QStringLiteral("error_data"),
                        QJsonObject{{QStringLiteral("details"),
                                     QStringLiteral("Message type is currently not supported.")}}},
                   }});
    return message;
}

QJsonObject SandboxInbound::systemChangedNumber(const QString &from, const QDateTime &at,
                                                const QString &newWaId)
{
    QJsonObject message = base(from, at, QStringLiteral("system"));
    message.insert(QStringLiteral("system"),
                   QJsonObject{{QStringLiteral("body"),
                                QStringLiteral("User A changed from %1 to %2").arg(from, newWaId)},
                               {QStringLiteral("wa_id"), newWaId},
                               {QStringLiteral("type"), QStringLiteral("user_changed_number")}});
    return message;
}

std::optional<QJsonObject> SandboxInbound::build(const QJsonObject &request, const QString &from,
                                                 const QString &phoneNumberId, const QDateTime &at,
                                                 QString *problem)
{
    const QString type =
        str(request, "type").isEmpty() ? QStringLiteral("text") : str(request, "type");
    const QString contextId = str(request, "context_id");
    // A full webhook message: its type object is there; keep it and fill what is missing.
    if (request.value(type).isObject()
        || (type == QLatin1String("contacts") && request.value(type).isArray())) {
        QJsonObject message = request;
        message.insert(QStringLiteral("from"), from);
        if (str(message, "id").isEmpty())
            message.insert(QStringLiteral("id"), m_world.ids.wamid(from));
        if (!message.contains(QStringLiteral("timestamp")))
            message.insert(QStringLiteral("timestamp"), QString::number(at.toSecsSinceEpoch()));
        return message;
    }
    QJsonObject message;
    if (type == QLatin1String("text")) {
        const QString body = request.value(QStringLiteral("text")).toString();
        if (body.isEmpty()) {
            *problem = tr("A text message needs \"text\".");
            return std::nullopt;
        }
        message = text(from, at, body, contextId);
    } else if (type == QLatin1String("image") || type == QLatin1String("audio")
               || type == QLatin1String("voice") || type == QLatin1String("document")
               || type == QLatin1String("sticker") || type == QLatin1String("video")) {
        const QString mediaId = str(request, "media_id");
        const bool voice = type == QLatin1String("voice") || request.value(u"voice").toBool();
        const QString kind = type == QLatin1String("voice") ? QStringLiteral("audio") : type;
        if (!mediaId.isEmpty()) {
            const SandboxMedia *stored = m_world.media.find(mediaId, at);
            if (!stored) {
                *problem = tr("Media %1 does not exist (upload it first).").arg(mediaId);
                return std::nullopt;
            }
            QJsonObject object{{QStringLiteral("mime_type"), stored->mimeType},
                               {QStringLiteral("sha256"), stored->sha256},
                               {QStringLiteral("id"), stored->id},
                               {QStringLiteral("url"), m_mediaUrl(stored->id).toString()}};
            if (!str(request, "caption").isEmpty())
                object.insert(QStringLiteral("caption"), str(request, "caption"));
            if (kind == QLatin1String("document"))
                object.insert(QStringLiteral("filename"), stored->filename);
            if (kind == QLatin1String("audio"))
                object.insert(QStringLiteral("voice"), voice);
            message = base(from, at, kind);
            message.insert(kind, object);
        } else if (kind == QLatin1String("video")) {
            *problem = tr("A video needs \"media_id\" of an uploaded video; the sandbox has no "
                          "sample video.");
            return std::nullopt;
        } else {
            message = media(from, at, kind, str(request, "caption"), voice, phoneNumberId,
                            str(request, "filename"));
        }
    } else if (type == QLatin1String("location")) {
        message = location(from, at, request.value(u"latitude").toDouble(52.5200),
                           request.value(u"longitude").toDouble(13.4050), str(request, "name"),
                           str(request, "address"), contextId);
    } else if (type == QLatin1String("contacts")) {
        message = contacts(from, at, request.value(u"name").toString(QStringLiteral("Alex Doe")),
                           request.value(u"phone").toString(QStringLiteral("+15551230000")));
    } else if (type == QLatin1String("button")) {
        message = buttonTap(from, at, str(request, "payload"), str(request, "text"), contextId);
    } else if (type == QLatin1String("button_reply") || type == QLatin1String("list_reply")) {
        if (str(request, "id").isEmpty()) {
            *problem = tr("A %1 needs \"id\" and \"title\".").arg(type);
            return std::nullopt;
        }
        message =
            interactiveReply(from, at, type == QLatin1String("list_reply"), str(request, "id"),
                             str(request, "title"), str(request, "description"), contextId);
    } else if (type == QLatin1String("reaction")) {
        message = reaction(from, at, str(request, "message_id"), str(request, "emoji"));
    } else if (type == QLatin1String("order")) {
        message = order(from, at, request.value(u"catalog_id").toString(QStringLiteral("1")),
                        str(request, "text"));
    } else if (type == QLatin1String("unsupported")) {
        message =
            unsupported(from, at, request.value(u"original_type").toString(QStringLiteral("poll")));
    } else if (type == QLatin1String("system")) {
        if (str(request, "new_wa_id").isEmpty()) {
            *problem = tr("A system message needs \"new_wa_id\".");
            return std::nullopt;
        }
        message = systemChangedNumber(from, at, str(request, "new_wa_id"));
    } else {
        *problem = tr("Unknown inbound type \"%1\".").arg(type);
        return std::nullopt;
    }
    if (request.contains(QStringLiteral("referral")))
        addReferral(message,
                    request.value(u"referral")
                        .toObject()
                        .value(u"headline")
                        .toString(QStringLiteral("Spring plant sale")));
    return message;
}

} // namespace sb

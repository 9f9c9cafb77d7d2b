#include "SandboxGraphApi.h"

#include "Limits.h"
#include "Sandbox.h"
#include "SandboxHttp.h"
#include "SandboxMultipart.h"
#include "SandboxWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

constexpr int kDefaultPageSize = 25;
constexpr int kMaxPageSize = 1000;
constexpr int kUploadedMediaDays = 30; // uploads live 30 days (spec §3)

QString displayNumber(const QString &digits)
{
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1'))) {
        return QStringLiteral("+1 %1-%2-%3").arg(digits.mid(1, 3), digits.mid(4, 3), digits.mid(7));
    }
    return QLatin1Char('+') + digits;
}

QString cursorFor(qsizetype index)
{
    return QString::fromLatin1(
        QByteArray("sbx:" + QByteArray::number(index)).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> indexOfCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("sbx:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = raw.mid(4).toLongLong(&ok);
    return ok && index >= 0 ? std::optional<qsizetype>(index) : std::nullopt;
}

} // namespace

SandboxGraphApi::SandboxGraphApi(Sandbox &sandbox, const SandboxRequest &request,
                                 int apiMajorVersion)
    : m_sandbox(sandbox)
    , m_request(request)
    , m_version(apiMajorVersion)
{
}

SandboxResponse SandboxGraphApi::fail(const SandboxError &error) const
{
    return SandboxHttp::errorResponse(m_sandbox, error);
}

SandboxResponse SandboxGraphApi::unknownObject(const QString &id) const
{
    return fail(SandboxError::make(
        100,
        QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot "
                       "be loaded due to missing permissions, or does not support this "
                       "operation")
            .arg(QString::fromLatin1(m_request.method.toLower()), id)));
}

QString SandboxGraphApi::host() const
{
    const QByteArray header = m_request.header("host");
    return header.isEmpty() ? QString() : QString::fromLatin1(header);
}

SandboxResponse SandboxGraphApi::route(const QStringList &segments)
{
    if (segments.isEmpty())
        return fail(SandboxError::make(100, QStringLiteral("Unknown path components")));
    const QString &id = segments.first();
    const QByteArray &method = m_request.method;
    if (segments.size() == 1) {
        if (method == "GET")
            return node(id);
        if (method == "DELETE")
            return deleteNode(id);
        return unknownObject(id);
    }
    if (segments.size() != 2)
        return fail(SandboxError::make(100,
                                       QStringLiteral("Unknown path components: /%1")
                                           .arg(segments.mid(1).join(QLatin1Char('/')))));
    const QString &edge = segments.at(1);
    if (method == "POST" && edge == QLatin1String("messages"))
        return messages(id);
    if (method == "POST" && edge == QLatin1String("media"))
        return upload(id);
    if (method == "GET" && edge == QLatin1String("message_templates"))
        return templates(id);
    if (method == "GET" && edge == QLatin1String("phone_numbers"))
        return phoneNumbers(id);
    return fail(SandboxError::make(100, QStringLiteral("Unknown path components: /%1").arg(edge)));
}

SandboxResponse SandboxGraphApi::messages(const QString &phoneNumberId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(SandboxError::make(100,
                                       QStringLiteral("The request body is not a JSON object (%1)")
                                           .arg(parseError.error == QJsonParseError::NoError
                                                    ? QStringLiteral("array")
                                                    : parseError.errorString())));
    }
    const QJsonObject body = document.object();
    // Read receipts and the typing indicator share the endpoint (spec §2).
    if (body.value(u"status").toString() == QLatin1String("read")) {
        if (!m_sandbox.world().phone(phoneNumberId))
            return unknownObject(phoneNumberId);
        if (const auto error = m_sandbox.markRead(phoneNumberId, body))
            return fail(*error);
        return SandboxResponse::json(200, QJsonObject{{QStringLiteral("success"), true}});
    }
    const SandboxSendOutcome outcome = m_sandbox.send(phoneNumberId, body, m_version);
    if (outcome.error)
        return fail(*outcome.error);
    return SandboxResponse::json(200, outcome.response);
}

SandboxResponse SandboxGraphApi::upload(const QString &phoneNumberId)
{
    SandboxWorld &world = m_sandbox.world();
    if (!world.phone(phoneNumberId))
        return unknownObject(phoneNumberId);
    const auto parts = parseMultipart(m_request.header("content-type"), m_request.body);
    if (!parts)
        return fail(SandboxError::make(100,
                                       QStringLiteral("Upload as multipart/form-data with "
                                                      "messaging_product, file and type")));
    QString product;
    QString type;
    const SandboxFormPart *file = nullptr;
    for (const SandboxFormPart &part : *parts) {
        if (part.name == QLatin1String("messaging_product"))
            product = QString::fromUtf8(part.data).trimmed();
        else if (part.name == QLatin1String("type"))
            type = QString::fromUtf8(part.data).trimmed();
        else if (part.name == QLatin1String("file"))
            file = &part;
    }
    if (product != QLatin1String("whatsapp"))
        return fail(SandboxError::make(100,
                                       QStringLiteral("messaging_product: must be "
                                                      "\"whatsapp\"")));
    if (!file)
        return fail(SandboxError::make(100,
                                       QStringLiteral("file: the parameter file is "
                                                      "required")));
    if (type.isEmpty())
        type = QString::fromLatin1(file->contentType);
    // Allowed when some media kind takes this type, and the file fits that kind's limit.
    bool allowedType = false;
    qint64 maxSize = 0;
    for (const MediaKind kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio,
                                 MediaKind::Document, MediaKind::Sticker}) {
        if (!isAllowedMimeType(kind, type))
            continue;
        allowedType = true;
        maxSize = std::max(maxSize, limit(mediaSizeLimit(kind, true)).max);
    }
    if (!allowedType) {
        return fail(SandboxError::make(
            131053, QStringLiteral("type: unsupported media type \"%1\"").arg(type)));
    }
    if (file->data.isEmpty() || file->data.size() > maxSize) {
        return fail(SandboxError::make(
            131053,
            QStringLiteral("file: %1 bytes is outside the limit of %2 bytes for %3")
                .arg(file->data.size())
                .arg(maxSize)
                .arg(type)));
    }
    const QString id = world.media.add(file->data, type, file->filename, phoneNumberId,
                                       world.clock.now().addDays(kUploadedMediaDays));
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("id"), id}});
}

SandboxResponse SandboxGraphApi::node(const QString &id)
{
    SandboxWorld &world = m_sandbox.world();
    if (const SandboxPhoneNumber *phone = world.phone(id))
        return phoneFields(*phone);
    if (const SandboxMedia *media = world.media.find(id, world.clock.now())) {
        const QString phoneFilter =
            m_request.query.queryItemValue(QStringLiteral("phone_number_id"));
        if (!phoneFilter.isEmpty() && phoneFilter != media->phoneNumberId)
            return fail(SandboxError::make(
                100,
                QStringLiteral("phone_number_id: the media was not uploaded by %1")
                    .arg(phoneFilter)));
        return SandboxResponse::json(
            200,
            QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                        {QStringLiteral("url"), m_sandbox.mediaUrl(id, host()).toString()},
                        {QStringLiteral("mime_type"), media->mimeType},
                        {QStringLiteral("sha256"), media->sha256},
                        {QStringLiteral("file_size"), media->data.size()},
                        {QStringLiteral("id"), media->id}});
    }
    if (const TemplateDefinition *definition = world.templates.findById(id)) {
        QJsonObject full = SandboxTemplates::toGraphJson(*definition);
        const QString fields = m_request.query.queryItemValue(QStringLiteral("fields"));
        if (fields.isEmpty())
            return SandboxResponse::json(200, full);
        QJsonObject picked{{QStringLiteral("id"), id}};
        for (const QString &field : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (full.contains(field.trimmed()))
                picked.insert(field.trimmed(), full.value(field.trimmed()));
        return SandboxResponse::json(200, picked);
    }
    if (id == world.config.wabaId) {
        return SandboxResponse::json(
            200,
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), world.config.verifiedName},
                        {QStringLiteral("currency"), QStringLiteral("USD")},
                        {QStringLiteral("timezone_id"), QStringLiteral("1")},
                        {QStringLiteral("message_template_namespace"),
                         QStringLiteral("sbx_%1").arg(world.config.seed)}});
    }
    return unknownObject(id);
}

SandboxResponse SandboxGraphApi::deleteNode(const QString &id)
{
    SandboxWorld &world = m_sandbox.world();
    const SandboxMedia *media = world.media.find(id, world.clock.now());
    if (!media)
        return unknownObject(id);
    const QString phoneFilter = m_request.query.queryItemValue(QStringLiteral("phone_number_id"));
    if (!phoneFilter.isEmpty() && phoneFilter != media->phoneNumberId)
        return fail(SandboxError::make(100,
                                       QStringLiteral("phone_number_id: the media was not "
                                                      "uploaded by %1")
                                           .arg(phoneFilter)));
    world.media.remove(id);
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("success"), true}});
}

SandboxResponse SandboxGraphApi::templates(const QString &wabaId)
{
    SandboxWorld &world = m_sandbox.world();
    if (wabaId != world.config.wabaId)
        return unknownObject(wabaId);
    const QUrlQuery &query = m_request.query;
    const QString status = query.queryItemValue(QStringLiteral("status")).toUpper();
    const QString name = query.queryItemValue(QStringLiteral("name"));
    const QString category = query.queryItemValue(QStringLiteral("category")).toUpper();
    const QString language = query.queryItemValue(QStringLiteral("language"));
    const QStringList fields =
        query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QJsonArray all;
    for (const TemplateDefinition &definition : world.templates.all()) {
        if (!status.isEmpty() && templateStatusWireName(definition.status) != status)
            continue;
        if (!name.isEmpty() && !definition.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!category.isEmpty() && templateCategoryWireName(definition.category) != category)
            continue;
        if (!language.isEmpty() && definition.language != language)
            continue;
        QJsonObject object = SandboxTemplates::toGraphJson(definition);
        if (!fields.isEmpty()) {
            QJsonObject picked{{QStringLiteral("id"), definition.id}};
            for (const QString &field : fields)
                if (object.contains(field.trimmed()))
                    picked.insert(field.trimmed(), object.value(field.trimmed()));
            object = picked;
        }
        all.append(object);
    }
    bool ok = true;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int size = limitText.isEmpty() ? kDefaultPageSize : limitText.toInt(&ok);
    if (!ok || size < 1 || size > kMaxPageSize)
        return fail(SandboxError::make(
            100, QStringLiteral("limit: must be between 1 and %1").arg(kMaxPageSize)));
    qsizetype from = 0;
    for (const char *key : {"after", "before"}) {
        const QString cursor = query.queryItemValue(QLatin1String(key));
        if (cursor.isEmpty())
            continue;
        const auto index = indexOfCursor(cursor);
        if (!index)
            return fail(SandboxError::make(
                100, QStringLiteral("%1: invalid cursor").arg(QLatin1String(key))));
        from = qstrcmp(key, "after") == 0 ? *index + 1 : std::max<qsizetype>(0, *index - size);
    }
    QJsonArray page;
    for (qsizetype i = from; i < all.size() && i < from + size; ++i)
        page.append(all.at(i));
    QJsonObject paging;
    if (!page.isEmpty()) {
        const qsizetype last = from + page.size() - 1;
        paging.insert(QStringLiteral("cursors"),
                      QJsonObject{{QStringLiteral("before"), cursorFor(from)},
                                  {QStringLiteral("after"), cursorFor(last)}});
        auto link = [this](const QString &key, const QString &cursor) {
            QUrl url;
            url.setScheme(QStringLiteral("http"));
            url.setAuthority(host().isEmpty() ? m_sandbox.baseUrl().authority() : host());
            url.setPath(m_request.path);
            QUrlQuery next = m_request.query;
            next.removeAllQueryItems(QStringLiteral("after"));
            next.removeAllQueryItems(QStringLiteral("before"));
            next.removeAllQueryItems(QStringLiteral("access_token"));
            next.addQueryItem(key, cursor);
            url.setQuery(next);
            return url.toString();
        };
        if (last + 1 < all.size())
            paging.insert(QStringLiteral("next"), link(QStringLiteral("after"), cursorFor(last)));
        if (from > 0)
            paging.insert(QStringLiteral("previous"),
                          link(QStringLiteral("before"), cursorFor(from)));
    }
    QJsonObject answer{{QStringLiteral("data"), page}};
    if (!paging.isEmpty())
        answer.insert(QStringLiteral("paging"), paging);
    return SandboxResponse::json(200, answer);
}

SandboxResponse SandboxGraphApi::phoneNumbers(const QString &wabaId)
{
    SandboxWorld &world = m_sandbox.world();
    if (wabaId != world.config.wabaId)
        return unknownObject(wabaId);
    QJsonArray data;
    for (const SandboxPhoneNumber &phone : world.phones) {
        data.append(QJsonObject{
            {QStringLiteral("verified_name"), phone.verifiedName},
            {QStringLiteral("code_verification_status"), phone.codeVerificationStatus},
            {QStringLiteral("display_phone_number"), displayNumber(phone.displayPhoneNumber)},
            {QStringLiteral("quality_rating"), phone.qualityRating},
            {QStringLiteral("platform_type"), QStringLiteral("CLOUD_API")},
            {QStringLiteral("throughput"),
             QJsonObject{{QStringLiteral("level"), phone.throughputLevel}}},
            {QStringLiteral("last_onboarded_time"), phone.lastOnboardedTime.toString(Qt::ISODate)},
            {QStringLiteral("id"), phone.id},
        });
    }
    QJsonObject answer{{QStringLiteral("data"), data}};
    if (!data.isEmpty())
        answer.insert(
            QStringLiteral("paging"),
            QJsonObject{{QStringLiteral("cursors"),
                         QJsonObject{{QStringLiteral("before"), cursorFor(0)},
                                     {QStringLiteral("after"), cursorFor(data.size() - 1)}}}});
    return SandboxResponse::json(200, answer);
}

SandboxResponse SandboxGraphApi::phoneFields(const SandboxPhoneNumber &phone)
{
    const QJsonObject all{
        {QStringLiteral("verified_name"), phone.verifiedName},
        {QStringLiteral("display_phone_number"), displayNumber(phone.displayPhoneNumber)},
        {QStringLiteral("quality_rating"), phone.qualityRating},
        {QStringLiteral("quality_score"),
         QJsonObject{{QStringLiteral("score"), phone.qualityRating}}},
        {QStringLiteral("status"), phone.status},
        {QStringLiteral("name_status"), phone.nameStatus},
        {QStringLiteral("code_verification_status"), phone.codeVerificationStatus},
        {QStringLiteral("platform_type"), QStringLiteral("CLOUD_API")},
        {QStringLiteral("throughput"),
         QJsonObject{{QStringLiteral("level"), phone.throughputLevel}}},
        {QStringLiteral("whatsapp_business_manager_messaging_limit"), phone.messagingTier},
        {QStringLiteral("messaging_limit_tier"), phone.messagingTier},
        {QStringLiteral("last_onboarded_time"), phone.lastOnboardedTime.toString(Qt::ISODate)},
    };
    QStringList fields = m_request.query.queryItemValue(QStringLiteral("fields"))
                             .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty()) {
        fields = {
            QStringLiteral("verified_name"),        QStringLiteral("code_verification_status"),
            QStringLiteral("display_phone_number"), QStringLiteral("quality_rating"),
            QStringLiteral("platform_type"),        QStringLiteral("throughput")};
    }
    QJsonObject answer;
    for (const QString &raw : std::as_const(fields)) {
        // Graph field expansion like throughput{level} selects the same object here.
        const QString field = raw.section(QLatin1Char('{'), 0, 0).trimmed();
        if (field == QLatin1String("id"))
            continue;
        if (!all.contains(field)) {
            return fail(SandboxError::make(
                100,
                QStringLiteral("Tried accessing nonexisting field (%1) on node type "
                               "(WhatsAppBusinessPhoneNumber)")
                    .arg(field)));
        }
        answer.insert(field, all.value(field));
    }
    answer.insert(QStringLiteral("id"), phone.id);
    return SandboxResponse::json(200, answer);
}

} // namespace sb

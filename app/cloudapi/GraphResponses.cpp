#include "GraphResponses.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sb::graph {

namespace {

void report(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
}

QString stringField(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

} // namespace

std::optional<SendResult> readSendResult(const QJsonObject &body, QString *problem)
{
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    const QJsonObject first = messages.isEmpty() ? QJsonObject() : messages.first().toObject();
    SendResult result;
    result.messageId = stringField(first, QLatin1String("id"));
    if (result.messageId.isEmpty()) {
        report(problem,
               QCoreApplication::translate("sb::GraphResponses",
                                           "The send response names no message id."));
        return std::nullopt;
    }
    result.messageStatus = stringField(first, QLatin1String("message_status"));
    const QJsonArray contacts = body.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        result.contacts.append({stringField(contact, QLatin1String("input")),
                                stringField(contact, QLatin1String("wa_id")),
                                stringField(contact, QLatin1String("user_id"))});
    }
    return result;
}

std::optional<UploadedMedia> readUploadedMedia(const QJsonObject &body, QString *problem)
{
    UploadedMedia result{stringField(body, QLatin1String("id"))};
    if (result.id.isEmpty()) {
        report(problem,
               QCoreApplication::translate("sb::GraphResponses",
                                           "The upload response names no media id."));
        return std::nullopt;
    }
    return result;
}

std::optional<MediaInfo> readMediaInfo(const QJsonObject &body, QString *problem)
{
    MediaInfo result;
    result.id = stringField(body, QLatin1String("id"));
    result.url = QUrl(stringField(body, QLatin1String("url")), QUrl::StrictMode);
    result.mimeType = stringField(body, QLatin1String("mime_type"));
    result.sha256 = stringField(body, QLatin1String("sha256"));
    const QJsonValue size = body.value(QLatin1String("file_size"));
    if (size.isDouble()) {
        result.fileSize = static_cast<qint64>(size.toDouble());
    } else if (size.isString()) {
        bool ok = false;
        const qint64 parsed = size.toString().toLongLong(&ok);
        result.fileSize = ok ? parsed : -1;
    }
    const QString scheme = result.url.scheme();
    if (!result.url.isValid() || result.url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        report(problem,
               QCoreApplication::translate("sb::GraphResponses",
                                           "The media lookup response has no usable URL."));
        return std::nullopt;
    }
    return result;
}

std::optional<PhoneNumberInfo> readPhoneNumber(const QJsonObject &body, QString *problem)
{
    PhoneNumberInfo result;
    result.id = stringField(body, QLatin1String("id"));
    if (result.id.isEmpty()) {
        report(problem,
               QCoreApplication::translate("sb::GraphResponses",
                                           "The phone number response names no id."));
        return std::nullopt;
    }
    result.verifiedName = stringField(body, QLatin1String("verified_name"));
    result.displayPhoneNumber = stringField(body, QLatin1String("display_phone_number"));
    result.qualityRating = stringField(body, QLatin1String("quality_rating"));
    result.status = stringField(body, QLatin1String("status"));
    result.throughputLevel =
        body.value(QLatin1String("throughput")).toObject().value(QLatin1String("level")).toString();
    result.messagingLimitTier =
        stringField(body, QLatin1String("whatsapp_business_manager_messaging_limit"));
    return result;
}

bool readSuccessFlag(const QJsonObject &body, QString *problem)
{
    if (body.value(QLatin1String("success")).toBool())
        return true;
    report(
        problem,
        QCoreApplication::translate("sb::GraphResponses", "The response does not report success."));
    return false;
}

std::optional<ListPage> readListPage(const QJsonObject &body, QString *problem)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray()) {
        report(problem,
               QCoreApplication::translate("sb::GraphResponses",
                                           "The list response has no data array."));
        return std::nullopt;
    }
    ListPage page{data.toArray(), QUrl()};
    const QString next =
        body.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
    if (!next.isEmpty()) {
        page.next = QUrl(next, QUrl::StrictMode);
        if (!page.next.isValid() || page.next.host().isEmpty()) {
            report(problem,
                   QCoreApplication::translate("sb::GraphResponses",
                                               "The list response has an unusable next-page "
                                               "link."));
            return std::nullopt;
        }
    }
    return page;
}

} // namespace sb::graph

#include "GraphError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace sb {

namespace {

int intField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    // Graph sends numbers, but a few proxies and old endpoints quote them.
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

} // namespace

std::optional<ApiError> ApiError::fromBody(const QByteArray &body, int httpStatus)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonValue errorValue = document.object().value(QLatin1String("error"));
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject error = errorValue.toObject();

    ApiError result;
    result.code = intField(error, QLatin1String("code"));
    result.subcode = intField(error, QLatin1String("error_subcode"));
    result.type = error.value(QLatin1String("type")).toString();
    result.message = error.value(QLatin1String("message")).toString();
    result.title = error.value(QLatin1String("error_user_title")).toString();
    result.fbtraceId = error.value(QLatin1String("fbtrace_id")).toString();
    result.httpStatus = httpStatus;

    const QJsonValue data = error.value(QLatin1String("error_data"));
    if (data.isObject()) {
        result.details = data.toObject().value(QLatin1String("details")).toString();
    } else if (data.isString()) {
        // Some Graph endpoints send error_data as a JSON document inside a string.
        const QJsonDocument inner = QJsonDocument::fromJson(data.toString().toUtf8());
        result.details = inner.isObject()
            ? inner.object().value(QLatin1String("details")).toString()
            : data.toString();
    }
    return result;
}

QString GraphFailure::explanation() const
{
    switch (kind) {
    case FailureKind::Api:
        if (api) {
            QString text = QCoreApplication::translate(
                               "sb::GraphFailure",
                               "The WhatsApp Cloud API refused the request with error %1: %2")
                               .arg(api->code)
                               .arg(api->message);
            if (!api->details.isEmpty())
                text += QLatin1Char(' ')
                    + QCoreApplication::translate("sb::GraphFailure", "(Details: %1)")
                          .arg(api->details);
            return text;
        }
        return QCoreApplication::translate("sb::GraphFailure",
                                           "The WhatsApp Cloud API refused the request.");
    case FailureKind::Network:
        return QCoreApplication::translate("sb::GraphFailure",
                                           "Could not reach the WhatsApp Cloud API: %1")
            .arg(networkError);
    case FailureKind::Timeout:
        return QCoreApplication::translate(
            "sb::GraphFailure",
            "The WhatsApp Cloud API did not answer in time, so it is unknown whether the "
            "request was carried out.");
    case FailureKind::InvalidResponse:
        return QCoreApplication::translate(
                   "sb::GraphFailure",
                   "The WhatsApp Cloud API sent an answer this app cannot use (HTTP status %1): %2")
            .arg(httpStatus)
            .arg(networkError);
    case FailureKind::Cancelled:
        return QCoreApplication::translate("sb::GraphFailure",
                                           "The request was cancelled before it finished.");
    case FailureKind::Integrity:
        return QCoreApplication::translate(
                   "sb::GraphFailure",
                   "The downloaded media file was discarded because it is not the file Meta "
                   "described: %1")
            .arg(networkError);
    case FailureKind::LocalFile:
        return QCoreApplication::translate("sb::GraphFailure", "A local file could not be used: %1")
            .arg(networkError);
    case FailureKind::InvalidRequest:
        return QCoreApplication::translate("sb::GraphFailure", "The request was not sent: %1")
            .arg(networkError);
    }
    return networkError;
}

} // namespace sb

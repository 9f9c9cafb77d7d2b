#include "SandboxError.h"

namespace sb {

SandboxError SandboxError::make(int code, const QString &details)
{
    SandboxError error;
    error.code = code;
    error.details = details;
    return error;
}

QString SandboxError::title(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("AuthException");
    case 1:
        return QStringLiteral("API Unknown");
    case 2:
        return QStringLiteral("API Service");
    case 100:
        return QStringLiteral("Invalid parameter");
    case 190:
        return QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    case 130429:
        return QStringLiteral("Rate limit hit");
    case 131000:
        return QStringLiteral("Something went wrong");
    case 131008:
        return QStringLiteral("Required parameter is missing");
    case 131009:
        return QStringLiteral("Parameter value is not valid");
    case 131021:
        return QStringLiteral("Recipient cannot be sender");
    case 131026:
        return QStringLiteral("Message undeliverable");
    case 131047:
        return QStringLiteral("Re-engagement message");
    case 131048:
        return QStringLiteral("Spam rate limit hit");
    case 131049:
        return QStringLiteral(
            "This message was not delivered to maintain healthy ecosystem engagement.");
    case 131050:
        return QStringLiteral("Unable to deliver the message. This recipient has chosen to stop "
                              "receiving marketing messages on WhatsApp from your business.");
    case 131051:
        return QStringLiteral("Unsupported message type");
    case 131052:
        return QStringLiteral("Media download error");
    case 131053:
        return QStringLiteral("Media upload error");
    case 131056:
        return QStringLiteral("(Business Account, Consumer Account) pair rate limit hit");
    case 131057:
        return QStringLiteral("Account in maintenance mode");
    case 132000:
        return QStringLiteral("Number of parameters does not match the expected number of params");
    case 132001:
        return QStringLiteral("Template name does not exist in the translation");
    case 132005:
        return QStringLiteral("Translated text too long");
    case 132012:
        return QStringLiteral("Parameter format does not match format in the created template");
    case 132015:
        return QStringLiteral("Template is Paused");
    case 132016:
        return QStringLiteral("Template is Disabled");
    case 132018:
        return QStringLiteral("There was an issue with the parameters in your template.");
    case 133010:
        return QStringLiteral("Phone number Not Registered");
    default:
        return QStringLiteral("Unknown error");
    }
}

int SandboxError::httpStatus(int code)
{
    switch (code) {
    case 0:
    case 190:
        return 401;
    case 131005:
    case 131031:
    case 130497:
    case 368:
        return 403;
    case 132001:
        return 404;
    case 1:
    case 2:
    case 131000:
    case 131045:
    case 131057:
        return 500;
    case 131016:
    case 133004:
        return 503;
    default:
        return 400;
    }
}

QString SandboxError::wireMessage() const
{
    if (!message.isEmpty())
        return message;
    // Auth errors carry the bare text; everything else is prefixed "(#code)".
    if (code == 190 || code == 0)
        return title(code);
    return QStringLiteral("(#%1) %2").arg(code).arg(title(code));
}

QJsonObject SandboxError::syncBody(const QString &fbtraceId) const
{
    QJsonObject error{
        {QStringLiteral("message"), wireMessage()},
        {QStringLiteral("type"), QStringLiteral("OAuthException")},
        {QStringLiteral("code"), code},
        {QStringLiteral("fbtrace_id"), fbtraceId},
    };
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("error_data"),
                     QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("details"), details}});
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

QJsonObject SandboxError::webhookObject() const
{
    QJsonObject object{
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), title(code)},
        {QStringLiteral("message"), title(code)},
        {QStringLiteral("href"),
         QStringLiteral("/documentation/business-messaging/whatsapp/support/error-codes")},
    };
    if (!details.isEmpty())
        object.insert(QStringLiteral("error_data"),
                      QJsonObject{{QStringLiteral("details"), details}});
    return object;
}

} // namespace sb

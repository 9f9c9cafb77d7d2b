#include "AccountFields.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace sb {

namespace {

constexpr int kMinTokenLength = 20;
constexpr int kMinIdDigits = 5;
constexpr int kMaxIdDigits = 30;

bool hasWhitespace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isHex(QStringView text)
{
    for (const QChar c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

bool isIpv4(QStringView host)
{
    const auto parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.size() > 3 || !isDigits(part) || part.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView host)
{
    if (!host.contains(u':'))
        return false;
    for (const QChar c : host) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return false;
    }
    return true;
}

} // namespace

QString WebhookListen::toString() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return shownHost + u':' + QString::number(port) + path;
}

std::optional<QString> AccountFields::checkAccessToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return tr("Paste the access token of your system user (Business Settings › System users › "
                  "Generate new token).");
    if (trimmed.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return tr("Paste only the token itself, without the word “Bearer”.");
    if (hasWhitespace(trimmed))
        return tr("The token contains spaces or line breaks: copy it again in one piece.");
    if (trimmed.size() < kMinTokenLength)
        return tr("This is too short for an access token (%n characters); copy the whole token.",
                  nullptr, int(trimmed.size()));
    return std::nullopt;
}

std::optional<QString> AccountFields::checkAppSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.isEmpty())
        return tr("Paste the App Secret (App Dashboard › App settings › Basic). It proves that "
                  "webhooks really come from Meta.");
    if (trimmed.size() != kAppSecretLength || !isHex(trimmed))
        return tr("An App Secret is %1 characters of 0-9 and a-f; this has %n character(s).",
                  nullptr, int(trimmed.size()))
            .arg(kAppSecretLength);
    return std::nullopt;
}

std::optional<QString> AccountFields::checkVerifyToken(const QString &token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.size() < kMinVerifyTokenLength)
        return tr("Use at least %1 characters for the verify token.").arg(kMinVerifyTokenLength);
    if (hasWhitespace(trimmed))
        return tr("The verify token must not contain spaces.");
    return std::nullopt;
}

std::optional<QString> AccountFields::checkWabaId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the WhatsApp Business Account ID (WhatsApp Manager › Account tools, or "
                  "App Dashboard › WhatsApp › API Setup).");
    if (!isDigits(trimmed))
        return tr("A WhatsApp Business Account ID has only digits.");
    if (trimmed.size() < kMinIdDigits || trimmed.size() > kMaxIdDigits)
        return tr("%1 digits is not the length of a WhatsApp Business Account ID.")
            .arg(trimmed.size());
    return std::nullopt;
}

std::optional<QString> AccountFields::parsePhoneNumberIds(const QString &text, QStringList *ids)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return tr("Enter at least one phone number ID (App Dashboard › WhatsApp › API Setup). "
                  "It is not the phone number itself.");
    QStringList found;
    for (const QString &part : parts) {
        if (part.startsWith(u'+'))
            return tr("“%1” is a phone number; enter its phone number ID instead (App Dashboard "
                      "› WhatsApp › API Setup).")
                .arg(part);
        if (!isDigits(part))
            return tr("“%1” is not a phone number ID: IDs have only digits.").arg(part);
        if (part.size() < kMinIdDigits || part.size() > kMaxIdDigits)
            return tr("“%1” does not have the length of a phone number ID.").arg(part);
        if (found.contains(part))
            return tr("The phone number ID %1 is listed twice.").arg(part);
        found.append(part);
    }
    if (ids)
        *ids = found;
    return std::nullopt;
}

std::optional<QString> AccountFields::parseWebhookListen(const QString &text, WebhookListen *listen)
{
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return tr("Enter where the webhook receiver listens, for example 127.0.0.1:8080/webhook.");
    WebhookListen result;
    result.path = QStringLiteral("/webhook");
    const qsizetype slash =
        rest.startsWith(u'[') ? rest.indexOf(u'/', rest.indexOf(u']')) : rest.indexOf(u'/');
    if (slash >= 0) {
        result.path = rest.mid(slash);
        rest.truncate(slash);
        if (hasWhitespace(result.path) || result.path.contains(u'?') || result.path.contains(u'#'))
            return tr("The path “%1” may not contain spaces, “?” or “#”.").arg(result.path);
    }
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return tr("An IPv6 address needs its closing “]”.");
        result.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.startsWith(u':'))
            return tr("Add the port after the address, for example [::1]:8080.");
        portText = after.mid(1);
        if (!isIpv6(result.host))
            return tr("“%1” is not an IPv6 address.").arg(result.host);
    } else if (const qsizetype colon = rest.lastIndexOf(u':'); colon >= 0) {
        result.host = rest.left(colon);
        portText = rest.mid(colon + 1);
        if (result.host.isEmpty())
            result.host = QStringLiteral("*");
        if (result.host.contains(u':'))
            return tr("Put an IPv6 address in brackets, for example [::]:8080.");
    } else {
        result.host = QStringLiteral("127.0.0.1");
        portText = rest;
    }
    if (result.host != QLatin1String("*") && result.host != QLatin1String("localhost")
        && !isIpv4(result.host) && !isIpv6(result.host))
        return tr("“%1” is not an IP address this computer can listen on; use 127.0.0.1 (this "
                  "computer only) or 0.0.0.0 (every network).")
            .arg(result.host);
    bool portOk = false;
    const int port = portText.toInt(&portOk);
    if (!portOk || !isDigits(portText) || port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    result.port = quint16(port);
    if (listen)
        *listen = result;
    return std::nullopt;
}

QStringList AccountFields::problems(const AccountConfig &config, const AccountSecrets &secrets)
{
    QStringList found;
    const auto add = [&found](const std::optional<QString> &problem) {
        if (problem)
            found.append(*problem);
    };
    add(checkAccessToken(secrets.accessToken));
    add(checkAppSecret(secrets.appSecret));
    add(checkVerifyToken(secrets.verifyToken));
    add(parsePhoneNumberIds(config.phoneNumberIds.join(u','), nullptr));
    add(checkWabaId(config.wabaId));
    add(parseWebhookListen(config.webhook.toString(), nullptr));
    return found;
}

QString AccountFields::generateVerifyToken()
{
    QString token;
    for (int i = 0; i < 4; ++i)
        token +=
            QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, u'0');
    return token;
}

} // namespace sb

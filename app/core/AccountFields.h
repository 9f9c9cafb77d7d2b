#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace sb {

// Where the app's own webhook receiver listens. Meta only calls public HTTPS, so in production a
// reverse proxy or tunnel forwards to this plain-HTTP address.
struct WebhookListen
{
    QString host = QStringLiteral("127.0.0.1"); // an IPv4/IPv6 literal, "localhost" or "*" (any)
    quint16 port = 8080;
    QString path = QStringLiteral("/webhook");

    // "host:port/path" ("[v6]:port/path" for IPv6), the form parseWebhookListen() reads back.
    QString toString() const;
    friend bool operator==(const WebhookListen &, const WebhookListen &) = default;
};

// The non-secret part of a connected account: safe for settings files.
struct AccountConfig
{
    QString wabaId;
    QStringList phoneNumberIds; // the first is where new conversations start
    WebhookListen webhook;
    // Empty: Meta's graph.facebook.com. Tests and the sandbox point it elsewhere.
    QUrl graphBaseUrl;

    // The keychain entries of this account are named after it.
    QString accountKey() const { return wabaId; }
    friend bool operator==(const AccountConfig &, const AccountConfig &) = default;
};

// The secret part: only ever in memory and in the OS keychain.
struct AccountSecrets
{
    QString accessToken;
    QString appSecret; // the HMAC key of X-Hub-Signature-256
    QString verifyToken; // typed into the App Dashboard for the webhook handshake
};

// Field checks shared by the first-run dialog (as the user types) and the code that saves or
// loads an account. Each returns a translated, specific problem, or nullopt when the field is
// fine. Ids are Meta's numeric object ids.
class AccountFields
{
    Q_DECLARE_TR_FUNCTIONS(sb::AccountFields)

public:
    static std::optional<QString> checkAccessToken(const QString &token);
    static std::optional<QString> checkAppSecret(const QString &secret);
    static std::optional<QString> checkVerifyToken(const QString &token);
    static std::optional<QString> checkWabaId(const QString &id);
    // Ids separated by commas, spaces or new lines; duplicates are a problem (one dispatcher
    // per number). `ids` receives them in order when the text is valid.
    static std::optional<QString> parsePhoneNumberIds(const QString &text, QStringList *ids);
    // "port", ":port", "host:port", "host:port/path", "[v6]:port/path".
    static std::optional<QString> parseWebhookListen(const QString &text, WebhookListen *listen);
    // Every problem of a whole account, in field order (empty when it can be saved).
    static QStringList problems(const AccountConfig &config, const AccountSecrets &secrets);

    // A fresh random verify token (hex, 32 characters).
    static QString generateVerifyToken();

    // App Secrets from the App Dashboard are 32 hexadecimal characters.
    static constexpr int kAppSecretLength = 32;
    static constexpr int kMinVerifyTokenLength = 8;
};

} // namespace sb

#pragma once

// Shared by the sandbox integration tests: a sandbox configured for tests, a blocking HTTP
// helper over real loopback sockets, and the app's own webhook receiver collecting what the
// sandbox delivers.

#include "Sandbox.h"
#include "SandboxWorld.h"
#include "SecretProvider.h"
#include "WebhookParser.h"
#include "WebhookReceiver.h"
#include "WebhookSink.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace sbtest {

inline constexpr int kWaitMs = 15000; // generous: the tests never depend on speed

inline const QString kSecret = QStringLiteral("test-app-secret");
inline const QString kToken = QStringLiteral("test-access-token");

// A frozen clock, no randomness in outcomes, quiet customers: each test turns on what it checks.
inline sb::SandboxConfig testConfig(quint32 seed = 7)
{
    sb::SandboxConfig config;
    config.appSecret = kSecret;
    config.accessToken = kToken;
    config.seed = seed;
    config.scenario = sb::SandboxScenarioKind::Empty;
    config.frozenClock = true;
    config.clockStart = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    config.customersReply = false;
    config.undeliverableProbability = 0;
    config.marketingCapProbability = 0;
    config.readProbability = 1;
    config.delayJitter = 0;
    config.webhookRetryBase = std::chrono::milliseconds(200);
    return config;
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;

    QJsonObject error_() const { return json.value(QStringLiteral("error")).toObject(); }
    int code() const { return error_().value(QStringLiteral("code")).toInt(); }
    QString details() const
    {
        return error_()
            .value(QStringLiteral("error_data"))
            .toObject()
            .value(QStringLiteral("details"))
            .toString();
    }
};

// Blocking requests for the tests (the event loop keeps running while they wait).
class Http
{
public:
    explicit Http(QUrl base, QString token = kToken)
        : m_base(std::move(base))
        , m_token(std::move(token))
    {
    }

    void setToken(const QString &token) { m_token = token; }
    QNetworkAccessManager &network() { return m_network; }

    HttpReply get(const QString &path) { return run("GET", path, {}, {}); }
    HttpReply post(const QString &path, const QJsonObject &body)
    {
        return run("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                   "application/json");
    }
    HttpReply postRaw(const QString &path, const QByteArray &body, const QByteArray &type)
    {
        return run("POST", path, body, type);
    }
    HttpReply remove(const QString &path) { return run("DELETE", path, {}, {}); }

    HttpReply upload(const QString &path, const QByteArray &data, const QByteArray &mimeType,
                     const QString &fileName)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart product;
        product.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QByteArrayLiteral("form-data; name=\"messaging_product\""));
        product.setBody("whatsapp");
        QHttpPart type;
        type.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"type\""));
        type.setBody(mimeType);
        QHttpPart file;
        const QByteArray disposition =
            QByteArray("form-data; name=\"file\"; filename=\"") + fileName.toUtf8() + '"';
        file.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
        file.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
        file.setBody(data);
        multi->append(product);
        multi->append(type);
        multi->append(file);
        QNetworkRequest request = makeRequest(path);
        QNetworkReply *reply = m_network.post(request, multi);
        multi->setParent(reply);
        return wait(reply);
    }

    HttpReply run(const QByteArray &verb, const QString &path, const QByteArray &body,
                  const QByteArray &contentType, int timeoutMs = 0)
    {
        QNetworkRequest request = makeRequest(path);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (timeoutMs > 0)
            request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        return wait(reply);
    }

    QNetworkRequest makeRequest(const QString &path) const
    {
        QUrl url =
            path.startsWith(QLatin1String("http")) ? QUrl(path) : m_base.resolved(QUrl(path));
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        return request;
    }

    static HttpReply wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpReply result;
        result.finished = reply->isFinished() || finished.wait(kWaitMs);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

// The app's sink, recording what the receiver accepted; it can refuse the first N payloads.
class Collector final : public sb::WebhookSink
{
public:
    bool accept(const QByteArray &rawBody) override
    {
        if (refuseNext > 0) {
            --refuseNext;
            refused.append(rawBody);
            return false;
        }
        bodies.append(rawBody);
        return true;
    }
    void deadLetter(const QByteArray &rawBody, const QString &) override { dead.append(rawBody); }

    QList<sb::WebhookEvent> events() const
    {
        QList<sb::WebhookEvent> all;
        for (const QByteArray &body : bodies)
            all += sb::parseWebhook(body).events;
        return all;
    }

    template<typename T>
    QList<T> eventsOf() const
    {
        QList<T> out;
        for (const sb::WebhookEvent &event : events()) {
            if (const auto *typed = std::get_if<T>(&event))
                out.append(*typed);
        }
        return out;
    }

    // Statuses of one message, in arrival order.
    QStringList statusesOf(const QString &wamid) const
    {
        QStringList out;
        for (const sb::StatusEvent &status : eventsOf<sb::StatusEvent>()) {
            if (status.messageId == wamid)
                out.append(status.status);
        }
        return out;
    }

    int refuseNext = 0;
    QList<QByteArray> bodies;
    QList<QByteArray> refused;
    QList<QByteArray> dead;
};

// The app's webhook receiver on a free loopback port, verifying every signature.
class Receiver
{
public:
    explicit Receiver(const QString &secret = kSecret)
    {
        sb::WebhookReceiverConfig config;
        config.appSecret = secret.toUtf8();
        config.verifyToken = QStringLiteral("verify-me");
        receiver = std::make_unique<sb::WebhookReceiver>(config, &sink);
        rejected =
            std::make_unique<QSignalSpy>(receiver.get(), &sb::WebhookReceiver::requestRejected);
        const quint16 port = receiver->listen();
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
    }

    Collector sink;
    std::unique_ptr<sb::WebhookReceiver> receiver;
    std::unique_ptr<QSignalSpy> rejected;
    QUrl url;
};

class StaticToken final : public sb::TokenProvider
{
public:
    explicit StaticToken(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

inline QString messagesPath(const sb::Sandbox &sandbox, const QString &version = {})
{
    const QString prefix =
        version.isEmpty() ? QStringLiteral("/v25.0") : QLatin1Char('/') + version;
    return prefix + QLatin1Char('/') + sandbox.config().phoneNumberId + QStringLiteral("/messages");
}

inline QJsonObject textBody(const QString &to, const QString &text)
{
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
}

inline QJsonObject envelope(const QString &to, const QString &type, const QJsonValue &content)
{
    return QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), type},
                       {type, content}};
}

inline QJsonObject templateBody(const QString &to, const QString &name, const QString &language,
                                const QJsonArray &components = {})
{
    QJsonObject tmpl{{QStringLiteral("name"), name},
                     {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), language}}}};
    if (!components.isEmpty())
        tmpl.insert(QStringLiteral("components"), components);
    return envelope(to, QStringLiteral("template"), tmpl);
}

inline QJsonObject textParameter(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), text}};
}

} // namespace sbtest

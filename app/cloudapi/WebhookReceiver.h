#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sb {

class WebhookSink;
class WebhookTcpServer;

struct WebhookReceiverConfig
{
    QString verifyToken; // the "Verify token" typed into the App Dashboard
    QByteArray appSecret; // HMAC key of X-Hub-Signature-256
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString path = QStringLiteral("/webhook");
    qint64 maxBodyBytes = 4 * 1024 * 1024; // Meta's payloads stay under 3 MB (spec §5.1)
};

// The HTTP endpoint Meta (or the sandbox) calls (spec §5.1). Plain HTTP: TLS is terminated by
// the administrator's reverse proxy or tunnel, as Meta only calls public HTTPS.
//
// GET  <path>?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…  -> 200 + challenge, else 403
// POST <path> -> 413 over the size cap; 401 unless X-Hub-Signature-256 is the HMAC-SHA256 of the
//   raw body under the app secret (checked before anything reads the body); 400 + dead letter
//   when signed but not a JSON object; otherwise the sink decides: 200 stored, 500 not (Meta
//   retries).
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    // `sink` must outlive the receiver.
    WebhookReceiver(WebhookReceiverConfig config, WebhookSink *sink, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Returns the bound port, or 0 with errorString() set.
    quint16 listen();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const { return m_error; }
    const WebhookReceiverConfig &config() const { return m_config; }

    // "sha256=<lowercase hex HMAC-SHA256(secret, body)>": the header value a sender attaches.
    static QByteArray signatureHeader(const QByteArray &body, const QByteArray &secret);
    // Constant-time check of a received header value; false for an empty secret.
    static bool isSignatureValid(const QByteArray &headerValue, const QByteArray &body,
                                 const QByteArray &secret);

Q_SIGNALS:
    void verificationSucceeded();
    void payloadStored(qint64 bytes);
    // Every refusal, with a translated reason (e.g. to tell the admin the app secret is wrong).
    void requestRejected(int httpStatus, const QString &reason);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse handleVerification(const QHttpServerRequest &request);
    QHttpServerResponse handleDelivery(const QHttpServerRequest &request);
    QHttpServerResponse refuse(int httpStatus, const QString &reason);

    WebhookReceiverConfig m_config;
    WebhookSink *m_sink;
    QHttpServer *m_http;
    WebhookTcpServer *m_tcp = nullptr;
    QString m_error;
};

} // namespace sb

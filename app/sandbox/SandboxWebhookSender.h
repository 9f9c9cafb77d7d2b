#pragma once

#include "SandboxConfig.h"
#include "SandboxWebhookPayloads.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace sb {

class SandboxClock;
class SandboxScheduler;

// What the sandbox does to webhook deliveries on request (POST /_sandbox/faults).
enum class SandboxWebhookFault {
    None,
    Fail, // every attempt fails as if the endpoint were unreachable; retries are scheduled
    Pause, // nothing leaves; queued payloads go out once the fault is cleared
};

// One registered endpoint as the control API reports it.
struct SandboxWebhookEndpointInfo
{
    QUrl url;
    SandboxWebhookOptions options;
    int delivered = 0; // POSTs answered 2xx
    int failedAttempts = 0; // POSTs answered otherwise or not at all
    int queued = 0; // payloads waiting (including scheduled retries)
};

// Posts signed webhooks (X-Hub-Signature-256 over the exact bytes, spec §5.1) to every
// registered URL, one POST at a time per URL so that order is kept unless reordering was asked
// for. A failed POST is retried with exponential backoff on the sandbox clock for up to the
// configured period (Meta: 7 days), then dropped.
class SandboxWebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxWebhookSender)

public:
    SandboxWebhookSender(const SandboxConfig &config, SandboxClock &clock,
                         SandboxScheduler &scheduler, QObject *parent = nullptr);
    ~SandboxWebhookSender() override;

    // Registering a URL twice updates its options.
    void addEndpoint(const QUrl &url, const SandboxWebhookOptions &options);
    bool removeEndpoint(const QUrl &url);
    bool hasEndpoint(const QUrl &url) const;
    QList<SandboxWebhookEndpointInfo> endpoints() const;

    // Queues the event for every endpoint (or only `url`, e.g. to replay history to it).
    void post(const SandboxWebhookEvent &event);
    void postTo(const QUrl &url, const SandboxWebhookEvent &event);

    void setFault(SandboxWebhookFault fault);
    SandboxWebhookFault fault() const { return m_fault; }

    // The envelope and the signature header value for `body`.
    QByteArray envelope(const QList<SandboxWebhookEvent> &events) const;
    static QByteArray signature(const QByteArray &body, const QString &appSecret);

Q_SIGNALS:
    void delivered(const QUrl &url, const QByteArray &body, int httpStatus);
    void deliveryFailed(const QUrl &url, const QByteArray &body, int httpStatus, int attempt);

private:
    struct Payload
    {
        QByteArray body;
        int attempt = 0;
        QDateTime firstTriedAt;
    };
    struct Endpoint
    {
        QUrl url;
        SandboxWebhookOptions options;
        QList<SandboxWebhookEvent> gathering; // waiting for the batch / reorder window
        QList<Payload> outbox;
        std::unique_ptr<QTimer> windowTimer;
        bool inFlight = false;
        int delivered = 0;
        int failedAttempts = 0;
        int retriesScheduled = 0;
        quint64 shuffles = 0;
    };

    Endpoint *find(const QUrl &url);
    void enqueue(Endpoint &endpoint, const SandboxWebhookEvent &event);
    void flush(Endpoint &endpoint);
    void pump(Endpoint &endpoint);
    void finished(const QUrl &url, Payload payload, int httpStatus, bool ok);
    void scheduleRetry(Endpoint &endpoint, Payload payload);

    const SandboxConfig &m_config;
    SandboxClock &m_clock;
    SandboxScheduler &m_scheduler;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Endpoint>> m_endpoints;
    SandboxWebhookFault m_fault = SandboxWebhookFault::None;
};

} // namespace sb

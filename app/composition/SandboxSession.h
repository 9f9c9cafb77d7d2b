#pragma once

#include "GraphResponses.h"
#include "SandboxConfig.h"
#include "WebhookEvent.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace sb {

class GraphClient;
class Sandbox;
class WebhookReceiver;
class WebhookSink;

// The app's sandbox mode: an in-process Cloud API stand-in on loopback, the app's own webhook
// receiver registered with it, and a Graph client pointed at it. Everything speaks real HTTP, so
// the app runs the same code paths as against Meta. Credentials are random per session and
// never leave the process.
class SandboxSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    struct Options
    {
        quint32 seed = 1;
        SandboxScenarioKind scenario = SandboxScenarioKind::Demo;
    };

    explicit SandboxSession(Options options, QObject *parent = nullptr);
    ~SandboxSession() override;

    // Binds the sandbox and the receiver on 127.0.0.1, registers the receiver's URL and asks the
    // Graph API for the number's fields. False (with `error`) when a port cannot be bound.
    bool start(QString *error);

    Sandbox *sandbox() const;
    GraphClient *graph() const;
    WebhookReceiver *receiver() const;
    QString phoneNumberId() const;
    QString wabaId() const;
    int eventCount() const { return m_eventsReceived; }

Q_SIGNALS:
    void phoneNumberLoaded(const sb::PhoneNumberInfo &info);
    void phoneNumberFailed(const QString &explanation);
    // Every accepted webhook payload, parsed; `total` counts events since start.
    void eventsReceived(const QList<sb::WebhookEvent> &events, int total);

private:
    class Sink;
    class Tokens;

    Options m_options;
    QString m_accessToken;
    QByteArray m_appSecret;
    int m_eventsReceived = 0;
    std::unique_ptr<Tokens> m_tokens;
    std::unique_ptr<Sink> m_sink;
    QNetworkAccessManager *m_network = nullptr;
    Sandbox *m_sandbox = nullptr;
    GraphClient *m_graph = nullptr;
    WebhookReceiver *m_receiver = nullptr;
};

} // namespace sb

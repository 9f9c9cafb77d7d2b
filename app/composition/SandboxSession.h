#pragma once

#include "SandboxConfig.h"
#include "Session.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace sb {

class Database;
class DispatcherSet;
class GraphClient;
class Outbox;
class Sandbox;
class StoreWebhookSink;
class SystemClock;
class WebhookReceiver;

// The app's sandbox mode: an in-process Cloud API stand-in on loopback, the app's own webhook
// receiver registered with it and storing into a SQLite profile, a Graph client pointed at it,
// and the outbox with its dispatcher. Everything speaks real HTTP, so the app runs the same code
// paths as against Meta. Credentials are random per session and never leave the process.
class SandboxSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxSession)

public:
    struct Options
    {
        quint32 seed = 1;
        SandboxScenarioKind scenario = SandboxScenarioKind::Demo;
        QString databasePath; // empty: a throwaway profile for this session
        // Changes the sandbox's settings before it starts (tests: delays, outcome odds).
        std::function<void(SandboxConfig &)> adjustSandbox;
    };

    explicit SandboxSession(Options options, QObject *parent = nullptr);
    ~SandboxSession() override;

    // Opens the store, binds the sandbox and the receiver on 127.0.0.1, registers the receiver's
    // URL, starts the dispatcher and asks the Graph API for the number's fields. False (with
    // `error`) when the store cannot be opened or a port cannot be bound.
    bool start(QString *error) override;

    bool isSandbox() const override { return true; }
    Sandbox *sandbox() const;
    QStringList phoneNumberIds() const override;
    QString wabaId() const override;
    // Next to the profile's database: the sandbox's media ids repeat from run to run.
    QString mediaCacheDir() const override;

private:
    class Tokens;

    Options m_options;
    QString m_databasePath;
    QString m_accessToken;
    QByteArray m_appSecret;
    QTemporaryDir m_profile;
    std::unique_ptr<Tokens> m_tokens;
    Sandbox *m_sandbox = nullptr;
};

} // namespace sb

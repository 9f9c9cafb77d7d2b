#pragma once

#include "AccountFields.h"
#include "Session.h"

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sb {

class AlertRepository;
class Database;
class DispatcherSet;
class GraphClient;
class KeychainTokenProvider;
class Outbox;
class SecretStore;
class StoreWebhookSink;
class SystemClock;
class WebhookReceiver;

// A connected account (solo mode): the store in the user's data folder, the app's own webhook
// receiver on the configured address checking signatures with the App Secret, a Graph client
// to Meta (or the configured base URL) whose token comes from the keychain, and one dispatcher
// per configured number. The same Session contract as the sandbox, so everything after start-up
// runs the same code.
class LiveSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    struct Options
    {
        AccountConfig account;
        QString databasePath; // empty: AppPaths' database in the user's data folder
    };

    // `secrets` must outlive the session.
    LiveSession(Options options, SecretStore &secrets, QObject *parent = nullptr);
    ~LiveSession() override;

    // Reads the access token, App Secret and verify token from the keychain, then start().
    // `done` gets nullopt once running, else why not (translated).
    void open(std::function<void(const std::optional<QString> &problem)> done);

    // Needs the secrets open() reads; without them it fails and says so.
    bool start(QString *error) override;

    bool isSandbox() const override { return false; }
    QStringList phoneNumberIds() const override;
    QString wabaId() const override;
    const AccountConfig &account() const { return m_options.account; }

private:
    Options m_options;
    SecretStore &m_secrets;
    QByteArray m_appSecret;
    QString m_verifyToken;
    std::unique_ptr<KeychainTokenProvider> m_tokens;
};

} // namespace sb

#include "SandboxSession.h"

#include "Clock.h"
#include "Database.h"
#include "DispatcherSet.h"
#include "GraphClient.h"
#include "Logging.h"
#include "Outbox.h"
#include "Sandbox.h"
#include "SecretProvider.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QUuid>

namespace sb {

class SandboxSession::Tokens final : public TokenProvider
{
public:
    explicit Tokens(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

static QString randomSecret()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

SandboxSession::SandboxSession(Options options, QObject *parent)
    : Session(parent)
    , m_options(std::move(options))
    , m_accessToken(randomSecret())
    , m_appSecret(randomSecret().toLatin1())
    , m_tokens(std::make_unique<Tokens>(m_accessToken))
{
}

SandboxSession::~SandboxSession()
{
    stopEngine();
}

bool SandboxSession::start(QString *error)
{
    const QString path = m_options.databasePath.isEmpty()
        ? m_profile.filePath(QStringLiteral("sandbox.db"))
        : m_options.databasePath;
    m_databasePath = path;
    QString problem;
    if (!openStore(path, &problem)) {
        *error = tr("The sandbox profile could not be opened: %1").arg(problem);
        return false;
    }

    SandboxConfig config;
    config.seed = m_options.seed;
    config.scenario = m_options.scenario;
    if (m_options.adjustSandbox)
        m_options.adjustSandbox(config);
    config.appSecret = QString::fromLatin1(m_appSecret);
    config.accessToken = m_accessToken;
    m_sandbox = new Sandbox(config, this);
    if (m_sandbox->listen() == 0) {
        *error = tr("The sandbox could not listen on 127.0.0.1: %1").arg(m_sandbox->errorString());
        return false;
    }

    WebhookReceiverConfig receiverConfig;
    receiverConfig.appSecret = m_appSecret;
    receiverConfig.verifyToken = randomSecret();
    if (!listenForWebhooks(receiverConfig, &problem)) {
        *error = tr("The webhook receiver could not listen on 127.0.0.1: %1").arg(problem);
        return false;
    }

    GraphClientConfig graphConfig;
    graphConfig.baseUrl = m_sandbox->baseUrl();
    startDispatch(*m_tokens, graphConfig, messagingTierFromString(config.messagingTier));
    m_sandbox->addWebhook(QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(receiver()->port()).arg(receiverConfig.path)));
    loadPhoneNumbers();
    qCInfo(lcSandbox) << "sandbox session: Graph" << m_sandbox->baseUrl().toString()
                      << "webhooks on port" << receiver()->port();
    return true;
}

Sandbox *SandboxSession::sandbox() const
{
    return m_sandbox;
}

QStringList SandboxSession::phoneNumberIds() const
{
    if (!m_sandbox)
        return {};
    return {m_sandbox->config().phoneNumberId, m_sandbox->config().secondPhoneNumberId};
}

QString SandboxSession::mediaCacheDir() const
{
    return QFileInfo(m_databasePath).dir().filePath(QStringLiteral("media"));
}

QString SandboxSession::wabaId() const
{
    return m_sandbox ? m_sandbox->config().wabaId : QString();
}

} // namespace sb

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
    , m_clock(std::make_unique<SystemClock>())
    , m_tokens(std::make_unique<Tokens>(m_accessToken))
{
}

SandboxSession::~SandboxSession()
{
    // The receiver calls into the sink and the dispatchers into the store: both go first.
    delete m_receiver;
    m_receiver = nullptr;
    delete m_dispatchers;
    m_dispatchers = nullptr;
    delete m_outbox;
    m_outbox = nullptr;
    m_sink.reset();
}

bool SandboxSession::start(QString *error)
{
    const QString path = m_options.databasePath.isEmpty()
        ? m_profile.filePath(QStringLiteral("sandbox.db"))
        : m_options.databasePath;
    m_databasePath = path;
    DatabaseOptions databaseOptions;
    databaseOptions.clock = m_clock.get();
    auto opened = Database::open(path, databaseOptions);
    if (!opened.database) {
        *error = tr("The sandbox profile could not be opened: %1").arg(opened.error.message);
        return false;
    }
    m_database = std::move(opened.database);
    m_sink = std::make_unique<StoreWebhookSink>(*m_database);
    connect(m_sink.get(), &StoreWebhookSink::ingested, this, &SandboxSession::ingested);

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
    m_receiver = new WebhookReceiver(receiverConfig, m_sink.get());
    if (m_receiver->listen() == 0) {
        *error = tr("The webhook receiver could not listen on 127.0.0.1: %1")
                     .arg(m_receiver->errorString());
        return false;
    }

    m_network = new QNetworkAccessManager(this);
    GraphClientConfig graphConfig;
    graphConfig.baseUrl = m_sandbox->baseUrl();
    m_graph = new GraphClient(m_network, m_tokens.get(), graphConfig, this);

    m_outbox = new Outbox(*m_database, *m_clock);
    m_dispatchers = new DispatcherSet(m_outbox->repository(), *m_graph, *m_clock,
                                      messagingTierFromString(config.messagingTier));
    for (const QString &number : {config.phoneNumberId, config.secondPhoneNumberId})
        m_dispatchers->add(number);
    m_dispatchers->follow(m_outbox);
    const auto changed = [this](const QString &, const QString &localId) {
        Q_EMIT outboxChanged(localId);
    };
    connect(m_outbox, &Outbox::enqueued, this, changed);
    connect(m_dispatchers, &DispatcherSet::sent, this, changed);
    connect(m_dispatchers, &DispatcherSet::failed, this, changed);
    connect(m_dispatchers, &DispatcherSet::outcomeUnknown, this, changed);
    m_dispatchers->start();

    m_sandbox->addWebhook(QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(receiverConfig.path)));
    for (const QString &number : phoneNumberIds()) {
        m_graph->phoneNumberFields(
            number, this, [this, number](const GraphResult<PhoneNumberInfo> &result) {
                if (result.ok())
                    Q_EMIT phoneNumberLoaded(result.value());
                else
                    Q_EMIT phoneNumberFailed(number, result.failure().explanation());
            });
    }
    qCInfo(lcSandbox) << "sandbox session: Graph" << m_sandbox->baseUrl().toString()
                      << "webhooks on port" << m_receiver->port();
    return true;
}

Sandbox *SandboxSession::sandbox() const
{
    return m_sandbox;
}

GraphClient *SandboxSession::graph() const
{
    return m_graph;
}

WebhookReceiver *SandboxSession::receiver() const
{
    return m_receiver;
}

Database *SandboxSession::database() const
{
    return m_database.get();
}

Outbox *SandboxSession::outbox() const
{
    return m_outbox;
}

const Clock &SandboxSession::clock() const
{
    return *m_clock;
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

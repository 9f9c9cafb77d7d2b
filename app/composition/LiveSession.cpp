#include "LiveSession.h"

#include "AlertRepository.h"
#include "AppPaths.h"
#include "Clock.h"
#include "Database.h"
#include "DispatcherSet.h"
#include "GraphClient.h"
#include "KeychainTokenProvider.h"
#include "Logging.h"
#include "MessagingTier.h"
#include "Outbox.h"
#include "SecretStore.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

namespace sb {

namespace {

QHostAddress listenAddress(const QString &host)
{
    if (host == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    if (host == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    return QHostAddress(host);
}

} // namespace

LiveSession::LiveSession(Options options, SecretStore &secrets, QObject *parent)
    : Session(parent)
    , m_options(std::move(options))
    , m_secrets(secrets)
    , m_clock(std::make_unique<SystemClock>())
    , m_tokens(std::make_unique<KeychainTokenProvider>(secrets, m_options.account.accountKey()))
{
}

LiveSession::~LiveSession()
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

void LiveSession::open(std::function<void(const std::optional<QString> &)> done)
{
    const QString key = m_options.account.accountKey();
    m_secrets.read(key, SecretKind::AppSecret, this,
                   [this, key, done = std::move(done)](const SecretOutcome<QString> &appSecret) {
                       if (const auto *error = std::get_if<SecretError>(&appSecret))
                           return done(error->message);
                       m_appSecret = std::get<QString>(appSecret).toUtf8();
                       m_secrets.read(
                           key, SecretKind::VerifyToken, this,
                           [this, done](const SecretOutcome<QString> &verifyToken) {
                               if (const auto *error = std::get_if<SecretError>(&verifyToken))
                                   return done(error->message);
                               m_verifyToken = std::get<QString>(verifyToken);
                               m_tokens->load(
                                   [this, done](const std::optional<SecretError> &error) {
                                       if (error)
                                           return done(error->message);
                                       QString problem;
                                       if (!start(&problem))
                                           return done(problem);
                                       done(std::nullopt);
                                   });
                           });
                   });
}

bool LiveSession::start(QString *error)
{
    if (m_appSecret.isEmpty() || !m_tokens->isLoaded()) {
        *error = tr("The account's secrets have not been read from the system keychain yet.");
        return false;
    }
    QString path = m_options.databasePath;
    if (path.isEmpty()) {
        const AppPaths paths;
        if (const auto problem = paths.ensureExists()) {
            *error = *problem;
            return false;
        }
        path = paths.databasePath();
    }
    DatabaseOptions databaseOptions;
    databaseOptions.clock = m_clock.get();
    auto opened = Database::open(path, databaseOptions);
    if (!opened.database) {
        *error = tr("The inbox database could not be opened: %1").arg(opened.error.message);
        return false;
    }
    m_database = std::move(opened.database);
    m_sink = std::make_unique<StoreWebhookSink>(*m_database);
    connect(m_sink.get(), &StoreWebhookSink::ingested, this, &LiveSession::ingested);
    m_alerts = std::make_unique<AlertRepository>(*m_database);

    const WebhookListen &listen = m_options.account.webhook;
    WebhookReceiverConfig receiverConfig;
    receiverConfig.appSecret = m_appSecret;
    receiverConfig.verifyToken = m_verifyToken;
    receiverConfig.address = listenAddress(listen.host);
    receiverConfig.port = listen.port;
    receiverConfig.path = listen.path;
    m_receiver = new WebhookReceiver(receiverConfig, m_sink.get());
    if (m_receiver->listen() == 0) {
        *error = tr("The webhook receiver could not listen on %1: %2. Choose another address "
                    "with File › Connect a number…")
                     .arg(listen.toString(), m_receiver->errorString());
        return false;
    }

    m_network = new QNetworkAccessManager(this);
    GraphClientConfig graphConfig;
    if (!m_options.account.graphBaseUrl.isEmpty())
        graphConfig.baseUrl = m_options.account.graphBaseUrl;
    m_graph = new GraphClient(m_network, m_tokens.get(), graphConfig, this);

    m_outbox = new Outbox(*m_database, *m_clock);
    m_dispatchers = new DispatcherSet(m_outbox->repository(), *m_graph, *m_clock);
    m_dispatchers->setAlerts(m_alerts.get());
    for (const QString &number : m_options.account.phoneNumberIds)
        m_dispatchers->add(number);
    m_dispatchers->follow(m_outbox);
    const auto changed = [this](const QString &, const QString &localId) {
        Q_EMIT outboxChanged(localId);
    };
    connect(m_outbox, &Outbox::enqueued, this, changed);
    connect(m_dispatchers, &DispatcherSet::sent, this, changed);
    connect(m_dispatchers, &DispatcherSet::failed, this, changed);
    connect(m_dispatchers, &DispatcherSet::outcomeUnknown, this, changed);
    // A token paused sending (190); a new one saved from the connect dialog resumes it.
    connect(m_tokens.get(), &KeychainTokenProvider::tokenChanged, m_dispatchers,
            [this] { m_dispatchers->resumeAfterNewToken(); });
    m_dispatchers->start();
    loadPhoneNumbers();
    qCInfo(lcPlatform) << "live session: Graph" << graphConfig.baseUrl.toString() << "webhooks on"
                       << listen.host << m_receiver->port();
    return true;
}

void LiveSession::loadPhoneNumbers()
{
    for (const QString &number : m_options.account.phoneNumberIds) {
        m_graph->phoneNumberFields(
            number, this, [this, number](const GraphResult<PhoneNumberInfo> &result) {
                if (!result.ok()) {
                    Q_EMIT phoneNumberFailed(number, result.failure().explanation());
                    return;
                }
                // The limit is the portfolio's (spec §9.2): every number reports the same one.
                if (!result.value().messagingLimitTier.isEmpty())
                    m_dispatchers->setMessagingTier(
                        messagingTierFromString(result.value().messagingLimitTier));
                Q_EMIT phoneNumberLoaded(result.value());
            });
    }
}

GraphClient *LiveSession::graph() const
{
    return m_graph;
}

WebhookReceiver *LiveSession::receiver() const
{
    return m_receiver;
}

Database *LiveSession::database() const
{
    return m_database.get();
}

Outbox *LiveSession::outbox() const
{
    return m_outbox;
}

const Clock &LiveSession::clock() const
{
    return *m_clock;
}

QStringList LiveSession::phoneNumberIds() const
{
    return m_options.account.phoneNumberIds;
}

QString LiveSession::wabaId() const
{
    return m_options.account.wabaId;
}

} // namespace sb

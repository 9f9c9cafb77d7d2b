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
    , m_tokens(std::make_unique<KeychainTokenProvider>(secrets, m_options.account.accountKey()))
{
}

LiveSession::~LiveSession()
{
    stopEngine();
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
    QString problem;
    if (!openStore(path, &problem)) {
        *error = tr("The inbox database could not be opened: %1").arg(problem);
        return false;
    }

    const WebhookListen &listen = m_options.account.webhook;
    WebhookReceiverConfig receiverConfig;
    receiverConfig.appSecret = m_appSecret;
    receiverConfig.verifyToken = m_verifyToken;
    receiverConfig.address = listenAddress(listen.host);
    receiverConfig.port = listen.port;
    receiverConfig.path = listen.path;
    if (!listenForWebhooks(receiverConfig, &problem)) {
        *error = tr("The webhook receiver could not listen on %1: %2. Choose another address "
                    "with File › Connect a number…")
                     .arg(listen.toString(), problem);
        return false;
    }

    GraphClientConfig graphConfig;
    if (!m_options.account.graphBaseUrl.isEmpty())
        graphConfig.baseUrl = m_options.account.graphBaseUrl;
    // The tier is not known before the phone fields arrive: start from the default.
    startDispatch(*m_tokens, graphConfig, MessagingTier::NotSet);
    // A token paused sending (190); a new one saved from the connect dialog resumes it.
    connect(m_tokens.get(), &KeychainTokenProvider::tokenChanged, dispatchers(),
            [this] { dispatchers()->resumeAfterNewToken(); });
    loadPhoneNumbers();
    qCInfo(lcPlatform) << "live session: Graph" << graphConfig.baseUrl.toString() << "webhooks on"
                       << listen.host << receiver()->port();
    return true;
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

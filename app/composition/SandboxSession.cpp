#include "SandboxSession.h"

#include "GraphClient.h"
#include "Logging.h"
#include "Sandbox.h"
#include "SecretProvider.h"
#include "WebhookParser.h"
#include "WebhookReceiver.h"
#include "WebhookSink.h"

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

// Until the durable store takes over intake, accepted payloads are parsed and handed on live.
class SandboxSession::Sink final : public WebhookSink
{
public:
    explicit Sink(SandboxSession *session)
        : m_session(session)
    {
    }
    bool accept(const QByteArray &rawBody) override
    {
        const WebhookParseResult parsed = parseWebhook(rawBody);
        for (const ParseProblem &problem : parsed.problems)
            qCWarning(lcCloudApi) << "webhook problem at" << problem.path << problem.description;
        m_session->m_eventsReceived += int(parsed.events.size());
        Q_EMIT m_session->eventsReceived(parsed.events, m_session->m_eventsReceived);
        return true;
    }
    void deadLetter(const QByteArray &rawBody, const QString &reason) override
    {
        qCWarning(lcCloudApi) << "webhook dead letter:" << rawBody.size() << "bytes," << reason;
    }

private:
    SandboxSession *m_session;
};

static QString randomSecret()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

SandboxSession::SandboxSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_accessToken(randomSecret())
    , m_appSecret(randomSecret().toLatin1())
    , m_tokens(std::make_unique<Tokens>(m_accessToken))
    , m_sink(std::make_unique<Sink>(this))
{
}

SandboxSession::~SandboxSession()
{
    // The receiver calls into the sink; it must go before the sink does.
    delete m_receiver;
    m_receiver = nullptr;
}

bool SandboxSession::start(QString *error)
{
    SandboxConfig config;
    config.appSecret = QString::fromLatin1(m_appSecret);
    config.accessToken = m_accessToken;
    config.seed = m_options.seed;
    config.scenario = m_options.scenario;
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

    m_sandbox->addWebhook(QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(receiverConfig.path)));
    m_graph->phoneNumberFields(phoneNumberId(), this,
                               [this](const GraphResult<PhoneNumberInfo> &result) {
                                   if (result.ok())
                                       Q_EMIT phoneNumberLoaded(result.value());
                                   else
                                       Q_EMIT phoneNumberFailed(result.failure().explanation());
                               });
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

QString SandboxSession::phoneNumberId() const
{
    return m_sandbox ? m_sandbox->config().phoneNumberId : QString();
}

QString SandboxSession::wabaId() const
{
    return m_sandbox ? m_sandbox->config().wabaId : QString();
}

} // namespace sb

#include "Session.h"

#include "AlertRepository.h"
#include "Database.h"
#include "DispatcherSet.h"
#include "GraphClient.h"
#include "Outbox.h"
#include "SecretProvider.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QNetworkAccessManager>

namespace sb {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session()
{
    stopEngine();
}

void Session::stopEngine()
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

bool Session::openStore(const QString &path, QString *error)
{
    DatabaseOptions options;
    options.clock = &m_clock;
    auto opened = Database::open(path, options);
    if (!opened.database) {
        *error = opened.error.message;
        return false;
    }
    m_database = std::move(opened.database);
    m_sink = std::make_unique<StoreWebhookSink>(*m_database);
    connect(m_sink.get(), &StoreWebhookSink::ingested, this, &Session::ingested);
    m_alerts = std::make_unique<AlertRepository>(*m_database);
    return true;
}

bool Session::listenForWebhooks(const WebhookReceiverConfig &config, QString *error)
{
    m_receiver = new WebhookReceiver(config, m_sink.get());
    if (m_receiver->listen() != 0)
        return true;
    *error = m_receiver->errorString();
    return false;
}

void Session::startDispatch(const TokenProvider &tokens, const GraphClientConfig &graphConfig,
                            MessagingTier tier)
{
    m_network = new QNetworkAccessManager(this);
    m_graph = new GraphClient(m_network, &tokens, graphConfig, this);
    m_outbox = new Outbox(*m_database, m_clock);
    m_dispatchers = new DispatcherSet(m_outbox->repository(), *m_graph, m_clock, tier);
    // A 190 pauses a number's sending and says so in the store's alerts, for every mode.
    m_dispatchers->setAlerts(m_alerts.get());
    for (const QString &number : phoneNumberIds())
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
}

void Session::loadPhoneNumbers()
{
    for (const QString &number : phoneNumberIds()) {
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

} // namespace sb

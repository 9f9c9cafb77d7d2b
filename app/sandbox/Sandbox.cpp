#include "Sandbox.h"

#include "Logging.h"
#include "SandboxCustomers.h"
#include "SandboxDelivery.h"
#include "SandboxHttp.h"
#include "SandboxHttpServer.h"
#include "SandboxInbound.h"
#include "SandboxRules.h"
#include "SandboxScenario.h"
#include "SandboxScheduler.h"
#include "SandboxWorld.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sb {

namespace {

constexpr qint64 kMediaUrlSeconds = 5 * 60; // a media URL is valid 5 minutes (spec §3)

QString statusField(const QJsonObject &body, const char *key)
{
    return body.value(QLatin1String(key)).toString();
}

} // namespace

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_world(std::make_unique<SandboxWorld>(std::move(config)))
{
    m_scheduler = std::make_unique<SandboxScheduler>(m_world->clock);
    m_webhooks =
        std::make_unique<SandboxWebhookSender>(m_world->config, m_world->clock, *m_scheduler);
    connect(m_webhooks.get(), &SandboxWebhookSender::delivered, this, &Sandbox::webhookDelivered);
    connect(m_webhooks.get(), &SandboxWebhookSender::deliveryFailed, this,
            [this](const QUrl &url, const QByteArray &, int status, int attempt) {
                Q_EMIT webhookFailed(url, status, attempt);
            });
    m_inbound = std::make_unique<SandboxInbound>(
        *m_world, [this](const QString &id) { return mediaUrl(id); });
    m_rules = std::make_unique<SandboxRules>(*m_world);
    m_delivery = std::make_unique<SandboxDelivery>(
        *m_world, *m_scheduler,
        [this](const SandboxSentMessage &sent, const SandboxStatusEvent &event) {
            onStatus(sent, event);
        });
    m_customers = std::make_unique<SandboxCustomers>(*m_world, *m_inbound);
    m_http = std::make_unique<SandboxHttp>(*this);
    m_server = std::make_unique<SandboxHttpServer>(
        [this](const SandboxRequest &request) { return m_http->handle(request); },
        m_world->config.maxRequestBytes);
    for (const TemplateDefinition &definition : sandboxTemplateCatalogue())
        m_world->templates.put(definition);
}

Sandbox::~Sandbox()
{
    // The server and the scheduler call back into the rest; they go first.
    m_server.reset();
    m_scheduler.reset();
}

quint16 Sandbox::listen()
{
    if (m_listening)
        return port();
    if (!m_server->listen(m_world->config.address, m_world->config.port)) {
        qCWarning(lcSandbox) << "cannot listen:" << m_server->errorString();
        return 0;
    }
    m_listening = true;
    if (m_world->config.scenario == SandboxScenarioKind::Demo)
        recordHistory(SandboxScenario::populateDemo(*m_world, *m_inbound));
    for (const QUrl &url : std::as_const(m_world->config.webhookUrls))
        addWebhook(url, m_world->config.webhookOptions);
    qCInfo(lcSandbox).noquote() << "sandbox listening on" << baseUrl().toDisplayString();
    return port();
}

bool Sandbox::isListening() const
{
    return m_listening;
}

quint16 Sandbox::port() const
{
    return m_listening ? m_server->port() : 0;
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress address = m_world->config.address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

QString Sandbox::errorString() const
{
    return m_server->errorString();
}

const SandboxConfig &Sandbox::config() const
{
    return m_world->config;
}

const Clock &Sandbox::clock() const
{
    return m_world->clock;
}

QDateTime Sandbox::now() const
{
    return m_world->clock.now();
}

void Sandbox::advanceClock(std::chrono::milliseconds by)
{
    m_world->clock.advance(by);
    m_scheduler->runDue();
}

void Sandbox::addWebhook(const QUrl &url, const SandboxWebhookOptions &options)
{
    const bool known = m_webhooks->hasEndpoint(url);
    m_webhooks->addEndpoint(url, options);
    if (!known && options.replayHistory) {
        for (const SandboxWebhookEvent &event : std::as_const(m_history))
            m_webhooks->postTo(url, event);
    }
}

bool Sandbox::removeWebhook(const QUrl &url)
{
    return m_webhooks->removeEndpoint(url);
}

QList<SandboxWebhookEndpointInfo> Sandbox::webhooks() const
{
    return m_webhooks->endpoints();
}

void Sandbox::setWebhookFault(SandboxWebhookFault fault)
{
    m_webhooks->setFault(fault);
}

SandboxWebhookFault Sandbox::webhookFault() const
{
    return m_webhooks->fault();
}

SandboxSendOutcome Sandbox::send(const QString &phoneNumberId, const QJsonObject &body,
                                 int apiMajorVersion)
{
    SandboxSendOutcome outcome;
    const SandboxPhoneNumber *phone = m_world->phone(phoneNumberId);
    if (!phone) {
        outcome.error = SandboxError::make(
            100,
            QStringLiteral("Unsupported post request. Object with ID '%1' does not exist")
                .arg(phoneNumberId));
        return outcome;
    }
    static const QStringList kUnregistered{QStringLiteral("DISCONNECTED"),
                                           QStringLiteral("PENDING"), QStringLiteral("OFFLINE"),
                                           QStringLiteral("UNVERIFIED"), QStringLiteral("DELETED")};
    if (phone->status == QLatin1String("BANNED")) {
        outcome.error =
            SandboxError::make(131031, QStringLiteral("The business account is locked"));
        return outcome;
    }
    if (kUnregistered.contains(phone->status)) {
        outcome.error =
            SandboxError::make(133010,
                               QStringLiteral("Phone number %1 is not registered (status %2)")
                                   .arg(phone->id, phone->status));
        return outcome;
    }
    SandboxSendDecision decision = m_rules->checkSend(*phone, body);
    if (decision.error) {
        outcome.error = decision.error;
        return outcome;
    }
    const QDateTime now = m_world->clock.now();
    SandboxSentMessage sent;
    sent.serial = m_world->ids.nextSerial();
    sent.wamid = m_world->ids.wamid(decision.waId);
    sent.phoneNumberId = phone->id;
    sent.input = decision.input;
    sent.waId = decision.waId;
    sent.message = decision.message;
    sent.message.platformId = sent.wamid;
    sent.message.timestamp = now;
    sent.request = body;
    sent.category = decision.category;
    sent.pricingType = decision.pricingType;
    sent.acceptedAt = now;
    sent.apiMajorVersion = apiMajorVersion;
    m_world->sentByWamid.insert(sent.wamid, m_world->sent.size());
    m_world->sent.append(sent);
    if (SandboxCustomer *customer = m_world->customer(decision.waId))
        ServiceWindow::recordBusinessReply(customer->windows[phone->id], now);
    m_delivery->schedule(sent);

    outcome.wamid = sent.wamid;
    outcome.response = QJsonObject{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("input"), decision.input},
                                {QStringLiteral("wa_id"), decision.waId}}}},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), sent.wamid}}}},
    };
    qCDebug(lcSandbox) << "accepted" << messageKindWireName(sent.message.kind) << "to" << sent.waId
                       << sent.wamid;
    Q_EMIT messageAccepted(sent.wamid, sent.waId);
    return outcome;
}

std::optional<SandboxError> Sandbox::markRead(const QString &phoneNumberId, const QJsonObject &body)
{
    const QString messageId = statusField(body, "message_id");
    const auto it = m_world->inbound.find(messageId);
    if (messageId.isEmpty() || it == m_world->inbound.end() || it->phoneNumberId != phoneNumberId) {
        return SandboxError::make(
            131009,
            QStringLiteral("message_id: %1 is not a message received by this phone number")
                .arg(messageId.isEmpty() ? QStringLiteral("(empty)") : messageId));
    }
    if (body.contains(QStringLiteral("typing_indicator"))) {
        const QString type = body.value(u"typing_indicator").toObject().value(u"type").toString();
        if (type != QLatin1String("text"))
            return SandboxError::make(131009,
                                      QStringLiteral("typing_indicator.type: must be \"text\""));
    }
    if (it->at.daysTo(m_world->clock.now()) > 30)
        return SandboxError::make(131009,
                                  QStringLiteral("message_id: messages older than 30 "
                                                 "days cannot be marked as read"));
    // Marking one message read marks the earlier ones of the chat too (spec §2).
    const QString from = it->from;
    const QDateTime until = it->at;
    for (SandboxInboundRecord &record : m_world->inbound) {
        if (record.from == from && record.phoneNumberId == phoneNumberId && record.at <= until)
            record.read = true;
    }
    return std::nullopt;
}

QString Sandbox::playInbound(const QString &waId, const QString &name, const QJsonObject &request,
                             QString *problem, const QString &phoneNumberId)
{
    QString ignored;
    QString &why = problem ? *problem : ignored;
    if (!m_listening) {
        why = tr("The sandbox is not listening yet; call listen() first.");
        return {};
    }
    QString digits;
    for (const QChar c : waId) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 7 || digits.size() > 15) {
        why = tr("The customer's wa_id must have 7 to 15 digits.");
        return {};
    }
    const QString phoneId = phoneNumberId.isEmpty() ? m_world->primaryPhone().id : phoneNumberId;
    if (!m_world->phone(phoneId)) {
        why = tr("Phone number %1 is not registered in the sandbox.").arg(phoneId);
        return {};
    }
    m_world->ensureCustomer(digits, name);
    const auto message = m_inbound->build(request, digits, phoneId, m_world->clock.now(), &why);
    if (!message)
        return {};
    return receiveInbound(digits, phoneId, *message, message->contains(QStringLiteral("referral")));
}

QString Sandbox::receiveInbound(const QString &waId, const QString &phoneNumberId,
                                const QJsonObject &message, bool freeEntryPoint)
{
    SandboxCustomer *customer = m_world->customer(waId);
    const SandboxPhoneNumber *phone = m_world->phone(phoneNumberId);
    if (!customer || !phone)
        return {};
    const QDateTime at =
        QDateTime::fromSecsSinceEpoch(message.value(u"timestamp").toString().toLongLong(), Qt::UTC);
    SandboxInboundRecord record;
    record.wamid = message.value(u"id").toString();
    record.from = waId;
    record.phoneNumberId = phoneNumberId;
    record.type = message.value(u"type").toString();
    record.at = at;
    m_world->inbound.insert(record.wamid, record);
    // Reactions and system notices do not open a window; every other customer message does.
    if (record.type != QLatin1String("reaction") && record.type != QLatin1String("system")) {
        ServiceWindow::recordInbound(customer->windows[phoneNumberId], at,
                                     freeEntryPoint ? InboundOrigin::EntryPoint
                                                    : InboundOrigin::Direct);
    }
    m_webhooks->post(sandboxpayloads::inboundMessage(*phone, *customer, message));
    Q_EMIT inboundPlayed(record.wamid, waId);
    return record.wamid;
}

void Sandbox::recordHistory(const QList<SandboxHistoryItem> &history)
{
    for (const SandboxHistoryItem &item : history) {
        SandboxCustomer *customer = m_world->customer(item.waId);
        const SandboxPhoneNumber *phone = m_world->phone(item.phoneNumberId);
        if (!customer || !phone)
            continue;
        SandboxInboundRecord record;
        record.wamid = item.message.value(u"id").toString();
        record.from = item.waId;
        record.phoneNumberId = item.phoneNumberId;
        record.type = item.message.value(u"type").toString();
        record.at = item.at;
        m_world->inbound.insert(record.wamid, record);
        if (record.type != QLatin1String("reaction") && record.type != QLatin1String("system"))
            ServiceWindow::recordInbound(customer->windows[item.phoneNumberId], item.at,
                                         item.freeEntryPoint ? InboundOrigin::EntryPoint
                                                             : InboundOrigin::Direct);
        m_history.append(sandboxpayloads::inboundMessage(*phone, *customer, item.message));
    }
    // The customer who stopped marketing said so before the sandbox started.
    for (const SandboxCustomer &customer : std::as_const(m_world->customers)) {
        if (customer.optedOutMarketing)
            m_history.append(sandboxpayloads::userPreference(m_world->primaryPhone(), customer,
                                                             QStringLiteral("stop"),
                                                             m_world->clock.now().addDays(-5)));
    }
}

void Sandbox::onStatus(const SandboxSentMessage &sent, const SandboxStatusEvent &event)
{
    const SandboxPhoneNumber *phone = m_world->phone(sent.phoneNumberId);
    if (!phone)
        return;
    // Pricing rides on "sent" and on "delivered" (every read message was delivered first).
    const bool withPricing =
        event.status == QLatin1String("sent") || event.status == QLatin1String("delivered");
    QDateTime expiry = sent.acceptedAt.addSecs(24 * 3600);
    if (sent.pricingType == QLatin1String("free_entry_point"))
        expiry = sent.acceptedAt.addSecs(72 * 3600);
    m_webhooks->post(sandboxpayloads::status(*phone, sent, event, withPricing, expiry));
    Q_EMIT statusChanged(sent.wamid, event.status);
    if (event.status != QLatin1String("read"))
        return;
    const SandboxCustomer *customer = m_world->customer(sent.waId);
    if (!customer)
        return;
    const auto reply = m_customers->replyTo(sent, *customer);
    if (!reply)
        return;
    const QString waId = sent.waId;
    const QString phoneId = sent.phoneNumberId;
    auto build = reply->build;
    m_scheduler->after(reply->delay, [this, waId, phoneId, build] {
        receiveInbound(waId, phoneId, build(m_world->clock.now()), false);
    });
}

QList<SandboxSentMessage> Sandbox::sentMessages() const
{
    return m_world->sent;
}

QByteArray Sandbox::mediaUrlKey() const
{
    return m_world->config.appSecret.toUtf8() + '/' + QByteArray::number(m_world->config.seed);
}

QUrl Sandbox::mediaUrl(const QString &mediaId, const QString &host) const
{
    QUrl url = baseUrl();
    if (!host.isEmpty()) {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        url.setHost(colon > 0 ? host.left(colon) : host);
        if (colon > 0)
            url.setPort(host.mid(colon + 1).toInt());
    }
    url.setPath(QStringLiteral("/whatsapp_business/attachments/"));
    url.setQuery(SandboxMediaStore::signedQuery(
        mediaId, m_world->clock.now().addSecs(kMediaUrlSeconds), mediaUrlKey()));
    return url;
}

QString Sandbox::mediaIdFromUrl(const QUrlQuery &query, bool *expired) const
{
    return SandboxMediaStore::idFromSignedQuery(query, m_world->clock.now(), mediaUrlKey(),
                                                expired);
}

} // namespace sb

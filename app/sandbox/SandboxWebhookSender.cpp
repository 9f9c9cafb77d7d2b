#include "SandboxWebhookSender.h"

#include "Logging.h"
#include "SandboxClock.h"
#include "SandboxIds.h"
#include "SandboxScheduler.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace sb {

SandboxWebhookSender::SandboxWebhookSender(const SandboxConfig &config, SandboxClock &clock,
                                           SandboxScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_scheduler(scheduler)
{
}

SandboxWebhookSender::~SandboxWebhookSender() = default;

void SandboxWebhookSender::addEndpoint(const QUrl &url, const SandboxWebhookOptions &options)
{
    if (Endpoint *existing = find(url)) {
        existing->options = options;
        return;
    }
    auto endpoint = std::make_unique<Endpoint>();
    endpoint->url = url;
    endpoint->options = options;
    endpoint->windowTimer = std::make_unique<QTimer>();
    endpoint->windowTimer->setSingleShot(true);
    Endpoint *raw = endpoint.get();
    connect(endpoint->windowTimer.get(), &QTimer::timeout, this, [this, url] {
        if (Endpoint *target = find(url))
            flush(*target);
    });
    m_endpoints.push_back(std::move(endpoint));
    qCInfo(lcSandbox).noquote() << "webhook endpoint registered:" << raw->url.toDisplayString();
}

bool SandboxWebhookSender::removeEndpoint(const QUrl &url)
{
    const auto it = std::find_if(m_endpoints.begin(), m_endpoints.end(),
                                 [&url](const auto &endpoint) { return endpoint->url == url; });
    if (it == m_endpoints.end())
        return false;
    m_endpoints.erase(it);
    return true;
}

bool SandboxWebhookSender::hasEndpoint(const QUrl &url) const
{
    return std::any_of(m_endpoints.begin(), m_endpoints.end(),
                       [&url](const auto &endpoint) { return endpoint->url == url; });
}

QList<SandboxWebhookEndpointInfo> SandboxWebhookSender::endpoints() const
{
    QList<SandboxWebhookEndpointInfo> list;
    for (const auto &endpoint : m_endpoints) {
        list.append({endpoint->url, endpoint->options, endpoint->delivered,
                     endpoint->failedAttempts,
                     int(endpoint->outbox.size() + endpoint->gathering.size())
                         + endpoint->retriesScheduled + (endpoint->inFlight ? 1 : 0)});
    }
    return list;
}

void SandboxWebhookSender::post(const SandboxWebhookEvent &event)
{
    for (const auto &endpoint : m_endpoints)
        enqueue(*endpoint, event);
}

void SandboxWebhookSender::postTo(const QUrl &url, const SandboxWebhookEvent &event)
{
    if (Endpoint *endpoint = find(url))
        enqueue(*endpoint, event);
}

void SandboxWebhookSender::setFault(SandboxWebhookFault fault)
{
    m_fault = fault;
    if (fault == SandboxWebhookFault::None) {
        for (const auto &endpoint : m_endpoints)
            pump(*endpoint);
    }
}

QByteArray SandboxWebhookSender::envelope(const QList<SandboxWebhookEvent> &events) const
{
    QJsonArray changes;
    bool management = false;
    for (const SandboxWebhookEvent &event : events) {
        changes.append(QJsonObject{{QStringLiteral("field"), event.field},
                                   {QStringLiteral("value"), event.value}});
        management = management || event.field != QLatin1String("messages");
    }
    QJsonObject entry{{QStringLiteral("id"), m_config.wabaId},
                      {QStringLiteral("changes"), changes}};
    if (management)
        entry.insert(QStringLiteral("time"), m_clock.now().toSecsSinceEpoch());
    const QJsonObject root{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray SandboxWebhookSender::signature(const QByteArray &body, const QString &appSecret)
{
    // The same function the app's receiver trusts, so both sides agree on the exact format.
    return WebhookReceiver::signatureHeader(body, appSecret.toUtf8());
}

SandboxWebhookSender::Endpoint *SandboxWebhookSender::find(const QUrl &url)
{
    for (const auto &endpoint : m_endpoints) {
        if (endpoint->url == url)
            return endpoint.get();
    }
    return nullptr;
}

void SandboxWebhookSender::enqueue(Endpoint &endpoint, const SandboxWebhookEvent &event)
{
    endpoint.gathering.append(event);
    const SandboxWebhookOptions &options = endpoint.options;
    if (options.batchSize <= 1 && !options.reorder) {
        flush(endpoint);
        return;
    }
    if (!options.reorder && endpoint.gathering.size() >= options.batchSize) {
        flush(endpoint);
        return;
    }
    if (!endpoint.windowTimer->isActive()) {
        const auto window =
            std::max(options.reorder ? options.reorderWindow : std::chrono::milliseconds(0),
                     options.batchSize > 1 ? options.batchWindow : std::chrono::milliseconds(0));
        endpoint.windowTimer->start(window);
    }
}

void SandboxWebhookSender::flush(Endpoint &endpoint)
{
    endpoint.windowTimer->stop();
    QList<SandboxWebhookEvent> events = std::exchange(endpoint.gathering, {});
    if (events.isEmpty())
        return;
    if (endpoint.options.reorder && events.size() > 1) {
        const QList<SandboxWebhookEvent> original = events;
        auto engine =
            sandboxEngine(m_config.seed, ++endpoint.shuffles, SandboxStream::WebhookOrder);
        std::shuffle(events.begin(), events.end(), engine);
        // A shuffle that changes nothing would make "reorder" invisible on small batches.
        const bool unchanged = std::equal(
            events.begin(), events.end(), original.begin(),
            [](const auto &a, const auto &b) { return a.field == b.field && a.value == b.value; });
        if (unchanged)
            std::reverse(events.begin(), events.end());
    }
    const qsizetype size = std::max(1, endpoint.options.batchSize);
    for (qsizetype from = 0; from < events.size(); from += size) {
        Payload payload;
        payload.body = envelope(events.mid(from, size));
        endpoint.outbox.append(payload);
        if (endpoint.options.duplicate)
            endpoint.outbox.append(payload);
    }
    pump(endpoint);
}

void SandboxWebhookSender::pump(Endpoint &endpoint)
{
    if (endpoint.inFlight || endpoint.outbox.isEmpty() || m_fault == SandboxWebhookFault::Pause)
        return;
    Payload payload = endpoint.outbox.takeFirst();
    ++payload.attempt;
    if (!payload.firstTriedAt.isValid())
        payload.firstTriedAt = m_clock.now();
    const QUrl url = endpoint.url;
    if (m_fault == SandboxWebhookFault::Fail) {
        endpoint.inFlight = true;
        QTimer::singleShot(0, this, [this, url, payload] { finished(url, payload, 0, false); });
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", signature(payload.body, m_config.appSecret));
    request.setRawHeader("User-Agent", "facebookexternalua");
    request.setTransferTimeout(int(m_config.webhookTimeout.count()));
    endpoint.inFlight = true;
    QNetworkReply *reply = m_network.post(request, payload.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, payload] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finished(url, payload, status, status >= 200 && status < 300);
    });
}

void SandboxWebhookSender::finished(const QUrl &url, Payload payload, int httpStatus, bool ok)
{
    Endpoint *endpoint = find(url);
    if (!endpoint)
        return; // unregistered meanwhile
    endpoint->inFlight = false;
    if (ok) {
        ++endpoint->delivered;
        Q_EMIT delivered(url, payload.body, httpStatus);
    } else {
        ++endpoint->failedAttempts;
        // The first failure of a payload is news; its retries only matter when debugging.
        if (payload.attempt == 1)
            qCInfo(lcSandbox).noquote() << "webhook delivery to" << url.toDisplayString()
                                        << "failed, HTTP" << httpStatus << "- retrying";
        else
            qCDebug(lcSandbox).noquote() << "webhook retry" << payload.attempt << "to"
                                         << url.toDisplayString() << "failed, HTTP" << httpStatus;
        Q_EMIT deliveryFailed(url, payload.body, httpStatus, payload.attempt);
        scheduleRetry(*endpoint, std::move(payload));
    }
    pump(*endpoint);
}

void SandboxWebhookSender::scheduleRetry(Endpoint &endpoint, Payload payload)
{
    const QDateTime now = m_clock.now();
    if (payload.firstTriedAt.msecsTo(now) >= m_config.webhookRetryFor.count()) {
        qCWarning(lcSandbox) << "webhook payload dropped after retrying for"
                             << m_config.webhookRetryFor.count() / 1000 << "s";
        return;
    }
    // Meta retries at once, then with exponentially growing gaps.
    qint64 delay = 0;
    if (payload.attempt >= 2) {
        const int shift = std::min(payload.attempt - 2, 30);
        delay = std::min<qint64>(m_config.webhookRetryCap.count(),
                                 m_config.webhookRetryBase.count() << shift);
    }
    ++endpoint.retriesScheduled;
    const QUrl url = endpoint.url;
    m_scheduler.after(std::chrono::milliseconds(delay), [this, url, payload] {
        Endpoint *target = find(url);
        if (!target)
            return;
        --target->retriesScheduled;
        target->outbox.prepend(payload);
        pump(*target);
    });
}

} // namespace sb

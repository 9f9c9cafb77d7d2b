#pragma once

#include "SandboxConfig.h"
#include "SandboxError.h"
#include "SandboxState.h"
#include "SandboxWebhookSender.h"
#include "Template.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

namespace sb {

class Clock;
class SandboxCustomers;
class SandboxDelivery;
class SandboxHttp;
class SandboxHttpServer;
class SandboxInbound;
class SandboxRules;
class SandboxScheduler;
struct SandboxHistoryItem;
struct SandboxWorld;

// The answer to a send request: the §1.1 success body, or an error.
struct SandboxSendOutcome
{
    std::optional<SandboxError> error;
    QString wamid;
    QJsonObject response; // {"messaging_product","contacts":[{input,wa_id}],"messages":[{id}]}
};

// A change to a registered number (POST /_sandbox/phone). Unset fields stay as they are.
struct SandboxPhoneUpdate
{
    QString phoneNumberId; // empty: the primary number
    std::optional<QString> qualityRating; // GREEN, YELLOW, RED, UNKNOWN
    std::optional<QString> messagingTier; // TIER_250 ... TIER_UNLIMITED
    std::optional<int> throughputMps;
    std::optional<QString> status; // CONNECTED, FLAGGED, RESTRICTED, BANNED, DISCONNECTED, ...
    bool denyTierIncrease =
        false; // emits account_alerts INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED
};

// A change to a customer (POST /_sandbox/customers). Unset fields stay as they are.
struct SandboxCustomerUpdate
{
    QString waId;
    std::optional<QString> name;
    std::optional<QString> language;
    std::optional<bool> optedOutMarketing; // emits user_preferences stop / resume
    std::optional<bool> unreachable;
    std::optional<bool> replies;
};

// The stand-in for Meta's Cloud API (architecture §6): versioned Graph routes with the real JSON
// shapes, rules and error codes, simulated customers, status progression and signed webhooks,
// plus the /_sandbox/ control API. Runs inside the app (construct, listen(), register the app's
// webhook URL) or as switchboard-sandbox. Everything runs on the thread that owns it.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Starts serving, seeds the scenario and registers config().webhookUrls. Returns the port,
    // or 0 when the address cannot be bound (errorString() says why). Idempotent.
    quint16 listen();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://<address>:<port>, the Graph base URL for the client
    QString errorString() const;
    const SandboxConfig &config() const;

    // The sandbox clock; windows, statuses, retries and customer replies follow it.
    const Clock &clock() const;
    QDateTime now() const;
    void advanceClock(std::chrono::milliseconds by);

    // Webhook endpoints. A new endpoint first receives the scenario's history (if asked).
    void addWebhook(const QUrl &url, const SandboxWebhookOptions &options = {});
    bool removeWebhook(const QUrl &url);
    QList<SandboxWebhookEndpointInfo> webhooks() const;
    void setWebhookFault(SandboxWebhookFault fault);
    SandboxWebhookFault webhookFault() const;

    // What the Graph routes do, callable in-process too.
    SandboxSendOutcome send(const QString &phoneNumberId, const QJsonObject &body,
                            int apiMajorVersion = 0);
    std::optional<SandboxError> markRead(const QString &phoneNumberId, const QJsonObject &body);

    // Plays a customer message (the shorthand or webhook shape of POST /_sandbox/inbound).
    // Returns its wamid, or an empty string and `problem`.
    QString playInbound(const QString &waId, const QString &name, const QJsonObject &request,
                        QString *problem, const QString &phoneNumberId = {});

    bool updatePhone(const SandboxPhoneUpdate &update, QString *problem);
    bool updateCustomer(const SandboxCustomerUpdate &update, QString *problem);
    // Adds or replaces a template; emits message_template_status_update with its status.
    void putTemplate(const TemplateDefinition &definition);
    bool setTemplateStatus(const QString &name, const QString &language, TemplateStatus status,
                           const QString &reason, QString *problem);

    QList<SandboxSentMessage> sentMessages() const;
    // Read access for inspection; the routes and tests use the mutable one.
    const SandboxWorld &world() const { return *m_world; }
    SandboxWorld &world() { return *m_world; }
    // A media download URL for `mediaId` (valid 5 minutes of sandbox time).
    QUrl mediaUrl(const QString &mediaId, const QString &host = {}) const;
    // The media id a download URL's query names, if its signature holds; `expired` tells a
    // genuine but outdated URL (answered 404, so the client fetches a fresh one) from a forged one.
    QString mediaIdFromUrl(const QUrlQuery &query, bool *expired) const;

Q_SIGNALS:
    void messageAccepted(const QString &wamid, const QString &waId);
    void statusChanged(const QString &wamid, const QString &status);
    void inboundPlayed(const QString &wamid, const QString &waId);
    void webhookDelivered(const QUrl &url, const QByteArray &body, int httpStatus);
    void webhookFailed(const QUrl &url, int httpStatus, int attempt);

private:
    void recordHistory(const QList<SandboxHistoryItem> &history);
    QString receiveInbound(const QString &waId, const QString &phoneNumberId,
                           const QJsonObject &message, bool freeEntryPoint);
    void onStatus(const SandboxSentMessage &sent, const SandboxStatusEvent &event);
    void emitPhoneEvents(const SandboxPhoneNumber &before, const SandboxPhoneNumber &after,
                         bool denyTierIncrease);
    QByteArray mediaUrlKey() const;

    std::unique_ptr<SandboxWorld> m_world;
    std::unique_ptr<SandboxScheduler> m_scheduler;
    std::unique_ptr<SandboxWebhookSender> m_webhooks;
    std::unique_ptr<SandboxInbound> m_inbound;
    std::unique_ptr<SandboxRules> m_rules;
    std::unique_ptr<SandboxDelivery> m_delivery;
    std::unique_ptr<SandboxCustomers> m_customers;
    std::unique_ptr<SandboxHttp> m_http;
    std::unique_ptr<SandboxHttpServer> m_server;
    QList<SandboxWebhookEvent> m_history; // the scenario's inbound messages, for new endpoints
    bool m_listening = false;
};

} // namespace sb

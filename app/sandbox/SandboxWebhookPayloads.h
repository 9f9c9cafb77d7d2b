#pragma once

#include "SandboxState.h"
#include "Template.h"

#include <QJsonObject>
#include <QString>

// Builders for the `changes[]` elements the platform posts (spec §5.3-§5.5). Each returns the
// `value` object; SandboxWebhookSender wraps values into the envelope. Descriptive texts in them
// are Meta's English wire content (clients must not parse them), so they are not translated.
namespace sb {

// One webhook event before batching: the field it belongs to and its value.
struct SandboxWebhookEvent
{
    QString field;
    QJsonObject value;
};

namespace sandboxpayloads {

QJsonObject metadata(const SandboxPhoneNumber &phone);

// `messages` value carrying one customer message (`message` in webhook shape).
SandboxWebhookEvent inboundMessage(const SandboxPhoneNumber &phone, const SandboxCustomer &customer,
                                   const QJsonObject &message);

// `messages` value carrying one status of `sent`. Pricing rides on sent and on the first of
// delivered/read; the conversation object only before v24 or inside a free-entry-point window.
SandboxWebhookEvent status(const SandboxPhoneNumber &phone, const SandboxSentMessage &sent,
                           const SandboxStatusEvent &event, bool withPricing,
                           const QDateTime &conversationExpiry);

// message_template_status_update; `event` is the status wire name or REINSTATED.
SandboxWebhookEvent templateStatus(const TemplateDefinition &definition, const QString &event,
                                   const QString &reason, const QString &otherInfoTitle);

// phone_number_quality_update (ONBOARDING, THROUGHPUT_UPGRADE and the legacy FLAGGED,
// UNFLAGGED, UPGRADE, DOWNGRADE events).
SandboxWebhookEvent phoneQuality(const SandboxPhoneNumber &phone, const QString &event,
                                 const QString &oldTier);

// business_capability_update after a messaging-limit change (-1 = unlimited).
SandboxWebhookEvent businessCapability(qint64 maxDailyConversations, int maxPhoneNumbers);

// account_alerts, e.g. INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED.
SandboxWebhookEvent accountAlert(const QString &entityType, const QString &entityId,
                                 const QString &alertType, const QString &severity,
                                 const QString &description);

// user_preferences: the customer stopped ("stop") or resumed ("resume") marketing messages.
SandboxWebhookEvent userPreference(const SandboxPhoneNumber &phone, const SandboxCustomer &customer,
                                   const QString &value, const QDateTime &at);

QString unixSeconds(const QDateTime &at);

} // namespace sandboxpayloads
} // namespace sb

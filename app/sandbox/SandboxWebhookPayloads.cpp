#include "SandboxWebhookPayloads.h"

#include <QJsonArray>

namespace sb::sandboxpayloads {

namespace {

const QString kWhatsapp = QStringLiteral("whatsapp");

QJsonObject contactOf(const SandboxCustomer &customer)
{
    return QJsonObject{
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), customer.name}}},
        {QStringLiteral("wa_id"), customer.waId},
    };
}

} // namespace

QString unixSeconds(const QDateTime &at)
{
    return QString::number(at.toSecsSinceEpoch());
}

QJsonObject metadata(const SandboxPhoneNumber &phone)
{
    return QJsonObject{
        {QStringLiteral("display_phone_number"), phone.displayPhoneNumber},
        {QStringLiteral("phone_number_id"), phone.id},
    };
}

SandboxWebhookEvent inboundMessage(const SandboxPhoneNumber &phone, const SandboxCustomer &customer,
                                   const QJsonObject &message)
{
    QJsonObject value{
        {QStringLiteral("messaging_product"), kWhatsapp},
        {QStringLiteral("metadata"), metadata(phone)},
        {QStringLiteral("messages"), QJsonArray{message}},
    };
    // System messages (a changed number) carry no contacts array.
    if (message.value(QStringLiteral("type")).toString() != QLatin1String("system"))
        value.insert(QStringLiteral("contacts"), QJsonArray{contactOf(customer)});
    return {QStringLiteral("messages"), value};
}

SandboxWebhookEvent status(const SandboxPhoneNumber &phone, const SandboxSentMessage &sent,
                           const SandboxStatusEvent &event, bool withPricing,
                           const QDateTime &conversationExpiry)
{
    QJsonObject status{
        {QStringLiteral("id"), sent.wamid},
        {QStringLiteral("status"), event.status},
        {QStringLiteral("timestamp"), unixSeconds(event.at)},
        {QStringLiteral("recipient_id"), sent.waId},
    };
    if (!sent.message.bizOpaqueCallbackData.isEmpty())
        status.insert(QStringLiteral("biz_opaque_callback_data"),
                      sent.message.bizOpaqueCallbackData);
    if (event.error) {
        status.insert(QStringLiteral("errors"), QJsonArray{event.error->webhookObject()});
    } else if (withPricing) {
        const bool freeEntryPoint = sent.pricingType == QLatin1String("free_entry_point");
        const bool legacy = sent.apiMajorVersion > 0 && sent.apiMajorVersion < 24;
        if (freeEntryPoint || legacy) {
            QJsonObject conversation{
                {QStringLiteral("id"),
                 QString::fromLatin1(sent.wamid.toLatin1().toHex().right(32))},
                {QStringLiteral("origin"),
                 QJsonObject{
                     {QStringLiteral("type"),
                      freeEntryPoint ? QStringLiteral("referral_conversion") : sent.category}}},
            };
            if (event.status == QLatin1String("sent") && conversationExpiry.isValid())
                conversation.insert(QStringLiteral("expiration_timestamp"),
                                    unixSeconds(conversationExpiry));
            status.insert(QStringLiteral("conversation"), conversation);
        }
        status.insert(
            QStringLiteral("pricing"),
            QJsonObject{
                {QStringLiteral("billable"), sent.pricingType == QLatin1String("regular")},
                {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                {QStringLiteral("type"), sent.pricingType},
                {QStringLiteral("category"),
                 freeEntryPoint ? QStringLiteral("referral_conversion") : sent.category},
            });
    }
    QJsonObject value{
        {QStringLiteral("messaging_product"), kWhatsapp},
        {QStringLiteral("metadata"), metadata(phone)},
        {QStringLiteral("statuses"), QJsonArray{status}},
    };
    return {QStringLiteral("messages"), value};
}

SandboxWebhookEvent templateStatus(const TemplateDefinition &definition, const QString &event,
                                   const QString &reason, const QString &otherInfoTitle)
{
    QJsonObject value{
        {QStringLiteral("event"), event},
        {QStringLiteral("message_template_id"), definition.id.toLongLong()},
        {QStringLiteral("message_template_name"), definition.name},
        {QStringLiteral("message_template_language"), definition.language},
        {QStringLiteral("message_template_category"),
         templateCategoryWireName(definition.category)},
        {QStringLiteral("reason"), reason.isEmpty() ? QStringLiteral("NONE") : reason},
    };
    if (!otherInfoTitle.isEmpty()) {
        value.insert(QStringLiteral("other_info"),
                     QJsonObject{{QStringLiteral("title"), otherInfoTitle},
                                 {QStringLiteral("description"),
                                  QStringLiteral("Your message template %1 changed to %2.")
                                      .arg(definition.name, event)}});
    }
    if (event == QLatin1String("REJECTED")) {
        value.insert(QStringLiteral("rejection_info"),
                     QJsonObject{{QStringLiteral("reason"), reason},
                                 {QStringLiteral("recommendation"),
                                  QStringLiteral("Review the template guidelines and submit an "
                                                 "edited template.")}});
    }
    return {QStringLiteral("message_template_status_update"), value};
}

SandboxWebhookEvent phoneQuality(const SandboxPhoneNumber &phone, const QString &event,
                                 const QString &oldTier)
{
    QJsonObject value{
        {QStringLiteral("display_phone_number"), phone.displayPhoneNumber},
        {QStringLiteral("event"), event},
        {QStringLiteral("max_daily_conversations_per_business"), phone.messagingTier},
    };
    if (!oldTier.isEmpty())
        value.insert(QStringLiteral("old_limit"), oldTier);
    return {QStringLiteral("phone_number_quality_update"), value};
}

SandboxWebhookEvent businessCapability(qint64 maxDailyConversations, int maxPhoneNumbers)
{
    QJsonObject value{
        {QStringLiteral("max_daily_conversations_per_business"), maxDailyConversations},
        {QStringLiteral("max_phone_numbers_per_business"), maxPhoneNumbers},
    };
    return {QStringLiteral("business_capability_update"), value};
}

SandboxWebhookEvent accountAlert(const QString &entityType, const QString &entityId,
                                 const QString &alertType, const QString &severity,
                                 const QString &description)
{
    QJsonObject value{
        {QStringLiteral("entity_type"), entityType},
        {QStringLiteral("entity_id"), entityId},
        {QStringLiteral("alert_info"),
         QJsonObject{{QStringLiteral("alert_severity"), severity},
                     {QStringLiteral("alert_status"), QStringLiteral("ACTIVE")},
                     {QStringLiteral("alert_type"), alertType},
                     {QStringLiteral("alert_description"), description}}},
    };
    return {QStringLiteral("account_alerts"), value};
}

SandboxWebhookEvent userPreference(const SandboxPhoneNumber &phone, const SandboxCustomer &customer,
                                   const QString &value, const QDateTime &at)
{
    const QJsonObject preference{
        {QStringLiteral("wa_id"), customer.waId},
        {QStringLiteral("detail"),
         value == QLatin1String("stop")
             ? QStringLiteral("User requested to stop marketing messages")
             : QStringLiteral("User requested to resume marketing "
                              "messages")},
        {QStringLiteral("category"), QStringLiteral("marketing_messages")},
        {QStringLiteral("value"), value},
        {QStringLiteral("timestamp"), at.toSecsSinceEpoch()},
    };
    QJsonObject body{
        {QStringLiteral("messaging_product"), kWhatsapp},
        {QStringLiteral("metadata"), metadata(phone)},
        {QStringLiteral("contacts"), QJsonArray{contactOf(customer)}},
        {QStringLiteral("user_preferences"), QJsonArray{preference}},
    };
    return {QStringLiteral("user_preferences"), body};
}

} // namespace sb::sandboxpayloads

#include "WebhookEventJson.h"

#include "MessageJson.h"

#include <QJsonArray>

#include <iterator>

namespace sb {

namespace {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Drops empty strings and nulls so the lines stay short and diffs stay readable.
void put(QJsonObject &o, const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return;
    o.insert(key, value);
}

QJsonObject origin(const WebhookOrigin &origin, const QString &event)
{
    QJsonObject o{{QStringLiteral("event"), event}};
    put(o, QStringLiteral("waba_id"), origin.wabaId);
    put(o, QStringLiteral("field"), origin.field);
    put(o, QStringLiteral("phone_number_id"), origin.phoneNumberId);
    put(o, QStringLiteral("display_phone_number"), origin.displayPhoneNumber);
    put(o, QStringLiteral("entry_time"), time(origin.entryTime));
    return o;
}

QJsonArray errors(const QList<WebhookError> &list)
{
    QJsonArray out;
    for (const WebhookError &e : list) {
        QJsonObject o{{QStringLiteral("code"), e.code}};
        put(o, QStringLiteral("title"), e.title);
        put(o, QStringLiteral("message"), e.message);
        put(o, QStringLiteral("details"), e.details);
        put(o, QStringLiteral("href"), e.href);
        out.append(o);
    }
    return out;
}

QJsonObject contact(const WebhookContact &c)
{
    QJsonObject o;
    put(o, QStringLiteral("name"), c.profileName);
    put(o, QStringLiteral("wa_id"), c.waId);
    put(o, QStringLiteral("user_id"), c.userId);
    put(o, QStringLiteral("parent_user_id"), c.parentUserId);
    put(o, QStringLiteral("username"), c.username);
    put(o, QStringLiteral("identity_key_hash"), c.identityKeyHash);
    return o;
}

void putTemplate(QJsonObject &o, const TemplateRef &t)
{
    put(o, QStringLiteral("template_id"), t.id);
    put(o, QStringLiteral("template_name"), t.name);
    put(o, QStringLiteral("template_language"), t.language);
}

QJsonValue optionalNumber(const std::optional<qint64> &n)
{
    return n ? QJsonValue(double(*n)) : QJsonValue();
}

struct ToJson
{
    QJsonObject operator()(const InboundMessageEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("inbound_message"));
        o.insert(QStringLiteral("kind"), messageKindWireName(e.message.kind));
        put(o, QStringLiteral("id"), e.message.platformId);
        put(o, QStringLiteral("from"), e.message.from);
        put(o, QStringLiteral("from_user_id"), e.message.fromUserId);
        put(o, QStringLiteral("from_parent_user_id"), e.fromParentUserId);
        put(o, QStringLiteral("timestamp"), time(e.message.timestamp));
        const QJsonObject who = contact(e.contact);
        if (!who.isEmpty())
            o.insert(QStringLiteral("contact"), who);
        o.insert(QStringLiteral("message"), toInboundMessage(e.message));
        return o;
    }
    QJsonObject operator()(const StatusEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("status"));
        put(o, QStringLiteral("id"), e.messageId);
        put(o, QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("known_status"), e.state.has_value());
        put(o, QStringLiteral("timestamp"), time(e.timestamp));
        put(o, QStringLiteral("recipient_id"), e.recipientId);
        put(o, QStringLiteral("recipient_user_id"), e.recipientUserId);
        put(o, QStringLiteral("recipient_parent_user_id"), e.recipientParentUserId);
        put(o, QStringLiteral("recipient_type"), e.recipientType);
        put(o, QStringLiteral("recipient_participant_id"), e.recipientParticipantId);
        put(o, QStringLiteral("recipient_identity_key_hash"), e.recipientIdentityKeyHash);
        put(o, QStringLiteral("biz_opaque_callback_data"), e.bizOpaqueCallbackData);
        if (e.conversation) {
            QJsonObject c;
            put(c, QStringLiteral("id"), e.conversation->id);
            put(c, QStringLiteral("expiration"), time(e.conversation->expiration));
            put(c, QStringLiteral("origin_type"), e.conversation->originType);
            o.insert(QStringLiteral("conversation"), c);
        }
        if (e.pricing) {
            QJsonObject p;
            if (e.pricing->billable)
                p.insert(QStringLiteral("billable"), *e.pricing->billable);
            put(p, QStringLiteral("pricing_model"), e.pricing->pricingModel);
            put(p, QStringLiteral("type"), e.pricing->type);
            put(p, QStringLiteral("category"), e.pricing->category);
            o.insert(QStringLiteral("pricing"), p);
        }
        if (!e.errors.isEmpty())
            o.insert(QStringLiteral("errors"), errors(e.errors));
        return o;
    }
    QJsonObject operator()(const SystemErrorEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("system_error"));
        o.insert(QStringLiteral("errors"), errors(e.errors));
        return o;
    }
    QJsonObject operator()(const TemplateStatusEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("template_status"));
        putTemplate(o, e.tmpl);
        put(o, QStringLiteral("status"), e.event);
        put(o, QStringLiteral("reason"), e.reason);
        put(o, QStringLiteral("category"), e.category);
        put(o, QStringLiteral("disable_date"), e.disableDate);
        put(o, QStringLiteral("other_info_title"), e.otherInfoTitle);
        put(o, QStringLiteral("other_info_description"), e.otherInfoDescription);
        put(o, QStringLiteral("rejection_reason"), e.rejectionReason);
        put(o, QStringLiteral("rejection_recommendation"), e.rejectionRecommendation);
        return o;
    }
    QJsonObject operator()(const TemplateQualityEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("template_quality"));
        putTemplate(o, e.tmpl);
        put(o, QStringLiteral("previous_quality"), e.previousQualityScore);
        put(o, QStringLiteral("quality"), e.newQualityScore);
        return o;
    }
    QJsonObject operator()(const TemplateCategoryEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("template_category"));
        putTemplate(o, e.tmpl);
        o.insert(QStringLiteral("impending"), e.impending);
        put(o, QStringLiteral("previous_category"), e.previousCategory);
        put(o, QStringLiteral("new_category"), e.newCategory);
        put(o, QStringLiteral("correct_category"), e.correctCategory);
        put(o, QStringLiteral("category_update_time"), time(e.categoryUpdateTime));
        return o;
    }
    QJsonObject operator()(const TemplateComponentsEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("template_components"));
        putTemplate(o, e.tmpl);
        put(o, QStringLiteral("body"), e.element);
        put(o, QStringLiteral("title"), e.title);
        put(o, QStringLiteral("footer"), e.footer);
        QJsonArray buttons;
        for (const TemplateButtonInfo &b : e.buttons) {
            QJsonObject button;
            put(button, QStringLiteral("type"), b.type);
            put(button, QStringLiteral("text"), b.text);
            put(button, QStringLiteral("url"), b.url);
            put(button, QStringLiteral("phone_number"), b.phoneNumber);
            buttons.append(button);
        }
        if (!buttons.isEmpty())
            o.insert(QStringLiteral("buttons"), buttons);
        return o;
    }
    QJsonObject operator()(const PhoneQualityEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("phone_quality"));
        put(o, QStringLiteral("display_phone_number"), e.displayPhoneNumber);
        put(o, QStringLiteral("quality_event"), e.event);
        o.insert(QStringLiteral("legacy"), e.isLegacyEvent());
        put(o, QStringLiteral("current_limit"), e.currentLimit);
        put(o, QStringLiteral("old_limit"), e.oldLimit);
        put(o, QStringLiteral("max_daily_conversations_per_business"),
            e.maxDailyConversationsPerBusiness);
        return o;
    }
    QJsonObject operator()(const CapabilityEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("capability"));
        put(o, QStringLiteral("max_daily_conversation_per_phone"),
            optionalNumber(e.maxDailyConversationPerPhone));
        put(o, QStringLiteral("max_daily_conversations_per_business"),
            optionalNumber(e.maxDailyConversationsPerBusiness));
        put(o, QStringLiteral("max_phone_numbers_per_business"),
            optionalNumber(e.maxPhoneNumbersPerBusiness));
        put(o, QStringLiteral("max_phone_numbers_per_waba"),
            optionalNumber(e.maxPhoneNumbersPerWaba));
        return o;
    }
    QJsonObject operator()(const AccountUpdateEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("account_update"));
        put(o, QStringLiteral("account_event"), e.event);
        put(o, QStringLiteral("phone_number"), e.phoneNumber);
        QJsonArray restrictions;
        for (const AccountRestriction &r : e.restrictions) {
            QJsonObject ro;
            put(ro, QStringLiteral("type"), r.type);
            put(ro, QStringLiteral("expiration"), time(r.expiration));
            put(ro, QStringLiteral("remediation"), r.remediation);
            restrictions.append(ro);
        }
        if (!restrictions.isEmpty())
            o.insert(QStringLiteral("restrictions"), restrictions);
        put(o, QStringLiteral("violation_type"), e.violationType);
        put(o, QStringLiteral("ban_state"), e.banState);
        put(o, QStringLiteral("ban_date"), e.banDate);
        if (e.volumeTier) {
            QJsonObject v;
            put(v, QStringLiteral("tier_update_time"), time(e.volumeTier->tierUpdateTime));
            put(v, QStringLiteral("pricing_category"), e.volumeTier->pricingCategory);
            put(v, QStringLiteral("tier"), e.volumeTier->tier);
            put(v, QStringLiteral("effective_month"), e.volumeTier->effectiveMonth);
            put(v, QStringLiteral("region"), e.volumeTier->region);
            o.insert(QStringLiteral("volume_tier"), v);
        }
        put(o, QStringLiteral("disconnection_reason"), e.disconnectionReason);
        put(o, QStringLiteral("disconnection_initiated_by"), e.disconnectionInitiatedBy);
        return o;
    }
    QJsonObject operator()(const AccountAlertEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("account_alert"));
        put(o, QStringLiteral("entity_type"), e.entityType);
        put(o, QStringLiteral("entity_id"), e.entityId);
        put(o, QStringLiteral("severity"), e.alertSeverity);
        put(o, QStringLiteral("status"), e.alertStatus);
        put(o, QStringLiteral("type"), e.alertType);
        put(o, QStringLiteral("description"), e.alertDescription);
        return o;
    }
    QJsonObject operator()(const UserPreferencesEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("user_preferences"));
        QJsonArray prefs;
        for (const UserPreference &p : e.preferences) {
            QJsonObject po;
            put(po, QStringLiteral("wa_id"), p.waId);
            put(po, QStringLiteral("user_id"), p.userId);
            put(po, QStringLiteral("category"), p.category);
            put(po, QStringLiteral("value"), p.value);
            put(po, QStringLiteral("detail"), p.detail);
            put(po, QStringLiteral("timestamp"), time(p.timestamp));
            prefs.append(po);
        }
        o.insert(QStringLiteral("preferences"), prefs);
        return o;
    }
    QJsonObject operator()(const UnknownFieldEvent &e) const
    {
        QJsonObject o = origin(e.origin, QStringLiteral("unknown_field"));
        o.insert(QStringLiteral("value"), e.value);
        return o;
    }
};

} // namespace

QJsonObject toJson(const WebhookEvent &event)
{
    return std::visit(ToJson{}, event);
}

QString eventName(const WebhookEvent &event)
{
    // In the order of the WebhookEvent alternatives.
    static constexpr const char *names[] = {
        "inbound_message",     "status",           "system_error",
        "template_status",     "template_quality", "template_category",
        "template_components", "phone_quality",    "capability",
        "account_update",      "account_alert",    "user_preferences",
        "unknown_field"};
    static_assert(std::size(names) == std::variant_size_v<WebhookEvent>);
    return QString::fromLatin1(names[event.index()]);
}

} // namespace sb

#include "WebhookParserDetail.h"

#include <array>

// Management webhook fields (spec §5.5): templates, phone quality, capabilities, account.
namespace sb::webhook {

namespace {

using Handler = void (*)(const JsonCursor &, const WebhookOrigin &, QList<WebhookEvent> &);

void templateStatus(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    TemplateStatusEvent e;
    e.origin = origin;
    e.tmpl = templateRefFromJson(v);
    e.event = v.string(u"event", Need::Required);
    e.reason = v.string(u"reason");
    e.category = v.string(u"message_template_category");
    e.disableDate = v.object(u"disable_info").stringOrNumber(u"disable_date");
    const JsonCursor other = v.object(u"other_info");
    e.otherInfoTitle = other.string(u"title");
    e.otherInfoDescription = other.string(u"description");
    const JsonCursor rejection = v.object(u"rejection_info");
    e.rejectionReason = rejection.string(u"reason");
    e.rejectionRecommendation = rejection.string(u"recommendation");
    out.append(std::move(e));
}

void templateQuality(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    out.append(TemplateQualityEvent{origin, templateRefFromJson(v),
                                    v.string(u"previous_quality_score"),
                                    v.string(u"new_quality_score", Need::Required)});
}

void templateCategory(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    TemplateCategoryEvent e;
    e.origin = origin;
    e.tmpl = templateRefFromJson(v);
    e.previousCategory = v.string(u"previous_category");
    e.newCategory = v.string(u"new_category");
    e.correctCategory = v.string(u"correct_category");
    e.categoryUpdateTime = unixTime(v, u"category_update_timestamp");
    // The 24-hour notice names the correct category; the completed change names the previous one.
    e.impending = v.has(u"correct_category") || v.has(u"category_update_timestamp");
    out.append(std::move(e));
}

void templateComponents(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    TemplateComponentsEvent e;
    e.origin = origin;
    e.tmpl = templateRefFromJson(v);
    e.element = v.string(u"message_template_element");
    e.title = v.string(u"message_template_title");
    e.footer = v.string(u"message_template_footer");
    for (const auto &b : v.objects(u"message_template_buttons")) {
        e.buttons.append({b.string(u"message_template_button_type"),
                          b.string(u"message_template_button_text"),
                          b.string(u"message_template_button_url"),
                          b.stringOrNumber(u"message_template_button_phone_number")});
    }
    out.append(std::move(e));
}

void phoneQuality(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    PhoneQualityEvent e;
    e.origin = origin;
    e.displayPhoneNumber = v.stringOrNumber(u"display_phone_number");
    e.event = v.string(u"event", Need::Required);
    e.currentLimit = v.string(u"current_limit");
    e.oldLimit = v.string(u"old_limit");
    e.maxDailyConversationsPerBusiness = v.stringOrNumber(u"max_daily_conversations_per_business");
    out.append(std::move(e));
}

void capability(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    out.append(CapabilityEvent{origin, v.integer(u"max_daily_conversation_per_phone"),
                               v.integer(u"max_daily_conversations_per_business"),
                               v.integer(u"max_phone_numbers_per_business"),
                               v.integer(u"max_phone_numbers_per_waba")});
}

void accountUpdate(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    AccountUpdateEvent e;
    e.origin = origin;
    e.event = v.string(u"event", Need::Required);
    e.phoneNumber = v.stringOrNumber(u"phone_number");
    e.restrictionInfo = v.value(u"restriction_info");
    e.violationInfo = v.value(u"violation_info");
    e.banInfo = v.value(u"ban_info");
    e.volumeTierInfo = v.value(u"volume_tier_info");
    e.disconnectionInfo = v.value(u"disconnection_info");
    for (const auto &r : v.objects(u"restriction_info")) {
        e.restrictions.append(
            {r.string(u"restriction_type"), unixTime(r, u"expiration"), r.string(u"remediation")});
    }
    e.violationType = v.object(u"violation_info").string(u"violation_type");
    const JsonCursor ban = v.object(u"ban_info");
    e.banState = ban.string(u"waba_ban_state");
    e.banDate = ban.stringOrNumber(u"waba_ban_date");
    const JsonCursor tier = v.object(u"volume_tier_info");
    if (tier.isValid()) {
        e.volumeTier = VolumeTierInfo{unixTime(tier, u"tier_update_time"),
                                      tier.string(u"pricing_category"), tier.string(u"tier"),
                                      tier.string(u"effective_month"), tier.string(u"region")};
    }
    const JsonCursor disconnection = v.object(u"disconnection_info");
    e.disconnectionReason = disconnection.string(u"reason");
    e.disconnectionInitiatedBy = disconnection.string(u"initiated_by");
    out.append(std::move(e));
}

void accountAlert(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    const JsonCursor alert = v.object(u"alert_info", Need::Required);
    out.append(AccountAlertEvent{origin, v.string(u"entity_type"), v.stringOrNumber(u"entity_id"),
                                 alert.string(u"alert_severity"), alert.string(u"alert_status"),
                                 alert.string(u"alert_type"), alert.string(u"alert_description")});
}

void userPreferences(const JsonCursor &v, const WebhookOrigin &origin, QList<WebhookEvent> &out)
{
    UserPreferencesEvent e;
    e.origin = origin;
    for (const auto &c : v.objects(u"contacts"))
        e.contacts.append(contactFromJson(c));
    for (const auto &p : v.objects(u"user_preferences", Need::Required)) {
        e.preferences.append({p.stringOrNumber(u"wa_id"), p.string(u"user_id"), p.string(u"detail"),
                              p.string(u"category"), p.string(u"value"),
                              unixTime(p, u"timestamp")});
    }
    out.append(std::move(e));
}

struct FieldHandler
{
    const char *field;
    Handler handler;
};

constexpr std::array kHandlers{
    FieldHandler{"message_template_status_update", &templateStatus},
    FieldHandler{"message_template_quality_update", &templateQuality},
    FieldHandler{"template_category_update", &templateCategory},
    FieldHandler{"message_template_components_update", &templateComponents},
    FieldHandler{"phone_number_quality_update", &phoneQuality},
    FieldHandler{"business_capability_update", &capability},
    FieldHandler{"account_update", &accountUpdate},
    FieldHandler{"account_alerts", &accountAlert},
    FieldHandler{"user_preferences", &userPreferences},
};

Handler handlerFor(const QString &field)
{
    for (const auto &entry : kHandlers) {
        if (field == QLatin1String(entry.field))
            return entry.handler;
    }
    return nullptr;
}

} // namespace

bool isManagementField(const QString &field)
{
    return handlerFor(field) != nullptr;
}

void parseManagementChange(const QString &field, const JsonCursor &value,
                           const WebhookOrigin &origin, QList<WebhookEvent> &events)
{
    if (const Handler handler = handlerFor(field))
        handler(value, origin, events);
}

} // namespace sb::webhook

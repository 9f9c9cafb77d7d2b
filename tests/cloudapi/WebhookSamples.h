#pragma once

#include "WebhookParser.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Webhook `value` objects shaped after spec §5.3-§5.5 and §12, shared by the parser tests.
namespace samples {

inline QByteArray change(const char *field, const QByteArray &value)
{
    return QByteArray(R"({"field":")") + field + R"(","value":)" + value + "}";
}

inline QByteArray entry(const QList<QByteArray> &changes, const char *waba = "102290129340398")
{
    QByteArray joined;
    for (const auto &c : changes)
        joined += (joined.isEmpty() ? "" : ",") + c;
    return QByteArray(R"({"id":")") + waba + R"(","time":1750030073,"changes":[)" + joined + "]}";
}

inline QByteArray payload(const QList<QByteArray> &entries)
{
    QByteArray joined;
    for (const auto &e : entries)
        joined += (joined.isEmpty() ? "" : ",") + e;
    return R"({"object":"whatsapp_business_account","entry":[)" + joined + "]}";
}

inline QByteArray single(const char *field, const QByteArray &value)
{
    return payload({entry({change(field, value)})});
}

inline const QByteArray kMetadata =
    R"("messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"})";

inline const QByteArray kInboundText = "{" + kMetadata + R"(,
  "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
  "messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDU1NTEyMzQ","timestamp":"1749416383","type":"text",
               "text":{"body":"Does it come in another color?"}}]})";

inline const QByteArray kInboundBsuid = "{" + kMetadata + R"(,
  "contacts":[{"profile":{"name":"Other","username":"@other"},"wa_id":"15550001111","user_id":"US.111"},
              {"profile":{"name":"Ana","username":"@ana"},"user_id":"US.13491208655302741918",
               "parent_user_id":"US.ENT.11815799212886844830","identity_key_hash":"DF2lS5v2W6x="}],
  "messages":[{"from_user_id":"US.13491208655302741918","from_parent_user_id":"US.ENT.11815799212886844830",
               "id":"wamid.BSUID1","timestamp":"1749416384","type":"image",
               "image":{"mime_type":"image/jpeg","sha256":"abc=","id":"1003383421387256","url":"https://lookaside.fbsbx.com/x"}}]})";

inline const QByteArray kStatusSent = "{" + kMetadata + R"(,
  "statuses":[{"id":"wamid.HBgL.SENT","status":"sent","timestamp":"1750030073","recipient_id":"16505551234",
  "biz_opaque_callback_data":"order-42",
  "conversation":{"id":"72b14d6b5a1b2c3d","expiration_timestamp":"1750116480","origin":{"type":"marketing"}},
  "pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}]})";

inline const QByteArray kStatusFailed = "{" + kMetadata + R"(,
  "statuses":[{"id":"wamid.HBgL.FAIL","status":"failed","timestamp":"1751142888","recipient_id":"16505551234",
  "errors":[{"code":131049,"title":"This message was not delivered to maintain healthy ecosystem engagement.",
   "message":"This message was not delivered to maintain healthy ecosystem engagement.",
   "error_data":{"details":"In order to maintain a healthy ecosystem engagement, the message failed to be delivered."},
   "href":"/documentation/business-messaging/whatsapp/support/error-codes"}]}]})";

inline const QByteArray kStatusBsuidGroup = "{" + kMetadata + R"(,
  "statuses":[{"id":"wamid.G1","status":"played","timestamp":"1751142890",
  "recipient_user_id":"US.13491208655302741918","recipient_parent_user_id":"US.ENT.11815799212886844830",
  "recipient_type":"group","recipient_participant_id":"16505550000","recipient_identity_key_hash":"k1=",
  "pricing":{"pricing_model":"PMP","type":"free_customer_service","category":"service"}}]})";

inline const QByteArray kSystemErrors = "{" + kMetadata + R"(,
  "errors":[{"code":130429,"title":"Rate limit hit","message":"(#130429) Rate limit hit",
             "error_data":{"details":"Cloud API message throughput has been reached."},"href":"/x"}]})";

inline const QByteArray kTemplateApproved =
    R"({"event":"APPROVED","message_template_id":1689556908129832,
  "message_template_name":"order_confirmation","message_template_language":"en_US","reason":"NONE",
  "message_template_category":"UTILITY"})";
inline const QByteArray kTemplateRejected =
    R"({"event":"REJECTED","message_template_id":"1689556908129833",
  "message_template_name":"promo","message_template_language":"en","reason":"INCORRECT_CATEGORY",
  "message_template_category":"UTILITY",
  "rejection_info":{"reason":"This template is marketing.","recommendation":"Pick the MARKETING category."}})";
inline const QByteArray kTemplatePaused =
    R"({"event":"PAUSED","message_template_id":1689556908129834,
  "message_template_name":"promo2","message_template_language":"en","reason":null,
  "other_info":{"title":"FIRST_PAUSE","description":"Paused for 3 hours: low quality."}})";
inline const QByteArray kTemplateDisabled =
    R"({"event":"DISABLED","message_template_id":1689556908129835,
  "message_template_name":"promo3","message_template_language":"en","reason":"NONE",
  "disable_info":{"disable_date":"1750030073"}})";
inline const QByteArray kTemplateQuality =
    R"({"previous_quality_score":"GREEN","new_quality_score":"YELLOW",
  "message_template_id":1689556908129832,"message_template_name":"order_confirmation",
  "message_template_language":"en_US"})";
inline const QByteArray kCategoryImpending = R"({"message_template_id":1689556908129832,
  "message_template_name":"order_confirmation","message_template_language":"en_US",
  "correct_category":"MARKETING","new_category":"UTILITY","category_update_timestamp":1750116480})";
inline const QByteArray kCategoryCompleted = R"({"message_template_id":1689556908129832,
  "message_template_name":"order_confirmation","message_template_language":"en_US",
  "previous_category":"UTILITY","new_category":"MARKETING"})";
inline const QByteArray kTemplateComponents = R"({"message_template_id":1689556908129832,
  "message_template_name":"order_confirmation","message_template_language":"en_US",
  "message_template_element":"Your order {{1}} ships today.","message_template_title":"Order update",
  "message_template_footer":"Lucky Shrub",
  "message_template_buttons":[{"message_template_button_type":"URL","message_template_button_text":"Track",
                               "message_template_button_url":"https://x.com/{{1}}"},
                              {"message_template_button_type":"PHONE_NUMBER","message_template_button_text":"Call",
                               "message_template_button_phone_number":"+16505551234"}]})";
inline const QByteArray kPhoneOnboarding =
    R"({"display_phone_number":"15550783881","event":"ONBOARDING",
  "max_daily_conversations_per_business":"TIER_250"})";
inline const QByteArray kPhoneUpgrade =
    R"({"display_phone_number":"15550783881","event":"THROUGHPUT_UPGRADE",
  "max_daily_conversations_per_business":"TIER_UNLIMITED"})";
inline const QByteArray kPhoneLegacy = R"({"display_phone_number":"15550783881","event":"DOWNGRADE",
  "current_limit":"TIER_2K","old_limit":"TIER_10K"})";
inline const QByteArray kCapability = R"({"max_daily_conversation_per_phone":2000,
  "max_daily_conversations_per_business":-1,"max_phone_numbers_per_business":20,"max_phone_numbers_per_waba":"25"})";
inline const QByteArray kAccountRestriction =
    R"({"event":"ACCOUNT_RESTRICTION","phone_number":"15550783881",
  "restriction_info":[{"restriction_type":"RESTRICTED_ADD_PHONE_NUMBER_ACTION","expiration":1750116480},
                      {"restriction_type":"RESTRICTED_BIZ_INITIATED_MESSAGING","expiration":"1750116481","remediation":"Appeal"}]})";
inline const QByteArray kAccountViolation =
    R"({"event":"ACCOUNT_VIOLATION","violation_info":{"violation_type":"SCAM"}})";
inline const QByteArray kAccountBan =
    R"({"event":"DISABLED_UPDATE","ban_info":{"waba_ban_state":"DISABLE","waba_ban_date":"2026-05-01"}})";
inline const QByteArray kAccountTier = R"({"event":"VOLUME_BASED_PRICING_TIER_UPDATE",
  "volume_tier_info":{"tier_update_time":1750030073,"pricing_category":"UTILITY","tier":"25000001:50000000",
                      "effective_month":"2025-11","region":"North America"}})";
inline const QByteArray kAccountPartnerRemoved = R"({"event":"PARTNER_REMOVED",
  "disconnection_info":{"reason":"PRIMARY_INACTIVITY","initiated_by":"SYSTEM"}})";
inline const QByteArray kAccountAlert = R"({"entity_type":"WABA","entity_id":"102290129340398",
  "alert_info":{"alert_severity":"WARNING","alert_status":"ACTIVE",
                "alert_type":"INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO",
                "alert_description":"More information is needed."}})";
inline const QByteArray kUserPreferences = "{" + kMetadata + R"(,
  "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234","user_id":"US.1"}],
  "user_preferences":[{"wa_id":"16505551234","user_id":"US.1","detail":"User requested to stop marketing messages",
                       "category":"marketing_messages","value":"stop","timestamp":1731705721}]})";

// Several entries, every field this build models plus an unknown one.
inline QByteArray richPayload()
{
    return payload({
        entry({change("messages", kInboundText), change("messages", kStatusSent),
               change("messages", kInboundBsuid)}),
        entry({change("messages", kStatusFailed), change("messages", kStatusBsuidGroup),
               change("messages", kSystemErrors)},
              "102290129340399"),
        entry({change("message_template_status_update", kTemplateRejected),
               change("message_template_quality_update", kTemplateQuality),
               change("template_category_update", kCategoryImpending),
               change("message_template_components_update", kTemplateComponents),
               change("phone_number_quality_update", kPhoneLegacy),
               change("business_capability_update", kCapability),
               change("account_update", kAccountRestriction),
               change("account_update", kAccountTier), change("account_alerts", kAccountAlert),
               change("user_preferences", kUserPreferences),
               change("calls", R"({"calls":[{"id":"c1","event":"connect"}]})")}),
    });
}

// Test helpers over the parser.
inline QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The single event of a one-change payload, as type T; fails the test otherwise.
template<typename T>
T only(const QByteArray &payload, sb::WebhookParseResult *out = nullptr)
{
    const sb::WebhookParseResult result = sb::parseWebhook(payload);
    if (out)
        *out = result;
    for (const auto &p : result.problems)
        qWarning("problem at %s: %s", qPrintable(p.path), qPrintable(p.description));
    if (!result.validJson || result.events.size() != 1
        || !std::holds_alternative<T>(result.events[0])) {
        qWarning("expected exactly one event of the requested type, got %lld",
                 static_cast<long long>(result.events.size()));
        return T{};
    }
    return std::get<T>(result.events[0]);
}

inline QStringList problemPaths(const sb::WebhookParseResult &result)
{
    QStringList paths;
    for (const auto &p : result.problems)
        paths.append(p.path);
    return paths;
}

} // namespace samples

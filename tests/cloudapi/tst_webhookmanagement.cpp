#include "WebhookParser.h"
#include "WebhookSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

using samples::only;
using samples::problemPaths;
using samples::utc;

// The management fields of spec §5.5, and fields this build does not model.
class TestWebhookManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateStatus();
    void templateQualityAndCategory();
    void templateComponents();
    void phoneQuality();
    void capability();
    void accountUpdate();
    void accountAlert();
    void userPreferences();
    void unknownFieldsKept();
};

void TestWebhookManagement::templateStatus()
{
    auto e = only<TemplateStatusEvent>(
        samples::single("message_template_status_update", samples::kTemplateApproved));
    QCOMPARE(e.event, u"APPROVED"_s);
    QCOMPARE(e.tmpl, (TemplateRef{u"1689556908129832"_s, u"order_confirmation"_s, u"en_US"_s}));
    QCOMPARE(e.reason, u"NONE"_s);
    QCOMPARE(e.category, u"UTILITY"_s);

    e = only<TemplateStatusEvent>(
        samples::single("message_template_status_update", samples::kTemplateRejected));
    QCOMPARE(e.event, u"REJECTED"_s);
    QCOMPARE(e.tmpl.id, u"1689556908129833"_s);
    QCOMPARE(e.reason, u"INCORRECT_CATEGORY"_s);
    QCOMPARE(e.rejectionReason, u"This template is marketing."_s);
    QCOMPARE(e.rejectionRecommendation, u"Pick the MARKETING category."_s);

    WebhookParseResult result;
    e = only<TemplateStatusEvent>(
        samples::single("message_template_status_update", samples::kTemplatePaused), &result);
    QVERIFY(result.problems.isEmpty()); // reason: null is legitimate
    QVERIFY(e.reason.isEmpty());
    QCOMPARE(e.otherInfoTitle, u"FIRST_PAUSE"_s);
    QCOMPARE(e.otherInfoDescription, u"Paused for 3 hours: low quality."_s);

    e = only<TemplateStatusEvent>(
        samples::single("message_template_status_update", samples::kTemplateDisabled));
    QCOMPARE(e.disableDate, u"1750030073"_s);
}

void TestWebhookManagement::templateQualityAndCategory()
{
    const auto q = only<TemplateQualityEvent>(
        samples::single("message_template_quality_update", samples::kTemplateQuality));
    QCOMPARE(q.previousQualityScore, u"GREEN"_s);
    QCOMPARE(q.newQualityScore, u"YELLOW"_s);
    QCOMPARE(q.tmpl.name, u"order_confirmation"_s);

    const auto impending = only<TemplateCategoryEvent>(
        samples::single("template_category_update", samples::kCategoryImpending));
    QVERIFY(impending.impending);
    QCOMPARE(impending.correctCategory, u"MARKETING"_s);
    QCOMPARE(impending.newCategory, u"UTILITY"_s);
    QCOMPARE(impending.categoryUpdateTime, utc(1750116480));

    const auto done = only<TemplateCategoryEvent>(
        samples::single("template_category_update", samples::kCategoryCompleted));
    QVERIFY(!done.impending);
    QCOMPARE(done.previousCategory, u"UTILITY"_s);
    QCOMPARE(done.newCategory, u"MARKETING"_s);
    QVERIFY(!done.categoryUpdateTime.isValid());
}

void TestWebhookManagement::templateComponents()
{
    const auto e = only<TemplateComponentsEvent>(
        samples::single("message_template_components_update", samples::kTemplateComponents));
    QCOMPARE(e.tmpl.language, u"en_US"_s);
    QCOMPARE(e.element, u"Your order {{1}} ships today."_s);
    QCOMPARE(e.title, u"Order update"_s);
    QCOMPARE(e.footer, u"Lucky Shrub"_s);
    QCOMPARE(e.buttons.size(), 2);
    QCOMPARE(e.buttons[0],
             (TemplateButtonInfo{u"URL"_s, u"Track"_s, u"https://x.com/{{1}}"_s, {}}));
    QCOMPARE(e.buttons[1],
             (TemplateButtonInfo{u"PHONE_NUMBER"_s, u"Call"_s, {}, u"+16505551234"_s}));
}

void TestWebhookManagement::phoneQuality()
{
    auto e = only<PhoneQualityEvent>(
        samples::single("phone_number_quality_update", samples::kPhoneOnboarding));
    QCOMPARE(e.event, u"ONBOARDING"_s);
    QCOMPARE(e.displayPhoneNumber, u"15550783881"_s);
    QCOMPARE(e.maxDailyConversationsPerBusiness, u"TIER_250"_s);
    QVERIFY(!e.isLegacyEvent());
    e = only<PhoneQualityEvent>(
        samples::single("phone_number_quality_update", samples::kPhoneUpgrade));
    QCOMPARE(e.event, u"THROUGHPUT_UPGRADE"_s);
    QCOMPARE(e.maxDailyConversationsPerBusiness, u"TIER_UNLIMITED"_s);
    e = only<PhoneQualityEvent>(
        samples::single("phone_number_quality_update", samples::kPhoneLegacy));
    QCOMPARE(e.event, u"DOWNGRADE"_s);
    QVERIFY(e.isLegacyEvent());
    QCOMPARE(e.currentLimit, u"TIER_2K"_s);
    QCOMPARE(e.oldLimit, u"TIER_10K"_s);
    QVERIFY(e.maxDailyConversationsPerBusiness.isEmpty());
}

void TestWebhookManagement::capability()
{
    const auto e =
        only<CapabilityEvent>(samples::single("business_capability_update", samples::kCapability));
    QCOMPARE(e.maxDailyConversationPerPhone, std::optional<qint64>(2000));
    QCOMPARE(e.maxDailyConversationsPerBusiness, std::optional<qint64>(CapabilityEvent::Unlimited));
    QCOMPARE(e.maxPhoneNumbersPerBusiness, std::optional<qint64>(20));
    QCOMPARE(e.maxPhoneNumbersPerWaba, std::optional<qint64>(25));

    const auto current = only<CapabilityEvent>(samples::single(
        "business_capability_update", R"({"max_daily_conversations_per_business":100000})"));
    QCOMPARE(current.maxDailyConversationPerPhone, std::nullopt);
    QCOMPARE(current.maxDailyConversationsPerBusiness, std::optional<qint64>(100000));
}

void TestWebhookManagement::accountUpdate()
{
    auto e =
        only<AccountUpdateEvent>(samples::single("account_update", samples::kAccountRestriction));
    QCOMPARE(e.event, u"ACCOUNT_RESTRICTION"_s);
    QCOMPARE(e.phoneNumber, u"15550783881"_s);
    QCOMPARE(e.restrictions.size(), 2);
    QCOMPARE(e.restrictions[0],
             (AccountRestriction{u"RESTRICTED_ADD_PHONE_NUMBER_ACTION"_s, utc(1750116480), {}}));
    QCOMPARE(e.restrictions[1],
             (AccountRestriction{u"RESTRICTED_BIZ_INITIATED_MESSAGING"_s, utc(1750116481),
                                 u"Appeal"_s}));
    QVERIFY(e.restrictionInfo.isArray());
    QCOMPARE(e.restrictionInfo.toArray().size(), 2);

    e = only<AccountUpdateEvent>(samples::single("account_update", samples::kAccountViolation));
    QCOMPARE(e.violationType, u"SCAM"_s);
    QCOMPARE(e.violationInfo.toObject().value(u"violation_type").toString(), u"SCAM"_s);

    e = only<AccountUpdateEvent>(samples::single("account_update", samples::kAccountBan));
    QCOMPARE(e.banState, u"DISABLE"_s);
    QCOMPARE(e.banDate, u"2026-05-01"_s);
    QVERIFY(e.banInfo.isObject());

    e = only<AccountUpdateEvent>(samples::single("account_update", samples::kAccountTier));
    QVERIFY(e.volumeTier);
    QCOMPARE(*e.volumeTier,
             (VolumeTierInfo{utc(1750030073), u"UTILITY"_s, u"25000001:50000000"_s, u"2025-11"_s,
                             u"North America"_s}));

    e = only<AccountUpdateEvent>(
        samples::single("account_update", samples::kAccountPartnerRemoved));
    QCOMPARE(e.event, u"PARTNER_REMOVED"_s);
    QCOMPARE(e.disconnectionReason, u"PRIMARY_INACTIVITY"_s);
    QCOMPARE(e.disconnectionInitiatedBy, u"SYSTEM"_s);
    QVERIFY(!e.volumeTier);
    QVERIFY(e.restrictionInfo.isUndefined());
}

void TestWebhookManagement::accountAlert()
{
    const auto e =
        only<AccountAlertEvent>(samples::single("account_alerts", samples::kAccountAlert));
    QCOMPARE(e.entityType, u"WABA"_s);
    QCOMPARE(e.entityId, u"102290129340398"_s);
    QCOMPARE(e.alertSeverity, u"WARNING"_s);
    QCOMPARE(e.alertStatus, u"ACTIVE"_s);
    QCOMPARE(e.alertType, u"INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO"_s);
    QCOMPARE(e.alertDescription, u"More information is needed."_s);
}

void TestWebhookManagement::userPreferences()
{
    const auto e =
        only<UserPreferencesEvent>(samples::single("user_preferences", samples::kUserPreferences));
    QCOMPARE(e.contacts.size(), 1);
    QCOMPARE(e.contacts[0].profileName, u"Sheena Nelson"_s);
    QCOMPARE(e.contacts[0].userId, u"US.1"_s);
    QCOMPARE(e.preferences.size(), 1);
    QCOMPARE(
        e.preferences[0],
        (UserPreference{u"16505551234"_s, u"US.1"_s, u"User requested to stop marketing messages"_s,
                        u"marketing_messages"_s, u"stop"_s, utc(1731705721)}));
    QCOMPARE(e.origin.phoneNumberId, u"106540352242922"_s);
}

void TestWebhookManagement::unknownFieldsKept()
{
    const QByteArray value =
        R"({"messaging_product":"whatsapp","metadata":{"phone_number_id":"9"},"message_echoes":[{"id":"e"}]})";
    const auto e = only<UnknownFieldEvent>(samples::single("smb_message_echoes", value));
    QCOMPARE(e.field, u"smb_message_echoes"_s);
    QCOMPARE(e.value.toObject(), QJsonDocument::fromJson(value).object());
    QCOMPARE(e.origin.phoneNumberId, u"9"_s);

    // Even a value that is not an object is kept for an unknown field.
    const auto odd = only<UnknownFieldEvent>(samples::single("security", "[1,2]"));
    QCOMPARE(odd.value.toArray().size(), 2);
}

QTEST_APPLESS_MAIN(TestWebhookManagement)
#include "tst_webhookmanagement.moc"

#include "AlertRepository.h"
#include "IngestEvents.h"
#include "Ingestor.h"
#include "PhoneNumberRepository.h"
#include "StoreTestSupport.h"
#include "TemplateRepository.h"

using namespace sb;
using storetest::T0;

namespace {

TemplateRef promoRef()
{
    return TemplateRef{QStringLiteral("1689556908129834"), QStringLiteral("promo2"),
                       QStringLiteral("en")};
}

TemplateStatusEvent templateStatus(const QString &event, const QDateTime &at,
                                   const QString &title = {})
{
    TemplateStatusEvent e;
    e.tmpl = promoRef();
    e.event = event;
    e.reason = QStringLiteral("NONE");
    e.otherInfoTitle = title;
    e.otherInfoDescription =
        title.isEmpty() ? QString() : QStringLiteral("Paused for 3 hours: low quality.");
    e.origin = events::origin(QStringLiteral("message_template_status_update"),
                              QJsonObject{{QStringLiteral("event"), event},
                                          {QStringLiteral("message_template_id"), promoRef().id}},
                              at);
    return e;
}

TemplateQualityEvent templateQuality(const QString &from, const QString &to, const QDateTime &at)
{
    TemplateQualityEvent e;
    e.tmpl = promoRef();
    e.previousQualityScore = from;
    e.newQualityScore = to;
    e.origin = events::origin(QStringLiteral("message_template_quality_update"),
                              QJsonObject{{QStringLiteral("new_quality_score"), to}}, at);
    return e;
}

PhoneQualityEvent phoneQuality(const QString &event, const QString &tier, const QDateTime &at)
{
    PhoneQualityEvent e;
    e.displayPhoneNumber = events::Display;
    e.event = event;
    e.maxDailyConversationsPerBusiness = tier;
    e.origin =
        events::origin(QStringLiteral("phone_number_quality_update"),
                       QJsonObject{{QStringLiteral("event"), event},
                                   {QStringLiteral("max_daily_conversations_per_business"), tier}},
                       at);
    return e;
}

QList<AlertRecord> openOfKind(Database &db, const QString &kind)
{
    QList<AlertRecord> found;
    for (const AlertRecord &a : AlertRepository(db).listOpen()) {
        if (a.kind == kind)
            found.append(a);
    }
    return found;
}

} // namespace

class TestIngestManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateEvents_data() { storetest::addBackendRows(); }
    void templateEvents();
    void phoneQualityEvents_data() { storetest::addBackendRows(); }
    void phoneQualityEvents();
    void accountEventsRaiseAlerts_data() { storetest::addBackendRows(); }
    void accountEventsRaiseAlerts();
    void managementBatchTwiceChangesNothing_data() { storetest::addBackendRows(); }
    void managementBatchTwiceChangesNothing();
    void polledPhoneState_data() { storetest::addBackendRows(); }
    void polledPhoneState();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestIngestManagement::templateEvents()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    TemplateDefinition d;
    d.id = promoRef().id;
    d.name = promoRef().name;
    d.language = promoRef().language;
    d.category = TemplateCategory::Marketing;
    d.status = TemplateStatus::Approved;
    d.body.text = QStringLiteral("Spring sale!");
    TemplateRepository templates(*db);
    const qint64 row = templates.upsert(events::Waba, d, T0);
    Ingestor ingestor(*db);

    IngestResult r = ingestor.ingest(
        {templateStatus(QStringLiteral("PAUSED"), T0.addSecs(60), QStringLiteral("FIRST_PAUSE")),
         templateQuality(QStringLiteral("GREEN"), QStringLiteral("RED"), T0.addSecs(50))});
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.templateUpdates, 2);
    QCOMPARE(r.alertsRaised, 2);
    auto record = templates.find(row);
    QCOMPARE(record->definition.status, TemplateStatus::Paused);
    QCOMPARE(record->statusReason, QStringLiteral("FIRST_PAUSE"));
    QCOMPARE(record->definition.quality, TemplateQuality::Red);
    const QList<AlertRecord> paused = openOfKind(*db, QStringLiteral("template_status"));
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.first().subject, QStringLiteral("template:1689556908129834"));
    QVERIFY(paused.first().text.contains(QStringLiteral("Paused for 3 hours")));
    QCOMPARE(openOfKind(*db, QStringLiteral("template_quality")).first().severity,
             AlertSeverity::Critical);

    // An APPROVED from before the pause, delivered late, is ignored; a later one applies.
    r = ingestor.ingest({templateStatus(QStringLiteral("APPROVED"), T0.addSecs(30))});
    QCOMPARE(r.templateUpdates, 0);
    QCOMPARE(templates.find(row)->definition.status, TemplateStatus::Paused);
    r = ingestor.ingest({templateStatus(QStringLiteral("REINSTATED"), T0.addSecs(3 * 3600))});
    QCOMPARE(r.templateUpdates, 1);
    QCOMPARE(r.alertsRaised, 0);
    QCOMPARE(templates.find(row)->definition.status, TemplateStatus::Approved);

    TemplateCategoryEvent announced;
    announced.tmpl = promoRef();
    announced.impending = true;
    announced.newCategory = QStringLiteral("MARKETING");
    announced.correctCategory = QStringLiteral("UTILITY");
    announced.categoryUpdateTime = T0.addDays(1);
    announced.origin = events::origin(
        QStringLiteral("template_category_update"),
        QJsonObject{{QStringLiteral("correct_category"), QStringLiteral("UTILITY")}}, T0);
    TemplateComponentsEvent components;
    components.tmpl = promoRef();
    components.element = QStringLiteral("Spring sale: {{1}} off!");
    components.footer = QStringLiteral("Reply STOP to opt out");
    components.buttons = {
        {QStringLiteral("QUICK_REPLY"), QStringLiteral("Stop promotions"), {}, {}}};
    components.origin =
        events::origin(QStringLiteral("message_template_components_update"), {}, T0);
    r = ingestor.ingest({announced, components});
    QCOMPARE(r.templateUpdates, 2);
    record = templates.find(row);
    QCOMPARE(record->pendingCategory, QStringLiteral("UTILITY"));
    QCOMPARE(record->definition.body.text, QStringLiteral("Spring sale: {{1}} off!"));
    QCOMPARE(record->definition.footer,
             std::optional<QString>(QStringLiteral("Reply STOP to opt out")));
    QCOMPARE(record->definition.buttons.first().type, TemplateButtonType::QuickReply);
    QCOMPARE(openOfKind(*db, QStringLiteral("template_category")).size(), 1);

    TemplateStatusEvent deleted = templateStatus(QStringLiteral("DELETED"), T0.addDays(2));
    QCOMPARE(ingestor.ingest({deleted}).templateUpdates, 1);
    QVERIFY(!templates.find(row));
}

void TestIngestManagement::phoneQualityEvents()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    IngestResult r = ingestor.ingest(
        {phoneQuality(QStringLiteral("ONBOARDING"), QStringLiteral("TIER_10K"), T0)});
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.healthChanges, 1);
    QCOMPARE(r.alertsRaised, 0); // the first value is no change
    PhoneNumberRepository phones(*db);
    const auto phone = phones.findByDisplayNumber(events::Display);
    QVERIFY(phone);
    QCOMPARE(phone->messagingTier, QStringLiteral("TIER_10K"));

    // The limit falls (legacy DOWNGRADE with current_limit), then a throughput upgrade.
    PhoneQualityEvent down = phoneQuality(QStringLiteral("DOWNGRADE"), QString(), T0.addSecs(60));
    down.currentLimit = QStringLiteral("TIER_2K");
    down.oldLimit = QStringLiteral("TIER_10K");
    r = ingestor.ingest({down,
                         phoneQuality(QStringLiteral("THROUGHPUT_UPGRADE"),
                                      QStringLiteral("TIER_2K"), T0.addSecs(120))});
    QVERIFY(r.ok);
    QCOMPARE(r.healthChanges, 2);
    const QList<AlertRecord> tier = openOfKind(*db, QStringLiteral("messaging_tier"));
    QCOMPARE(tier.size(), 1);
    QCOMPARE(tier.first().severity, AlertSeverity::Warning);
    QCOMPARE(phones.find(phone->id)->throughputLevel, QStringLiteral("HIGH"));
    const QList<HealthHistoryEntry> history = phones.history(phone->id, HealthMetric::Tier);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().oldValue, QStringLiteral("TIER_10K"));
    QCOMPARE(history.last().newValue, QStringLiteral("TIER_2K"));
    QCOMPARE(history.last().event, QStringLiteral("DOWNGRADE"));

    // Legacy FLAGGED: critical. An older event delivered late changes nothing.
    r = ingestor.ingest(
        {phoneQuality(QStringLiteral("FLAGGED"), QString(), T0.addSecs(180)),
         phoneQuality(QStringLiteral("ONBOARDING"), QStringLiteral("TIER_250"), T0.addSecs(10))});
    QCOMPARE(r.healthChanges, 1);
    QCOMPARE(openOfKind(*db, QStringLiteral("phone_status")).first().severity,
             AlertSeverity::Critical);
    QCOMPARE(phones.find(phone->id)->messagingTier, QStringLiteral("TIER_2K"));

    // The Graph id arrives later with a message: the same row.
    ingestor.ingest({events::text(QStringLiteral("w1"), QStringLiteral("123456789"),
                                  QStringLiteral("hi"), T0)});
    QCOMPARE(phones.findByPhoneNumberId(events::PhoneNumberId)->id, phone->id);

    CapabilityEvent capability;
    capability.maxDailyConversationsPerBusiness = 100000;
    capability.maxPhoneNumbersPerBusiness = 20;
    capability.origin = events::origin(QStringLiteral("business_capability_update"),
                                       QJsonObject{{QStringLiteral("x"), 1}}, T0);
    QCOMPARE(ingestor.ingest({capability}).healthChanges, 1);
    capability.maxDailyConversationsPerBusiness = 2000;
    capability.origin.entryTime = T0.addSecs(10);
    capability.origin.value = QJsonObject{{QStringLiteral("x"), 2}};
    r = ingestor.ingest({capability});
    QCOMPARE(r.healthChanges, 1);
    QCOMPARE(phones.businessTier(events::Waba), QStringLiteral("TIER_2K"));
    QCOMPARE(openOfKind(*db, QStringLiteral("messaging_tier")).size(), 2); // number and business
}

void TestIngestManagement::accountEventsRaiseAlerts()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    AccountAlertEvent alert;
    alert.entityType = QStringLiteral("WABA");
    alert.entityId = events::Waba;
    alert.alertSeverity = QStringLiteral("CRITICAL");
    alert.alertType = QStringLiteral("INCREASED_CAPABILITIES_ELIGIBILITY_FAILED");
    alert.alertDescription = QStringLiteral("Your request for a higher limit was denied.");
    alert.origin =
        events::origin(QStringLiteral("account_alerts"), QJsonObject{{QStringLiteral("a"), 1}}, T0);
    AccountUpdateEvent restriction;
    restriction.event = QStringLiteral("ACCOUNT_RESTRICTION");
    restriction.restrictions = {
        {QStringLiteral("RESTRICTED_BIZ_INITIATED_MESSAGING"), T0.addDays(7), {}}};
    restriction.origin =
        events::origin(QStringLiteral("account_update"), QJsonObject{{QStringLiteral("b"), 1}}, T0);
    AccountUpdateEvent pricing;
    pricing.event = QStringLiteral("VOLUME_BASED_PRICING_TIER_UPDATE");
    pricing.origin =
        events::origin(QStringLiteral("account_update"), QJsonObject{{QStringLiteral("c"), 1}}, T0);
    SystemErrorEvent system;
    system.errors = {{130429,
                      QStringLiteral("Rate limit hit"),
                      {},
                      QStringLiteral("Cloud API message throughput has been reached."),
                      {}}};
    system.origin =
        events::origin(QStringLiteral("messages"), QJsonObject{{QStringLiteral("d"), 1}});
    UnknownFieldEvent unknown;
    unknown.field = QStringLiteral("calls");
    unknown.origin = events::origin(QStringLiteral("calls"));

    const IngestResult r = Ingestor(*db).ingest({alert, restriction, pricing, system, unknown});
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.alertsRaised, 3);
    QCOMPARE(r.skipped, 2); // the pricing update and the calls field: raw payload only
    QCOMPARE(r.alertIds.size(), 3);
    const QList<AlertRecord> accountAlert =
        openOfKind(*db, QStringLiteral("account_alert:increased_capabilities_eligibility_failed"));
    QCOMPARE(accountAlert.size(), 1);
    QCOMPARE(accountAlert.first().severity, AlertSeverity::Critical);
    QCOMPARE(accountAlert.first().text,
             QStringLiteral("Your request for a higher limit was denied."));
    const QList<AlertRecord> restricted =
        openOfKind(*db, QStringLiteral("account_update:account_restriction"));
    QCOMPARE(restricted.size(), 1);
    QVERIFY(restricted.first().text.contains(QStringLiteral("RESTRICTED_BIZ_INITIATED_MESSAGING")));
    const QList<AlertRecord> throughput = openOfKind(*db, QStringLiteral("system_error:130429"));
    QCOMPARE(throughput.size(), 1);
    QCOMPARE(throughput.first().subject, events::PhoneNumberId);
    QVERIFY(throughput.first().text.contains(QStringLiteral("throughput")));
}

void TestIngestManagement::managementBatchTwiceChangesNothing()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    AccountAlertEvent alert;
    alert.entityId = events::Waba;
    alert.alertSeverity = QStringLiteral("WARNING");
    alert.alertType = QStringLiteral("OBA_DECISION");
    alert.origin =
        events::origin(QStringLiteral("account_alerts"), QJsonObject{{QStringLiteral("a"), 1}}, T0);
    SystemErrorEvent system;
    system.errors = {{131000, QStringLiteral("Something went wrong"), {}, {}, {}}};
    system.origin =
        events::origin(QStringLiteral("messages"), QJsonObject{{QStringLiteral("e"), 1}});
    const QList<WebhookEvent> batch{
        templateStatus(QStringLiteral("REJECTED"), T0),
        templateQuality(QStringLiteral("GREEN"), QStringLiteral("YELLOW"), T0),
        phoneQuality(QStringLiteral("ONBOARDING"), QStringLiteral("TIER_2K"), T0),
        phoneQuality(QStringLiteral("DOWNGRADE"), QStringLiteral("TIER_250"), T0.addSecs(1)),
        alert,
        system};
    Ingestor ingestor(*db);
    const IngestResult first = ingestor.ingest(batch);
    QVERIFY2(first.ok, qPrintable(first.error.toString()));
    QCOMPARE(first.alertsRaised, 5);
    const QString before = storetest::dumpTables(*db);
    const IngestResult second = ingestor.ingest(batch);
    QVERIFY(second.ok);
    QCOMPARE(second.alertsRaised, 0);
    QCOMPARE(second.templateUpdates, 0);
    QCOMPARE(second.healthChanges, 0);
    QCOMPARE(storetest::dumpTables(*db), before);
}

void TestIngestManagement::polledPhoneState()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    PhoneSnapshot s;
    s.phoneNumberId = QStringLiteral("pn-poll");
    s.displayPhoneNumber = QStringLiteral("+1 555-000-1111");
    s.verifiedName = QStringLiteral("Lucky Shrub");
    s.qualityRating = QStringLiteral("GREEN");
    s.messagingTier = QStringLiteral("TIER_10K");
    s.status = QStringLiteral("CONNECTED");
    s.at = T0;
    IngestResult r = ingestor.recordPhoneSnapshot(s);
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.healthChanges, 3);
    QCOMPARE(r.alertsRaised, 0);
    QCOMPARE(ingestor.recordPhoneSnapshot(s).healthChanges, 0); // the same reading again

    s.qualityRating = QStringLiteral("YELLOW");
    s.at = T0.addSecs(3600);
    r = ingestor.recordPhoneSnapshot(s);
    QCOMPARE(r.alertsRaised, 1);
    QCOMPARE(openOfKind(*db, QStringLiteral("phone_quality")).first().severity,
             AlertSeverity::Warning);
    s.qualityRating = QStringLiteral("RED");
    s.status = QStringLiteral("FLAGGED");
    s.messagingTier = QStringLiteral("TIER_2K");
    s.at = T0.addSecs(7200);
    r = ingestor.recordPhoneSnapshot(s);
    QCOMPARE(r.alertsRaised, 3); // quality worse, tier lowered, status changed
    const QList<AlertRecord> quality = openOfKind(*db, QStringLiteral("phone_quality"));
    QCOMPARE(quality.size(), 1); // one open alert, escalated
    QCOMPARE(quality.first().severity, AlertSeverity::Critical);
    QCOMPARE(quality.first().occurrences, 2);
    // Recovering raises nothing.
    s.qualityRating = QStringLiteral("GREEN");
    s.status = QStringLiteral("CONNECTED");
    s.at = T0.addSecs(9000);
    r = ingestor.recordPhoneSnapshot(s);
    QCOMPARE(r.healthChanges, 2);
    QCOMPARE(r.alertsRaised, 0);
    PhoneNumberRepository phones(*db);
    const auto phone = phones.findByPhoneNumberId(QStringLiteral("pn-poll"));
    QCOMPARE(phone->verifiedName, QStringLiteral("Lucky Shrub"));
    QCOMPARE(phones.history(phone->id, HealthMetric::Quality).size(), 4);
}

QTEST_GUILESS_MAIN(TestIngestManagement)
#include "tst_ingestmanagement.moc"

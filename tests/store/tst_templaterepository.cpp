#include "StoreTestSupport.h"
#include "TemplateDefinitionJson.h"
#include "TemplateRepository.h"

using namespace sb;
using storetest::T0;

namespace {

const QString Waba = QStringLiteral("waba-1");

TemplateDefinition orderConfirmation()
{
    TemplateDefinition d;
    d.id = QStringLiteral("1689556908129832");
    d.name = QStringLiteral("order_confirmation");
    d.language = QStringLiteral("en_US");
    d.category = TemplateCategory::Utility;
    d.status = TemplateStatus::Approved;
    d.quality = TemplateQuality::Green;
    d.parameterFormat = TemplateParameterFormat::Named;
    d.header = TemplateHeaderDef{TemplateHeaderFormat::Text,
                                 QStringLiteral("Order {{order}}"),
                                 {{QStringLiteral("order"), QStringLiteral("#1234")}},
                                 {}};
    d.body = {QStringLiteral("Hi {{name}}, your order ships today."),
              {{QStringLiteral("name"), QStringLiteral("Ana")}}};
    d.footer = QStringLiteral("Lucky Shrub");
    d.buttons = {{TemplateButtonType::Url,
                  QStringLiteral("Track"),
                  QStringLiteral("https://x.example/{{1}}"),
                  {},
                  QStringLiteral("abc")},
                 {TemplateButtonType::QuickReply, QStringLiteral("Stop promotions"), {}, {}, {}}};
    return d;
}

TemplateRef refOf(const TemplateDefinition &d, bool withId = true)
{
    return TemplateRef{withId ? d.id : QString(), d.name, d.language};
}

} // namespace

class TestTemplateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionJsonRoundTrip();
    void upsertAndFind_data() { storetest::addBackendRows(); }
    void upsertAndFind();
    void webhookUpdates_data() { storetest::addBackendRows(); }
    void webhookUpdates();
    void unknownTemplateGetsStub_data() { storetest::addBackendRows(); }
    void unknownTemplateGetsStub();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestTemplateRepository::definitionJsonRoundTrip()
{
    const TemplateDefinition d = orderConfirmation();
    QCOMPARE(TemplateDefinitionJson::fromText(TemplateDefinitionJson::toText(d)), d);
    TemplateDefinition bare;
    bare.name = QStringLiteral("x");
    QCOMPARE(TemplateDefinitionJson::fromText(TemplateDefinitionJson::toText(bare)), bare);
    QCOMPARE(TemplateDefinitionJson::fromText(QStringLiteral("garbage")), TemplateDefinition{});
}

void TestTemplateRepository::upsertAndFind()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    TemplateRepository templates(*db);
    TemplateDefinition d = orderConfirmation();
    const qint64 row = templates.upsert(Waba, d, T0);
    QVERIFY(row > 0);
    QCOMPARE(templates.find(row)->definition, d);
    QCOMPARE(templates.findByTemplateId(d.id)->rowId, row);
    QCOMPARE(templates.find(Waba, d.name, d.language)->rowId, row);
    QVERIFY(!templates.find(QStringLiteral("other-waba"), d.name, d.language));
    d.body.text = QStringLiteral("Hello {{name}}");
    QCOMPARE(templates.upsert(Waba, d, T0.addSecs(5)), row); // same name and language: updated
    QCOMPARE(templates.find(row)->definition.body.text, d.body.text);
    TemplateDefinition promo = d;
    promo.id = QStringLiteral("2");
    promo.name = QStringLiteral("promo");
    promo.status = TemplateStatus::Pending;
    templates.upsert(Waba, promo);
    QCOMPARE(templates.list().size(), 2);
    QCOMPARE(templates.list(Waba, TemplateStatus::Approved).size(), 1);
    QCOMPARE(templates.list(Waba, TemplateStatus::Pending).first().definition.name,
             QStringLiteral("promo"));
    QVERIFY(templates.remove(row));
    QVERIFY(!templates.find(row));
}

void TestTemplateRepository::webhookUpdates()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    TemplateRepository templates(*db);
    const TemplateDefinition d = orderConfirmation();
    const qint64 row = templates.upsert(Waba, d, T0);

    TemplateChange c = templates.updateStatus(Waba, refOf(d), TemplateStatus::Paused,
                                              QStringLiteral("FIRST_PAUSE"),
                                              QStringLiteral("Paused for 3 hours"), T0.addSecs(60));
    QVERIFY(c.changed);
    QCOMPARE(c.rowId, row);
    QCOMPARE(c.previous, QStringLiteral("APPROVED"));
    auto record = templates.find(row);
    QCOMPARE(record->definition.status, TemplateStatus::Paused);
    QCOMPARE(record->statusReason, QStringLiteral("FIRST_PAUSE"));
    QCOMPARE(record->statusDetail, QStringLiteral("Paused for 3 hours"));
    // A late webhook from before the pause does not undo it.
    c = templates.updateStatus(Waba, refOf(d, false), TemplateStatus::Approved, {}, {},
                               T0.addSecs(30));
    QVERIFY(c.stale);
    QCOMPARE(templates.find(row)->definition.status, TemplateStatus::Paused);
    QVERIFY(!templates
                 .updateStatus(Waba, refOf(d), TemplateStatus::Paused,
                               QStringLiteral("FIRST_PAUSE"), QStringLiteral("Paused for 3 hours"),
                               T0.addSecs(60))
                 .changed);

    QVERIFY(
        templates.updateQuality(Waba, refOf(d), TemplateQuality::Yellow, T0.addSecs(70)).changed);
    QCOMPARE(templates.find(row)->definition.quality, TemplateQuality::Yellow);

    c = templates.announceCategory(Waba, refOf(d), TemplateCategory::Marketing, T0.addDays(1));
    QVERIFY(c.changed);
    record = templates.find(row);
    QCOMPARE(record->pendingCategory, QStringLiteral("MARKETING"));
    QCOMPARE(record->pendingCategoryAt, std::optional<QDateTime>(T0.addDays(1)));
    QVERIFY(!templates.announceCategory(Waba, refOf(d), TemplateCategory::Marketing, T0.addDays(1))
                 .changed);
    c = templates.updateCategory(Waba, refOf(d), TemplateCategory::Marketing, T0.addDays(1));
    QVERIFY(c.changed);
    QCOMPARE(c.previous, QStringLiteral("UTILITY"));
    record = templates.find(row);
    QCOMPARE(record->definition.category, TemplateCategory::Marketing);
    QCOMPARE(record->previousCategory, QStringLiteral("UTILITY"));
    QVERIFY(record->pendingCategory.isEmpty());

    c = templates.updateComponents(Waba, refOf(d), QStringLiteral("Your order {{1}} ships today."),
                                   QStringLiteral("Order update"), QStringLiteral("Lucky Shrub"),
                                   {{TemplateButtonType::PhoneNumber,
                                     QStringLiteral("Call"),
                                     {},
                                     QStringLiteral("+16505551234"),
                                     {}}});
    QVERIFY(c.changed);
    record = templates.find(row);
    QCOMPARE(record->definition.body.text, QStringLiteral("Your order {{1}} ships today."));
    QCOMPARE(record->definition.header->text, QStringLiteral("Order update"));
    QCOMPARE(record->definition.buttons.size(), 1);
    QCOMPARE(record->definition.buttons.first().phoneNumber, QStringLiteral("+16505551234"));
    QCOMPARE(record->definition.category, TemplateCategory::Marketing); // columns win over the JSON
}

void TestTemplateRepository::unknownTemplateGetsStub()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    TemplateRepository templates(*db);
    const TemplateRef ref{QStringLiteral("777"), QStringLiteral("spring_sale"),
                          QStringLiteral("de")};
    const TemplateChange c = templates.updateStatus(
        Waba, ref, TemplateStatus::Rejected, QStringLiteral("INCORRECT_CATEGORY"), QString(), T0);
    QVERIFY(c.created);
    QVERIFY(c.changed);
    const auto record = templates.findByTemplateId(QStringLiteral("777"));
    QVERIFY(record);
    QCOMPARE(record->definition.name, QStringLiteral("spring_sale"));
    QCOMPARE(record->definition.status, TemplateStatus::Rejected);
    // The next sync fills in the definition on the same row.
    TemplateDefinition synced;
    synced.id = QStringLiteral("777");
    synced.name = QStringLiteral("spring_sale");
    synced.language = QStringLiteral("de");
    synced.status = TemplateStatus::Rejected;
    synced.body.text = QStringLiteral("Frühlingsangebot!");
    QCOMPARE(templates.upsert(Waba, synced), record->rowId);
    // Name and language find a row whose id was not known yet; a reference with neither finds
    // nothing.
    const TemplateChange byName = templates.updateQuality(
        Waba, TemplateRef{{}, QStringLiteral("spring_sale"), QStringLiteral("de")},
        TemplateQuality::Red, T0);
    QCOMPARE(byName.rowId, record->rowId);
    QCOMPARE(templates.updateQuality(Waba, TemplateRef{}, TemplateQuality::Red, T0).rowId, 0);
    QCOMPARE(templates.list().size(), 1);
}

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"

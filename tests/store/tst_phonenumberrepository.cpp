#include "PhoneNumberRepository.h"
#include "StoreTestSupport.h"

using namespace sb;
using storetest::T0;

class TestPhoneNumberRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ensureAndAdopt_data() { storetest::addBackendRows(); }
    void ensureAndAdopt();
    void metricsAndHistory_data() { storetest::addBackendRows(); }
    void metricsAndHistory();
    void businessTier_data() { storetest::addBackendRows(); }
    void businessTier();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestPhoneNumberRepository::ensureAndAdopt()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    PhoneNumberRepository phones(*db);
    // A management webhook names the number only by its display form.
    const qint64 early =
        phones.ensureByDisplayNumber(QStringLiteral("+1 555-078-3881"), QStringLiteral("waba"));
    QCOMPARE(phones.ensureByDisplayNumber(QStringLiteral("15550783881")), early);
    QVERIFY(phones.find(early)->phoneNumberId.isEmpty());
    // Its Graph id turns up with the same display number: the row is adopted, not duplicated.
    const qint64 adopted =
        phones.ensure(QStringLiteral("106540352242922"), QStringLiteral("15550783881"));
    QCOMPARE(adopted, early);
    auto row = phones.findByPhoneNumberId(QStringLiteral("106540352242922"));
    QVERIFY(row);
    QCOMPARE(row->wabaId, QStringLiteral("waba"));
    QCOMPARE(phones.findByDisplayNumber(QStringLiteral("+1 (555) 078 3881"))
                 .value_or(PhoneNumberRecord{})
                 .id,
             early);
    QCOMPARE(phones.ensure(QStringLiteral("106540352242922")), early);
    const qint64 other = phones.ensure(QStringLiteral("2222"), QStringLiteral("+49 30 1234567"),
                                       QStringLiteral("waba"));
    QVERIFY(other != early);
    phones.setProfile(other, QStringLiteral("Lucky Shrub"), QStringLiteral("APPROVED"));
    row = phones.find(other);
    QCOMPARE(row->verifiedName, QStringLiteral("Lucky Shrub"));
    QCOMPARE(row->nameStatus, QStringLiteral("APPROVED"));
    QCOMPARE(phones.list().size(), 2);
    QVERIFY_THROWS_EXCEPTION(StoreException, phones.ensure(QString()));
    QVERIFY_THROWS_EXCEPTION(StoreException, phones.ensureByDisplayNumber(QStringLiteral("n/a")));
}

void TestPhoneNumberRepository::metricsAndHistory()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    PhoneNumberRepository phones(*db);
    const qint64 id = phones.ensure(QStringLiteral("pn"));
    HealthChange c = phones.recordMetric(id, HealthMetric::Quality, QStringLiteral("GREEN"), T0,
                                         QStringLiteral("poll"));
    QVERIFY(c.changed);
    QVERIFY(c.oldValue.isEmpty());
    c = phones.recordMetric(id, HealthMetric::Quality, QStringLiteral("GREEN"), T0.addSecs(60),
                            QStringLiteral("poll"));
    QVERIFY(!c.changed);
    c = phones.recordMetric(id, HealthMetric::Quality, QStringLiteral("YELLOW"), T0.addSecs(120),
                            QStringLiteral("poll"));
    QVERIFY(c.changed);
    QCOMPARE(c.oldValue, QStringLiteral("GREEN"));
    // A measurement older than the stored one is ignored.
    c = phones.recordMetric(id, HealthMetric::Quality, QStringLiteral("RED"), T0.addSecs(90),
                            QStringLiteral("webhook"));
    QVERIFY(c.stale);
    QVERIFY(!c.changed);
    QCOMPARE(phones.find(id)->qualityRating, QStringLiteral("YELLOW"));
    QVERIFY(phones
                .recordMetric(id, HealthMetric::Tier, QStringLiteral("TIER_2K"), T0,
                              QStringLiteral("webhook"), QStringLiteral("ONBOARDING"))
                .changed);
    QVERIFY(phones
                .recordMetric(id, HealthMetric::Throughput, QStringLiteral("HIGH"), T0,
                              QStringLiteral("webhook"))
                .changed);
    QVERIFY(phones
                .recordMetric(id, HealthMetric::Status, QStringLiteral("CONNECTED"), T0,
                              QStringLiteral("poll"))
                .changed);

    const QList<HealthHistoryEntry> quality = phones.history(id, HealthMetric::Quality);
    QCOMPARE(quality.size(), 2);
    QCOMPARE(quality.at(1).oldValue, QStringLiteral("GREEN"));
    QCOMPARE(quality.at(1).newValue, QStringLiteral("YELLOW"));
    QCOMPARE(quality.at(1).recordedAt, T0.addSecs(120));
    QCOMPARE(quality.at(1).source, QStringLiteral("poll"));
    const QList<HealthHistoryEntry> all = phones.history(id);
    QCOMPARE(all.size(), 5);
    const auto tier = std::find_if(all.cbegin(), all.cend(), [](const HealthHistoryEntry &e) {
        return e.metric == HealthMetric::Tier;
    });
    QVERIFY(tier != all.cend());
    QCOMPARE(tier->event, QStringLiteral("ONBOARDING"));
    const auto row = phones.find(id);
    QCOMPARE(row->value(HealthMetric::Tier), QStringLiteral("TIER_2K"));
    QCOMPARE(row->value(HealthMetric::Throughput), QStringLiteral("HIGH"));
    QCOMPARE(row->value(HealthMetric::Status), QStringLiteral("CONNECTED"));
    QVERIFY_THROWS_EXCEPTION(StoreException,
                             phones.recordMetric(id + 50, HealthMetric::Tier,
                                                 QStringLiteral("TIER_50"), T0,
                                                 QStringLiteral("poll")));
    QVERIFY_THROWS_EXCEPTION(StoreException,
                             phones.recordMetric(id, HealthMetric::Tier, QStringLiteral("TIER_50"),
                                                 QDateTime(), QStringLiteral("poll")));
}

void TestPhoneNumberRepository::businessTier()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    PhoneNumberRepository phones(*db);
    QVERIFY(phones
                .recordBusinessTier(QStringLiteral("waba"), QStringLiteral("TIER_10K"), T0,
                                    QStringLiteral("webhook"))
                .changed);
    QVERIFY(!phones
                 .recordBusinessTier(QStringLiteral("waba"), QStringLiteral("TIER_10K"), T0,
                                     QStringLiteral("webhook"))
                 .changed);
    const HealthChange down =
        phones.recordBusinessTier(QStringLiteral("waba"), QStringLiteral("TIER_2K"), T0.addSecs(5),
                                  QStringLiteral("webhook"));
    QVERIFY(down.changed);
    QCOMPARE(down.oldValue, QStringLiteral("TIER_10K"));
    QVERIFY(phones
                .recordBusinessTier(QStringLiteral("waba"), QStringLiteral("TIER_250"),
                                    T0.addSecs(1), QStringLiteral("webhook"))
                .stale);
    QCOMPARE(phones.businessTier(QStringLiteral("waba")), QStringLiteral("TIER_2K"));
    QCOMPARE(phones.businessHistory(QStringLiteral("waba")).size(), 2);
    phones.recordBusinessLimits(QStringLiteral("waba"), 20, std::nullopt);
    phones.recordBusinessLimits(QStringLiteral("waba"), std::nullopt, 5);
    QCOMPARE(
        storetest::count(*db,
                         QStringLiteral("business_accounts WHERE max_phone_numbers_per_business = "
                                        "20 AND max_phone_numbers_per_waba = 5")),
        1);
    QVERIFY(phones.businessTier(QStringLiteral("unknown")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneNumberRepository)
#include "tst_phonenumberrepository.moc"

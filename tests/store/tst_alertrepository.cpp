#include "AlertRepository.h"
#include "StoreTestSupport.h"

using namespace sb;
using storetest::T0;

namespace {

AlertDraft draft(const QString &kind, const QString &subject, AlertSeverity severity,
                 const QDateTime &at, const QString &source = {})
{
    return AlertDraft{kind,
                      severity,
                      subject,
                      QStringLiteral("title ") + kind,
                      QStringLiteral("text at %1").arg(at.toSecsSinceEpoch()),
                      at,
                      source};
}

} // namespace

class TestAlertRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAlertsDeduplicate_data() { storetest::addBackendRows(); }
    void openAlertsDeduplicate();
    void sameSourceCountsOnce_data() { storetest::addBackendRows(); }
    void sameSourceCountsOnce();
    void acknowledgeThenRaiseAgain_data() { storetest::addBackendRows(); }
    void acknowledgeThenRaiseAgain();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestAlertRepository::openAlertsDeduplicate()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    AlertRepository alerts(*db);
    const RaiseResult first = alerts.raise(
        draft(QStringLiteral("phone_quality"), QStringLiteral("pn1"), AlertSeverity::Warning, T0));
    QVERIFY(first.created);
    const RaiseResult again =
        alerts.raise(draft(QStringLiteral("phone_quality"), QStringLiteral("pn1"),
                           AlertSeverity::Critical, T0.addSecs(60)));
    QCOMPARE(again.id, first.id);
    QVERIFY(!again.created);
    QVERIFY(again.counted);
    // A later, milder repeat keeps the higher severity; an older repeat keeps the latest time.
    alerts.raise(draft(QStringLiteral("phone_quality"), QStringLiteral("pn1"), AlertSeverity::Info,
                       T0.addSecs(30)));
    const auto record = alerts.find(first.id);
    QCOMPARE(record->occurrences, 3);
    QCOMPARE(record->severity, AlertSeverity::Critical);
    QCOMPARE(record->raisedAt, T0);
    QCOMPARE(record->lastRaisedAt, T0.addSecs(60));
    QCOMPARE(record->text, QStringLiteral("text at %1").arg(T0.addSecs(30).toSecsSinceEpoch()));
    // Another subject or kind is another alert.
    alerts.raise(
        draft(QStringLiteral("phone_quality"), QStringLiteral("pn2"), AlertSeverity::Info, T0));
    alerts.raise(draft(QStringLiteral("messaging_tier"), QStringLiteral("pn1"),
                       AlertSeverity::Warning, T0.addSecs(5)));
    const QList<AlertRecord> open = alerts.listOpen();
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.at(0).severity, AlertSeverity::Critical);
    QCOMPARE(open.at(1).kind, QStringLiteral("messaging_tier"));
    QCOMPARE(open.at(2).severity, AlertSeverity::Info);
    QVERIFY_THROWS_EXCEPTION(StoreException, alerts.raise(AlertDraft{}));
}

void TestAlertRepository::sameSourceCountsOnce()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    AlertRepository alerts(*db);
    const AlertDraft d = draft(QStringLiteral("template_status"), QStringLiteral("t1"),
                               AlertSeverity::Warning, T0, QStringLiteral("event:abc"));
    const RaiseResult first = alerts.raise(d);
    const RaiseResult replay = alerts.raise(d);
    QCOMPARE(replay.id, first.id);
    QVERIFY(!replay.counted);
    QCOMPARE(alerts.find(first.id)->occurrences, 1);
    AlertDraft other = d;
    other.sourceKey = QStringLiteral("event:def");
    QVERIFY(alerts.raise(other).counted);
    QCOMPARE(alerts.find(first.id)->occurrences, 2);
}

void TestAlertRepository::acknowledgeThenRaiseAgain()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    AlertRepository alerts(*db);
    const qint64 id = alerts
                          .raise(draft(QStringLiteral("contact_opt_out"),
                                       QStringLiteral("contact:1"), AlertSeverity::Warning, T0))
                          .id;
    QVERIFY(alerts.acknowledge(id, QStringLiteral("supervisor"), T0.addSecs(10)));
    QVERIFY(!alerts.acknowledge(id, QStringLiteral("supervisor"), T0.addSecs(20)));
    const auto closed = alerts.find(id);
    QVERIFY(!closed->isOpen());
    QCOMPARE(closed->acknowledgedBy, QStringLiteral("supervisor"));
    QCOMPARE(closed->acknowledgedAt, std::optional<QDateTime>(T0.addSecs(10)));
    QVERIFY(alerts.listOpen().isEmpty());
    const RaiseResult reopened =
        alerts.raise(draft(QStringLiteral("contact_opt_out"), QStringLiteral("contact:1"),
                           AlertSeverity::Warning, T0.addSecs(30)));
    QVERIFY(reopened.created);
    QVERIFY(reopened.id != id);
    QCOMPARE(alerts.list().size(), 2);
    QCOMPARE(alerts.list().first().id, reopened.id);
}

QTEST_GUILESS_MAIN(TestAlertRepository)
#include "tst_alertrepository.moc"

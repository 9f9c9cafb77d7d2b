// StoreWebhookSink behind the real WebhookReceiver over loopback HTTP, on a real database: a
// batch is answered 200 only once it is committed; a store failure is answered 500 and the same
// body sent again is then stored once; bodies saved by a run that died before ingesting them are
// replayed; unusable bodies become dead letters.

#include "EngineTestSupport.h"
#include "IntakePayloads.h"
#include "StoreWebhookSink.h"
#include "WebhookLogRepository.h"
#include "WebhookReceiver.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;

namespace {

const QByteArray kSecret = QByteArrayLiteral("sink-test-secret");

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("query failed: ") + query.lastError().text();
    return query.value(0).toString();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

// A receiver with the sink under test, and a client that posts signed bodies to it.
struct Intake
{
    explicit Intake(Database &db)
        : sink(db)
    {
        WebhookReceiverConfig config;
        config.appSecret = kSecret;
        config.verifyToken = QStringLiteral("verify");
        receiver = std::make_unique<WebhookReceiver>(config, &sink);
        port = receiver->listen();
        network.setProxy(QNetworkProxy::NoProxy);
    }

    // The HTTP status of a signed POST (0: no answer).
    int post(const QByteArray &body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256",
                             WebhookReceiver::signatureHeader(body, kSecret));
        QNetworkReply *reply = network.post(request, body);
        const bool finished =
            QTest::qWaitFor([reply] { return reply->isFinished(); }, sbtest::kWaitMs);
        const int status =
            finished ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        delete reply;
        return status;
    }

    StoreWebhookSink sink;
    std::unique_ptr<WebhookReceiver> receiver;
    QNetworkAccessManager network;
    quint16 port = 0;
};

// Makes every insert into `table` fail, as a full disk or a lost connection would.
QString failInsertsInto(const QString &table)
{
    return QStringLiteral("CREATE TRIGGER sb_test_fail BEFORE INSERT ON %1 BEGIN SELECT "
                          "RAISE(ABORT, 'injected failure'); END")
        .arg(table);
}
const QString kHealStore = QStringLiteral("DROP TRIGGER sb_test_fail");

} // namespace

class TestStoreWebhookSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedBatchIsStored_data() { sbtest::addDialectRows(); }
    void acknowledgedBatchIsStored()
    {
        SystemClock clock;
        SB_OPEN_TEST_DATABASE(test, &clock);
        Database &db = *test->database;
        Intake intake(db);
        QVERIFY(intake.port != 0);
        QSignalSpy ingested(&intake.sink, &StoreWebhookSink::ingested);

        const QByteArray body = sbtest::intakeBatch(7, m_shape);
        QCOMPARE(intake.post(body), 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in'")),
                 QString::number(m_shape.inbound));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_status_events")),
                 QString::number(m_shape.statuses));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM webhook_payloads WHERE "
                                       "processed = %1")
                            .arg(db.dialect() == Dialect::SQLite ? QStringLiteral("1")
                                                                 : QStringLiteral("TRUE"))),
                 QStringLiteral("1"));
        QCOMPARE(ingested.size(), 1);
        const auto result = ingested.first().first().value<IngestResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.inboundStored, m_shape.inbound);
        QCOMPARE(result.conversationIds.size(), m_shape.inbound); // distinct customers
        QCOMPARE(intake.sink.acceptedCount(), 1);
        QCOMPARE(intake.sink.failureCount(), 0);
    }

    void redeliveryIsAnsweredWithoutIngestingAgain()
    {
        SystemClock clock;
        auto test = sqlite(&clock);
        QVERIFY(test);
        Database &db = *test->database;
        Intake intake(db);
        QSignalSpy ingested(&intake.sink, &StoreWebhookSink::ingested);
        const QByteArray body = sbtest::intakeBatch(1, m_shape);
        QCOMPARE(intake.post(body), 200);
        const QString unread =
            scalar(db, QStringLiteral("SELECT SUM(unread_count) FROM conversations"));
        QCOMPARE(unread, QString::number(m_shape.inbound));
        QCOMPARE(intake.post(body), 200);
        QCOMPARE(ingested.size(), 1);
        QCOMPARE(intake.sink.redeliveryCount(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT deliveries FROM webhook_payloads")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(unread_count) FROM conversations")), unread);
    }

    void failedIngestIsAnswered500AndStoredOnRetry()
    {
        SystemClock clock;
        auto test = sqlite(&clock);
        QVERIFY(test);
        Database &db = *test->database;
        Intake intake(db);
        QSignalSpy failed(&intake.sink, &StoreWebhookSink::storeFailed);
        const QByteArray body = sbtest::intakeBatch(2, m_shape);

        QVERIFY(exec(db, failInsertsInto(QStringLiteral("messages"))));
        // One failure, one log line (the sink's), not one per layer.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^webhook payload not stored")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("not stored")));
        QCOMPARE(intake.post(body), 500);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        // The raw body was kept (its own commit); nothing of the batch was.
        QCOMPARE(scalar(db, QStringLiteral("SELECT processed FROM webhook_payloads")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")), QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM message_status_events")),
                 QStringLiteral("0"));

        QVERIFY(exec(db, kHealStore));
        QCOMPARE(intake.post(body), 200); // Meta's retry
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")),
                 QString::number(m_shape.inbound));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT processed || '/' || deliveries FROM "
                                       "webhook_payloads")),
                 QStringLiteral("1/2"));
        QCOMPARE(intake.sink.failureCount(), 1);
    }

    void failedSaveIsAnswered500AndStoresNothing()
    {
        SystemClock clock;
        auto test = sqlite(&clock);
        QVERIFY(test);
        Database &db = *test->database;
        Intake intake(db);
        QVERIFY(exec(db, failInsertsInto(QStringLiteral("webhook_payloads"))));
        QCOMPARE(intake.post(sbtest::intakeBatch(3, m_shape)), 500);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM webhook_payloads")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")), QStringLiteral("0"));
        QVERIFY(exec(db, kHealStore));
        QCOMPARE(intake.post(sbtest::intakeBatch(3, m_shape)), 200);
    }

    void savedButUnprocessedBodiesAreReplayed()
    {
        SystemClock clock;
        auto test = sqlite(&clock);
        QVERIFY(test);
        Database &db = *test->database;
        Intake intake(db);
        QVERIFY(exec(db, failInsertsInto(QStringLiteral("messages"))));
        QCOMPARE(intake.post(sbtest::intakeBatch(4, m_shape)), 500);
        QCOMPARE(intake.post(sbtest::intakeBatch(5, m_shape)), 500);
        QCOMPARE(intake.sink.replayUnprocessed(), 0); // still failing: left for later
        QVERIFY(exec(db, kHealStore));

        StoreWebhookSink restarted(db);
        QSignalSpy ingested(&restarted, &StoreWebhookSink::ingested);
        QCOMPARE(restarted.replayUnprocessed(), 2);
        QCOMPARE(ingested.size(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")),
                 QString::number(2 * m_shape.inbound));
        QCOMPARE(restarted.replayUnprocessed(), 0);
        QCOMPARE(intake.post(sbtest::intakeBatch(4, m_shape)), 200); // a late retry: no change
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM messages")),
                 QString::number(2 * m_shape.inbound));
    }

    void unusableBodiesBecomeDeadLetters()
    {
        SystemClock clock;
        auto test = sqlite(&clock);
        QVERIFY(test);
        Database &db = *test->database;
        Intake intake(db);
        QCOMPARE(intake.post(QByteArrayLiteral("{not json")), 400);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM dead_letters WHERE payload_id "
                                       "IS NULL AND reason <> ''")),
                 QStringLiteral("1"));

        // Handed over directly (a replay, a file): kept, filed, and not retried for ever.
        QVERIFY(intake.sink.accept(QByteArrayLiteral("[1,2,3]")));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM dead_letters d JOIN "
                                       "webhook_payloads p ON p.id = d.payload_id WHERE "
                                       "p.processed = 1")),
                 QStringLiteral("1"));
        QCOMPARE(intake.sink.replayUnprocessed(), 0);
    }

private:
    static std::unique_ptr<sbtest::TestDatabase> sqlite(const Clock *clock)
    {
        QString error;
        auto test = sbtest::TestDatabase::create(sbtest::TestDatabase::Kind::SQLite, clock, &error);
        if (!test)
            qWarning() << error;
        return test;
    }

    sbtest::IntakeShape m_shape{3, 2, 40};
};

QTEST_GUILESS_MAIN(TestStoreWebhookSink)
#include "tst_storewebhooksink.moc"

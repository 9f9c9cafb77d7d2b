#include "StoreTestSupport.h"
#include "WebhookLogRepository.h"

#include <QCryptographicHash>

using namespace sb;
using storetest::T0;

class TestWebhookLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redeliveryLandsOnSameRow_data() { storetest::addBackendRows(); }
    void redeliveryLandsOnSameRow();
    void bodiesKeptByteForByte_data() { storetest::addBackendRows(); }
    void bodiesKeptByteForByte();
    void deadLetters_data() { storetest::addBackendRows(); }
    void deadLetters();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestWebhookLog::redeliveryLandsOnSameRow()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    WebhookLogRepository log(*db);
    const QByteArray body =
        QByteArrayLiteral("{\"object\":\"whatsapp_business_account\",\"entry\":[]}");
    const SavedPayload first = log.save(body, T0);
    QCOMPARE(first.deliveries, 1);
    QCOMPARE(
        first.sha256,
        QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    const SavedPayload again = log.save(body, T0.addSecs(30));
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.deliveries, 2);
    QVERIFY(!again.alreadyProcessed);
    const SavedPayload other = log.save(body + ' ', T0.addSecs(31));
    QVERIFY(other.id != first.id);
    QCOMPARE(log.unprocessed().size(), 2);
    log.markProcessed(first.id, 3);
    QVERIFY(log.save(body, T0.addSecs(60)).alreadyProcessed);
    const auto row = log.find(first.id);
    QCOMPARE(row->deliveries, 3);
    QCOMPARE(row->receivedAt, T0);
    QCOMPARE(row->lastReceivedAt, T0.addSecs(60));
    QCOMPARE(row->eventCount, 3);
    QVERIFY(row->processedAt);
    QCOMPARE(log.unprocessed().size(), 1);
    QCOMPARE(log.unprocessed().first().id, other.id);
}

void TestWebhookLog::bodiesKeptByteForByte()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    WebhookLogRepository log(*db);
    // Not UTF-8, NUL bytes, quotes and backslashes: stored as bytes, not text.
    const QByteArray body("{\"x\":\"\xff\xfe\x00\x01'\\\\\"}", 16);
    const SavedPayload saved = log.save(body);
    QCOMPARE(log.find(saved.id)->body, body);
    const SavedPayload empty = log.save(QByteArray());
    QCOMPARE(log.find(empty.id)->body, QByteArray());
}

void TestWebhookLog::deadLetters()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    WebhookLogRepository log(*db);
    const SavedPayload saved = log.save(QByteArrayLiteral("{}"));
    log.deadLetter(QByteArrayLiteral("not json"), QStringLiteral("The body is not a JSON object."),
                   std::nullopt, T0);
    log.deadLetter(QByteArrayLiteral("{\"id\":1}"), QStringLiteral("No sender"), saved.id,
                   T0.addSecs(1));
    const QList<DeadLetterRecord> letters = log.deadLetters();
    QCOMPARE(letters.size(), 2);
    QCOMPARE(letters.at(0).reason, QStringLiteral("No sender")); // newest first
    QCOMPARE(letters.at(0).payloadId, std::optional<qint64>(saved.id));
    QCOMPARE(letters.at(1).body, QByteArrayLiteral("not json"));
    QVERIFY(!letters.at(1).payloadId);
    QCOMPARE(letters.at(1).sha256, WebhookLogRepository::sha256Hex(QByteArrayLiteral("not json")));
    QCOMPARE(letters.at(1).receivedAt, T0);
}

QTEST_GUILESS_MAIN(TestWebhookLog)
#include "tst_webhooklog.moc"

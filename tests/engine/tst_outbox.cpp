// Outbox: validation before anything is stored, the local id in biz_opaque_callback_data, the
// outbox row and the message row in one transaction, and an agent's retry as a new send.

#include "ConversationRepository.h"
#include "EngineTestSupport.h"
#include "LocalId.h"
#include "MessageRepository.h"
#include "Violation.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

const QString kPhone = QStringLiteral("106540352242922");

int rowCount(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

OutboundMessage textTo(const QString &to, const QString &body)
{
    OutboundMessage outbound;
    outbound.phoneNumberId = kPhone;
    outbound.message = makeText(to, body);
    return outbound;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{sbtest::kStart};

private Q_SLOTS:
    void refusesInvalidMessagesAndStoresNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("problem");
        for (const auto &[name, dialect] :
             {std::pair{"sqlite", sbtest::TestDatabase::Kind::SQLite},
              std::pair{"postgresql", sbtest::TestDatabase::Kind::PostgreSQL}}) {
            QTest::addRow("%s/empty text", name) << int(dialect) << 0;
            QTest::addRow("%s/text over 4096", name) << int(dialect) << 1;
            QTest::addRow("%s/no sending number", name) << int(dialect) << 2;
            QTest::addRow("%s/inbound-only kind", name) << int(dialect) << 3;
            QTest::addRow("%s/no recipient", name) << int(dialect) << 4;
        }
    }
    void refusesInvalidMessagesAndStoresNothing()
    {
        SB_OPEN_TEST_DATABASE(test, &m_clock);
        QFETCH(int, problem);
        Outbox outbox(*test->database, m_clock);
        QSignalSpy enqueued(&outbox, &Outbox::enqueued);
        OutboundMessage outbound = textTo(QStringLiteral("+15550100001"), QStringLiteral("hi"));
        QString path;
        switch (problem) {
        case 0:
            outbound.message = makeText(QStringLiteral("+15550100001"), QString());
            path = QStringLiteral("text.body");
            break;
        case 1:
            outbound.message = makeText(QStringLiteral("+15550100001"), QString(4097, u'x'));
            path = QStringLiteral("text.body");
            break;
        case 2:
            outbound.phoneNumberId.clear();
            path = QStringLiteral("phone_number_id");
            break;
        case 3:
            outbound.message = makeUnsupported(QStringLiteral("poll"), QStringLiteral("n/a"));
            outbound.message.to = QStringLiteral("+15550100001");
            break;
        case 4:
            outbound.message = makeText(QString(), QStringLiteral("hi"));
            path = QStringLiteral("to");
            break;
        }
        const EnqueueResult result = outbox.enqueue(outbound);
        QCOMPARE(result.status, EnqueueResult::Status::Refused);
        QVERIFY(hasErrors(result.violations));
        if (!path.isEmpty()) {
            bool named = false;
            for (const Violation &violation : result.violations)
                named = named || violation.path == path;
            QVERIFY2(named, qPrintable(toText(result.violations)));
        }
        QVERIFY(result.localId.isEmpty());
        QCOMPARE(enqueued.count(), 0);
        QCOMPARE(rowCount(*test->database, QStringLiteral("outbox")), 0);
        QCOMPARE(rowCount(*test->database, QStringLiteral("messages")), 0);
        QCOMPARE(rowCount(*test->database, QStringLiteral("conversations")), 0);
    }

    void queuedMessageCarriesItsLocalId_data() { sbtest::addDialectRows(); }
    void queuedMessageCarriesItsLocalId()
    {
        SB_OPEN_TEST_DATABASE(test, &m_clock);
        Outbox outbox(*test->database, m_clock);
        QSignalSpy enqueued(&outbox, &Outbox::enqueued);
        const EnqueueResult result =
            outbox.enqueue(textTo(QStringLiteral("+1 555-010-0001"), QStringLiteral("Hello!")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(isLocalId(result.localId));
        QCOMPARE(enqueued.count(), 1);
        QCOMPARE(enqueued.first().at(0).toString(), kPhone);
        QCOMPARE(enqueued.first().at(1).toString(), result.localId);

        const auto row = outbox.repository().byLocalId(result.localId);
        QVERIFY(row);
        QCOMPARE(row->id, result.outboxId);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->recipient, QStringLiteral("15550100001")); // one key per customer
        QCOMPARE(row->kind, QStringLiteral("text"));
        QVERIFY(!row->businessInitiated);
        const QJsonObject request = row->request();
        QCOMPARE(request.value(u"biz_opaque_callback_data").toString(), result.localId);
        QCOMPARE(request.value(u"text").toObject().value(u"body").toString(),
                 QStringLiteral("Hello!"));

        const auto message = MessageRepository(*test->database).findByLocalId(result.localId);
        QVERIFY(message);
        QCOMPARE(message->delivery.state(), DeliveryState::Queued);
        QCOMPARE(message->bodyText, QStringLiteral("Hello!"));
        QCOMPARE(message->conversationId, *row->conversationId);
        const auto conversation =
            ConversationRepository(*test->database).find(*row->conversationId);
        QVERIFY(conversation);
        QCOMPARE(conversation->phoneNumberId, kPhone);
        QCOMPARE(conversation->lastMessagePreview, QStringLiteral("Hello!"));

        // A second message to the same customer lands in the same conversation, new local id.
        const EnqueueResult again =
            outbox.enqueue(textTo(QStringLiteral("+15550100001"), QStringLiteral("Again")));
        QVERIFY(again.ok());
        QVERIFY(again.localId != result.localId);
        QCOMPARE(outbox.repository().byLocalId(again.localId)->conversationId, row->conversationId);
    }

    void retryAsNewIsANewSend_data() { sbtest::addDialectRows(); }
    void retryAsNewIsANewSend()
    {
        SB_OPEN_TEST_DATABASE(test, &m_clock);
        Outbox outbox(*test->database, m_clock);
        OutboxRepository &repository = outbox.repository();
        const EnqueueResult first =
            outbox.enqueue(textTo(QStringLiteral("+15550100001"), QStringLiteral("Your order")));
        QVERIFY(first.ok());
        // Still queued: nothing to retry.
        QCOMPARE(outbox.retryAsNew(first.localId).status, EnqueueResult::Status::NotRetryable);
        QVERIFY(repository.markSending(first.outboxId, m_clock.now()));
        QVERIFY(repository.markFailed(first.outboxId, OutboxError{131026, {}, {}}, m_clock.now()));

        const EnqueueResult retry = outbox.retryAsNew(first.localId);
        QVERIFY2(retry.ok(), qPrintable(retry.error));
        QVERIFY(retry.localId != first.localId);
        QVERIFY(isLocalId(retry.localId));
        const auto oldRow = repository.byLocalId(first.localId);
        const auto newRow = repository.byLocalId(retry.localId);
        QCOMPARE(oldRow->state, OutboxState::Failed); // the old one keeps its story
        QCOMPARE(newRow->state, OutboxState::Queued);
        QCOMPARE(newRow->attempts, 0);
        QCOMPARE(newRow->conversationId, oldRow->conversationId);
        QJsonObject oldRequest = oldRow->request();
        QJsonObject newRequest = newRow->request();
        QCOMPARE(newRequest.value(u"biz_opaque_callback_data").toString(), retry.localId);
        oldRequest.remove(QStringLiteral("biz_opaque_callback_data"));
        newRequest.remove(QStringLiteral("biz_opaque_callback_data"));
        QCOMPARE(newRequest, oldRequest);

        // An unknown outcome may be sent again by a person who accepts the risk.
        QVERIFY(repository.markSending(newRow->id, m_clock.now()));
        QVERIFY(repository.markUnknown(newRow->id, {}, m_clock.now()));
        QVERIFY(outbox.retryAsNew(retry.localId).ok());
        QCOMPARE(outbox.retryAsNew(QStringLiteral("sb-nope")).status,
                 EnqueueResult::Status::NotRetryable);
    }

    void cancelWithdrawsBeforeSending_data() { sbtest::addDialectRows(); }
    void cancelWithdrawsBeforeSending()
    {
        SB_OPEN_TEST_DATABASE(test, &m_clock);
        Outbox outbox(*test->database, m_clock);
        QSignalSpy cancelled(&outbox, &Outbox::cancelled);
        const EnqueueResult queued =
            outbox.enqueue(textTo(QStringLiteral("+15550100001"), QStringLiteral("oops")));
        QVERIFY(queued.ok());
        QVERIFY(outbox.cancel(queued.localId));
        QVERIFY(!outbox.cancel(queued.localId));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(outbox.repository().byLocalId(queued.localId)->state, OutboxState::Cancelled);
        QVERIFY(!MessageRepository(*test->database).findByLocalId(queued.localId));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

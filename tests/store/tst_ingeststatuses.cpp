#include "Ingestor.h"
#include "SqlStatement.h"
#include "StoreFixtures.h"

#include <QAtomicInt>
#include <QThread>

using namespace fixtures;

class TestIngestStatuses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesOutOfOrder_data() { storetest::addBackendRows(); }
    void statusesOutOfOrder();
    void statusBeforeSendResponse_data() { storetest::addBackendRows(); }
    void statusBeforeSendResponse();
    void concurrentStatuses_data() { storetest::addBackendRows(); }
    void concurrentStatuses();
    void unknownOutcomeResolved_data() { storetest::addBackendRows(); }
    void unknownOutcomeResolved();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestIngestStatuses::statusesOutOfOrder()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 id = outbound(*db, QStringLiteral("local-1"), QStringLiteral("wamid.out"));
    Ingestor ingestor(*db);
    const QString wamid = QStringLiteral("wamid.out");
    IngestResult r = ingestor.ingest({events::status(wamid, QStringLiteral("read"), at(3s))});
    QCOMPARE(r.statusesApplied, 1);
    QCOMPARE(r.messageIds, QList<qint64>{id});
    r = ingestor.ingest({events::status(wamid, QStringLiteral("delivered"), at(2s)),
                         events::status(wamid, QStringLiteral("sent"), at(1s))});
    QVERIFY(r.ok);
    auto message = MessageRepository(*db).find(id);
    QVERIFY(message);
    QCOMPARE(message->delivery.state(), DeliveryState::Read);
    QCOMPARE(message->delivery.timestamp(DeliveryState::Sent), std::optional<QDateTime>(at(1s)));
    QCOMPARE(message->delivery.timestamp(DeliveryState::Delivered),
             std::optional<QDateTime>(at(2s)));
    QCOMPARE(message->delivery.timestamp(DeliveryState::Read), std::optional<QDateTime>(at(3s)));
    QCOMPARE(message->delivery.timestamp(DeliveryState::Queued), std::optional<QDateTime>(T0));

    // A failure reported after the read receipt: the message stays read; the error is kept.
    r = ingestor.ingest({events::failed(wamid, at(4s), 131049)});
    QVERIFY(r.ok);
    message = MessageRepository(*db).find(id);
    QCOMPARE(message->delivery.state(), DeliveryState::Read);
    QVERIFY(message->delivery.error());
    QCOMPARE(message->delivery.error()->code, 131049);
    // Redelivered statuses are recognised as such.
    r = ingestor.ingest({events::status(wamid, QStringLiteral("read"), at(9s))});
    QCOMPARE(r.statusesDuplicate, 1);
    QCOMPARE(MessageRepository(*db).find(id)->delivery.timestamp(DeliveryState::Read),
             std::optional<QDateTime>(at(3s)));

    // Pricing and the conversation object land on the message.
    const qint64 other = outbound(*db, QStringLiteral("local-2"), QStringLiteral("wamid.priced"));
    StatusEvent sent =
        events::status(QStringLiteral("wamid.priced"), QStringLiteral("sent"), at(5s));
    sent.pricing = StatusPricing{true, QStringLiteral("PMP"), QStringLiteral("regular"),
                                 QStringLiteral("marketing")};
    sent.conversation =
        StatusConversation{QStringLiteral("conv-9"), at(24h), QStringLiteral("marketing")};
    QVERIFY(ingestor.ingest({sent}).ok);
    const auto priced = MessageRepository(*db).find(other);
    QCOMPARE(priced->pricing.category, QStringLiteral("marketing"));
    QCOMPARE(priced->pricing.type, QStringLiteral("regular"));
    QCOMPARE(priced->pricing.model, QStringLiteral("PMP"));
    QCOMPARE(priced->pricing.billable, std::optional<bool>(true));
    QCOMPARE(priced->platformConversationId, QStringLiteral("conv-9"));
    QCOMPARE(priced->platformConversationExpiresAt, std::optional<QDateTime>(at(24h)));
}

void TestIngestStatuses::statusBeforeSendResponse()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    const QString wamid = QStringLiteral("wamid.early");
    const IngestResult early =
        ingestor.ingest({events::status(wamid, QStringLiteral("sent"), at(1s)),
                         events::status(wamid, QStringLiteral("delivered"), at(2s))});
    QVERIFY(early.ok);
    QCOMPARE(early.statusesPending, 2);

    // The send response arrives afterwards: the waiting statuses apply at once.
    const qint64 id = outbound(*db, QStringLiteral("local-early"));
    QVERIFY(MessageRepository(*db).assignPlatformId(id, wamid));
    const auto message = MessageRepository(*db).find(id);
    QCOMPARE(message->platformId, wamid);
    QCOMPARE(message->delivery.state(), DeliveryState::Delivered);
    QCOMPARE(message->delivery.timestamp(DeliveryState::Sent), std::optional<QDateTime>(at(1s)));
    QCOMPARE(
        storetest::count(*db, QStringLiteral("message_status_events WHERE message_id IS NULL")), 0);
    // The same wamid cannot be given to a second message.
    const qint64 other = outbound(*db, QStringLiteral("local-other"));
    QVERIFY(!MessageRepository(*db).assignPlatformId(other, wamid));
}

void TestIngestStatuses::concurrentStatuses()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    // Meta delivers webhooks concurrently: sent, delivered and read of the same messages land
    // on three connections at once, and no state or timestamp may be lost.
    constexpr int Messages = 12;
    QList<qint64> ids;
    for (int i = 0; i < Messages; ++i)
        ids.append(
            outbound(*db, QStringLiteral("c-%1").arg(i), QStringLiteral("wamid.c%1").arg(i)));
    const QStringList statuses{QStringLiteral("sent"), QStringLiteral("delivered"),
                               QStringLiteral("read")};
    QAtomicInt failures;
    QList<QThread *> threads;
    for (int s = 0; s < statuses.size(); ++s) {
        threads.append(QThread::create([&, s] {
            Ingestor ingestor(*db);
            for (int i = 0; i < Messages; ++i) {
                const IngestResult r = ingestor.ingest(
                    {events::status(QStringLiteral("wamid.c%1").arg(i), statuses.at(s),
                                    at(std::chrono::seconds(s + 1)))});
                if (!r.ok)
                    failures.fetchAndAddRelaxed(1);
            }
        }));
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
    for (const qint64 id : std::as_const(ids)) {
        const auto m = MessageRepository(*db).find(id);
        QVERIFY(m);
        QCOMPARE(m->delivery.state(), DeliveryState::Read);
        QCOMPARE(m->delivery.timestamp(DeliveryState::Sent), std::optional<QDateTime>(at(1s)));
        QCOMPARE(m->delivery.timestamp(DeliveryState::Delivered), std::optional<QDateTime>(at(2s)));
        QCOMPARE(m->delivery.timestamp(DeliveryState::Read), std::optional<QDateTime>(at(3s)));
    }
}

void TestIngestStatuses::unknownOutcomeResolved()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 id = outbound(*db, QStringLiteral("local-lost"));
    SqlStatement row(
        *db,
        QStringLiteral("INSERT INTO outbox (local_id, phone_number_id, recipient, message_id, "
                       "request_json, kind, state, next_attempt_at, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, '{}', 'text', 'unknown', 0, 0, 0)"));
    row.bind(QStringLiteral("local-lost"))
        .bind(events::PhoneNumberId)
        .bind(Customer)
        .bind(id)
        .exec();

    // The HTTP answer was lost, but the status webhook carries our local id.
    const IngestResult r =
        Ingestor(*db).ingest({events::status(QStringLiteral("wamid.found"), QStringLiteral("sent"),
                                             at(1s), QStringLiteral("local-lost"))});
    QVERIFY2(r.ok, qPrintable(r.error.toString()));
    QCOMPARE(r.statusesApplied, 1);
    const auto message = MessageRepository(*db).find(id);
    QCOMPARE(message->platformId, QStringLiteral("wamid.found"));
    QCOMPARE(message->delivery.state(), DeliveryState::Sent);
    SqlStatement outbox(*db,
                        QStringLiteral("SELECT state, platform_id FROM outbox WHERE local_id = ?"));
    outbox.bind(QStringLiteral("local-lost")).exec();
    QVERIFY(outbox.next());
    QCOMPARE(outbox.text(0), QStringLiteral("accepted"));
    QCOMPARE(outbox.text(1), QStringLiteral("wamid.found"));
}

QTEST_GUILESS_MAIN(TestIngestStatuses)
#include "tst_ingeststatuses.moc"

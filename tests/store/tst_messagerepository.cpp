#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "StoreTestSupport.h"

using namespace sb;
using namespace std::chrono_literals;
using storetest::T0;

namespace {

qint64 conversationFor(Database &db)
{
    const qint64 contact =
        ContactRepository(db).upsert(ContactIdentity{{}, {}, QStringLiteral("123456789"), {}}).id;
    return ConversationRepository(db).ensure(contact, QStringLiteral("pn"));
}

NewMessage outbound(qint64 conversation, const QString &localId, const QDateTime &at)
{
    NewMessage m;
    m.conversationId = conversation;
    m.direction = Direction::Outbound;
    m.kind = QStringLiteral("text");
    m.localId = localId;
    m.author = QStringLiteral("agent-7");
    m.contentJson = QStringLiteral("{\"messaging_product\":\"whatsapp\"}");
    m.bodyText = QStringLiteral("Hello ") + localId;
    m.initialState = DeliveryState::Queued;
    m.createdAt = at;
    return m;
}

} // namespace

class TestMessageRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndDedupe_data() { storetest::addBackendRows(); }
    void insertAndDedupe();
    void pagesNewestFirst_data() { storetest::addBackendRows(); }
    void pagesNewestFirst();
    void statusMergePersists_data() { storetest::addBackendRows(); }
    void statusMergePersists();
    void manyByIdAndLatestPerConversation_data() { storetest::addBackendRows(); }
    void manyByIdAndLatestPerConversation();
    void storedTimesRoundTrip();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestMessageRepository::insertAndDedupe()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 conversation = conversationFor(*db);
    MessageRepository messages(*db);
    NewMessage m = outbound(conversation, QStringLiteral("L1"), T0);
    m.replyToPlatformId = QStringLiteral("wamid.quoted");
    const auto id = messages.insert(m);
    QVERIFY(id);
    QVERIFY(!messages.insert(m)); // same local id
    const auto record = messages.findByLocalId(QStringLiteral("L1"));
    QVERIFY(record);
    QCOMPARE(record->id, *id);
    QCOMPARE(record->direction, Direction::Outbound);
    QCOMPARE(record->author, QStringLiteral("agent-7"));
    QCOMPARE(record->replyToPlatformId, QStringLiteral("wamid.quoted"));
    QCOMPARE(record->contentJson, m.contentJson);
    QCOMPARE(record->delivery.state(), DeliveryState::Queued);
    QCOMPARE(record->createdAt, T0);
    QVERIFY(record->platformId.isEmpty());

    NewMessage in;
    in.conversationId = conversation;
    in.direction = Direction::Inbound;
    in.kind = QStringLiteral("text");
    in.platformId = QStringLiteral("wamid.in");
    in.createdAt = T0;
    QVERIFY(messages.insert(in));
    QVERIFY(!messages.insert(in)); // same wamid
    QCOMPARE(messages.findByPlatformId(QStringLiteral("wamid.in"))->delivery.state(),
             DeliveryState::Draft);
    QCOMPARE(messages.findByPlatformId(QStringLiteral("wamid.in"))->contentJson,
             QStringLiteral("{}"));
    QVERIFY(!messages.findByPlatformId(QStringLiteral("wamid.none")));
    QVERIFY(!messages.findByLocalId(QString()));
    in.conversationId = 987654; // no such conversation
    in.platformId = QStringLiteral("wamid.orphan");
    QVERIFY_THROWS_EXCEPTION(StoreException, messages.insert(in));
}

void TestMessageRepository::pagesNewestFirst()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 conversation = conversationFor(*db);
    MessageRepository messages(*db);
    // 7 messages, two pairs sharing a timestamp: the id breaks the tie.
    const QList<int> seconds{0, 10, 10, 20, 30, 30, 40};
    for (int i = 0; i < seconds.size(); ++i)
        QVERIFY(messages.insert(
            outbound(conversation, QStringLiteral("L%1").arg(i), T0.addSecs(seconds.at(i)))));
    QStringList seen;
    std::optional<MessageCursor> cursor;
    for (int page = 0; page < 5; ++page) {
        const QList<MessageRecord> rows = messages.page(conversation, 3, cursor);
        if (rows.isEmpty())
            break;
        for (const MessageRecord &r : rows)
            seen.append(r.localId);
        cursor = MessageCursor{rows.last().createdAt, rows.last().id};
    }
    QCOMPARE(seen,
             (QStringList{QStringLiteral("L6"), QStringLiteral("L5"), QStringLiteral("L4"),
                          QStringLiteral("L3"), QStringLiteral("L2"), QStringLiteral("L1"),
                          QStringLiteral("L0")}));
    QVERIFY(messages.page(conversation + 1, 10).isEmpty());
}

void TestMessageRepository::manyByIdAndLatestPerConversation()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 first = conversationFor(*db);
    const qint64 contact =
        ContactRepository(*db).upsert(ContactIdentity{{}, {}, QStringLiteral("987654321"), {}}).id;
    const qint64 second = ConversationRepository(*db).ensure(contact, QStringLiteral("pn"));
    const qint64 empty = ConversationRepository(*db).ensure(contact, QStringLiteral("pn2"));
    MessageRepository messages(*db);
    QList<qint64> ids;
    // In the first conversation the newest two share a time: the higher id is the newest, as in
    // page(). The second's newest was inserted first.
    for (const auto &[conversation, local, seconds] :
         {std::tuple{first, "A0", 0}, std::tuple{first, "A1", 30}, std::tuple{first, "A2", 30},
          std::tuple{second, "B0", 50}, std::tuple{second, "B1", 5}})
        ids << *messages.insert(
            outbound(conversation, QString::fromLatin1(local), T0.addSecs(seconds)));

    QList<qint64> found;
    for (const MessageRecord &r : messages.findMany({ids.at(4), ids.at(0), 999999, ids.at(2)}))
        found << r.id;
    std::sort(found.begin(), found.end());
    QCOMPARE(found, (QList<qint64>{ids.at(0), ids.at(2), ids.at(4)}));
    QVERIFY(messages.findMany({}).isEmpty());

    QHash<qint64, QString> newest;
    for (const MessageRecord &r : messages.latest({first, second, empty, 424242}))
        newest.insert(r.conversationId, r.localId);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.value(first), QStringLiteral("A2"));
    QCOMPARE(newest.value(second), QStringLiteral("B0"));
    QCOMPARE(newest.value(first), messages.page(first, 1).first().localId);

    // Longer lists than one statement takes.
    QList<qint64> many;
    for (int i = 0; i < 1200; ++i)
        many << ids.at(i % ids.size()) + (i / ids.size()) * 100000;
    QCOMPARE(messages.findMany(many).size(), ids.size());
}

void TestMessageRepository::statusMergePersists()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    MessageRepository messages(*db);
    const qint64 id = *messages.insert(outbound(conversationFor(*db), QStringLiteral("L"), T0));
    QVERIFY(messages.applyStatus(id, DeliveryState::Sending, T0.addSecs(1)));
    QVERIFY(messages.applyStatus(id, DeliveryState::Accepted, T0.addSecs(2)));
    QVERIFY(messages.applyStatus(id, DeliveryState::Read, T0.addSecs(9)));
    // Read implies delivered and sent at the same instant until told otherwise.
    auto record = messages.find(id);
    QCOMPARE(record->delivery.state(), DeliveryState::Read);
    QCOMPARE(record->delivery.timestamp(DeliveryState::Delivered),
             std::optional<QDateTime>(T0.addSecs(9)));
    QVERIFY(messages.applyStatus(id, DeliveryState::Delivered, T0.addSecs(5)));
    QVERIFY(!messages.applyStatus(id, DeliveryState::Delivered,
                                  T0.addSecs(7))); // later report: no change
    QVERIFY(!messages.applyStatus(id, DeliveryState::Queued, T0.addSecs(20))); // never backwards
    record = messages.find(id);
    QCOMPARE(record->delivery.state(), DeliveryState::Read);
    QCOMPARE(record->delivery.timestamp(DeliveryState::Delivered),
             std::optional<QDateTime>(T0.addSecs(5)));
    QCOMPARE(record->delivery.timestamp(DeliveryState::Accepted),
             std::optional<QDateTime>(T0.addSecs(2)));

    const qint64 failing =
        *messages.insert(outbound(conversationFor(*db), QStringLiteral("F"), T0));
    QVERIFY(messages.applyStatus(failing, DeliveryState::Sent, T0.addSecs(1)));
    QVERIFY(messages.applyStatus(failing, DeliveryState::Failed, T0.addSecs(3),
                                 StatusError{131026, QStringLiteral("Message undeliverable"),
                                             QStringLiteral("not on WhatsApp")}));
    record = messages.find(failing);
    QCOMPARE(record->delivery.state(), DeliveryState::Failed);
    QCOMPARE(record->delivery.error(),
             std::optional<StatusError>(StatusError{131026, QStringLiteral("Message undeliverable"),
                                                    QStringLiteral("not on WhatsApp")}));
    QVERIFY(!messages.applyStatus(424242, DeliveryState::Sent, T0));
}

void TestMessageRepository::storedTimesRoundTrip()
{
    DeliveryStatus status;
    status.apply(DeliveryState::Queued, T0);
    status.apply(DeliveryState::Played, T0.addSecs(30));
    status.apply(DeliveryState::Delivered, T0.addSecs(10));
    status.apply(DeliveryState::Failed, T0.addSecs(20),
                 StatusError{1, QStringLiteral("t"), QStringLiteral("d")});
    const QString json = deliveryTimesJson(status);
    QVERIFY(json.contains(QStringLiteral("\"played\"")));
    QCOMPARE(deliveryFromStored(json, status.error()), status);
    QVERIFY(deliveryFromStored(QStringLiteral("not json"), std::nullopt).isEmpty());
    QVERIFY(
        deliveryFromStored(QStringLiteral("{\"bogus\":5,\"sent\":\"x\"}"), std::nullopt).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageRepository)
#include "tst_messagerepository.moc"

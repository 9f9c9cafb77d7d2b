#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "StoreTestSupport.h"

using namespace sb;
using namespace std::chrono_literals;
using storetest::T0;

namespace {

const QString PnA = QStringLiteral("pn-a");
const QString PnB = QStringLiteral("pn-b");

ContactIdentity wa(const QString &waId)
{
    return ContactIdentity{{}, {}, waId, {}};
}

ContactIdentity user(const QString &userId, const QString &waId = {}, const QString &parent = {})
{
    return ContactIdentity{parent, userId, waId, {}};
}

void addMessage(Database &db, qint64 conversation, const QString &wamid, const QDateTime &at)
{
    NewMessage m;
    m.conversationId = conversation;
    m.direction = Direction::Inbound;
    m.kind = QStringLiteral("text");
    m.platformId = wamid;
    m.bodyText = wamid;
    m.createdAt = at;
    QVERIFY(MessageRepository(db).insert(m));
}

} // namespace

class TestContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndFind_data() { storetest::addBackendRows(); }
    void createAndFind();
    void findMany_data() { storetest::addBackendRows(); }
    void findMany();
    void bsuidAdoptsPhoneContact_data() { storetest::addBackendRows(); }
    void bsuidAdoptsPhoneContact();
    void twoRecordsMerge_data() { storetest::addBackendRows(); }
    void twoRecordsMerge();
    void recycledNumberStaysApart_data() { storetest::addBackendRows(); }
    void recycledNumberStaysApart();
    void consentKeepsLatest_data() { storetest::addBackendRows(); }
    void consentKeepsLatest();
    void unusableIdentityRejected_data() { storetest::addBackendRows(); }
    void unusableIdentityRejected();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestContactRepository::findMany()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    const qint64 a =
        contacts.upsert(wa(QStringLiteral("+16505551234")), {QStringLiteral("A"), {}, {}}).id;
    const qint64 b =
        contacts.upsert(wa(QStringLiteral("+16505554321")), {QStringLiteral("B"), {}, {}}).id;
    QHash<qint64, QString> names;
    for (const ContactRecord &record : contacts.findMany({b, 777777, a, b}))
        names.insert(record.id, record.profile.profileName);
    QCOMPARE(names.size(), 2);
    QCOMPARE(names.value(a), QStringLiteral("A"));
    QCOMPARE(names.value(b), QStringLiteral("B"));
    QVERIFY(contacts.findMany({}).isEmpty());
    QList<qint64> many(1100, 999999); // more than one statement takes
    many.append(a);
    QCOMPARE(contacts.findMany(many).size(), 1);
}

void TestContactRepository::createAndFind()
{
    QFETCH(Dialect, dialect);
    ManualClock clock(T0);
    DatabaseOptions options;
    options.clock = &clock;
    SB_FRESH_DB(m_backends, db, dialect, options);
    ContactRepository contacts(*db);
    const auto created =
        contacts.upsert(wa(QStringLiteral("+16505551234")), {QStringLiteral("Sheena"), {}, {}});
    QVERIFY(created.created);
    QVERIFY(created.changed);
    const auto record = contacts.find(created.id);
    QVERIFY(record);
    QCOMPARE(record->key, QStringLiteral("wa:16505551234"));
    QCOMPARE(record->identity.waId, QStringLiteral("16505551234"));
    QCOMPARE(record->profile.profileName, QStringLiteral("Sheena"));
    QCOMPARE(record->createdAt, T0);

    clock.advance(1h);
    const auto again = contacts.upsert(wa(QStringLiteral("16505551234")));
    QCOMPARE(again.id, created.id);
    QVERIFY(!again.created);
    QVERIFY(!again.changed);
    QCOMPARE(contacts.find(created.id)->updatedAt, T0); // untouched

    const auto renamed =
        contacts.upsert(wa(QStringLiteral("16505551234")),
                        {QStringLiteral("Sheena N."), QStringLiteral("@sheena"), {}});
    QVERIFY(renamed.changed);
    QCOMPARE(contacts.find(created.id)->profile.profileName, QStringLiteral("Sheena N."));
    QCOMPARE(contacts.find(created.id)->updatedAt, T0.addSecs(3600));
    // The phone form of the same number finds the wa_id contact.
    const auto byPhone =
        contacts.findByIdentity(ContactIdentity{{}, {}, {}, QStringLiteral("+1 650-555-1234")});
    QVERIFY(byPhone);
    QCOMPARE(byPhone->id, created.id);
    QVERIFY(!contacts.findByIdentity(wa(QStringLiteral("999"))));
}

void TestContactRepository::bsuidAdoptsPhoneContact()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    const qint64 id = contacts.upsert(wa(QStringLiteral("16505551234"))).id;
    // The same customer, now with a business-scoped user id as well.
    const auto adopted =
        contacts.upsert(user(QStringLiteral("US.1349"), QStringLiteral("16505551234")));
    QCOMPARE(adopted.id, id);
    QVERIFY(adopted.changed);
    QVERIFY(adopted.mergedIds.isEmpty());
    auto record = contacts.find(id);
    QCOMPARE(record->key, QStringLiteral("bsuid:US.1349"));
    QCOMPARE(record->identity.waId, QStringLiteral("16505551234"));
    // Later messages carry only the BSUID (the customer hid their number).
    QCOMPARE(contacts.upsert(user(QStringLiteral("US.1349"))).id, id);
    // A parent id turns up: it becomes the key.
    QCOMPARE(contacts.upsert(user(QStringLiteral("US.1349"), {}, QStringLiteral("US.ENT.77"))).id,
             id);
    record = contacts.find(id);
    QCOMPARE(record->key, QStringLiteral("bsuid:US.ENT.77"));
    QCOMPARE(storetest::count(*db, QStringLiteral("contacts")), 1);
}

void TestContactRepository::twoRecordsMerge()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    ConversationRepository conversations(*db);
    // Known by phone (opted out, two conversations) and, separately, by username only.
    const qint64 phone =
        contacts.upsert(wa(QStringLiteral("4915112345678")), {QStringLiteral("Jonas"), {}, {}}).id;
    QVERIFY(contacts.recordOptOut(phone, QStringLiteral("keyword"), QStringLiteral("STOP"), T0));
    const qint64 phoneA = conversations.ensure(phone, PnA);
    const qint64 phoneB = conversations.ensure(phone, PnB);
    addMessage(*db, phoneA, QStringLiteral("m1"), T0);
    addMessage(*db, phoneA, QStringLiteral("m2"), T0.addSecs(60));
    conversations.noteMessage(phoneA, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("m2"), T0.addSecs(60), true);
    conversations.assign(phoneA, QStringLiteral("agent-1"));

    const qint64 username =
        contacts.upsert(user(QStringLiteral("DE.55")), {{}, QStringLiteral("@jonas"), {}}).id;
    QVERIFY(username != phone);
    const qint64 userA = conversations.ensure(username, PnA);
    addMessage(*db, userA, QStringLiteral("m3"), T0.addSecs(120));
    conversations.noteMessage(userA, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("m3"), T0.addSecs(120), true);
    conversations.addLabel(userA, QStringLiteral("vip"));
    QVERIFY(conversations.recordInbound(userA, T0.addSecs(120)));

    // One message names both: they are one customer.
    const auto merged =
        contacts.upsert(user(QStringLiteral("DE.55"), QStringLiteral("4915112345678")));
    QCOMPARE(merged.mergedIds.size(), 1);
    QVERIFY(merged.changed);
    QCOMPARE(storetest::count(*db, QStringLiteral("contacts")), 1);
    const auto record = contacts.find(merged.id);
    QVERIFY(record);
    QCOMPARE(record->key, QStringLiteral("bsuid:DE.55"));
    QCOMPARE(record->identity.waId, QStringLiteral("4915112345678"));
    QCOMPARE(record->profile.profileName, QStringLiteral("Jonas"));
    QCOMPARE(record->profile.username, QStringLiteral("@jonas"));
    QVERIFY(record->isOptedOut()); // an opt-out on either record survives

    // The two conversations on number A became one, with all messages, labels and counts.
    QCOMPARE(storetest::count(*db, QStringLiteral("conversations")), 2);
    const auto onA = conversations.find(merged.id, PnA);
    QVERIFY(onA);
    QCOMPARE(MessageRepository(*db).page(onA->id, 10).size(), 3);
    QCOMPARE(onA->unreadCount, 2);
    QCOMPARE(onA->labels, QStringList{QStringLiteral("vip")});
    QCOMPARE(onA->assignee, QStringLiteral("agent-1"));
    QCOMPARE(onA->lastMessagePreview, QStringLiteral("m3"));
    QCOMPARE(onA->window.lastInbound, std::optional<QDateTime>(T0.addSecs(120)));
    QVERIFY(conversations.find(merged.id, PnB));
    Q_UNUSED(phoneB);
}

void TestContactRepository::recycledNumberStaysApart()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    const qint64 first =
        contacts.upsert(user(QStringLiteral("US.1"), QStringLiteral("15550001111"))).id;
    // Same phone number, another BSUID: a different person (numbers get recycled).
    const auto second =
        contacts.upsert(user(QStringLiteral("US.2"), QStringLiteral("15550001111")));
    QVERIFY(second.created);
    QVERIFY(second.id != first);
    QCOMPARE(storetest::count(*db, QStringLiteral("contacts")), 2);
}

void TestContactRepository::consentKeepsLatest()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    const qint64 id = contacts.upsert(wa(QStringLiteral("33612345678"))).id;
    QVERIFY(contacts.recordOptIn(id, QStringLiteral("checkout form"), T0));
    QVERIFY(!contacts.find(id)->isOptedOut());
    QVERIFY(contacts.recordOptOut(id, QStringLiteral("agent"), QStringLiteral("asked by phone"),
                                  T0.addSecs(7200)));
    auto record = contacts.find(id);
    QVERIFY(record->isOptedOut());
    QCOMPARE(record->optInSource, QStringLiteral("checkout form"));
    QCOMPARE(record->optOutMethod, QStringLiteral("agent"));
    // Older events delivered late do not override newer ones.
    QVERIFY(!contacts.recordOptIn(id, QStringLiteral("old import"), T0.addSecs(-3600)));
    // An opt-in from before the opt-out is recorded but does not lift it.
    QVERIFY(contacts.recordOptIn(id, QStringLiteral("late webhook"), T0.addSecs(3600)));
    QVERIFY(!contacts.recordOptOut(id, QStringLiteral("keyword"), QStringLiteral("STOP"),
                                   T0.addSecs(60)));
    record = contacts.find(id);
    QVERIFY(record->isOptedOut());
    QCOMPARE(record->optOutAt, std::optional<QDateTime>(T0.addSecs(7200)));
    QVERIFY(contacts.recordOptIn(id, QStringLiteral("replied START"), T0.addSecs(9000)));
    QVERIFY(!contacts.find(id)->isOptedOut());

    QVERIFY(contacts.setMarketingPreference(id, QStringLiteral("STOP"), T0.addSecs(10)));
    QVERIFY(contacts.find(id)->marketingStopped());
    QVERIFY(!contacts.setMarketingPreference(id, QStringLiteral("resume"), T0));
    QVERIFY(contacts.setMarketingPreference(id, QStringLiteral("resume"), T0.addSecs(20)));
    QVERIFY(!contacts.find(id)->marketingStopped());
    QVERIFY(!contacts.recordOptIn(424242, QStringLiteral("nobody"), T0));
}

void TestContactRepository::unusableIdentityRejected()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    try {
        contacts.upsert(ContactIdentity{{}, {}, {}, QStringLiteral("not a phone")});
        QFAIL("a contact without a usable identity was stored");
    } catch (const StoreException &e) {
        QCOMPARE(e.error().kind, StoreErrorKind::InvalidArgument);
        QVERIFY(!e.error().message.isEmpty());
    }
    QCOMPARE(storetest::count(*db, QStringLiteral("contacts")), 0);
    // A phone-only contact (an agent typed the number) is keyed on E.164.
    const auto typed =
        contacts.upsert(ContactIdentity{{}, {}, {}, QStringLiteral("+44 20 7946 0958")});
    QCOMPARE(contacts.find(typed.id)->key, QStringLiteral("phone:+442079460958"));
    // When the customer writes, the wa_id finds that contact.
    QCOMPARE(contacts.upsert(wa(QStringLiteral("442079460958"))).id, typed.id);
}

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contactrepository.moc"

#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "PhoneNumberRepository.h"
#include "StoreTestSupport.h"

using namespace sb;
using namespace std::chrono_literals;
using storetest::T0;

namespace {

const QString Pn = QStringLiteral("pn-main");

QList<qint64> idsOf(const QList<ConversationRecord> &rows)
{
    QList<qint64> ids;
    for (const ConversationRecord &r : rows)
        ids.append(r.id);
    return ids;
}

} // namespace

class TestConversationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ensureIsIdempotent_data() { storetest::addBackendRows(); }
    void ensureIsIdempotent();
    void windowPersisted_data() { storetest::addBackendRows(); }
    void windowPersisted();
    void lastMessageAndUnread_data() { storetest::addBackendRows(); }
    void lastMessageAndUnread();
    void inboxFiltersAndOrder_data() { storetest::addBackendRows(); }
    void inboxFiltersAndOrder();
    void rowCarriesConsentAndBusinessNumber_data() { storetest::addBackendRows(); }
    void rowCarriesConsentAndBusinessNumber();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestConversationRepository::ensureIsIdempotent()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 contact =
        ContactRepository(*db).upsert(ContactIdentity{{}, {}, QStringLiteral("123456789"), {}}).id;
    ConversationRepository conversations(*db);
    const qint64 id = conversations.ensure(contact, Pn);
    QVERIFY(id > 0);
    QCOMPARE(conversations.ensure(contact, Pn), id);
    QVERIFY(conversations.ensure(contact, QStringLiteral("pn-other")) != id);
    QCOMPARE(storetest::count(*db, QStringLiteral("phone_numbers")), 2); // registered on the way
    const auto record = conversations.find(id);
    QVERIFY(record);
    QCOMPARE(record->contactId, contact);
    QCOMPARE(record->phoneNumberId, Pn);
    QCOMPARE(record->contactKey, QStringLiteral("wa:123456789"));
    QCOMPARE(record->unreadCount, 0);
    QVERIFY(!record->windowDeadline.isValid());
    QVERIFY(!record->lastMessageDirection);
    QVERIFY(!conversations.find(id + 1000));
}

void TestConversationRepository::windowPersisted()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 contact =
        ContactRepository(*db).upsert(ContactIdentity{{}, {}, QStringLiteral("123456789"), {}}).id;
    ConversationRepository conversations(*db);
    const qint64 id = conversations.ensure(contact, Pn);
    QVERIFY(conversations.recordInbound(id, T0, InboundOrigin::EntryPoint));
    QVERIFY(!conversations.recordInbound(id, T0.addSecs(-60))); // older: no change
    QVERIFY(conversations.recordBusinessReply(id, T0.addSecs(600)));
    const auto record = conversations.find(id);
    WindowInputs expected;
    ServiceWindow::recordInbound(expected, T0, InboundOrigin::EntryPoint);
    ServiceWindow::recordBusinessReply(expected, T0.addSecs(600));
    QCOMPARE(record->window, expected);
    QCOMPARE(record->windowDeadline, T0.addDuration(24h));
    const WindowState state = ServiceWindow::evaluate(record->window, T0.addDuration(30h));
    QVERIFY(!state.canSendFreeForm());
    QVERIFY(state.freeEntryPointActive); // the 72 h free window outlives the 24 h one
}

void TestConversationRepository::lastMessageAndUnread()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 contact =
        ContactRepository(*db).upsert(ContactIdentity{{}, {}, QStringLiteral("123456789"), {}}).id;
    ConversationRepository conversations(*db);
    const qint64 id = conversations.ensure(contact, Pn);
    conversations.noteMessage(id, Direction::Inbound, QStringLiteral("text"), QStringLiteral("new"),
                              T0.addSecs(10), true);
    conversations.noteMessage(id, Direction::Inbound, QStringLiteral("text"), QStringLiteral("old"),
                              T0, true);
    auto record = conversations.find(id);
    QCOMPARE(record->lastMessagePreview, QStringLiteral("new"));
    QCOMPARE(record->unreadCount, 2);
    QVERIFY(record->needsReply());
    conversations.noteMessage(id, Direction::Outbound, QStringLiteral("image"),
                              QString(QChar(u'x')).repeated(500), T0.addSecs(20), true);
    record = conversations.find(id);
    QVERIFY(!record->needsReply());
    QCOMPARE(record->lastMessageKind, QStringLiteral("image"));
    QCOMPARE(record->lastMessagePreview.size(), 160);
    QCOMPARE(record->unreadCount, 2); // our own messages are never unread
    conversations.markRead(id);
    QCOMPARE(conversations.find(id)->unreadCount, 0);
}

void TestConversationRepository::inboxFiltersAndOrder()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    ConversationRepository conversations(*db);
    const auto make = [&](const QString &waId, const QString &pn) {
        return conversations.ensure(contacts.upsert(ContactIdentity{{}, {}, waId, {}}).id, pn);
    };
    const QDateTime now = T0.addDuration(30h);
    // closesSoon: window ends at now+1h; closesLater: now+10h; closed: ended 6 h ago; never: no
    // inbound.
    const qint64 closesLater = make(QStringLiteral("1001"), Pn);
    const qint64 closesSoon = make(QStringLiteral("1002"), Pn);
    const qint64 closed = make(QStringLiteral("1003"), Pn);
    const qint64 never = make(QStringLiteral("1004"), QStringLiteral("pn-other"));
    conversations.recordInbound(closesLater, now.addDuration(-14h));
    conversations.noteMessage(closesLater, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("a"), now.addDuration(-14h), true);
    conversations.recordInbound(closesSoon, now.addDuration(-23h));
    conversations.noteMessage(closesSoon, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("b"), now.addDuration(-23h), true);
    conversations.noteMessage(closesSoon, Direction::Outbound, QStringLiteral("text"),
                              QStringLiteral("c"), now.addDuration(-22h), false);
    conversations.markRead(closesSoon);
    conversations.recordInbound(closed, now.addDuration(-30h));
    conversations.noteMessage(closed, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("d"), now.addDuration(-30h), true);
    conversations.noteMessage(never, Direction::Outbound, QStringLiteral("template"),
                              QStringLiteral("e"), now.addDuration(-1h), false);
    conversations.assign(closesLater, QStringLiteral("maria"));
    conversations.assign(closed, QStringLiteral("maria"));
    conversations.addLabel(closed, QStringLiteral("billing"));
    conversations.addLabel(closed, QStringLiteral("billing")); // once
    conversations.addLabel(never, QStringLiteral("billing"));
    conversations.addLabel(never, QStringLiteral(" vip "));

    ConversationQuery query;
    // Open windows first, soonest deadline first; then the rest, latest message first.
    QCOMPARE(idsOf(conversations.list(query, now)),
             (QList<qint64>{closesSoon, closesLater, never, closed}));
    query.filter = ConversationFilter::NeedsReply;
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{closesLater, closed}));
    query.filter = ConversationFilter::Unread;
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{closesLater, closed}));
    query.filter = ConversationFilter::AssignedTo;
    query.assignee = QStringLiteral("maria");
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{closesLater, closed}));
    query.filter = ConversationFilter::Unassigned;
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{closesSoon, never}));
    query.filter = ConversationFilter::All;
    query.label = QStringLiteral("billing");
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{never, closed}));
    query.label.clear();
    query.phoneNumberId = QStringLiteral("pn-other");
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{never}));
    query.phoneNumberId.clear();
    query.limit = 2;
    query.offset = 1;
    QCOMPARE(idsOf(conversations.list(query, now)), (QList<qint64>{closesLater, never}));
    QCOMPARE(conversations.find(never)->labels,
             (QStringList{QStringLiteral("billing"), QStringLiteral("vip")}));
    conversations.removeLabel(never, QStringLiteral("vip"));
    QCOMPARE(conversations.find(never)->labels, QStringList{QStringLiteral("billing")});
    conversations.assign(closed, QString());
    QVERIFY(conversations.find(closed)->assignee.isEmpty());
    // Time moves on: the soonest window closed, so it sorts with the closed ones.
    query = {};
    QCOMPARE(idsOf(conversations.list(query, now.addDuration(2h))),
             (QList<qint64>{closesLater, never, closesSoon, closed}));
}

// An inbox row needs the contact's consent and our number's display number: both come with the
// conversation in the same query (no lookup per row).
void TestConversationRepository::rowCarriesConsentAndBusinessNumber()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    PhoneNumberRepository(*db).ensure(Pn, QStringLiteral("+1 555-010-0001"));
    ContactRepository contacts(*db);
    const qint64 stays =
        contacts.upsert(ContactIdentity{{}, {}, QStringLiteral("111111111"), {}}).id;
    const qint64 left =
        contacts.upsert(ContactIdentity{{}, {}, QStringLiteral("222222222"), {}}).id;
    const qint64 back =
        contacts.upsert(ContactIdentity{{}, {}, QStringLiteral("333333333"), {}}).id;
    QVERIFY(contacts.recordOptOut(left, QStringLiteral("keyword"), QStringLiteral("STOP"),
                                  T0.addDuration(1h)));
    QVERIFY(contacts.recordOptOut(back, QStringLiteral("keyword"), QStringLiteral("STOP"),
                                  T0.addDuration(1h)));
    QVERIFY(contacts.recordOptIn(back, QStringLiteral("web form"), T0.addDuration(2h)));
    QVERIFY(contacts.setMarketingPreference(stays, QStringLiteral("stop"), T0.addDuration(3h)));
    ConversationRepository conversations(*db);
    const qint64 a = conversations.ensure(stays, Pn);
    const qint64 b = conversations.ensure(left, Pn);
    const qint64 c = conversations.ensure(back, QStringLiteral("pn-unnamed"));

    QHash<qint64, ConversationRecord> rows;
    ConversationQuery query;
    query.limit = 10;
    for (const ConversationRecord &r : conversations.list(query, T0))
        rows.insert(r.id, r);
    QCOMPARE(rows.size(), 3);
    for (const auto &r : rows) {
        // The same answer as the contact's own record gives.
        const auto contact = contacts.find(r.contactId);
        QVERIFY(contact);
        QCOMPARE(r.contactOptedOut, contact->isOptedOut());
        QCOMPARE(r.contactMarketingStopped, contact->marketingStopped());
    }
    QVERIFY(!rows.value(a).contactOptedOut);
    QVERIFY(rows.value(a).contactMarketingStopped);
    QVERIFY(rows.value(b).contactOptedOut);
    QVERIFY(!rows.value(c).contactOptedOut); // opted in again after the STOP
    QCOMPARE(rows.value(a).businessDisplayNumber, QStringLiteral("+1 555-010-0001"));
    QVERIFY(rows.value(c).businessDisplayNumber.isEmpty());
    const auto found = conversations.find(b);
    QVERIFY(found && found->contactOptedOut);
    QCOMPARE(found->businessDisplayNumber, QStringLiteral("+1 555-010-0001"));
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"

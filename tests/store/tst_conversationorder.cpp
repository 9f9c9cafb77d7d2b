// ConversationOrder::TimeLeft: the inbox view's order from the store, as a page served by the
// deadline index and as a whole listing sorted after reading; both must agree with each other,
// with the filters, and with the order the view computes itself.
#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "StoreTestSupport.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>
#include <tuple>

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

// The order ConversationFilterModel's TimeLeft sort gives, written independently of the store:
// open windows soonest deadline first, closed ones most recently closed first, never-opened ones
// latest message first with no message last; ties by ascending id.
QList<qint64> expectedOrder(QList<ConversationRecord> rows, const QDateTime &now)
{
    const auto key = [&now](const ConversationRecord &r) {
        if (r.windowDeadline.isValid() && r.windowDeadline > now)
            return std::tuple(0, r.windowDeadline.toMSecsSinceEpoch(), r.id);
        if (r.windowDeadline.isValid())
            return std::tuple(1, -r.windowDeadline.toMSecsSinceEpoch(), r.id);
        return std::tuple(2,
                          r.lastMessageAt.isValid() ? -r.lastMessageAt.toMSecsSinceEpoch()
                                                    : std::numeric_limits<qint64>::max(),
                          r.id);
    };
    std::sort(rows.begin(), rows.end(),
              [&key](const ConversationRecord &a, const ConversationRecord &b) {
                  return key(a) < key(b);
              });
    return idsOf(rows);
}

} // namespace

class TestConversationOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeLeftPagesAndWholeListingAgree_data() { storetest::addBackendRows(); }
    void timeLeftPagesAndWholeListingAgree();
    void timeLeftHonoursFilters_data() { storetest::addBackendRows(); }
    void timeLeftHonoursFilters();
    void noLimitInInboxOrder_data() { storetest::addBackendRows(); }
    void noLimitInInboxOrder();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

// 60 conversations in every tier, with equal deadlines and equal message times among them (so
// the id tie-break matters) and some without any message.
void TestConversationOrder::timeLeftPagesAndWholeListingAgree()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    ConversationRepository conversations(*db);
    const QDateTime now = T0.addDuration(48h);
    QRandomGenerator random(7);
    for (int i = 0; i < 60; ++i) {
        const qint64 contact =
            contacts.upsert(ContactIdentity{{}, {}, QString::number(491510000 + i), {}}).id;
        const qint64 id = conversations.ensure(contact, Pn);
        const int kind = static_cast<int>(random.bounded(4));
        // Whole hours, so deadlines and message times collide often.
        const QDateTime at = now.addSecs(-3600 * qint64(random.bounded(1, 40)));
        if (kind < 3) {
            conversations.recordInbound(id, at);
            conversations.noteMessage(id, Direction::Inbound, QStringLiteral("text"),
                                      QStringLiteral("hi"), at, true);
        } else if (random.bounded(2) == 0) {
            conversations.noteMessage(id, Direction::Outbound, QStringLiteral("template"),
                                      QStringLiteral("offer"), at, false);
        } // else: no message at all
    }

    ConversationQuery query;
    query.order = ConversationOrder::TimeLeft;
    query.limit = ConversationQuery::NoLimit;
    const QList<ConversationRecord> all = conversations.list(query, now);
    QCOMPARE(all.size(), 60);
    const QList<qint64> expected = expectedOrder(all, now);
    QCOMPARE(idsOf(all), expected);

    // Pages of every size and offset are slices of the same order.
    for (const auto &[limit, offset] :
         {std::pair(1, 0), std::pair(7, 0), std::pair(7, 5), std::pair(25, 20), std::pair(100, 0),
          std::pair(10, 55), std::pair(10, 60), std::pair(0, 3)}) {
        query.limit = limit;
        query.offset = offset;
        QCOMPARE(idsOf(conversations.list(query, now)), expected.mid(offset, limit));
    }
    query.limit = ConversationQuery::NoLimit;
    query.offset = 50;
    QCOMPARE(idsOf(conversations.list(query, now)), expected.mid(50));

    // A page carries the same columns as the whole listing.
    query = {};
    query.order = ConversationOrder::TimeLeft;
    query.limit = 60;
    const QList<ConversationRecord> page = conversations.list(query, now);
    QCOMPARE(idsOf(page), expected);
    for (qsizetype i = 0; i < page.size(); ++i) {
        const auto found = std::find_if(all.begin(), all.end(), [&](const ConversationRecord &r) {
            return r.id == page.at(i).id;
        });
        QVERIFY(found != all.end());
        QCOMPARE(page.at(i).window, found->window);
        QCOMPARE(page.at(i).lastMessageAt, found->lastMessageAt);
        QCOMPARE(page.at(i).contactWaId, found->contactWaId);
        QCOMPARE(page.at(i).lastMessagePreview, found->lastMessagePreview);
    }

    // Later, more windows have closed: both paths follow `now`.
    const QDateTime later = now.addDuration(12h);
    query.limit = ConversationQuery::NoLimit;
    const QList<qint64> expectedLater = expectedOrder(all, later);
    QVERIFY(expectedLater != expected);
    QCOMPARE(idsOf(conversations.list(query, later)), expectedLater);
    query.limit = 12;
    QCOMPARE(idsOf(conversations.list(query, later)), expectedLater.mid(0, 12));
}

void TestConversationOrder::timeLeftHonoursFilters()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    ConversationRepository conversations(*db);
    const auto make = [&](const QString &waId, const QString &pn) {
        return conversations.ensure(contacts.upsert(ContactIdentity{{}, {}, waId, {}}).id, pn);
    };
    const QDateTime now = T0.addDuration(30h);
    const qint64 closesLater = make(QStringLiteral("1001"), Pn);
    const qint64 closesSoon = make(QStringLiteral("1002"), Pn);
    const qint64 closed = make(QStringLiteral("1003"), Pn);
    const qint64 never = make(QStringLiteral("1004"), QStringLiteral("pn-other"));
    const qint64 closedEarlier = make(QStringLiteral("1005"), Pn);
    conversations.recordInbound(closesLater, now.addDuration(-14h));
    conversations.noteMessage(closesLater, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("a"), now.addDuration(-14h), true);
    conversations.recordInbound(closesSoon, now.addDuration(-23h));
    conversations.noteMessage(closesSoon, Direction::Outbound, QStringLiteral("text"),
                              QStringLiteral("c"), now.addDuration(-22h), false);
    conversations.recordInbound(closed, now.addDuration(-30h));
    conversations.noteMessage(closed, Direction::Inbound, QStringLiteral("text"),
                              QStringLiteral("d"), now.addDuration(-30h), true);
    conversations.recordInbound(closedEarlier, now.addDuration(-40h));
    conversations.noteMessage(never, Direction::Outbound, QStringLiteral("template"),
                              QStringLiteral("e"), now.addDuration(-1h), false);
    conversations.assign(closesLater, QStringLiteral("maria"));
    conversations.assign(closed, QStringLiteral("maria"));
    conversations.addLabel(closed, QStringLiteral("billing"));
    conversations.addLabel(never, QStringLiteral("billing"));

    ConversationQuery query;
    query.order = ConversationOrder::TimeLeft;
    const auto both = [&](const QList<qint64> &expected) {
        query.limit = 200;
        const QList<qint64> page = idsOf(conversations.list(query, now));
        query.limit = ConversationQuery::NoLimit;
        const QList<qint64> all = idsOf(conversations.list(query, now));
        query.limit = 1;
        const QList<qint64> first = idsOf(conversations.list(query, now));
        return page == expected && all == expected && first == expected.mid(0, 1);
    };
    // Unlike ConversationOrder::Inbox, closed windows come before the never-opened one, the most
    // recently closed first.
    QVERIFY(both({closesSoon, closesLater, closed, closedEarlier, never}));
    query.filter = ConversationFilter::NeedsReply;
    QVERIFY(both({closesLater, closed}));
    query.filter = ConversationFilter::Unread;
    QVERIFY(both({closesLater, closed}));
    query.filter = ConversationFilter::AssignedTo;
    query.assignee = QStringLiteral("maria");
    QVERIFY(both({closesLater, closed}));
    query.filter = ConversationFilter::Unassigned;
    QVERIFY(both({closesSoon, closedEarlier, never}));
    query.filter = ConversationFilter::All;
    query.label = QStringLiteral("billing");
    QVERIFY(both({closed, never}));
    query.label.clear();
    query.phoneNumberId = QStringLiteral("pn-other");
    QVERIFY(both({never}));
    query.phoneNumberId = Pn;
    query.filter = ConversationFilter::AssignedTo;
    QVERIFY(both({closesLater, closed}));
}

void TestConversationOrder::noLimitInInboxOrder()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    ContactRepository contacts(*db);
    ConversationRepository conversations(*db);
    QList<qint64> ids;
    for (int i = 0; i < 205; ++i) {
        const qint64 contact =
            contacts.upsert(ContactIdentity{{}, {}, QString::number(491520000 + i), {}}).id;
        const qint64 id = conversations.ensure(contact, Pn);
        conversations.noteMessage(id, Direction::Outbound, QStringLiteral("text"),
                                  QStringLiteral("x"), T0.addSecs(i), false);
        ids.prepend(id); // latest message first
    }
    ConversationQuery query; // the default limit is 200
    QCOMPARE(conversations.list(query, T0).size(), 200);
    query.limit = ConversationQuery::NoLimit;
    QCOMPARE(idsOf(conversations.list(query, T0)), ids);
    query.offset = 200;
    QCOMPARE(idsOf(conversations.list(query, T0)), ids.mid(200));
}

QTEST_GUILESS_MAIN(TestConversationOrder)
#include "tst_conversationorder.moc"

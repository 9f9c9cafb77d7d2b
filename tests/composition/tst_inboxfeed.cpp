// The conversation list lists every conversation, however many, while start-up only waits for a
// first page: a real sandbox session whose store holds more conversations than the old cap of
// 2,000, the real window and wiring. The rest is merged after the list's first paint; a window
// that never shows still gets it; a conversation an ingest changes between the first page and the
// rest is listed once, as it now is.

#include "Clock.h"
#include "ContactRepository.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "InboxFeed.h"
#include "InboxPresentation.h"
#include "InboxWindowFixture.h"
#include "Transaction.h"

#include <QSet>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

namespace {

// Beyond the 2,000 rows the list used to stop at.
constexpr int kSeeded = 2150;

// `count` customers on the session's number, a third each with an open window, a closed one and
// none (so the list's order mixes all three across the first page's edge).
QList<qint64> seed(Session &session, int count, int firstWaId = 0)
{
    Database &db = *session.database();
    const QDateTime now = session.clock().now();
    ContactRepository contacts(db);
    ConversationRepository conversations(db);
    QList<qint64> ids;
    Transaction transaction(db);
    for (int i = 0; i < count; ++i) {
        const QString waId = QString::number(491510000000LL + firstWaId + i);
        ContactProfile profile;
        profile.profileName = QStringLiteral("Customer %1").arg(firstWaId + i);
        const qint64 contact = contacts.upsert(ContactIdentity{{}, {}, waId, {}}, profile).id;
        const qint64 id = conversations.ensure(contact, session.phoneNumberId());
        const QDateTime at = now.addSecs(-60LL * (i + 1));
        switch (i % 3) {
        case 0: // window open
            conversations.recordInbound(id, at);
            conversations.noteMessage(id, Direction::Inbound, QStringLiteral("text"),
                                      QStringLiteral("Hello %1").arg(i), at, true);
            break;
        case 1: // window closed
            conversations.recordInbound(id, at.addDays(-2));
            conversations.noteMessage(id, Direction::Inbound, QStringLiteral("text"),
                                      QStringLiteral("Earlier %1").arg(i), at.addDays(-2), true);
            break;
        default: // the customer never wrote
            conversations.noteMessage(id, Direction::Outbound, QStringLiteral("text"),
                                      QStringLiteral("Offer %1").arg(i), at, false);
        }
        ids.append(id);
    }
    transaction.commit();
    return ids;
}

// What one load of every conversation gives, by id.
QHash<qint64, ConversationSummary> fullLoad(InboxService &service)
{
    ConversationQuery query;
    query.order = ConversationOrder::TimeLeft;
    query.limit = ConversationQuery::NoLimit;
    QHash<qint64, ConversationSummary> rows;
    for (const InboxConversation &conversation : service.conversations(query))
        rows.insert(conversation.record.id, InboxPresentation::summary(conversation, service));
    return rows;
}

// Empty when the model holds exactly `expected`, each row once; else what differs.
QString differences(const ConversationListModel &model,
                    const QHash<qint64, ConversationSummary> &expected)
{
    if (model.rowCount() != expected.size())
        return QStringLiteral("%1 rows, expected %2").arg(model.rowCount()).arg(expected.size());
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.conversationIdAt(row);
        if (seen.contains(id))
            return QStringLiteral("conversation %1 listed twice").arg(id);
        seen.insert(id);
        const auto wanted = expected.constFind(id);
        if (wanted == expected.cend())
            return QStringLiteral("conversation %1 is not in the store").arg(id);
        if (!(*model.conversation(id) == *wanted))
            return QStringLiteral("conversation %1 differs from the store").arg(id);
    }
    return {};
}

// Starts the session, fills its store, then wires the window (not shown).
bool startSeeded(sbtest::InboxWindow &w, int count)
{
    QString error;
    if (!w.session.start(&error)) {
        qWarning() << "session:" << error;
        return false;
    }
    seed(w.session, count);
    w.inbox = std::make_unique<InboxWiring>(w.window, w.session, w.model, w.drafts);
    return true;
}

} // namespace

class TestInboxFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyConversationIsListedAfterTheFirstPaint()
    {
        sbtest::InboxWindow w;
        QVERIFY(startSeeded(w, kSeeded));
        InboxFeed &feed = w.inbox->feed();
        ConversationListView *view = w.window.conversations()->listView();
        bool paintedBeforeRest = false;
        connect(&feed, &InboxFeed::completed, this,
                [&] { paintedBeforeRest = view->hasPainted(); });
        // Start-up read only the first page, in the list's default order.
        QCOMPARE(w.model.rowCount(), InboxFeed::DefaultFirstPage);
        QVERIFY(!feed.isComplete());
        ConversationQuery firstPage;
        firstPage.order = ConversationOrder::TimeLeft;
        firstPage.limit = InboxFeed::DefaultFirstPage;
        for (const InboxConversation &conversation : w.service().conversations(firstPage))
            QVERIFY(w.model.rowOf(conversation.record.id) >= 0);

        w.window.resize(1100, 760);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTRY_VERIFY_WITH_TIMEOUT(feed.isComplete(), sbtest::kUiWaitMs);
        QVERIFY(paintedBeforeRest);
        QCOMPARE(w.model.rowCount(), kSeeded);
        QCOMPARE(w.window.conversations()->filterModel()->rowCount(), kSeeded);
        const QString diff = differences(w.model, fullLoad(w.service()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aWindowThatNeverShowsStillGetsEveryConversation()
    {
        sbtest::InboxWindow w;
        QVERIFY(startSeeded(w, 450));
        QCOMPARE(w.model.rowCount(), InboxFeed::DefaultFirstPage);
        QVERIFY(!w.window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w.inbox->feed().isComplete(), sbtest::kUiWaitMs);
        QCOMPARE(w.model.rowCount(), 450);
        QVERIFY(!w.window.conversations()->listView()->hasPainted());
    }

    // The service reports a committed batch after the first page, before the rest: the changed
    // conversations show at once and are listed once, as they now are, once the rest is in.
    void anIngestBetweenTheFirstPageAndTheRestIsKeptOnce()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        const QList<qint64> seeded = seed(w.session, 40);
        ConversationListModel model;
        InboxFeed feed(w.service(), &model);
        feed.setFirstPageSize(8);
        feed.reloadAll();
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!feed.isComplete());
        // One listed, one beyond the first page, one new.
        const qint64 listed = model.conversationIdAt(3);
        qint64 beyond = 0;
        for (qint64 id : seeded) {
            if (model.rowOf(id) < 0)
                beyond = id;
        }
        QVERIFY(beyond);
        const int unreadBefore = w.service().conversation(beyond)->record.unreadCount;
        Database &db = *w.session.database();
        ConversationRepository conversations(db);
        const QDateTime now = w.session.clock().now();
        conversations.recordInbound(beyond, now);
        conversations.noteMessage(beyond, Direction::Inbound, QStringLiteral("text"),
                                  QStringLiteral("Written in the gap"), now, true);
        conversations.assign(listed, QStringLiteral("maria"));
        const qint64 fresh = seed(w.session, 1, 1000).constFirst();
        IngestResult batch;
        batch.ok = true;
        batch.conversationIds = {listed, beyond, fresh};
        w.service().noteIngested(batch);

        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.conversation(listed)->assignee, QStringLiteral("maria"));
        QCOMPARE(model.conversation(beyond)->lastPreview, QStringLiteral("Written in the gap"));
        QVERIFY(model.rowOf(fresh) >= 0);

        QTRY_VERIFY_WITH_TIMEOUT(feed.isComplete(), sbtest::kUiWaitMs);
        QCOMPARE(model.rowCount(), 41);
        QCOMPARE(model.conversation(beyond)->lastPreview, QStringLiteral("Written in the gap"));
        QCOMPARE(model.conversation(beyond)->unread, unreadBefore + 1);
        QCOMPARE(model.conversation(listed)->assignee, QStringLiteral("maria"));
        const QString diff = differences(model, fullLoad(w.service()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A page that holds everything is the whole list at once.
    void aShortFirstPageIsComplete()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        seed(w.session, 12);
        ConversationListModel model;
        InboxFeed feed(w.service(), &model);
        feed.setFirstPageSize(20);
        QSignalSpy completed(&feed, &InboxFeed::completed);
        feed.reloadAll();
        QVERIFY(feed.isComplete());
        QCOMPARE(completed.size(), 1);
        const QString diff = differences(model, fullLoad(w.service()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_MAIN(TestInboxFeed)
#include "tst_inboxfeed.moc"

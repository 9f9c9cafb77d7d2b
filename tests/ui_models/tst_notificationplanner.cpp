// What the desktop says and when: new customer messages coalesced, nothing for the chat the agent
// is looking at, and one warning per window at the exact closing-soon instant for conversations
// still owing a reply.
#include "Clock.h"
#include "ConversationFixtures.h"
#include "NotificationPlanner.h"
#include "NotificationText.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;
using Planner = sb::NotificationPlanner;

namespace {

// A customer message `ago` before the clock's now: the window runs 24 h from it.
sb::ConversationSummary wrote(sb::ConversationSummary c, const QDateTime &at, int unread,
                              const QString &preview)
{
    c.window.lastInbound = at;
    c.lastMessageAt = at;
    c.lastFromCustomer = true;
    c.unread = unread;
    c.lastPreview = preview;
    return c;
}

sb::DesktopNotification notificationAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<sb::DesktopNotification>();
}

} // namespace

class TestNotificationPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0());
        m_planner = std::make_unique<Planner>();
        m_planner->setClock(m_clock.get());
        m_spy = std::make_unique<QSignalSpy>(m_planner.get(), &Planner::notificationReady);
    }

    void cleanup()
    {
        m_spy.reset();
        m_planner.reset();
        m_clock.reset();
    }

    void baselineIsSilentAndCounted()
    {
        auto a = wrote(conversation(1, QStringLiteral("Anna"), {}), t0().addSecs(-600), 2,
                       QStringLiteral("hello"));
        auto b = conversation(2, QStringLiteral("Ben"), {});
        QSignalSpy counts(m_planner.get(), &Planner::countsChanged);
        m_planner->setConversations({a, b});
        QVERIFY(!m_planner->coalesceTimerActive());
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        QCOMPARE(counts.size(), 1);
        const sb::InboxCounts expected{2, 1, 1};
        QCOMPARE(m_planner->counts(), expected);
    }

    void oneMessageNamesTheCustomer()
    {
        auto a = conversation(1, QStringLiteral("Anna"), {});
        m_planner->setConversations({a});
        m_clock->advance(5s);
        m_planner->conversationsChanged(
            {wrote(a, m_clock->now(), 1, QStringLiteral("Is my order on its way?"))});
        QVERIFY(m_planner->coalesceTimerActive());
        QCOMPARE(m_spy->size(), 0); // coalescing: not yet
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 1);
        const auto n = notificationAt(*m_spy, 0);
        QCOMPARE(n.kind, sb::NotificationKind::NewMessages);
        QCOMPARE(n.title, QStringLiteral("Anna"));
        QCOMPARE(n.body, QStringLiteral("Is my order on its way?"));
        QCOMPARE(n.conversationId, 1);
        QCOMPARE(n.messageCount, 1);
        m_planner->flushPendingMessages(); // nothing left
        QCOMPARE(m_spy->size(), 1);
    }

    void burstIsCoalesced()
    {
        auto a = conversation(1, QStringLiteral("Anna"), {});
        auto b = conversation(2, QStringLiteral("Ben"), {});
        m_planner->setConversations({a, b});
        m_clock->advance(1s);
        a = wrote(a, m_clock->now(), 1, QStringLiteral("hi"));
        m_planner->conversationsChanged({a});
        m_clock->advance(1s);
        b = wrote(b, m_clock->now(), 1, QStringLiteral("refund?"));
        m_planner->conversationsChanged({b});
        a = wrote(a, m_clock->now(), 2, QStringLiteral("still there?"));
        m_planner->conversationsChanged({a});
        QCOMPARE(m_planner->pendingMessageCount(), 3);
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 1);
        const auto n = notificationAt(*m_spy, 0);
        QCOMPARE(n.title, QStringLiteral("3 new message(s) from 2 customer(s)"));
        QCOMPARE(n.body, QStringLiteral("Anna: still there?\nBen: refund?"));
        QCOMPARE(n.conversationId, 1); // the newest arrival opens on click
        QCOMPARE(n.conversationIds, (QList<qint64>{1, 2}));
        QCOMPARE(n.messageCount, 3);
    }

    void manyCustomersAreCountedNotListed()
    {
        QList<sb::ConversationSummary> rows;
        for (qint64 id = 1; id <= 5; ++id)
            rows << conversation(id, QStringLiteral("C%1").arg(id), {});
        m_planner->setConversations(rows);
        for (auto &row : rows)
            row = wrote(row, m_clock->now(), 1, QStringLiteral("x"));
        m_planner->conversationsChanged(rows);
        m_planner->flushPendingMessages();
        const auto n = notificationAt(*m_spy, 0);
        QCOMPARE(n.body.count(QLatin1Char('\n')), sb::NotificationText::MaxListed);
        QVERIFY(n.body.endsWith(QStringLiteral("and 2 more")));
    }

    void openConversationInActiveWindowIsQuiet()
    {
        auto a = conversation(1, QStringLiteral("Anna"), {});
        auto b = conversation(2, QStringLiteral("Ben"), {});
        m_planner->setConversations({a, b});
        m_planner->setOpenConversation(1);
        m_planner->setWindowActive(true);
        m_planner->conversationsChanged({wrote(a, m_clock->now(), 1, QStringLiteral("hi"))});
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        m_planner->conversationsChanged({wrote(b, m_clock->now(), 1, QStringLiteral("hey"))});
        QCOMPARE(m_planner->pendingMessageCount(), 1); // another chat still notifies

        // The same open chat, but the agent is in another application.
        m_planner->setWindowActive(false);
        m_clock->advance(1s);
        m_planner->conversationsChanged({wrote(a, m_clock->now(), 2, QStringLiteral("hello?"))});
        QCOMPARE(m_planner->pendingMessageCount(), 2);
        // ... and comes back and opens Ben before the notification went out.
        m_planner->setWindowActive(true);
        QCOMPARE(m_planner->pendingMessageCount(), 1);
        m_planner->setOpenConversation(2);
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 0);
    }

    void readAsItArrivesStillCountsANewerMessage()
    {
        // The chat is open (window inactive) and marked read on open: unread stays 0.
        auto a = wrote(conversation(1, QStringLiteral("Anna"), {}), t0(), 0, QStringLiteral("a"));
        m_planner->setConversations({a});
        m_clock->advance(10s);
        m_planner->conversationsChanged({wrote(a, m_clock->now(), 0, QStringLiteral("b"))});
        QCOMPARE(m_planner->pendingMessageCount(), 1);
    }

    void answeredOrUnchangedConversationsSayNothing()
    {
        auto a = wrote(conversation(1, QStringLiteral("Anna"), {}), t0(), 1, QStringLiteral("a"));
        m_planner->setConversations({a});
        m_planner->conversationsChanged({a}); // same summary again
        auto answered = a;
        answered.lastFromCustomer = false;
        answered.unread = 3;
        answered.lastMessageAt = t0().addSecs(30);
        m_planner->conversationsChanged({answered});
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        QVERIFY(!m_planner->coalesceTimerActive());
    }

    void newConversationAfterBaseline()
    {
        m_planner->setConversations({});
        m_clock->advance(1min);
        auto fresh = wrote(conversation(7, QStringLiteral("Cleo"), {}), m_clock->now(), 2,
                           QStringLiteral("hi"));
        // A reload brings a conversation the planner never saw, plus an old one: only the fresh
        // one is news.
        auto old = wrote(conversation(8, QStringLiteral("Dan"), {}), t0().addSecs(-3600), 4,
                         QStringLiteral("old"));
        m_planner->setConversations({fresh, old});
        QCOMPARE(m_planner->pendingMessageCount(), 2);
        m_planner->flushPendingMessages();
        QCOMPARE(notificationAt(*m_spy, 0).title, QStringLiteral("Cleo"));
        QCOMPARE(notificationAt(*m_spy, 0).body, QStringLiteral("2 new message(s)\nhi"));
    }

    void historyArrivingAfterTheStartIsQuiet()
    {
        // A first sync (or the sandbox's demo) delivers messages written before the app started.
        auto a = wrote(conversation(1, QStringLiteral("Anna"), {}), t0().addSecs(-3600), 1,
                       QStringLiteral("old"));
        m_planner->setConversations({a});
        m_clock->advance(2s);
        a.unread = 2;
        a.lastMessageAt = t0().addSecs(-1800);
        m_planner->conversationsChanged({a,
                                         wrote(conversation(2, QStringLiteral("Ben"), {}),
                                               t0().addSecs(-600), 3, QStringLiteral("older"))});
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        QCOMPARE(m_planner->counts().unreadMessages, 5); // still on the badge
    }

    void doNotDisturbAndOptOutDropMessages()
    {
        auto a = conversation(1, QStringLiteral("Anna"), {});
        m_planner->setConversations({a});
        m_planner->conversationsChanged({wrote(a, m_clock->now(), 1, QStringLiteral("hi"))});
        m_planner->setDoNotDisturb(true); // drops what was pending too
        m_planner->conversationsChanged(
            {wrote(a, m_clock->now().addSecs(1), 2, QStringLiteral("?"))});
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 0);
        m_planner->setDoNotDisturb(false);
        m_planner->setNewMessagesEnabled(false);
        m_planner->conversationsChanged(
            {wrote(a, m_clock->now().addSecs(2), 3, QStringLiteral("!"))});
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 0);
        m_planner->setNewMessagesEnabled(true);
        m_planner->conversationsChanged(
            {wrote(a, m_clock->now().addSecs(3), 4, QStringLiteral("."))});
        m_planner->flushPendingMessages();
        QCOMPARE(m_spy->size(), 1);
        QCOMPARE(notificationAt(*m_spy, 0).messageCount, 1);
    }

    void coalescingTimerDelivers()
    {
        m_planner->setCoalesceDelay(0ms);
        auto a = conversation(1, QStringLiteral("Anna"), {});
        m_planner->setConversations({a});
        m_planner->conversationsChanged({wrote(a, m_clock->now(), 1, QStringLiteral("hi"))});
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->size(), 1, 2000);
    }

    void warningAtTheExactInstant()
    {
        // Deadlines 60 min 20 s and 3 h away: the first enters "closing soon" (60 min) in 20 s.
        m_planner->setConversations({conversation(1, QStringLiteral("Anna"), 60min + 20s),
                                     conversation(2, QStringLiteral("Ben"), 3h)});
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(20));
        QVERIFY(m_planner->warningTimerActive());
        QCOMPARE(m_planner->warningTimerInterval(), 20 * 1000);

        m_clock->advance(19999ms);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 0);
        QCOMPARE(m_planner->warningTimerInterval(), 1);
        m_clock->advance(1ms);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 1);
        const auto n = notificationAt(*m_spy, 0);
        QCOMPARE(n.kind, sb::NotificationKind::WindowClosing);
        QCOMPARE(n.title, QStringLiteral("Reply to Anna soon"));
        QVERIFY2(n.body.contains(QStringLiteral("60 min")), qPrintable(n.body));
        QCOMPARE(n.conversationId, 1);
        // Next: Ben at 2 h from t0; far instants are approached in one-minute steps.
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(2 * 3600));
        QCOMPARE(m_planner->warningTimerInterval(), int(Planner::MaxTimerWait.count()));
    }

    void oncePerWindowAndRearmedByANewMessage()
    {
        auto a = conversation(1, QStringLiteral("Anna"), 30min);
        m_planner->setConversations({a}); // already inside the threshold: due at once
        QCOMPARE(m_planner->warningTimerInterval(), 0);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 1);
        QVERIFY(!m_planner->nextWarning().isValid());
        a.unread = 5; // any later change of the same window does not warn again
        m_planner->conversationsChanged({a});
        m_planner->fireDueWarnings();
        QVERIFY(!m_planner->nextWarning().isValid());
        QCOMPARE(m_spy->size(), 1);

        // The customer writes again: a new 24 h window, warned once at its own instant.
        m_clock->advance(10min);
        a = wrote(a, m_clock->now(), 6, QStringLiteral("hello?"));
        m_planner->conversationsChanged({a});
        QCOMPARE(m_planner->nextWarning(), m_clock->now().addSecs(23 * 3600));
        m_planner->flushPendingMessages();
        m_clock->advance(23h);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 3); // the message, then the second window's warning
        QCOMPARE(notificationAt(*m_spy, 2).kind, sb::NotificationKind::WindowClosing);
    }

    void nothingForAnsweredOrOptedOut()
    {
        auto answered = conversation(1, QStringLiteral("Anna"), 2h);
        answered.lastFromCustomer = false;
        auto optedOut = conversation(2, QStringLiteral("Ben"), 2h);
        optedOut.optedOutMarketing = true;
        auto closed = conversation(3, QStringLiteral("Cleo"), -5min);
        auto waiting = conversation(4, QStringLiteral("Dan"), 2h);
        m_planner->setConversations({answered, optedOut, closed, waiting});
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(3600));
        // Dan gets an answer before his instant: the warning is withdrawn.
        waiting.lastFromCustomer = false;
        m_planner->conversationsChanged({waiting});
        QVERIFY(!m_planner->nextWarning().isValid());
        QVERIFY(!m_planner->warningTimerActive());
        m_clock->advance(2h);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 0);
    }

    void thresholdChangesTheScheduleLive()
    {
        m_planner->setConversations({conversation(1, QStringLiteral("Anna"), 90min),
                                     conversation(2, QStringLiteral("Ben"), 100min)});
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(30 * 60));
        m_planner->setClosingSoonThreshold(15min);
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(75 * 60));
        m_planner->setClosingSoonThreshold(2h); // both are now inside it: due at once, together
        QCOMPARE(m_planner->warningTimerInterval(), 0);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 1);
        const auto n = notificationAt(*m_spy, 0);
        QCOMPARE(n.title, QStringLiteral("2 window(s) closing without a reply"));
        QCOMPARE(n.body, QStringLiteral("Anna: closes in 1 h 30 min\nBen: closes in 1 h 40 min"));
        m_planner->setClosingSoonThreshold(0min); // 0 turns warnings off
        QVERIFY(!m_planner->warningTimerActive());
    }

    void disabledKindsAndDoNotDisturb()
    {
        m_planner->setClosingWindowsEnabled(false);
        m_planner->setConversations({conversation(1, QStringLiteral("Anna"), 30min)});
        QVERIFY(!m_planner->nextWarning().isValid());
        m_planner->setClosingWindowsEnabled(true);
        QVERIFY(m_planner->nextWarning().isValid());
        m_planner->setDoNotDisturb(true);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 0);
        m_planner->setDoNotDisturb(false); // not saved for later, nor re-armed by a change
        auto relabelled = conversation(1, QStringLiteral("Anna"), 30min);
        relabelled.labels = {QStringLiteral("vip")};
        m_planner->conversationsChanged({relabelled});
        QVERIFY(!m_planner->nextWarning().isValid());
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 0);
    }

    void sleptThroughTheDeadline()
    {
        m_planner->setConversations({conversation(1, QStringLiteral("Anna"), 61min)});
        m_clock->advance(2h);
        m_planner->fireDueWarnings();
        QCOMPARE(m_spy->size(), 0);
    }

    void warningTimerDelivers()
    {
        m_planner->setConversations({conversation(1, QStringLiteral("Anna"), 30min)});
        QTRY_COMPARE_WITH_TIMEOUT(m_spy->size(), 1, 2000);
    }

    void removedConversationsLeaveCountsAndSchedule()
    {
        QSignalSpy counts(m_planner.get(), &Planner::countsChanged);
        auto a = wrote(conversation(1, QStringLiteral("Anna"), {}), t0(), 3, QStringLiteral("x"));
        m_planner->setConversations({a, conversation(2, QStringLiteral("Ben"), 2h)});
        QCOMPARE(m_planner->counts().unreadMessages, 3);
        QCOMPARE(m_planner->counts().needingReply, 2);
        m_planner->conversationsRemoved({1, 2});
        QCOMPARE(m_planner->counts(), sb::InboxCounts{});
        QVERIFY(!m_planner->warningTimerActive());
        QCOMPARE(counts.size(), 2);
        m_planner->setConversations({a}); // a reload forgets whatever is not listed
        m_planner->setConversations({});
        QCOMPARE(m_planner->counts(), sb::InboxCounts{});
    }

    void remainingText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("under a minute") << qint64(20 * 1000) << QStringLiteral("1 min");
        QTest::newRow("rounded up") << qint64(59 * 60 * 1000 + 1) << QStringLiteral("60 min");
        QTest::newRow("hours") << qint64(2 * 3600 * 1000) << QStringLiteral("2 h");
        QTest::newRow("hours and minutes") << qint64(65 * 60 * 1000) << QStringLiteral("1 h 5 min");
    }

    void remainingText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(sb::NotificationText::remaining(std::chrono::milliseconds(ms)), text);
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Planner> m_planner;
    std::unique_ptr<QSignalSpy> m_spy;
};

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "tst_notificationplanner.moc"

// A first screen of rows, then the rest merged in (ConversationListModel::mergeConversations):
// the result must be what one full load gives, through the proxy too. And the proxy's fast
// comparison (the model's cached keys) must order exactly like the comparison by roles.
#include "Clock.h"
#include "ConversationFilterModel.h"
#include "ConversationFixtures.h"
#include "ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;
using Model = sb::ConversationListModel;
using Proxy = sb::ConversationFilterModel;

namespace {

QList<qint64> proxyIds(const Proxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.conversationId(row));
    return ids;
}

// `count` rows in every phase, with colliding deadlines and message times (the id tie-break
// decides), some never opened and some without any message.
QList<sb::ConversationSummary> generated(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<sb::ConversationSummary> rows;
    for (int i = 0; i < count; ++i) {
        const qint64 id = 1000 + i * 7 % count; // ids not in list order
        const int kind = static_cast<int>(random.bounded(5));
        std::optional<std::chrono::milliseconds> left;
        if (kind < 4)
            left = std::chrono::minutes(qint64(random.bounded(-600, 600)) / 30 * 30);
        auto c = conversation(id, QStringLiteral("Customer %1").arg(id), left);
        if (!left && random.bounded(3) == 0)
            c.lastMessageAt = QDateTime();
        else if (!left)
            c.lastMessageAt = t0().addSecs(-60 * qint64(random.bounded(5)));
        c.unread = static_cast<int>(random.bounded(3));
        c.lastFromCustomer = random.bounded(2) == 0;
        if (random.bounded(4) == 0)
            c.assignee = QStringLiteral("Anna");
        rows.append(c);
    }
    return rows;
}

// Every role of every row, in the proxy's order.
QList<QList<QVariant>> proxyContent(const Proxy &proxy)
{
    static const QList<int> roles{Qt::DisplayRole,           Model::IdRole,
                                  Model::ContactNameRole,    Model::LastPreviewRole,
                                  Model::LastMessageAtRole,  Model::UnreadRole,
                                  Model::AssigneeRole,       Model::WindowPhaseRole,
                                  Model::WindowDeadlineRole, Model::WindowTextRole,
                                  Model::NeedsReplyRole,     Model::SortKeyRole};
    QList<QList<QVariant>> content;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QList<QVariant> values;
        for (const int role : roles)
            values.append(proxy.index(row, 0).data(role));
        content.append(values);
    }
    return content;
}

struct Inbox
{
    explicit Inbox(const sb::Clock *clock)
    {
        model.setClock(clock);
        proxy.setSourceModel(&model);
    }
    Model model;
    QAbstractItemModelTester modelTester{&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
    Proxy proxy;
    QAbstractItemModelTester proxyTester{&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
};

// The first `count` rows in the proxy's order of the complete list (what the store's first page
// returns).
QList<sb::ConversationSummary> firstPage(const QList<sb::ConversationSummary> &all, int count,
                                         const sb::Clock *clock)
{
    Inbox full(clock);
    full.model.setConversations(all);
    QList<sb::ConversationSummary> page;
    for (int row = 0; row < std::min(count, full.proxy.rowCount()); ++row)
        page.append(*full.model.conversation(full.proxy.conversationId(row)));
    return page;
}

} // namespace

class TestConversationMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPageThenRestEqualsOneLoad_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("view");
        QTest::addColumn<bool>("byLastMessage");
        for (const int page : {0, 1, 20, 300}) {
            QTest::addRow("page %d, all", page) << page << int(Proxy::View::All) << false;
            QTest::addRow("page %d, closed", page) << page << int(Proxy::View::Closed) << false;
            QTest::addRow("page %d, unread by last message", page)
                << page << int(Proxy::View::Unread) << true;
        }
    }

    void firstPageThenRestEqualsOneLoad()
    {
        QFETCH(int, pageSize);
        QFETCH(int, view);
        QFETCH(bool, byLastMessage);
        sb::ManualClock clock(t0());
        const QList<sb::ConversationSummary> all = generated(240, 11);
        const auto setUp = [&](Inbox &inbox) {
            inbox.proxy.setView(static_cast<Proxy::View>(view));
            if (byLastMessage)
                inbox.proxy.setSortMode(Proxy::SortMode::LastMessage);
        };
        Inbox once(&clock);
        setUp(once);
        once.model.setConversations(all);

        Inbox staged(&clock);
        setUp(staged);
        staged.model.setConversations(firstPage(all, pageSize, &clock));
        QSignalSpy resets(&staged.model, &QAbstractItemModel::modelReset);
        staged.model.mergeConversations(all);
        QCOMPARE(resets.count(), 0); // the view keeps its place
        QCOMPARE(staged.model.rowCount(), all.size());
        QVERIFY(once.proxy.rowCount() > 0);
        QCOMPARE(proxyIds(staged.proxy), proxyIds(once.proxy));
        QCOMPARE(proxyContent(staged.proxy), proxyContent(once.proxy));
        QCOMPARE(staged.model.nextExpiry(), once.model.nextExpiry());

        // Both keep following the clock the same way.
        QSignalSpy stagedPhases(&staged.model, &Model::windowPhaseChanged);
        QSignalSpy oncePhases(&once.model, &Model::windowPhaseChanged);
        clock.advance(3h);
        staged.model.fireDueExpiries();
        once.model.fireDueExpiries();
        QVERIFY(oncePhases.count() > 0);
        QCOMPARE(stagedPhases.count(), oncePhases.count());
        QCOMPARE(proxyIds(staged.proxy), proxyIds(once.proxy));
        QCOMPARE(proxyContent(staged.proxy), proxyContent(once.proxy));
    }

    void mergeUpdatesAddsAndRemoves()
    {
        const sb::ManualClock clock(t0());
        Inbox inbox(&clock);
        auto open = conversation(1, QStringLiteral("Ada"), 5h);
        auto closed = conversation(2, QStringLiteral("Bo"), -1h);
        auto gone = conversation(3, QStringLiteral("Cy"), 2h);
        auto same = conversation(4, QStringLiteral("Di"), 3h);
        inbox.model.setConversations({open, closed, gone, same});
        inbox.proxy.setView(Proxy::View::Closed);
        QCOMPARE(proxyIds(inbox.proxy), QList<qint64>{2});

        // Meanwhile Bo wrote again (window open), Cy's conversation was merged away, Ed is new;
        // the list repeats Ed, whose last occurrence wins.
        closed.window.lastInbound = t0().addSecs(-3600);
        closed.lastPreview = QStringLiteral("I am back");
        auto added = conversation(5, QStringLiteral("Ed"), -2h);
        auto addedAgain = added;
        addedAgain.contactName = QStringLiteral("Ed Final");
        QSignalSpy changed(&inbox.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&inbox.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&inbox.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy phases(&inbox.model, &Model::windowPhaseChanged);
        inbox.model.mergeConversations({added, open, closed, same, addedAgain});

        QCOMPARE(inbox.model.rowCount(), 4);
        QCOMPARE(inbox.model.rowOf(3), -1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1); // one insertion for every new row
        QCOMPARE(changed.count(), 1); // only Bo changed
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), inbox.model.rowOf(2));
        QCOMPARE(phases.count(), 1);
        QCOMPARE(phases.at(0).at(0).toLongLong(), 2);
        QCOMPARE(phases.at(0).at(1).value<sb::WindowPhase>(), sb::WindowPhase::Open);
        QCOMPARE(inbox.model.conversation(5)->contactName, QStringLiteral("Ed Final"));
        QCOMPARE(inbox.model.conversation(2)->lastPreview, QStringLiteral("I am back"));
        for (const qint64 id : {1, 2, 4, 5})
            QCOMPARE(inbox.model.index(inbox.model.rowOf(id)).data(Model::IdRole).toLongLong(), id);
        QCOMPARE(proxyIds(inbox.proxy), QList<qint64>{5}); // Bo left the closed view
        inbox.proxy.setView(Proxy::View::All);
        QCOMPARE(proxyIds(inbox.proxy), (QList<qint64>{4, 1, 2, 5}));

        inbox.model.mergeConversations({});
        QCOMPARE(inbox.model.rowCount(), 0);
        QVERIFY(!inbox.model.expiryTimerActive());
    }

    // After a suspend many windows are due at once, scattered over the model's rows: the proxy
    // must end up in the order a fresh sort gives (it re-sorts only rows reported changed, so
    // every change has to be reported before it relies on the rest being in order).
    void manySimultaneousExpiriesKeepTheOrder()
    {
        sb::ManualClock clock(t0());
        Inbox inbox(&clock);
        inbox.model.setConversations(generated(300, 9));
        clock.advance(8h);
        inbox.model.fireDueExpiries();
        Proxy fresh;
        fresh.setSourceModel(&inbox.model);
        QCOMPARE(proxyIds(inbox.proxy), proxyIds(fresh));
        clock.advance(24h);
        inbox.model.fireDueExpiries();
        Proxy later;
        later.setSourceModel(&inbox.model);
        QCOMPARE(proxyIds(inbox.proxy), proxyIds(later));
    }

    // The proxy compares the model's cached keys; through another proxy it can only read roles.
    // Both must give the same order, in both sort modes and as windows close.
    void cachedKeysOrderLikeRoles()
    {
        sb::ManualClock clock(t0());
        Inbox direct(&clock);
        direct.model.setConversations(generated(300, 5));
        QIdentityProxyModel identity;
        identity.setSourceModel(&direct.model);
        Proxy byRoles;
        byRoles.setSourceModel(&identity);
        const auto sameOrder = [&] { return proxyIds(direct.proxy) == proxyIds(byRoles); };
        QVERIFY(sameOrder());
        for (int step = 0; step < 4; ++step) {
            clock.advance(3h);
            direct.model.fireDueExpiries();
            QVERIFY(sameOrder());
        }
        auto changed = *direct.model.conversation(1003);
        changed.window.lastInbound = clock.now();
        direct.model.upsert(changed);
        QVERIFY(sameOrder());
        direct.proxy.setSortMode(Proxy::SortMode::LastMessage);
        byRoles.setSortMode(Proxy::SortMode::LastMessage);
        QVERIFY(sameOrder());
        QCOMPARE(proxyIds(direct.proxy).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestConversationMerge)
#include "tst_conversationmerge.moc"

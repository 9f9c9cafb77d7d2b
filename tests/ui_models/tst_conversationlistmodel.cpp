#include "Clock.h"
#include "ConversationFilterModel.h"
#include "ConversationFixtures.h"
#include "ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;
using Model = sb::ConversationListModel;
using Proxy = sb::ConversationFilterModel;

Q_DECLARE_METATYPE(Proxy::View)

namespace {

QList<qint64> proxyIds(const Proxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.conversationId(row));
    return ids;
}

sb::WindowPhase phaseOf(const Model &model, qint64 id)
{
    return model.index(model.rowOf(id)).data(Model::WindowPhaseRole).value<sb::WindowPhase>();
}

// Six rows with one distinguishing property each, for the view filters.
QList<sb::ConversationSummary> viewFixture()
{
    auto open = conversation(1, QStringLiteral("Ada Open"), 5h); // customer wrote last
    auto soon = conversation(2, QStringLiteral("Bo Soon"), 20min);
    soon.lastFromCustomer = false;
    auto closed = conversation(3, QStringLiteral("Cy Closed"), -2h);
    closed.lastFromCustomer = false;
    auto never = conversation(4, QStringLiteral("Di Never"), std::nullopt);
    auto unread = conversation(5, QStringLiteral("Ed Unread"), 10h);
    unread.unread = 3;
    unread.lastFromCustomer = false;
    auto mine = conversation(6, QStringLiteral("Flo Mine"), 12h);
    mine.assignee = QStringLiteral("Anna");
    mine.lastFromCustomer = false;
    return {open, soon, closed, never, unread, mine};
}

} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0());
        m_model = std::make_unique<Model>();
        m_model->setClock(m_clock.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy = std::make_unique<Proxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_proxy.reset();
        m_modelTester.reset();
        m_model.reset();
        m_clock.reset();
    }

    void rolesReportSummaryAndWindow()
    {
        auto c = conversation(7, QStringLiteral("Grace"), 22h);
        c.unread = 2;
        c.assignee = QStringLiteral("Anna");
        c.labels = {QStringLiteral("vip")};
        c.optedOutMarketing = true;
        m_model->setConversations({c});
        const QModelIndex i = m_model->index(0);
        QCOMPARE(i.data(Model::IdRole).toLongLong(), 7);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Grace"));
        QCOMPARE(i.data(Model::ContactNameRole).toString(), QStringLiteral("Grace"));
        QCOMPARE(i.data(Model::ContactPhoneRole).toString(), c.contactPhone);
        QCOMPARE(i.data(Model::BusinessNumberRole).toString(), QStringLiteral("+1 555 0100"));
        QCOMPARE(i.data(Model::LastPreviewRole).toString(), c.lastPreview);
        QCOMPARE(i.data(Model::LastMessageAtRole).toDateTime(), c.lastMessageAt);
        QCOMPARE(i.data(Model::LastFromCustomerRole).toBool(), true);
        QCOMPARE(i.data(Model::NeedsReplyRole).toBool(), true);
        QCOMPARE(i.data(Model::UnreadRole).toInt(), 2);
        QCOMPARE(i.data(Model::AssigneeRole).toString(), QStringLiteral("Anna"));
        QCOMPARE(i.data(Model::LabelsRole).toStringList(), c.labels);
        QCOMPARE(i.data(Model::OptedOutMarketingRole).toBool(), true);
        QCOMPARE(i.data(Model::WindowPhaseRole).value<sb::WindowPhase>(), sb::WindowPhase::Open);
        QCOMPARE(i.data(Model::WindowDeadlineRole).toDateTime(), t0().addSecs(22 * 3600));
        QCOMPARE(i.data(Model::WindowRemainingMsRole).toLongLong(), qint64(22 * 3600 * 1000));
        QCOMPARE(i.data(Model::WindowClosedForMsRole).toLongLong(), 0);
        QCOMPARE(i.data(Model::FreeEntryPointActiveRole).toBool(), false);
        QVERIFY(!i.data(Model::FreeEntryPointUntilRole).toDateTime().isValid());
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("22:00"));
        QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Grace")));
        QVERIFY(!i.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!m_model->index(1).data(Model::IdRole).isValid());
        QCOMPARE(m_model->roleNames().value(Model::WindowTextRole), QByteArray("windowText"));

        // Window values are read from the clock at data() time.
        m_clock->advance(90s);
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("21:59"));
        QCOMPARE(i.data(Model::WindowRemainingMsRole).toLongLong(),
                 qint64(22 * 3600 * 1000 - 90 * 1000));
    }

    void displayFallsBackToPhone()
    {
        auto c = conversation(8, QString(), 1h);
        m_model->setConversations({c});
        QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), c.contactPhone);
    }

    void upsertInsertsUpdatesAndIgnoresRepeats()
    {
        m_model->setConversations(viewFixture());
        QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_model->upsert(conversation(9, QStringLiteral("New"), 3h));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->rowOf(9), 6);

        auto update = *m_model->conversation(2);
        update.unread = 4;
        m_model->upsert(update);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(m_model->index(1).data(Model::UnreadRole).toInt(), 4);

        m_model->upsert(update); // identical: nothing to tell the views
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 1);
    }

    void removeKeepsLookupsConsistent()
    {
        m_model->setConversations(viewFixture());
        QVERIFY(m_model->remove(3));
        QVERIFY(!m_model->remove(3));
        QVERIFY(!m_model->remove(42));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(3), -1);
        QVERIFY(m_model->conversation(3) == nullptr);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const qint64 id = m_model->index(row).data(Model::IdRole).toLongLong();
            QCOMPARE(m_model->rowOf(id), row);
        }
    }

    void repeatedIdKeepsLastOccurrence()
    {
        auto first = conversation(1, QStringLiteral("First"), 2h);
        auto second = conversation(1, QStringLiteral("Second"), 3h);
        QTest::ignoreMessage(QtWarningMsg,
                             "Conversation 1 listed twice; keeping its last occurrence");
        m_model->setConversations({first, conversation(2, QStringLiteral("Other"), 1h), second});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->conversation(1)->contactName, QStringLiteral("Second"));
        // "Other" is closing soon from t0 on; its next change is its deadline.
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(3600));
    }

    void viewsFilter_data()
    {
        QTest::addColumn<Proxy::View>("view");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("all") << Proxy::View::All << QList<qint64>{2, 1, 5, 6, 3, 4};
        QTest::newRow("needs reply") << Proxy::View::NeedsReply << QList<qint64>{1, 4};
        QTest::newRow("closing soon") << Proxy::View::ClosingSoon << QList<qint64>{2};
        QTest::newRow("closed") << Proxy::View::Closed << QList<qint64>{3, 4};
        QTest::newRow("unread") << Proxy::View::Unread << QList<qint64>{5};
        QTest::newRow("mine") << Proxy::View::Mine << QList<qint64>{6};
    }

    void viewsFilter()
    {
        QFETCH(Proxy::View, view);
        QFETCH(QList<qint64>, expected);
        auto rows = viewFixture();
        rows[3].lastFromCustomer = true; // a never-opened row can still be owed a reply
        m_model->setConversations(rows);
        m_proxy->setAgentName(QStringLiteral("anna"));
        m_proxy->setView(view);
        QCOMPARE(m_proxy->view(), view);
        QCOMPARE(proxyIds(*m_proxy), expected);
    }

    void mineNeedsAnAgent()
    {
        m_model->setConversations(viewFixture());
        m_proxy->setView(Proxy::View::Mine);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setAgentName(QStringLiteral("Anna"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{6});
    }

    void closingSoonViewFollowsTheClock()
    {
        m_model->setConversations(viewFixture());
        m_proxy->setView(Proxy::View::ClosingSoon);
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{2});
        m_clock->advance(20min); // Bo closes, Ada (5 h left) is not yet within the hour
        m_model->fireDueExpiries();
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{});
        m_clock->advance(4h - 20min);
        m_model->fireDueExpiries();
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{1});
    }

    void searchLocalAndFullText()
    {
        m_model->setConversations(viewFixture());
        m_proxy->setSearchText(QStringLiteral("  ada "));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{1});
        m_proxy->setSearchText(QStringLiteral("MESSAGE FROM ed"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{5});
        m_proxy->setSearchText(QStringLiteral("+49 (151) 1000003"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{3});
        m_proxy->setSearchText(QStringLiteral("1000006"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{6});
        m_proxy->setSearchText(QStringLiteral("refund"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{});

        // The store's full-text answer is merged in; an answer to an older query is ignored.
        m_proxy->setTextMatches({4}, QStringLiteral("refun"));
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{});
        m_proxy->setTextMatches({4, 2}, QStringLiteral("refund"));
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2, 4}));
        m_proxy->setView(Proxy::View::Closed);
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{4});
        m_proxy->setView(Proxy::View::All);

        // Typing on forgets matches that answered the previous text.
        m_proxy->setSearchText(QStringLiteral("refunds"));
        QVERIFY(m_proxy->textMatches().isEmpty());
        QCOMPARE(proxyIds(*m_proxy), QList<qint64>{});
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void sortByTimeLeftThenRecency()
    {
        m_model->setConversations(viewFixture());
        // Open soonest first; closed most recently first; never-opened last.
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{2, 1, 5, 6, 3, 4}));
        QCOMPARE(m_proxy->proxyRowOf(5), 2);
        QCOMPARE(m_proxy->proxyRowOf(42), -1);

        // At its deadline Bo joins the closed ones, ahead of Cy who closed two hours earlier.
        m_clock->advance(20min);
        m_model->fireDueExpiries();
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{1, 5, 6, 2, 3, 4}));

        // A new customer message reopens Cy's window: it moves to its deadline's place.
        auto cy = *m_model->conversation(3);
        cy.window.lastInbound = m_clock->now().addSecs(-(24 - 8) * 3600);
        m_model->upsert(cy);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{1, 3, 5, 6, 2, 4}));

        m_proxy->setSortMode(Proxy::SortMode::LastMessage);
        QCOMPARE(m_proxy->sortMode(), Proxy::SortMode::LastMessage);
        QCOMPARE(proxyIds(*m_proxy), (QList<qint64>{4, 6, 5, 1, 2, 3}));
    }

    void countdownTextAtThresholds()
    {
        m_model->setConversations({conversation(1, QStringLiteral("A"), 10min + 1ms)});
        const QModelIndex i = m_model->index(0);
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("00:11"));
        m_clock->advance(1ms);
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("10:00"));
        m_clock->advance(1s);
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("09:59"));
        m_model->setSecondsDisplayThreshold(5min);
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("00:10"));
        m_clock->advance(10min + 5min);
        m_model->fireDueExpiries();
        QCOMPARE(i.data(Model::WindowTextRole).toString(), QStringLiteral("closed 5 min ago"));
    }

    void thresholdClampedToTheWindow()
    {
        m_model->setClosingSoonThreshold(48h);
        QCOMPARE(m_model->closingSoonThreshold(), 24h);
        m_model->setClosingSoonThreshold(-5min);
        QCOMPARE(m_model->closingSoonThreshold(), 0min);
        m_model->setConversations({conversation(1, QStringLiteral("A"), 1min)});
        QCOMPARE(phaseOf(*m_model, 1), sb::WindowPhase::Open); // 0 means never "closing soon"
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<Proxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"

// The conversation list's expiry schedule: one timer for the whole model, armed at the earliest
// phase change, firing exactly the due rows at the exact millisecond.
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

namespace {

sb::WindowPhase phaseOf(const Model &model, qint64 id)
{
    return model.index(model.rowOf(id)).data(Model::WindowPhaseRole).value<sb::WindowPhase>();
}

} // namespace

class TestConversationExpiry : public QObject
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
        // A sorted proxy on top, so every expiry also exercises the re-sort it triggers.
        m_proxy = std::make_unique<sb::ConversationFilterModel>();
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

    void timerArmedAtEarliestChange()
    {
        // Three deadlines 50 s, 25 s and 40 s away, all already within the closing-soon hour:
        // the timer waits exactly for the earliest one.
        m_model->setConversations({conversation(1, QStringLiteral("A"), 50s),
                                   conversation(2, QStringLiteral("B"), 25s),
                                   conversation(3, QStringLiteral("C"), 40s)});
        QVERIFY(m_model->expiryTimerActive());
        QCOMPARE(m_model->expiryTimerInterval(), 25 * 1000);
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(25));

        m_clock->advance(5s); // the wait always counts from the clock's now
        m_model->upsert(conversation(4, QStringLiteral("D"), 12s));
        QCOMPARE(m_model->expiryTimerInterval(), 7 * 1000);
        QVERIFY(m_model->remove(4));
        m_model->fireDueExpiries(); // nothing due: re-armed for B
        QCOMPARE(m_model->expiryTimerInterval(), 20 * 1000);
    }

    void closingSoonInstantIsScheduledToo()
    {
        // Deadlines in 3 h, 61 min and 2 h: the earliest change is the 61-minute one entering
        // "closing soon" in one minute.
        m_model->setConversations({conversation(1, QStringLiteral("A"), 3h),
                                   conversation(2, QStringLiteral("B"), 61min),
                                   conversation(3, QStringLiteral("C"), 2h)});
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(60));
        QCOMPARE(m_model->expiryTimerInterval(), 60 * 1000);

        m_model->setClosingSoonThreshold(30min); // B now turns "closing soon" in 31 min
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(31 * 60));
        QCOMPARE(m_model->expiryTimerInterval(), int(Model::MaxTimerWait.count()));
        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        m_clock->set(t0().addSecs(31 * 60).addMSecs(-1));
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 0);
        QCOMPARE(m_model->expiryTimerInterval(), 1);
        m_clock->advance(1ms);
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases.at(0).at(1).value<sb::WindowPhase>(), sb::WindowPhase::ClosingSoon);
    }

    void expiryChangesExactlyTheDueRowAtTheDeadline()
    {
        m_model->setConversations({conversation(1, QStringLiteral("A"), 3h),
                                   conversation(2, QStringLiteral("B"), 40min),
                                   conversation(3, QStringLiteral("C"), 2h)});
        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        const QDateTime deadline = t0().addSecs(40 * 60);

        m_clock->set(deadline.addMSecs(-1));
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(phaseOf(*m_model, 2), sb::WindowPhase::ClosingSoon);
        QCOMPARE(m_model->index(1).data(Model::WindowTextRole).toString(), QStringLiteral("00:01"));
        QCOMPARE(m_model->expiryTimerInterval(), 1);

        m_clock->set(deadline);
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases.at(0).at(0).toLongLong(), 2);
        QCOMPARE(phases.at(0).at(1).value<sb::WindowPhase>(), sb::WindowPhase::Closed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(phaseOf(*m_model, 1), sb::WindowPhase::Open);
        QCOMPARE(phaseOf(*m_model, 3), sb::WindowPhase::Open);
        // Next: C becomes closing soon one hour after t0.
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(3600));
        QCOMPARE(m_model->expiryTimerInterval(), int(Model::MaxTimerWait.count()));

        m_model->fireDueExpiries(); // firing again at the same instant changes nothing
        QCOMPARE(phases.size(), 1);
    }

    void simultaneousExpiriesBatchContiguousRows()
    {
        m_model->setConversations({conversation(1, QStringLiteral("A"), 10min),
                                   conversation(2, QStringLiteral("B"), 10min),
                                   conversation(3, QStringLiteral("C"), 5h),
                                   conversation(4, QStringLiteral("D"), 10min)});
        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_clock->advance(10min);
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 3);
        // One batch from the first to the last changed row (a sorting proxy needs to hear of
        // every change at once; see TestConversationMerge::manySimultaneousExpiriesKeepTheOrder).
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 3);
    }

    void realTimerDeliversTheChange()
    {
        // The deadline is 30 ms away in real time too: the model's own timer must fire it.
        m_model->setConversations({conversation(1, QStringLiteral("A"), 30ms)});
        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        m_clock->advance(30ms);
        QVERIFY(phases.wait(5000));
        QCOMPARE(phases.at(0).at(1).value<sb::WindowPhase>(), sb::WindowPhase::Closed);
        QVERIFY(!m_model->expiryTimerActive());
    }

    void upsertSupersedesTheOldSchedule()
    {
        m_model->setConversations({conversation(1, QStringLiteral("A"), 10min)});
        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        auto renewed = *m_model->conversation(1);
        renewed.window.lastInbound = t0(); // the customer wrote again: a fresh 24 h
        m_model->upsert(renewed);
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases.at(0).at(1).value<sb::WindowPhase>(), sb::WindowPhase::Open);
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(23 * 3600));
        // Far changes are approached in capped steps, so a suspended machine catches up soon.
        QCOMPARE(m_model->expiryTimerInterval(), int(Model::MaxTimerWait.count()));

        m_clock->advance(10min); // the old deadline passes without effect
        m_model->fireDueExpiries();
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phaseOf(*m_model, 1), sb::WindowPhase::Open);
    }

    void freeEntryPointEndIsScheduled()
    {
        auto c = conversation(1, QStringLiteral("Ad click"), -1h);
        c.window.entryPointAt = t0().addSecs(-30 * 3600);
        c.window.entryPointReplyAt = t0().addSecs(-29 * 3600);
        m_model->setConversations({c});
        QVERIFY(m_model->index(0).data(Model::FreeEntryPointActiveRole).toBool());
        QCOMPARE(m_model->index(0).data(Model::FreeEntryPointUntilRole).toDateTime(),
                 t0().addSecs(43 * 3600));
        QCOMPARE(m_model->nextExpiry(), t0().addSecs(43 * 3600));

        QSignalSpy phases(m_model.get(), &Model::windowPhaseChanged);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        m_clock->set(t0().addSecs(43 * 3600));
        m_model->fireDueExpiries();
        QCOMPARE(changed.size(), 1); // the look changes...
        QCOMPARE(phases.size(), 0); // ...but not what may be sent
        QVERIFY(!m_model->index(0).data(Model::FreeEntryPointActiveRole).toBool());
        QVERIFY(!m_model->expiryTimerActive());
    }

    void manyConversationsOnlyDueRowsChange()
    {
        // Without the proxy: its re-sorting is Qt's cost, not the schedule's.
        Model model;
        model.setClock(m_clock.get());
        QList<sb::ConversationSummary> rows;
        for (qint64 id = 1; id <= 10000; ++id)
            rows.append(
                conversation(id, QStringLiteral("C%1").arg(id), 1h + std::chrono::seconds(id)));
        model.setConversations(rows);
        QCOMPARE(model.expiryTimerInterval(), 1000); // the first enters "closing soon" in 1 s
        QSignalSpy phases(&model, &Model::windowPhaseChanged);
        m_clock->advance(3s);
        model.fireDueExpiries();
        QCOMPARE(phases.size(), 3);
        QCOMPARE(phases.at(2).at(0).toLongLong(), 3);

        // Repeated updates leave superseded entries; the schedule stays proportional to the rows.
        auto c = rows.first();
        for (int i = 1; i <= 50000; ++i) {
            c.window.lastInbound = c.window.lastInbound->addMSecs(1);
            model.upsert(c);
        }
        QVERIFY(model.scheduledEntryCount() <= 2 * 10000 + 64);
        QCOMPARE(model.nextExpiry(), t0().addSecs(4)); // row 4 is now the earliest
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<sb::ConversationFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_GUILESS_MAIN(TestConversationExpiry)
#include "tst_conversationexpiry.moc"

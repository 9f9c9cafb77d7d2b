// MessageListModel: the three timeline paths (history at the top, live at the end, pending
// rows merged with the API's answer) and monotonic statuses.
#include "MessageModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace modelfixtures;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0);
        m_model = std::make_unique<Model>(m_clock.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_clock.reset();
    }

    void appendLiveKeepsArrivalOrder()
    {
        QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
        m_model->appendLive(text(1, QStringLiteral("*one*"), t0));
        m_model->appendLive(text(2, QStringLiteral("two"), t0.addSecs(60)));
        QCOMPARE(bodies(*m_model), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(role<QString>(*m_model, 1, Model::PlatformIdRole), QStringLiteral("wamid.2"));
        QCOMPARE(role<sb::MessageKind>(*m_model, 0, Model::KindRole), sb::MessageKind::Text);
    }

    void appendLiveMergesADuplicate()
    {
        m_model->appendLive(text(1, QStringLiteral("one"), t0));
        QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
        m_model->appendLive(text(1, QStringLiteral("one"), t0)); // the same webhook again
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(inserted.size(), 0);
    }

    void prependHistoryInsertsAtTheTop()
    {
        m_model->appendLive(text(10, QStringLiteral("live"), t0));
        QSignalSpy inserted(m_model.get(), &Model::rowsInserted);
        const int count =
            m_model->prependHistory({text(7, QStringLiteral("older"), t0.addSecs(-300)),
                                     text(8, QStringLiteral("old"), t0.addSecs(-200)),
                                     text(10, QStringLiteral("live"), t0)});
        QCOMPARE(count, 2); // wamid.10 is already shown: merged, not repeated
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(
            bodies(*m_model),
            (QStringList{QStringLiteral("older"), QStringLiteral("old"), QStringLiteral("live")}));
        QCOMPARE(m_model->rowOfId(10), 2);
        QCOMPARE(m_model->rowOfPlatformId(QStringLiteral("wamid.7")), 0);
        // Row keys stay unique and stable across the prepend.
        QSet<qint64> keys;
        for (int row = 0; row < m_model->rowCount(); ++row)
            keys.insert(role<qint64>(*m_model, row, Model::RowKeyRole));
        QCOMPARE(keys.size(), 3);
    }

    void pendingResolvedByPlatformId()
    {
        QVERIFY(m_model->addPending(pending(QStringLiteral("local-1"), QStringLiteral("hi"), t0)));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Queued);
        QCOMPARE(role<QString>(*m_model, 0, Model::LocalIdRole), QStringLiteral("local-1"));

        m_clock->advance(2s);
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        QVERIFY(m_model->resolvePending(QStringLiteral("local-1"), QStringLiteral("wamid.A")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Accepted);
        QCOMPARE(m_model->rowOfPlatformId(QStringLiteral("wamid.A")), 0);

        QVERIFY(m_model->applyStatus(QStringLiteral("wamid.A"),
                                     status(DeliveryState::Sent, t0.addSecs(3))));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Sent);
        const auto times = role<sb::StatusTimes>(*m_model, 0, Model::StatusTimesRole);
        QCOMPARE(times.value(DeliveryState::Queued), t0);
        QCOMPARE(times.value(DeliveryState::Accepted), t0.addSecs(2));
        QCOMPARE(times.value(DeliveryState::Sent), t0.addSecs(3));

        // The stored copy arriving live merges into the pending row instead of repeating it.
        ChatMessage stored = text(55, QStringLiteral("hi"), t0, Direction::Outbound);
        stored.message.platformId = QStringLiteral("wamid.A");
        stored.localId = QStringLiteral("local-1");
        m_model->appendLive(stored);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rowOfId(55), 0);
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Sent);
    }

    void pendingNeedsAUniqueLocalId()
    {
        QVERIFY(!m_model->addPending(pending(QString(), QStringLiteral("x"), t0)));
        QVERIFY(m_model->addPending(pending(QStringLiteral("l"), QStringLiteral("x"), t0)));
        QVERIFY(!m_model->addPending(pending(QStringLiteral("l"), QStringLiteral("y"), t0)));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->resolvePending(QStringLiteral("nope"), QStringLiteral("wamid.X")));
        QVERIFY(m_model->resolvePending(QStringLiteral("l"), QStringLiteral("wamid.X")));
        QVERIFY(!m_model->resolvePending(QStringLiteral("l"), QStringLiteral("wamid.Other")));
    }

    void statusesMergeMonotonically()
    {
        m_model->appendLive(text(1, QStringLiteral("out"), t0, Direction::Outbound));
        QVERIFY(m_model->applyStatus(QStringLiteral("wamid.1"),
                                     status(DeliveryState::Read, t0.addSecs(30))));
        QSignalSpy changed(m_model.get(), &Model::dataChanged);
        // A late "delivered" and a duplicate "read" change nothing and emit nothing.
        QVERIFY(!m_model->applyStatus(QStringLiteral("wamid.1"),
                                      status(DeliveryState::Delivered, t0.addSecs(40))));
        QVERIFY(!m_model->applyStatus(QStringLiteral("wamid.1"),
                                      status(DeliveryState::Read, t0.addSecs(30))));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Read);
        // A contradictory failure does not outrank a read receipt, but its error is kept.
        m_model->applyStatus(QStringLiteral("wamid.1"),
                             status(DeliveryState::Failed, t0.addSecs(50), 131049));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Read);
    }

    void failedStatusCarriesItsError()
    {
        m_model->appendLive(text(1, QStringLiteral("out"), t0, Direction::Outbound));
        QVERIFY(!m_model->index(0).data(Model::ErrorRole).isValid());
        m_model->applyStatus(QStringLiteral("wamid.1"),
                             status(DeliveryState::Failed, t0.addSecs(5), 131047));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Failed);
        QCOMPARE(role<sb::StatusError>(*m_model, 0, Model::ErrorRole).code, 131047);
    }

    void retryStartsANewAttempt()
    {
        QVERIFY(m_model->addPending(pending(QStringLiteral("local-1"), QStringLiteral("hi"), t0)));
        QVERIFY(m_model->resolvePending(QStringLiteral("local-1"), QStringLiteral("wamid.old")));
        QVERIFY(!m_model->restartPending(QStringLiteral("local-1"))); // it has not failed
        m_model->applyStatus(QStringLiteral("wamid.old"),
                             status(DeliveryState::Failed, t0.addSecs(5), 131026));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Failed);

        m_clock->advance(1min);
        QVERIFY(m_model->restartPending(QStringLiteral("local-1")));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Queued);
        QVERIFY(!m_model->index(0).data(Model::ErrorRole).isValid());
        QVERIFY(role<QString>(*m_model, 0, Model::PlatformIdRole).isEmpty());
        QCOMPARE(
            role<sb::StatusTimes>(*m_model, 0, Model::StatusTimesRole).value(DeliveryState::Queued),
            m_clock->now());
        // A late event of the failed attempt no longer reaches the row; the new id does.
        QVERIFY(!m_model->applyStatus(QStringLiteral("wamid.old"),
                                      status(DeliveryState::Sent, t0.addSecs(6))));
        QVERIFY(m_model->resolvePending(QStringLiteral("local-1"), QStringLiteral("wamid.new")));
        QVERIFY(m_model->applyStatus(QStringLiteral("wamid.new"),
                                     status(DeliveryState::Delivered, m_clock->now())));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Delivered);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void statusBeforeItsMessageIsKept()
    {
        QVERIFY(!m_model->applyStatus(QStringLiteral("wamid.9"),
                                      status(DeliveryState::Delivered, t0.addSecs(5))));
        m_model->appendLive(text(9, QStringLiteral("out"), t0, Direction::Outbound));
        QCOMPARE(role<DeliveryState>(*m_model, 0, Model::StatusRole), DeliveryState::Delivered);
        // ... also when it arrives by local id before the API answer.
        m_model->applyStatus(QStringLiteral("local-7"), status(DeliveryState::Sent, t0));
        QVERIFY(m_model->addPending(pending(QStringLiteral("local-7"), QStringLiteral("p"), t0)));
        QCOMPARE(role<DeliveryState>(*m_model, 1, Model::StatusRole), DeliveryState::Sent);
    }

    void clearResets()
    {
        m_model->appendLive(text(1, QStringLiteral("a"), t0));
        QSignalSpy reset(m_model.get(), &Model::modelReset);
        m_model->clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->rowOfId(1), -1);
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"

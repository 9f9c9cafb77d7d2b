// The fault matrix against the real sandbox (faults injected through its /_sandbox/ control
// API), on SQLite and PostgreSQL: 5xx, timeouts, dropped and truncated answers, 130429 storms,
// webhook duplicates and reordering. Every case ends in the right final state, and the sandbox's
// record of what it accepted proves that no message was sent twice or dropped.

#include "EngineTestSupport.h"
#include "ErrorCatalogue.h"
#include "MessageRepository.h"
#include "StatusFeed.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>

using namespace sb;
using namespace std::chrono_literals;

namespace {

QString customer(int i)
{
    return QStringLiteral("1555020%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString onceProblem(const Sandbox &sandbox, const QStringList &localIds)
{
    const QHash<QString, int> counts = sbtest::acceptedByLocalId(sandbox);
    for (const QString &id : localIds) {
        if (counts.value(id) != 1)
            return QStringLiteral("%1 accepted %2 times").arg(id).arg(counts.value(id));
    }
    if (counts.size() != localIds.size())
        return QStringLiteral("%1 distinct messages accepted, %2 expected")
            .arg(counts.size())
            .arg(localIds.size());
    return QString();
}

#define SB_VERIFY_ONCE(sandbox, ids)                                                               \
    do {                                                                                           \
        const QString once = onceProblem(sandbox, ids);                                            \
        QVERIFY2(once.isEmpty(), qPrintable(once));                                                \
    } while (false)

std::optional<DeliveryState> messageState(Database &db, const QString &localId)
{
    const auto message = MessageRepository(db).findByLocalId(localId);
    if (!message)
        return std::nullopt;
    return message->delivery.state();
}

} // namespace

class TestDispatchFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverErrorsAreRetriedAndSentOnce_data() { sbtest::addDialectRows(); }
    void serverErrorsAreRetriedAndSentOnce()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        sbtest::openWindow(sandbox, customer(1));
        QCOMPARE(sbtest::control(sandbox, QStringLiteral("faults"),
                                 QJsonObject{{QStringLiteral("http_5xx"), 2}}),
                 200);
        const QString id = rig.queueText(customer(1), QStringLiteral("after two 500s"));
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        SB_VERIFY_ONCE(sandbox, QStringList{id});
        QCOMPARE(retries.count(), 2);
        for (const QList<QVariant> &retry : std::as_const(retries))
            QCOMPARE(retry.at(2).value<ErrorInfo>().code, 131000);
        const auto row = rig.row(id);
        QCOMPARE(row->state, OutboxState::Accepted);
        QCOMPARE(row->attempts, 3);
        QCOMPARE(row->platformId, sbtest::wamidOf(sandbox, id));
        QCOMPARE(messageState(*test->database, id), DeliveryState::Accepted);
    }

    void lostAnswersStayUnknownUntilTheWebhook_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("fault");
        const QJsonObject timeout{{QStringLiteral("delay_ms"), 2500},
                                  {QStringLiteral("slow_count"), 1}};
        const QJsonObject dropped{{QStringLiteral("drop_responses"), 1}};
        const QJsonObject truncated{{QStringLiteral("drop_responses"), 1},
                                    {QStringLiteral("drop_mode"), QStringLiteral("truncate")}};
        for (const auto &[name, dialect] :
             {std::pair{"sqlite", sbtest::TestDatabase::Kind::SQLite},
              std::pair{"postgresql", sbtest::TestDatabase::Kind::PostgreSQL}}) {
            QTest::addRow("%s/timeout", name) << int(dialect) << timeout;
            QTest::addRow("%s/dropped", name) << int(dialect) << dropped;
            QTest::addRow("%s/truncated", name) << int(dialect) << truncated;
        }
    }
    void lostAnswersStayUnknownUntilTheWebhook()
    {
        QFETCH(QJsonObject, fault);
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database, {}, 400ms);
        sbtest::StatusFeed feed(*test->database, sbtest::kSecret);
        sandbox.addWebhook(feed.url);
        QSignalSpy unknown(rig.dispatcher.get(), &Dispatcher::outcomeUnknown);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        sbtest::openWindow(sandbox, customer(1));
        sbtest::openWindow(sandbox, customer(2));
        QCOMPARE(sbtest::control(sandbox, QStringLiteral("faults"), fault), 200);
        // Status webhooks wait until the test has seen the send stay unknown.
        QCOMPARE(
            sbtest::control(sandbox, QStringLiteral("faults"),
                            QJsonObject{{QStringLiteral("webhooks"), QStringLiteral("pause")}}),
            200);

        const QString lost = rig.queueText(customer(1), QStringLiteral("answer lost"));
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] {
            return rig.row(lost)->state != OutboxState::Sending && rig.dispatcher->inFlight() == 0;
        }));
        QCOMPARE(rig.row(lost)->state, OutboxState::Unknown);
        QCOMPARE(unknown.count(), 1);
        QCOMPARE(unknown.first().at(0).toString(), lost);
        QCOMPARE(retries.count(), 0);
        QCOMPARE(messageState(*test->database, lost), DeliveryState::Unknown);
        QCOMPARE(sbtest::acceptedByLocalId(sandbox).value(lost), 1); // it did arrive

        // The number keeps sending other messages, and never sends the lost one again.
        const QString next = rig.queueText(customer(2), QStringLiteral("next"));
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QCOMPARE(rig.row(next)->state, OutboxState::Accepted);
        QCOMPARE(rig.row(lost)->state, OutboxState::Unknown);

        sandbox.advanceClock(1h);
        rig.dispatcher->wakeUp();
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QCOMPARE(rig.row(lost)->state, OutboxState::Unknown);
        QCOMPARE(sbtest::acceptedByLocalId(sandbox).value(lost), 1);

        // The status webhook names the local id: the lost answer is no longer needed.
        QCOMPARE(sbtest::control(sandbox, QStringLiteral("faults"),
                                 QJsonObject{{QStringLiteral("webhooks"), QStringLiteral("ok")}}),
                 200);
        sandbox.advanceClock(1min);
        QVERIFY(QTest::qWaitFor([&] { return rig.row(lost)->state == OutboxState::Accepted; },
                                sbtest::kWaitMs));
        QCOMPARE(rig.row(lost)->platformId, sbtest::wamidOf(sandbox, lost));
        QVERIFY(feed.statuses >= 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return messageState(*test->database, lost) == DeliveryState::Read; },
            sbtest::kWaitMs));
        QCOMPARE(MessageRepository(*test->database).findByLocalId(lost)->platformId,
                 sbtest::wamidOf(sandbox, lost));

        SB_VERIFY_ONCE(sandbox, (QStringList{lost, next}));
        QCOMPARE(rig.row(lost)->attempts, 1);
    }

    void outageCostsOneMessageNotTheQueue_data() { sbtest::addDialectRows(); }
    void outageCostsOneMessageNotTheQueue()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        for (int i = 0; i < 5; ++i)
            sbtest::openWindow(sandbox, customer(i));
        rig.dispatcher->start();

        // The network goes away: every connection is refused.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        rig.network.setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closedPort));
        const QString first = rig.queueText(customer(0), QStringLiteral("into the void"));
        QVERIFY(rig.drive([&] { return rig.row(first)->state == OutboxState::Unknown; }));

        // No further message is risked while the API does not answer.
        QStringList later;
        for (int i = 1; i < 5; ++i)
            later.append(rig.queueText(customer(i), QStringLiteral("later %1").arg(i)));
        QVERIFY(!rig.drive([] { return false; }, 10min));
        for (const QString &id : std::as_const(later)) {
            QCOMPARE(rig.row(id)->state, OutboxState::Queued);
            QCOMPARE(rig.row(id)->attempts, 0);
        }

        // Back online: the next probe gets an answer and the queue drains, each message once.
        rig.network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        SB_VERIFY_ONCE(sandbox, later);
        QCOMPARE(rig.row(first)->state, OutboxState::Unknown); // never reached the platform
        QCOMPARE(rig.row(first)->attempts, 1);
    }

    void throttleStormSlowsDownAndCompletes_data() { sbtest::addDialectRows(); }
    void throttleStormSlowsDownAndCompletes()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        QSignalSpy failures(rig.dispatcher.get(), &Dispatcher::failed);
        double slowest = 1e9;
        QObject::connect(rig.dispatcher.get(), &Dispatcher::retryScheduled, &rig.outbox, [&] {
            slowest =
                std::min(slowest, rig.dispatcher->gate().bucket().effectiveRate(sandbox.now()));
        });
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            sbtest::openWindow(sandbox, customer(i));
            ids.append(rig.queueText(customer(i), QStringLiteral("storm %1").arg(i)));
        }
        const QJsonObject storm{{QStringLiteral("count"), 12},
                                {QStringLiteral("status"), 503},
                                {QStringLiteral("code"), 130429}};
        QCOMPARE(sbtest::control(sandbox, QStringLiteral("faults"),
                                 QJsonObject{{QStringLiteral("http_5xx"), storm}}),
                 200);
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        SB_VERIFY_ONCE(sandbox, ids);
        QCOMPARE(failures.count(), 0);
        QCOMPARE(retries.count(), 12);
        for (const QList<QVariant> &retry : std::as_const(retries))
            QCOMPARE(retry.at(2).value<ErrorInfo>().code, 130429);
        QVERIFY2(slowest <= 40.0, qPrintable(QString::number(slowest))); // it slowed down
        for (const QString &id : std::as_const(ids))
            QCOMPARE(rig.row(id)->state, OutboxState::Accepted);
    }

    void platformThroughputBelowOursConverges_data() { sbtest::addDialectRows(); }
    void platformThroughputBelowOursConverges()
    {
        SandboxConfig config = sbtest::sandboxConfig();
        config.throughputMps = 10; // the dispatcher believes 80
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        QSignalSpy failures(rig.dispatcher.get(), &Dispatcher::failed);
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            sbtest::openWindow(sandbox, customer(i));
            ids.append(rig.queueText(customer(i), QStringLiteral("bulk %1").arg(i)));
        }
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        SB_VERIFY_ONCE(sandbox, ids);
        QCOMPARE(failures.count(), 0);
        QVERIFY(retries.count() > 0); // the platform did refuse some
        const int allowed = 1 + ErrorCatalogue::lookup(130429).maxAutoRetries;
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(rig.row(id)->state, OutboxState::Accepted);
            QVERIFY(rig.row(id)->attempts <= allowed);
        }
    }

    void asyncFailureIsNotResent_data() { sbtest::addDialectRows(); }
    void asyncFailureIsNotResent()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        sbtest::StatusFeed feed(*test->database, sbtest::kSecret);
        sandbox.addWebhook(feed.url);
        sbtest::openWindow(sandbox, customer(1));
        SandboxCustomerUpdate gone;
        gone.waId = customer(1);
        gone.unreachable = true;
        QString problem;
        QVERIFY2(sandbox.updateCustomer(gone, &problem), qPrintable(problem));

        const QString id = rig.queueText(customer(1), QStringLiteral("are you there?"));
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QCOMPARE(rig.row(id)->state, OutboxState::Accepted); // the API took it
        sandbox.advanceClock(1min);
        QVERIFY(QTest::qWaitFor(
            [&] { return messageState(*test->database, id) == DeliveryState::Failed; },
            sbtest::kWaitMs));
        const auto message = MessageRepository(*test->database).findByLocalId(id);
        QCOMPARE(message->delivery.error()->code, 131026);
        sandbox.advanceClock(1h);
        rig.dispatcher->wakeUp();
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        SB_VERIFY_ONCE(sandbox, QStringList{id});
        QCOMPARE(rig.row(id)->state, OutboxState::Accepted);
    }

    void duplicatedAndReorderedWebhooksEndRight_data() { sbtest::addDialectRows(); }
    void duplicatedAndReorderedWebhooksEndRight()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        sbtest::StatusFeed feed(*test->database, sbtest::kSecret);
        SandboxWebhookOptions options;
        options.duplicate = true;
        options.reorder = true;
        options.batchSize = 3;
        options.replayHistory = false;
        sandbox.addWebhook(feed.url, options);
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            sbtest::openWindow(sandbox, customer(i));
            ids.append(rig.queueText(customer(i), QStringLiteral("status %1").arg(i)));
        }
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        for (int step = 0; step < 12; ++step)
            sandbox.advanceClock(10s);

        auto allRead = [&] {
            for (const QString &id : std::as_const(ids)) {
                if (messageState(*test->database, id) != DeliveryState::Read)
                    return false;
            }
            return true;
        };
        QVERIFY(QTest::qWaitFor(allRead, sbtest::kWaitMs));
        // Every body came twice; the second one changed nothing.
        QVERIFY(QTest::qWaitFor([&] { return feed.redeliveries + feed.duplicateStatuses > 0; },
                                sbtest::kWaitMs));
        MessageRepository messages(*test->database);
        for (const QString &id : std::as_const(ids)) {
            const auto message = messages.findByLocalId(id);
            const DeliveryStatus &delivery = message->delivery;
            QVERIFY(delivery.hasReached(DeliveryState::Sent));
            QVERIFY(delivery.hasReached(DeliveryState::Delivered));
            QVERIFY(!delivery.error());
            QVERIFY(*delivery.timestamp(DeliveryState::Sent)
                    <= *delivery.timestamp(DeliveryState::Delivered));
            QVERIFY(*delivery.timestamp(DeliveryState::Delivered)
                    <= *delivery.timestamp(DeliveryState::Read));
            QCOMPARE(message->platformId, sbtest::wamidOf(sandbox, id));
            QCOMPARE(rig.row(id)->state, OutboxState::Accepted);
        }
        SB_VERIFY_ONCE(sandbox, ids);
    }
};

QTEST_GUILESS_MAIN(TestDispatchFaults)
#include "tst_dispatchfaults.moc"

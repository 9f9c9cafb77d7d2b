// The dispatcher against a real sandbox over loopback HTTP, on SQLite and PostgreSQL: pacing,
// pair rate, the platform's 131056, an expired token, and terminal errors. Time is the sandbox's
// frozen clock, moved by the test to each instant the dispatcher asks to be woken at.

#include "EngineTestSupport.h"
#include "ErrorCatalogue.h"
#include "MessageRepository.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace sb;
using namespace std::chrono_literals;

namespace {

QString customer(int i)
{
    return QStringLiteral("1555010%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Every local id was accepted by the sandbox exactly once, and nothing else was.
bool acceptedExactlyOnce(const Sandbox &sandbox, const QStringList &localIds, QString *problem)
{
    const QHash<QString, int> counts = sbtest::acceptedByLocalId(sandbox);
    for (const QString &id : localIds) {
        if (counts.value(id) != 1) {
            *problem = QStringLiteral("%1 accepted %2 times").arg(id).arg(counts.value(id));
            return false;
        }
    }
    if (counts.size() != localIds.size()) {
        *problem = QStringLiteral("the sandbox accepted %1 distinct messages, expected %2")
                       .arg(counts.size())
                       .arg(localIds.size());
        return false;
    }
    return true;
}

QDateTime acceptedAt(const Sandbox &sandbox, const QString &localId)
{
    for (const SandboxSentMessage &sent : sandbox.sentMessages()) {
        if (sent.request.value(u"biz_opaque_callback_data").toString() == localId)
            return sent.acceptedAt;
    }
    return QDateTime();
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchedSendsAreWrittenBeforeTheyLeave_data() { sbtest::addDialectRows(); }
    void batchedSendsAreWrittenBeforeTheyLeave()
    {
        SandboxConfig config = sbtest::sandboxConfig();
        config.throughputMps = 1000;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        DispatcherConfig fast;
        fast.throughputPerSecond = 1000;
        fast.maxInFlight = 16;
        sbtest::EngineRig rig(sandbox, *test->database, fast);
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            sbtest::openWindow(sandbox, customer(i));
            ids.append(rig.queueText(customer(i), QStringLiteral("batch %1").arg(i)));
        }
        QVERIFY(!ids.contains(QString()));

        // A request leaves only after its row is committed as `sending`, and one wake-up
        // commits every row it starts at once; an answer is announced only once written.
        QStringList problems;
        int sendingAtFirstStart = -1;
        QObject::connect(
            rig.dispatcher.get(), &Dispatcher::sendStarted, &rig.outbox,
            [&](const QString &localId) {
                if (rig.row(localId)->state != OutboxState::Sending)
                    problems << localId + QStringLiteral(" left before it was sending");
                if (sendingAtFirstStart < 0) {
                    sendingAtFirstStart =
                        rig.repository().counts(rig.phoneNumberId()).of(OutboxState::Sending);
                }
            });
        QObject::connect(rig.dispatcher.get(), &Dispatcher::sent, &rig.outbox,
                         [&](const QString &localId) {
                             if (rig.row(localId)->state != OutboxState::Accepted)
                                 problems << localId + QStringLiteral(" announced unwritten");
                         });
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(sendingAtFirstStart, fast.maxInFlight);
        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, ids, &problem), qPrintable(problem));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(rig.row(id)->attempts, 1);
    }

    void pacingNeverTripsThroughput_data() { sbtest::addDialectRows(); }
    void pacingNeverTripsThroughput()
    {
        SandboxConfig config = sbtest::sandboxConfig();
        config.throughputMps = 5;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        DispatcherConfig pacing;
        pacing.throughputPerSecond = 5;
        sbtest::EngineRig rig(sandbox, *test->database, pacing);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        QSignalSpy failures(rig.dispatcher.get(), &Dispatcher::failed);
        QSignalSpy depth(rig.dispatcher.get(), &Dispatcher::queueDepthChanged);

        QStringList ids;
        for (int i = 0; i < 12; ++i)
            sbtest::openWindow(sandbox, customer(i));
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 12; ++i)
                ids.append(rig.queueText(customer(i), QStringLiteral("update %1").arg(round)));
        }
        QVERIFY(!ids.contains(QString()));
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, ids, &problem), qPrintable(problem));
        QCOMPARE(retries.count(), 0); // never a 130429
        QCOMPARE(failures.count(), 0);
        // 24 sends at 5 per second with a burst of 5 need (24 - 5) / 5 = 3.8 s.
        QDateTime first = acceptedAt(sandbox, ids.first());
        QDateTime last = first;
        for (const QString &id : std::as_const(ids)) {
            first = std::min(first, acceptedAt(sandbox, id));
            last = std::max(last, acceptedAt(sandbox, id));
        }
        QVERIFY2(first.msecsTo(last) >= 3800, qPrintable(QString::number(first.msecsTo(last))));
        for (const QString &id : std::as_const(ids)) {
            const auto row = rig.row(id);
            QCOMPARE(row->state, OutboxState::Accepted);
            QCOMPARE(row->attempts, 1);
            QCOMPARE(row->platformId, sbtest::wamidOf(sandbox, id));
        }
        QVERIFY(depth.count() > 0);
        QCOMPARE(depth.last().first().toInt(), 0);
    }

    void pairRateHoldsOnlyThatRecipient_data() { sbtest::addDialectRows(); }
    void pairRateHoldsOnlyThatRecipient()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        DispatcherConfig pacing;
        pacing.pairRate = PairRateLimiter::Config{3, 6s};
        sbtest::EngineRig rig(sandbox, *test->database, pacing);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        const QString alice = customer(1);
        const QString bob = customer(2);
        const QString carol = customer(3);
        for (const QString &who : {alice, bob, carol})
            sbtest::openWindow(sandbox, who);

        QStringList toAlice;
        QStringList toOthers;
        for (int i = 0; i < 6; ++i)
            toAlice.append(rig.queueText(alice, QStringLiteral("quick reply %1").arg(i)));
        for (int i = 0; i < 3; ++i) {
            toOthers.append(rig.queueText(bob, QStringLiteral("bob %1").arg(i)));
            toOthers.append(rig.queueText(carol, QStringLiteral("carol %1").arg(i)));
        }
        const QDateTime t0 = sandbox.now();
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, toAlice + toOthers, &problem), qPrintable(problem));
        QCOMPARE(retries.count(), 0); // paced, so the platform never refused
        for (const QString &id : std::as_const(toOthers))
            QCOMPARE(acceptedAt(sandbox, id), t0); // they flowed while alice waited
        for (int i = 0; i < 3; ++i)
            QCOMPARE(acceptedAt(sandbox, toAlice.at(i)), t0); // her burst
        for (int i = 3; i < 6; ++i) // then one every 6 s
            QCOMPARE(acceptedAt(sandbox, toAlice.at(i)), t0.addSecs(6 * (i - 2)));
        // Her messages left in the order she was written to.
        QStringList aliceOrder;
        for (const SandboxSentMessage &sent : sandbox.sentMessages()) {
            const QString id = sent.request.value(u"biz_opaque_callback_data").toString();
            if (toAlice.contains(id))
                aliceOrder.append(id);
        }
        QCOMPARE(aliceOrder, toAlice);
    }

    void platformPairLimitDelaysOnlyThatRecipient_data() { sbtest::addDialectRows(); }
    void platformPairLimitDelaysOnlyThatRecipient()
    {
        SandboxConfig config = sbtest::sandboxConfig();
        config.pairRateBurst = 2; // stricter than the dispatcher's own pacing
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);
        const QString alice = customer(1);
        const QString bob = customer(2);
        sbtest::openWindow(sandbox, alice);
        sbtest::openWindow(sandbox, bob);

        QStringList toAlice;
        for (int i = 0; i < 4; ++i)
            toAlice.append(rig.queueText(alice, QStringLiteral("alice %1").arg(i)));
        const QDateTime t0 = sandbox.now();
        rig.dispatcher->start();
        // Alice's third message is refused with 131056 and waits; bob, written to after that,
        // goes at once.
        QVERIFY(rig.drive([&] { return retries.count() > 0; }));
        const QString toBob = rig.queueText(bob, QStringLiteral("bob"));
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, toAlice + QStringList{toBob}, &problem),
                 qPrintable(problem));
        QCOMPARE(acceptedAt(sandbox, toBob), t0);
        QVERIFY(retries.count() >= 1);
        for (const QList<QVariant> &retry : std::as_const(retries)) {
            QVERIFY(toAlice.contains(retry.at(0).toString()));
            QCOMPARE(retry.at(2).value<ErrorInfo>().code, 131056);
        }
        QVERIFY(acceptedAt(sandbox, toAlice.at(2)) > t0);
        QVERIFY(acceptedAt(sandbox, toAlice.at(3)) > acceptedAt(sandbox, toAlice.at(2)));
        QVERIFY(rig.row(toAlice.at(2))->attempts > 1);
        QCOMPARE(rig.row(toAlice.at(2))->lastError.code, std::optional<int>(131056));
    }

    void expiredTokenPausesUntilANewOne_data() { sbtest::addDialectRows(); }
    void expiredTokenPausesUntilANewOne()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        rig.token.value = QStringLiteral("expired-token");
        QSignalSpy paused(rig.dispatcher.get(), &Dispatcher::paused);
        QSignalSpy resumed(rig.dispatcher.get(), &Dispatcher::resumed);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            sbtest::openWindow(sandbox, customer(i));
            ids.append(rig.queueText(customer(i), QStringLiteral("hello")));
        }
        rig.dispatcher->start();
        QVERIFY(
            QTest::qWaitFor([&] { return paused.count() > 0 && rig.dispatcher->inFlight() == 0; },
                            sbtest::kWaitMs));
        QCOMPARE(paused.count(), 1); // one alert, however many sends said so
        QCOMPARE(paused.first().at(0).value<PauseReason>(), PauseReason::ReAuthenticate);
        QCOMPARE(paused.first().at(2).value<ErrorInfo>().code, 190);
        QVERIFY(!paused.first().at(1).toString().isEmpty());
        QVERIFY(rig.dispatcher->isPaused());
        QVERIFY(!rig.dispatcher->nextWakeAt().isValid()); // asleep until told
        QVERIFY(sandbox.sentMessages().isEmpty());
        for (const QString &id : std::as_const(ids))
            QCOMPARE(rig.row(id)->state, OutboxState::Queued); // kept, not failed
        const QList<AlertRecord> alerts = rig.alerts.listOpen();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, QStringLiteral("dispatch_paused"));
        QCOMPARE(alerts.first().subject, rig.phoneNumberId());
        QCOMPARE(alerts.first().severity, AlertSeverity::Critical);

        // Time passing or a new message does not wake a paused number.
        sandbox.advanceClock(10min);
        ids.append(rig.queueText(customer(0), QStringLiteral("still there?")));
        rig.dispatcher->wakeUp();
        QCOMPARE(rig.dispatcher->inFlight(), 0);
        QVERIFY(sandbox.sentMessages().isEmpty());
        rig.dispatcher->resumeAfterNewToken(); // the old token is still in place
        QVERIFY(
            QTest::qWaitFor([&] { return paused.count() == 2 && rig.dispatcher->inFlight() == 0; },
                            sbtest::kWaitMs));

        rig.token.value = sbtest::kToken;
        rig.dispatcher->resumeAfterNewToken();
        QCOMPARE(resumed.count(), 2);
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, ids, &problem), qPrintable(problem));
        QVERIFY(!rig.dispatcher->isPaused());
        QVERIFY(rig.alerts.listOpen().isEmpty()); // a saved token closes the alert
        QCOMPARE(rig.alerts.list().size(), 2); // one per pause
    }

    void anotherProcessClosesAPauseAlertBySending_data() { sbtest::addDialectRows(); }
    void anotherProcessClosesAPauseAlertBySending()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        // One process ran with an expired token and paused the number, raising the alert.
        sbtest::EngineRig first(sandbox, *test->database);
        first.token.value = QStringLiteral("expired-token");
        QSignalSpy paused(first.dispatcher.get(), &Dispatcher::paused);
        sbtest::openWindow(sandbox, customer(1));
        const QString waiting = first.queueText(customer(1), QStringLiteral("hello"));
        first.dispatcher->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return paused.count() == 1 && first.dispatcher->inFlight() == 0; },
            sbtest::kWaitMs));
        QCOMPARE(first.alerts.listOpen().size(), 1);
        first.dispatcher->stop();

        // Another process, on its own connection, sends with a good token: the pause is over.
        DatabaseOptions options;
        options.clock = &sandbox.clock();
        Database::OpenResult other = Database::open(test->location, options);
        QVERIFY2(other.database, qPrintable(other.error.toString()));
        sbtest::EngineRig second(sandbox, *other.database);
        second.dispatcher->start();
        QVERIFY(second.drive([&] { return second.drained(); }));
        QCOMPARE(first.row(waiting)->state, OutboxState::Accepted);
        QVERIFY(first.alerts.listOpen().isEmpty());
        const QList<AlertRecord> all = first.alerts.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().kind, QStringLiteral("dispatch_paused"));
        QCOMPARE(all.first().acknowledgedBy, QStringLiteral("switchboard"));
    }

    void accountBlockPausesUntilResumed_data() { sbtest::addDialectRows(); }
    void accountBlockPausesUntilResumed()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy paused(rig.dispatcher.get(), &Dispatcher::paused);
        sbtest::openWindow(sandbox, customer(1));
        const QJsonObject blocked{{QStringLiteral("count"), 1},
                                  {QStringLiteral("status"), 500},
                                  {QStringLiteral("code"), 368}};
        QCOMPARE(sbtest::control(sandbox, QStringLiteral("faults"),
                                 QJsonObject{{QStringLiteral("http_5xx"), blocked}}),
                 200);
        const QString first = rig.queueText(customer(1), QStringLiteral("first"));
        rig.dispatcher->start();
        QVERIFY(QTest::qWaitFor([&] { return paused.count() == 1; }, sbtest::kWaitMs));
        QCOMPARE(paused.first().at(0).value<PauseReason>(), PauseReason::StopAccount);
        QCOMPARE(rig.row(first)->state, OutboxState::Queued);
        QCOMPARE(rig.alerts.listOpen().size(), 1);

        const QString second = rig.queueText(customer(1), QStringLiteral("second"));
        rig.dispatcher->resumeAfterNewToken(); // a token does not lift an account block
        QVERIFY(rig.dispatcher->isPaused());
        QCOMPARE(rig.dispatcher->inFlight(), 0);
        rig.dispatcher->resume(); // the administrator fixed the account
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, {first, second}, &problem), qPrintable(problem));
        QVERIFY(rig.alerts.listOpen().isEmpty());
    }

    void lockedDatabaseHoldsSendsAndRecovers()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        DatabaseOptions options;
        options.clock = &sandbox.clock();
        options.busyTimeout = std::chrono::milliseconds(50);
        const QString path = dir.filePath(QStringLiteral("locked.db"));
        Database::OpenResult opened = Database::open(path, options);
        QVERIFY2(opened.database, qPrintable(opened.error.toString()));
        sbtest::EngineRig rig(sandbox, *opened.database);
        QObject::disconnect(&rig.outbox, nullptr, rig.dispatcher.get(), nullptr);
        QSignalSpy storeFailed(rig.dispatcher.get(), &Dispatcher::storeFailed);
        sbtest::openWindow(sandbox, customer(1));
        rig.dispatcher->start();
        const QString id = rig.queueText(customer(1), QStringLiteral("while locked"));

        // Another process holds the write lock: the send cannot be recorded, so it must not go.
        const QString lockName = QStringLiteral("engine-test-lock");
        {
            QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            locker.setDatabaseName(path);
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            rig.dispatcher->wakeUp();
            QVERIFY(storeFailed.count() > 0);
            QCOMPARE(rig.dispatcher->inFlight(), 0);
            QVERIFY(sandbox.sentMessages().isEmpty());
            QVERIFY(rig.dispatcher->nextWakeAt().isValid()); // it will try again by itself
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            locker.close();
        }
        QSqlDatabase::removeDatabase(lockName);
        QVERIFY(rig.drive([&] { return rig.drained(); }));
        QString problem;
        QVERIFY2(acceptedExactlyOnce(sandbox, {id}, &problem), qPrintable(problem));
        QCOMPARE(rig.row(id)->attempts, 1);
    }

    void terminalErrorsFailWithTheCatalogueExplanation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("code");
        for (const auto &[name, dialect] :
             {std::pair{"sqlite", sbtest::TestDatabase::Kind::SQLite},
              std::pair{"postgresql", sbtest::TestDatabase::Kind::PostgreSQL}}) {
            for (int code : {131047, 132001, 131021})
                QTest::addRow("%s/%d", name, code) << int(dialect) << code;
        }
    }
    void terminalErrorsFailWithTheCatalogueExplanation()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        QFETCH(int, code);
        sbtest::EngineRig rig(sandbox, *test->database);
        QSignalSpy failed(rig.dispatcher.get(), &Dispatcher::failed);
        QSignalSpy retries(rig.dispatcher.get(), &Dispatcher::retryScheduled);

        OutboundMessage outbound;
        outbound.phoneNumberId = rig.phoneNumberId();
        switch (code) {
        case 131047: // the customer never wrote: only templates may go
            outbound.message = makeText(QLatin1Char('+') + customer(9), QStringLiteral("hi"));
            break;
        case 132001: {
            sbtest::openWindow(sandbox, customer(9));
            TemplateContent tmpl;
            tmpl.name = QStringLiteral("no_such_template");
            tmpl.languageCode = QStringLiteral("en_US");
            outbound.message = makeTemplate(QLatin1Char('+') + customer(9), tmpl);
            break;
        }
        case 131021: // to the business's own number
            outbound.message = makeText(QLatin1Char('+') + sandbox.config().displayPhoneNumber,
                                        QStringLiteral("hi"));
            break;
        }
        const EnqueueResult queued = rig.outbox.enqueue(outbound);
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        rig.dispatcher->start();
        QVERIFY(rig.drive([&] { return rig.drained(); }));

        QCOMPARE(failed.count(), 1);
        QCOMPARE(retries.count(), 0);
        const ErrorInfo info = failed.first().at(1).value<ErrorInfo>();
        QCOMPARE(failed.first().at(0).toString(), queued.localId);
        QCOMPARE(info.code, code);
        QCOMPARE(info.explanation, ErrorCatalogue::lookup(code).explanation);
        QVERIFY(!info.fix.isEmpty());
        const auto row = rig.row(queued.localId);
        QCOMPARE(row->state, OutboxState::Failed);
        QCOMPARE(row->attempts, 1);
        QCOMPARE(row->lastError.code, std::optional<int>(code));
        QVERIFY(!row->lastError.details.isEmpty());
        const auto message = MessageRepository(*test->database).findByLocalId(queued.localId);
        QCOMPARE(message->delivery.state(), DeliveryState::Failed);
        QCOMPARE(message->delivery.error()->code, code);
        QVERIFY(sandbox.sentMessages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"

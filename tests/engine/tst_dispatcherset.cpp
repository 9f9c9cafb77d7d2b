// DispatcherSet: one dispatcher per number sharing the portfolio's messaging-tier budget, which
// survives a restart (restored from the outbox), against the real sandbox on both databases.

#include "DispatcherSet.h"
#include "EngineTestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

namespace {

QString user(int i)
{
    return QStringLiteral("1555040%1").arg(i, 4, 10, QLatin1Char('0'));
}

// Runs every dispatcher of `set` on the sandbox's clock until `done` (see EngineRig::drive).
bool driveAll(Sandbox &sandbox, DispatcherSet &set, const std::function<bool()> &done,
              std::chrono::milliseconds horizon)
{
    QList<Dispatcher *> dispatchers;
    for (const QString &id : set.phoneNumberIds())
        dispatchers.append(set.dispatcher(id));
    auto inFlight = [&] {
        int count = 0;
        for (Dispatcher *d : std::as_const(dispatchers))
            count += d->inFlight();
        return count;
    };
    const QDateTime limit = sandbox.now().addMSecs(horizon.count());
    while (!done()) {
        if (inFlight() > 0) {
            if (!QTest::qWaitFor([&] { return inFlight() == 0; }, sbtest::kWaitMs))
                return false;
            continue;
        }
        QCoreApplication::processEvents();
        if (done())
            break;
        QDateTime next;
        for (Dispatcher *d : std::as_const(dispatchers)) {
            const QDateTime at = d->nextWakeAt();
            if (at.isValid() && (!next.isValid() || at < next))
                next = at;
        }
        if (!next.isValid() || next > limit)
            return false;
        if (next > sandbox.now())
            sandbox.advanceClock(std::chrono::milliseconds(sandbox.now().msecsTo(next)));
        for (Dispatcher *d : std::as_const(dispatchers))
            d->wakeUp();
    }
    return true;
}

} // namespace

class TestDispatcherSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierBudgetIsSharedAndSurvivesRestart_data() { sbtest::addDialectRows(); }
    void tierBudgetIsSharedAndSurvivesRestart()
    {
        SandboxConfig config = sbtest::sandboxConfig();
        config.messagingTier = QStringLiteral("TIER_50");
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        Outbox outbox(*test->database, sandbox.clock());
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        sbtest::MutableToken token;
        GraphClientConfig graphConfig;
        graphConfig.baseUrl = sandbox.baseUrl();
        GraphClient client(&network, &token, graphConfig);
        const QString first = sandbox.config().phoneNumberId;
        const QString second = sandbox.config().secondPhoneNumberId;

        // 60 customers who never wrote: a template to each is business-initiated.
        QStringList ids;
        for (int i = 0; i < 60; ++i) {
            OutboundMessage outbound;
            outbound.phoneNumberId = i < 30 ? first : second;
            TemplateContent hello;
            hello.name = QStringLiteral("hello_world");
            hello.languageCode = QStringLiteral("en_US");
            outbound.message = makeTemplate(QLatin1Char('+') + user(i), hello);
            outbound.businessInitiated = true;
            outbound.templateCategory = TemplateCategory::Utility;
            const EnqueueResult queued = outbox.enqueue(outbound);
            QVERIFY2(queued.ok(), qPrintable(queued.error));
            ids.append(queued.localId);
        }
        const QDateTime t0 = sandbox.now();
        int sentSignals = 0;
        {
            DispatcherSet set(outbox.repository(), client, sandbox.clock(), MessagingTier::Tier50);
            set.add(first);
            set.add(second);
            set.follow(&outbox);
            QSignalSpy sent(&set, &DispatcherSet::sent);
            QSignalSpy failed(&set, &DispatcherSet::failed);
            QCOMPARE(set.start(), 0);
            QVERIFY(driveAll(
                sandbox, set, [&] { return sandbox.sentMessages().size() == 50; }, 1h));
            // The budget is spent across both numbers: nothing more until the oldest reach
            // is 24 h old, and the platform never had to refuse (no 131048).
            QVERIFY(!driveAll(
                sandbox, set, [] { return false; }, 1h));
            QCOMPARE(sandbox.sentMessages().size(), 50);
            QCOMPARE(failed.count(), 0);
            QCOMPARE(outbox.repository().queueDepth(first) + outbox.repository().queueDepth(second),
                     10);
            for (const QString &number : {first, second}) {
                if (outbox.repository().queueDepth(number) > 0) // held until a slot frees
                    QCOMPARE(set.dispatcher(number)->nextWakeAt(), t0.addDays(1));
            }
            QCOMPARE(set.tier().budget().used(sandbox.now()), 50);
            sentSignals += int(sent.count());
        }

        // A restart reads the reached users back from the outbox and keeps holding.
        DispatcherSet restarted(outbox.repository(), client, sandbox.clock(),
                                MessagingTier::Tier50);
        restarted.add(first);
        restarted.add(second);
        QSignalSpy sent(&restarted, &DispatcherSet::sent);
        QCOMPARE(restarted.start(), 0);
        QCOMPARE(restarted.tier().budget().used(sandbox.now()), 50);
        QVERIFY(!driveAll(
            sandbox, restarted, [] { return false; }, 1h));
        QCOMPARE(sandbox.sentMessages().size(), 50);

        // A day after the first reaches the slots free up and the rest go.
        QVERIFY(driveAll(
            sandbox, restarted,
            [&] {
                return outbox.repository().queueDepth(first) == 0
                    && outbox.repository().queueDepth(second) == 0;
            },
            48h));
        QVERIFY(sandbox.now() >= t0.addDays(1));
        sentSignals += int(sent.count());
        QCOMPARE(sentSignals, 60);
        const QHash<QString, int> accepted = sbtest::acceptedByLocalId(sandbox);
        QCOMPARE(accepted.size(), 60);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(accepted.value(id), 1);
    }

    void numbersPauseIndependently_data() { sbtest::addDialectRows(); }
    void numbersPauseIndependently()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        Outbox outbox(*test->database, sandbox.clock());
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        sbtest::MutableToken token;
        GraphClientConfig graphConfig;
        graphConfig.baseUrl = sandbox.baseUrl();
        GraphClient client(&network, &token, graphConfig);
        DispatcherSet set(outbox.repository(), client, sandbox.clock());
        const QString first = sandbox.config().phoneNumberId;
        const QString second = sandbox.config().secondPhoneNumberId;
        set.add(first);
        set.add(second);
        set.follow(&outbox);
        QSignalSpy paused(&set, &DispatcherSet::paused);
        QSignalSpy depth(&set, &DispatcherSet::queueDepthChanged);
        set.start();

        // Both numbers send, each on its own dispatcher.
        sbtest::openWindow(sandbox, user(1), first);
        sbtest::openWindow(sandbox, user(1), second);
        OutboundMessage outbound;
        outbound.phoneNumberId = second;
        outbound.message = makeText(QLatin1Char('+') + user(1), QStringLiteral("hi"));
        const EnqueueResult fromSecond = outbox.enqueue(outbound);
        outbound.phoneNumberId = first;
        const EnqueueResult fromFirst = outbox.enqueue(outbound);
        QVERIFY(driveAll(
            sandbox, set,
            [&] {
                return outbox.repository().queueDepth(first) == 0
                    && outbox.repository().queueDepth(second) == 0;
            },
            1h));
        QCOMPARE(sbtest::acceptedByLocalId(sandbox).value(fromFirst.localId), 1);
        QCOMPARE(sbtest::acceptedByLocalId(sandbox).value(fromSecond.localId), 1);
        QCOMPARE(paused.count(), 0);
        bool sawFirst = false;
        for (const QList<QVariant> &change : std::as_const(depth))
            sawFirst = sawFirst || change.at(0).toString() == first;
        QVERIFY(sawFirst);

        // An expired token pauses every number that tries; a new one resumes them all.
        token.value = QStringLiteral("expired");
        outbound.phoneNumberId = first;
        QVERIFY(outbox.enqueue(outbound).ok());
        outbound.phoneNumberId = second;
        QVERIFY(outbox.enqueue(outbound).ok());
        QVERIFY(QTest::qWaitFor([&] { return paused.count() == 2; }, sbtest::kWaitMs));
        QVERIFY(set.dispatcher(first)->isPaused());
        QVERIFY(set.dispatcher(second)->isPaused());
        token.value = sbtest::kToken;
        set.resumeAfterNewToken();
        QVERIFY(!set.dispatcher(first)->isPaused());
        QVERIFY(!set.dispatcher(second)->isPaused());
        QVERIFY(driveAll(
            sandbox, set,
            [&] {
                return outbox.repository().queueDepth(first) == 0
                    && outbox.repository().queueDepth(second) == 0;
            },
            1h));
    }
};

QTEST_GUILESS_MAIN(TestDispatcherSet)
#include "tst_dispatcherset.moc"

#include "Clock.h"
#include "PairRateLimiter.h"

#include <QTest>

using namespace sb;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Config = PairRateLimiter::Config;

namespace {

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC); // 2026-01-01
const QString kAlice = u"15550001111"_s;
const QString kBob = u"15550002222"_s;

int drain(PairRateLimiter &limiter, const QString &recipient, const QDateTime &now)
{
    int taken = 0;
    while (limiter.tryTake(recipient, now))
        ++taken;
    return taken;
}

} // namespace

class TestPairRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreOnePerSixSecondsWithABurstOfTwenty()
    {
        const Config defaults;
        QCOMPARE(defaults.burst, 20);
        QCOMPARE(defaults.interval, 6000ms);
        QVERIFY(PairRateLimiter::isValid(defaults));

        PairRateLimiter limiter;
        QCOMPARE(limiter.available(kAlice, kStart), 20);
        QCOMPARE(drain(limiter, kAlice, kStart), 20);
        QCOMPARE(limiter.available(kAlice, kStart), 0);
        QCOMPARE(limiter.nextAvailable(kAlice, kStart), kStart.addSecs(6));
        // Other recipients are unaffected.
        QCOMPARE(limiter.nextAvailable(kBob, kStart), kStart);
        QCOMPARE(drain(limiter, kBob, kStart), 20);
    }

    void steadyRateBoundary()
    {
        ManualClock clock(kStart);
        PairRateLimiter limiter;
        drain(limiter, kAlice, clock.now());
        for (int i = 1; i <= 30; ++i) {
            const QDateTime due = kStart.addSecs(6 * i);
            QCOMPARE(limiter.nextAvailable(kAlice, clock.now()), due);
            clock.set(due.addMSecs(-1));
            QVERIFY(!limiter.tryTake(kAlice, clock.now()));
            clock.set(due);
            QVERIFY(limiter.tryTake(kAlice, clock.now()));
            QVERIFY(!limiter.tryTake(kAlice, clock.now()));
        }
    }

    // "After a burst of 20, wait about 2 min": the full burst is back after 20 x 6 s.
    void burstIsPaidBackAfterTwoMinutes()
    {
        PairRateLimiter limiter;
        drain(limiter, kAlice, kStart);
        QCOMPARE(limiter.available(kAlice, kStart.addMSecs(119'999)), 19);
        QCOMPARE(limiter.available(kAlice, kStart.addSecs(120)), 20);
        QCOMPARE(limiter.available(kAlice, kStart.addSecs(30)), 5);
        QCOMPARE(drain(limiter, kAlice, kStart.addSecs(120)), 20);
    }

    void configLimits_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<bool>("valid");
        QTest::newRow("burst 0") << 0 << qint64(6000) << false;
        QTest::newRow("burst 1") << 1 << qint64(6000) << true;
        QTest::newRow("burst 45") << 45 << qint64(6000) << true;
        QTest::newRow("burst 46") << 46 << qint64(6000) << false;
        QTest::newRow("interval 99 ms") << 20 << qint64(99) << false;
        QTest::newRow("interval 100 ms") << 20 << qint64(100) << true;
        QTest::newRow("interval 10 min") << 20 << qint64(600'000) << true;
        QTest::newRow("interval 10 min + 1 ms") << 20 << qint64(600'001) << false;
        QTest::newRow("negative interval") << 20 << qint64(-6000) << false;
    }

    void configLimits()
    {
        QFETCH(int, burst);
        QFETCH(qint64, intervalMs);
        QFETCH(bool, valid);
        const Config config{burst, std::chrono::milliseconds(intervalMs)};
        QCOMPARE(PairRateLimiter::isValid(config), valid);
        PairRateLimiter limiter;
        QCOMPARE(limiter.setConfig(config), valid);
        QVERIFY(limiter.config() == (valid ? config : Config{}));
        // The constructor clamps instead, so the result is always usable.
        if (!valid)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"clamped"_s));
        const PairRateLimiter clamped(config);
        QVERIFY(PairRateLimiter::isValid(clamped.config()));
    }

    void largestBurstAllowed()
    {
        PairRateLimiter limiter({45, 6s});
        QCOMPARE(drain(limiter, kAlice, kStart), 45);
        QCOMPARE(limiter.nextAvailable(kAlice, kStart), kStart.addSecs(6));
    }

    void penaltyBlocksOnlyThatRecipient_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("seconds");
        QTest::newRow("0") << 0 << 1;
        QTest::newRow("1") << 1 << 4;
        QTest::newRow("2") << 2 << 16;
        QTest::newRow("3") << 3 << 64;
        QTest::newRow("4") << 4 << 256;
        QTest::newRow("9 stays at 256") << 9 << 256;
    }

    void penaltyBlocksOnlyThatRecipient()
    {
        QFETCH(int, attempt);
        QFETCH(int, seconds);
        PairRateLimiter limiter;
        QVERIFY(limiter.tryTake(kAlice, kStart));
        const QDateTime until = kStart.addSecs(seconds);
        QCOMPARE(limiter.penalize(kAlice, kStart, attempt), until);
        QCOMPARE(limiter.nextAvailable(kAlice, kStart), until);
        QCOMPARE(limiter.available(kAlice, kStart), 0);
        QVERIFY(!limiter.tryTake(kAlice, until.addMSecs(-1)));
        QVERIFY(limiter.tryTake(kAlice, until));
        // The burst allowance is gone: one message per interval afterwards.
        QVERIFY(!limiter.tryTake(kAlice, until));
        QCOMPARE(limiter.nextAvailable(kAlice, until), until.addSecs(6));
        QCOMPARE(drain(limiter, kBob, kStart), 20);
    }

    void penaltyNeverShortensAnExistingWait()
    {
        PairRateLimiter limiter;
        drain(limiter, kAlice, kStart);
        limiter.penalize(kAlice, kStart, 4); // 256 s
        QCOMPARE(limiter.penalize(kAlice, kStart.addSecs(1), 0), kStart.addSecs(256));
    }

    void idleRecipientsAreEvicted()
    {
        PairRateLimiter limiter;
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(limiter.tryTake(QString::number(i), kStart));
        QCOMPARE(limiter.trackedRecipients(), 10'000);
        QVERIFY(limiter.tryTake(kAlice, kStart));
        QVERIFY(limiter.tryTake(kAlice, kStart)); // Alice's bucket refills until +12 s

        QCOMPARE(limiter.evictIdle(kStart.addMSecs(5'999)), 0);
        QCOMPARE(limiter.evictIdle(kStart.addSecs(6)), 10'000);
        QCOMPARE(limiter.trackedRecipients(), 1);
        // Alice was kept because her bucket is not full yet: her state is intact.
        QCOMPARE(limiter.available(kAlice, kStart.addSecs(6)), 19);
        // An evicted recipient behaves exactly like a new one.
        QCOMPARE(drain(limiter, u"42"_s, kStart.addSecs(6)), 20);
    }

    void memoryStaysBoundedUnderLoad()
    {
        // 80 msg/s, every message to a new recipient, for about 40 minutes of simulated time.
        ManualClock clock(kStart);
        PairRateLimiter limiter;
        qsizetype peak = 0;
        for (int i = 0; i < 200'000; ++i) {
            if (i % 80 == 0)
                clock.advance(1s);
            QVERIFY(limiter.tryTake(QString::number(i), clock.now()));
            peak = std::max(peak, limiter.trackedRecipients());
        }
        // Automatic sweeps every 60 s; each entry lives 6 s: at most (60 + 6 + 1) s x 80.
        QVERIFY2(peak <= 67 * 80, qPrintable(QString::number(peak)));
        QVERIFY(peak >= 60 * 80); // and sweeping is not overly eager either
    }

    void badInputIsRefused()
    {
        PairRateLimiter limiter;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a recipient"_s));
        QVERIFY(!limiter.tryTake(QString(), kStart));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a recipient"_s));
        QVERIFY(!limiter.tryTake(kAlice, QDateTime()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a recipient"_s));
        QVERIFY(!limiter.nextAvailable(QString(), kStart).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a recipient"_s));
        QVERIFY(!limiter.penalize(kAlice, QDateTime(), 1).isValid());
        QCOMPARE(limiter.evictIdle(QDateTime()), 0);
        QCOMPARE(limiter.trackedRecipients(), 0);
    }
};

QTEST_APPLESS_MAIN(TestPairRateLimiter)
#include "tst_pairratelimiter.moc"

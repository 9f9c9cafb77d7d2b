#include "Clock.h"
#include "TokenBucket.h"

#include <QTest>

#include <cmath>

using namespace sb;
using namespace std::chrono_literals;
using Result = TokenBucket::ConfigResult;

Q_DECLARE_METATYPE(sb::TokenBucket::ConfigResult)

namespace {

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC); // 2026-01-01

int drain(TokenBucket &bucket, const QDateTime &now)
{
    int taken = 0;
    while (bucket.tryTake(now))
        ++taken;
    return taken;
}

} // namespace

class TestTokenBucket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateLimits_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<Result>("result");
        QTest::addColumn<int>("clamped");
        QTest::newRow("-5") << -5 << Result::RateTooLow << 1;
        QTest::newRow("0") << 0 << Result::RateTooLow << 1;
        QTest::newRow("1") << 1 << Result::Ok << 1;
        QTest::newRow("20 coexistence") << TokenBucket::kCoexistenceRate << Result::Ok << 20;
        QTest::newRow("80 default") << 80 << Result::Ok << 80;
        QTest::newRow("1000") << 1000 << Result::Ok << 1000;
        QTest::newRow("1001") << 1001 << Result::RateTooHigh << 1000;
    }

    void rateLimits()
    {
        QFETCH(int, rate);
        QFETCH(Result, result);
        QFETCH(int, clamped);
        QCOMPARE(TokenBucket::checkRate(rate), result);
        QCOMPARE(TokenBucket(rate).rate(), clamped);

        TokenBucket bucket(50);
        QCOMPARE(bucket.setRate(rate, kStart), result);
        QCOMPARE(bucket.rate(), result == Result::Ok ? rate : 50); // refused leaves it alone
        QCOMPARE(bucket.burst(), bucket.rate());
        QCOMPARE(drain(bucket, kStart), bucket.rate());
    }

    void burstLimits_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<Result>("result");
        QTest::newRow("-1") << -1 << Result::BurstTooLow;
        QTest::newRow("0 follows the rate") << 0 << Result::Ok;
        QTest::newRow("1") << 1 << Result::Ok;
        QTest::newRow("80") << 80 << Result::Ok;
        QTest::newRow("81") << 81 << Result::BurstTooHigh;
    }

    void burstLimits()
    {
        QFETCH(int, burst);
        QFETCH(Result, result);
        QCOMPARE(TokenBucket::checkBurst(burst, 80), result);
        TokenBucket bucket(80, 10);
        QCOMPARE(bucket.setBurst(burst, kStart), result);
        const int expected = result != Result::Ok ? 10 : (burst == 0 ? 80 : burst);
        QCOMPARE(bucket.burst(), expected);
        QCOMPARE(drain(bucket, kStart), expected);
        QCOMPARE(TokenBucket::checkBurst(5, 0), Result::RateTooLow);
    }

    void raisingTheRateKeepsEarnedTokens()
    {
        TokenBucket bucket(50);
        QCOMPARE(drain(bucket, kStart), 50);
        const QDateTime later = kStart.addSecs(1);
        QCOMPARE(bucket.setRate(80, later), Result::Ok); // 50 earned at 50/s, not 80
        QCOMPARE(drain(bucket, later), 50);
        QCOMPARE(drain(bucket, later.addSecs(1)), 80);
        QCOMPARE(bucket.setBurst(10, later.addSecs(1)), Result::Ok);
        QCOMPARE(drain(bucket, later.addSecs(60)), 10);
    }

    void constructorClampsBurst()
    {
        QCOMPARE(TokenBucket(80, 500).burst(), 80);
        QCOMPARE(TokenBucket(80, -3).burst(), 1);
        QCOMPARE(TokenBucket(80).burst(), 80);
    }

    void startsFullAndRefusesPastTheBurst()
    {
        TokenBucket bucket;
        QCOMPARE(bucket.rate(), 80);
        QCOMPARE(drain(bucket, kStart), 80);
        QVERIFY(!bucket.tryTake(kStart));
        QCOMPARE(bucket.tokens(kStart), 0.0);
    }

    void refillBoundaryIsExact_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("firstMs"); // ms after draining until the next token
        QTest::addColumn<qint64>("secondMs"); // ms until the one after
        QTest::newRow("1/s") << 1 << qint64(1000) << qint64(2000);
        QTest::newRow("80/s: 12.5 ms per token") << 80 << qint64(13) << qint64(25);
        QTest::newRow("7/s: 142.857 ms per token") << 7 << qint64(143) << qint64(286);
        QTest::newRow("1000/s") << 1000 << qint64(1) << qint64(2);
    }

    void refillBoundaryIsExact()
    {
        QFETCH(int, rate);
        QFETCH(qint64, firstMs);
        QFETCH(qint64, secondMs);
        ManualClock clock(kStart);
        TokenBucket bucket(rate);
        QCOMPARE(drain(bucket, clock.now()), rate);
        QCOMPARE(bucket.nextAvailable(clock.now()), kStart.addMSecs(firstMs));

        clock.set(kStart.addMSecs(firstMs - 1));
        QVERIFY(!bucket.tryTake(clock.now()));
        QCOMPARE(bucket.nextAvailable(clock.now()), kStart.addMSecs(firstMs));
        clock.set(kStart.addMSecs(firstMs));
        QCOMPARE(bucket.nextAvailable(clock.now()), clock.now());
        QVERIFY(bucket.tryTake(clock.now()));
        QVERIFY(!bucket.tryTake(clock.now()));

        QCOMPARE(bucket.nextAvailable(clock.now()), kStart.addMSecs(secondMs));
        clock.set(kStart.addMSecs(secondMs - 1));
        QVERIFY(!bucket.tryTake(clock.now()));
        clock.set(kStart.addMSecs(secondMs));
        QVERIFY(bucket.tryTake(clock.now()));
    }

    void longRunRateIsExact_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("80") << 80;
        QTest::newRow("333") << 333;
        QTest::newRow("1000") << 1000;
    }

    // A sender that always waits for nextAvailable() achieves exactly the configured rate.
    void longRunRateIsExact()
    {
        QFETCH(int, rate);
        constexpr qint64 kTakes = 1'000'000;
        ManualClock clock(kStart);
        TokenBucket bucket(rate);
        qint64 taken = drain(bucket, clock.now()); // the initial burst is free
        QCOMPARE(taken, qint64(rate));
        const QDateTime steadyStart = clock.now();
        for (; taken < kTakes; ++taken) {
            const QDateTime next = bucket.nextAvailable(clock.now());
            if (taken % 9973 == 0 && next > clock.now())
                QVERIFY(!bucket.tryTake(next.addMSecs(-1)));
            clock.set(next);
            QVERIFY(bucket.tryTake(clock.now()));
        }
        const double seconds = double(steadyStart.msecsTo(clock.now())) / 1000.0;
        const double achieved = double(kTakes - rate) / seconds;
        QVERIFY2(std::abs(achieved - rate) / rate < 0.001,
                 qPrintable(QStringLiteral("achieved %1 msg/s").arg(achieved)));
        // Exact integer arithmetic: the last token lands on the first whole millisecond at
        // which (kTakes - rate) tokens have been earned.
        const qint64 expectedMs = ((kTakes - rate) * 1000 + rate - 1) / rate;
        QCOMPARE(steadyStart.msecsTo(clock.now()), expectedMs);
    }

    void idleTimeDoesNotOverfill()
    {
        TokenBucket bucket(80, 40);
        QCOMPARE(drain(bucket, kStart), 40);
        QCOMPARE(drain(bucket, kStart.addDays(400)), 40);
        QCOMPARE(bucket.tokens(kStart.addDays(800)), 40.0);
    }

    void setRateAtRuntime()
    {
        ManualClock clock(kStart);
        TokenBucket bucket(80);
        drain(bucket, clock.now());
        clock.advance(6ms); // 0.48 tokens earned at 80/s, kept across the change
        QCOMPARE(bucket.setRate(1000, clock.now()), Result::Ok);
        // 0.48 + 0.52 needs 0.52 ms more at 1000/s: next whole millisecond.
        QCOMPARE(bucket.nextAvailable(clock.now()), clock.now().addMSecs(1));
        QCOMPARE(bucket.setRate(1001, clock.now()), Result::RateTooHigh);
        QCOMPARE(bucket.rate(), 1000);
        QCOMPARE(bucket.setRate(0, clock.now()), Result::RateTooLow);
        QCOMPARE(bucket.rate(), 1000);
        // Lowering the rate also lowers a following burst.
        QCOMPARE(bucket.setRate(5, clock.now()), Result::Ok);
        QCOMPARE(bucket.burst(), 5);
        QVERIFY(bucket.tokens(clock.now()) <= 5.0);
    }

    void penaltyHalvesThenRecovers()
    {
        ManualClock clock(kStart);
        TokenBucket bucket(80);
        QVERIFY(!bucket.isPenalized(clock.now()));
        bucket.penalize(clock.now());
        QVERIFY(bucket.isPenalized(clock.now()));
        QCOMPARE(bucket.effectiveRate(clock.now()), 40.0);
        QCOMPARE(bucket.tokens(clock.now()), 0.0); // the bucket empties
        QCOMPARE(bucket.nextAvailable(clock.now()), clock.now().addMSecs(25)); // 1/40 s

        // Failures of requests already in flight do not compound within the debounce.
        clock.advance(999ms);
        bucket.penalize(clock.now());
        QCOMPARE(bucket.effectiveRate(clock.now()), 40.0);
        QCOMPARE(bucket.tokens(clock.now()), 0.0);
        clock.advance(1ms);
        bucket.penalize(clock.now());
        QCOMPARE(bucket.effectiveRate(clock.now()), 20.0);

        // +10% of 80 every 10 s: 28 after 10 s, full after 80 s; 1 ms early changes nothing.
        const QDateTime penalty = clock.now();
        QCOMPARE(bucket.effectiveRate(penalty.addMSecs(9'999)), 20.0);
        QCOMPARE(bucket.effectiveRate(penalty.addSecs(10)), 28.0);
        QCOMPARE(bucket.effectiveRate(penalty.addSecs(70)), 76.0);
        QVERIFY(bucket.isPenalized(penalty.addSecs(70)));
        QCOMPARE(bucket.effectiveRate(penalty.addSecs(80)), 80.0);
        QVERIFY(!bucket.isPenalized(penalty.addSecs(80)));
        QCOMPARE(bucket.effectiveRate(penalty.addSecs(3600)), 80.0);
        // The burst came back with the rate.
        QCOMPARE(drain(bucket, penalty.addSecs(3600)), 80);
    }

    void penaltyNeverGoesBelowOnePerSecond()
    {
        ManualClock clock(kStart);
        TokenBucket bucket(1000);
        for (int i = 0; i < 20; ++i) {
            bucket.penalize(clock.now());
            clock.advance(1s);
        }
        QCOMPARE(bucket.effectiveRate(clock.now()), 1.0);
        QCOMPARE(bucket.tokens(clock.now()), 1.0); // capacity shrank to a single message
        QVERIFY(bucket.tryTake(clock.now()));
        QCOMPARE(bucket.nextAvailable(clock.now()), clock.now().addSecs(1));
    }

    // nextAvailable() accounts for a recovery step that happens while the token fills.
    void nextAvailableAcrossARecoveryStep()
    {
        TokenBucket bucket(2);
        QVERIFY(bucket.tryTake(kStart));
        bucket.penalize(kStart); // 1 msg/s; next step (to 1.2 msg/s) at +10 s
        const QDateTime drained = kStart.addMSecs(9'500);
        QVERIFY(bucket.tryTake(drained));
        // 0.5 token by +10 s, then 0.5 token at 1.2/s = 416.67 ms -> +10.417 s.
        const QDateTime ready = kStart.addMSecs(10'417);
        QCOMPARE(bucket.nextAvailable(drained), ready);
        QVERIFY(!bucket.tryTake(ready.addMSecs(-1)));
        QVERIFY(bucket.tryTake(ready));
    }

    void clockGoingBackwardsEarnsNothing()
    {
        TokenBucket bucket(10);
        drain(bucket, kStart.addSecs(5));
        QVERIFY(!bucket.tryTake(kStart));
        QCOMPARE(bucket.nextAvailable(kStart), kStart.addSecs(5).addMSecs(100));
        QVERIFY(bucket.tryTake(kStart.addSecs(5).addMSecs(100)));
    }

    void invalidTimeIsRefused()
    {
        TokenBucket bucket;
        QTest::ignoreMessage(QtWarningMsg, "TokenBucket: tryTake() with an invalid time");
        QVERIFY(!bucket.tryTake(QDateTime()));
        QVERIFY(!bucket.nextAvailable(QDateTime()).isValid());
        QCOMPARE(bucket.tokens(QDateTime()), 0.0);
        QCOMPARE(drain(bucket, kStart), 80); // nothing was consumed
    }
};

QTEST_APPLESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"

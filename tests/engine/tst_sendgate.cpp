// SendGate and TierLedger: throughput holds every send, pair rate only its recipient, the tier
// only business-initiated sends to new users, counting the ones still in flight.

#include "Clock.h"
#include "SendGate.h"
#include "TierLedger.h"

#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

class TestSendGate : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0{QDate(2026, 6, 1), QTime(9, 0), Qt::UTC};

private Q_SLOTS:
    // Unconfigured, the burst is half a second's worth (headroom for network jitter at the
    // platform's bucket); the steady rate stays the configured one.
    void defaultBurstIsHalfASecond()
    {
        QCOMPARE(SendGate::defaultBurst(80), 40);
        QCOMPARE(SendGate::defaultBurst(1), 1);
        SendGate gate(80, 0, {}, nullptr);
        for (int i = 0; i < 40; ++i)
            QVERIFY(gate.take(QStringLiteral("user%1").arg(i), false, t0));
        QCOMPARE(gate.check(QStringLiteral("user40"), false, t0).limit,
                 SendGate::Limit::Throughput);
        // 80 per second: one token every 12.5 ms, so 80 more over the next second.
        int sent = 0;
        for (int ms = 1; ms <= 1000; ++ms)
            sent += gate.take(QStringLiteral("later%1").arg(ms), false, t0.addMSecs(ms)) ? 1 : 0;
        QCOMPARE(sent, 80);
    }

    void throughputHoldsEverySend()
    {
        SendGate gate(5, 5, {}, nullptr);
        for (int i = 0; i < 5; ++i)
            QVERIFY(gate.take(QStringLiteral("user%1").arg(i), false, t0));
        const SendGate::Check held = gate.check(QStringLiteral("another"), false, t0);
        QCOMPARE(held.limit, SendGate::Limit::Throughput);
        QCOMPARE(held.notBefore, t0.addMSecs(200)); // 5 per second: one token every 200 ms
        QVERIFY(!gate.take(QStringLiteral("another"), false, t0));
        QVERIFY(gate.take(QStringLiteral("another"), false, t0.addMSecs(200)));
    }

    void pairRateHoldsOnlyItsRecipient()
    {
        SendGate gate(80, 0, PairRateLimiter::Config{3, 6s}, nullptr);
        for (int i = 0; i < 3; ++i)
            QVERIFY(gate.take(QStringLiteral("alice"), false, t0));
        const SendGate::Check alice = gate.check(QStringLiteral("alice"), false, t0);
        QCOMPARE(alice.limit, SendGate::Limit::PairRate);
        QCOMPARE(alice.notBefore, t0.addSecs(6));
        QVERIFY(gate.check(QStringLiteral("bob"), false, t0).go());

        // 131056: alice alone waits 4^attempt s, and loses her burst.
        const QDateTime free = gate.penalizeRecipient(QStringLiteral("alice"), t0.addSecs(6), 1);
        QCOMPARE(free, t0.addSecs(10));
        QCOMPARE(gate.check(QStringLiteral("alice"), false, t0.addSecs(9)).limit,
                 SendGate::Limit::PairRate);
        QVERIFY(gate.check(QStringLiteral("bob"), false, t0.addSecs(9)).go());
        QVERIFY(gate.take(QStringLiteral("alice"), false, t0.addSecs(10)));
        QVERIFY(!gate.take(QStringLiteral("alice"), false, t0.addSecs(10)));
    }

    void throughputPenaltySlowsTheNumber()
    {
        SendGate gate(80, 0, {}, nullptr);
        QVERIFY(gate.take(QStringLiteral("a"), false, t0));
        gate.penalizeThroughput(t0);
        QVERIFY(gate.bucket().isPenalized(t0));
        QCOMPARE(gate.bucket().effectiveRate(t0), 40.0);
        QCOMPARE(gate.check(QStringLiteral("b"), false, t0).limit, SendGate::Limit::Throughput);
        QVERIFY(gate.check(QStringLiteral("b"), false, t0.addMSecs(25)).go());
    }

    void tierCountsSendsInFlight()
    {
        TierLedger tier(MessagingTier::Tier50);
        SendGate gate(80, 80, {}, &tier); // a full second's burst: the tier is what holds here
        for (int i = 0; i < 50; ++i)
            QVERIFY(gate.take(QStringLiteral("user%1").arg(i), true, t0));
        QCOMPARE(tier.pendingUsers(), 50);
        // Full while 50 answers are pending, though the budget has recorded nobody yet.
        const SendGate::Check full = gate.check(QStringLiteral("user50"), true, t0);
        QCOMPARE(full.limit, SendGate::Limit::Tier);
        QVERIFY(!full.notBefore.isValid()); // only an answer can free it
        // A user already on the way costs nothing more; replies in the window never count.
        QVERIFY(gate.check(QStringLiteral("user7"), true, t0).go());
        QVERIFY(gate.check(QStringLiteral("user50"), false, t0).go());

        gate.notReached(QStringLiteral("user0"), true); // refused: the slot was never used
        QVERIFY(gate.check(QStringLiteral("user50"), true, t0).go());
        QVERIFY(gate.take(QStringLiteral("user50"), true, t0));
        for (int i = 1; i <= 50; ++i)
            gate.reached(QStringLiteral("user%1").arg(i), true, t0.addSecs(i));
        QCOMPARE(tier.pendingUsers(), 0);
        QCOMPARE(tier.budget().used(t0.addSecs(60)), 50);
        const SendGate::Check later = gate.check(QStringLiteral("newcomer"), true, t0.addSecs(60));
        QCOMPARE(later.limit, SendGate::Limit::Tier);
        // The oldest reach (user1 at t0 + 1 s) frees a slot 24 h later.
        QCOMPARE(later.notBefore, t0.addSecs(1).addDays(1));
        QVERIFY(gate.check(QStringLiteral("newcomer"), true, t0.addSecs(1).addDays(1)).go());
    }

    void tierRestoresHistoryAndFollowsTierChanges()
    {
        TierLedger tier(MessagingTier::Tier50);
        for (int i = 0; i < 50; ++i)
            tier.restore(QStringLiteral("old%1").arg(i), t0.addSecs(-3600));
        QVERIFY(!tier.allows(QStringLiteral("new"), t0));
        QVERIFY(tier.allows(QStringLiteral("old3"), t0));
        tier.setTier(MessagingTier::Tier250);
        QVERIFY(tier.allows(QStringLiteral("new"), t0));
        tier.setTier(MessagingTier::Unlimited);
        QCOMPARE(tier.nextSlot(t0), t0);
        QVERIFY(!tier.allows(QString(), t0));
    }
};

QTEST_APPLESS_MAIN(TestSendGate)
#include "tst_sendgate.moc"

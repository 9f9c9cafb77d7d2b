#include "Clock.h"
#include "TierBudget.h"

#include <QTest>

using namespace sb;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, Qt::UTC); // 2026-01-01
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

QString user(int i)
{
    return u"user-"_s + QString::number(i);
}

} // namespace

class TestTierBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitFollowsTheTier()
    {
        TierBudget budget(MessagingTier::Tier250);
        for (int i = 0; i < 250; ++i) {
            QVERIFY(budget.canReach(user(i), kStart));
            QVERIFY(budget.recordReached(user(i), kStart));
        }
        QCOMPARE(budget.used(kStart), 250);
        QCOMPARE(budget.remaining(kStart), std::optional<int>(0));
        QVERIFY(!budget.canReach(user(250), kStart)); // a new user does not fit
        QVERIFY(budget.canReach(user(7), kStart)); // an already counted one costs nothing
        QVERIFY(budget.isCounted(user(7), kStart));
        QVERIFY(!budget.isCounted(user(250), kStart));
    }

    void sameUserCountsOnce()
    {
        TierBudget budget(MessagingTier::Tier250);
        QVERIFY(budget.recordReached(u"alice"_s, kStart));
        QVERIFY(!budget.recordReached(u"alice"_s, kStart.addSecs(60)));
        QVERIFY(!budget.recordReached(u"alice"_s, kStart.addSecs(3600)));
        QCOMPARE(budget.used(kStart.addSecs(3600)), 1);
        QCOMPARE(budget.remaining(kStart.addSecs(3600)), std::optional<int>(249));
    }

    void slotFreesExactly24HoursAfterTheReach()
    {
        TierBudget budget(MessagingTier::Tier50);
        budget.recordReached(u"alice"_s, kStart);
        const QDateTime release = kStart.addMSecs(kDayMs);
        QCOMPARE(budget.used(release.addMSecs(-1)), 1);
        QVERIFY(budget.isCounted(u"alice"_s, release.addMSecs(-1)));
        QCOMPARE(budget.nextRelease(kStart), release);
        QCOMPARE(budget.used(release), 0);
        QVERIFY(!budget.isCounted(u"alice"_s, release));
        QVERIFY(!budget.nextRelease(release).isValid());
        // Reached again after the window: counts as new.
        QVERIFY(budget.recordReached(u"alice"_s, release));
        QCOMPARE(budget.used(release), 1);
    }

    // The window runs from the LAST reach (see TierBudget.h for why).
    void windowRunsFromTheLastReach()
    {
        TierBudget budget(MessagingTier::Tier50);
        budget.recordReached(u"alice"_s, kStart);
        budget.recordReached(u"alice"_s, kStart.addSecs(20 * 3600));
        QVERIFY(budget.isCounted(u"alice"_s, kStart.addMSecs(kDayMs)));
        QCOMPARE(budget.nextRelease(kStart.addMSecs(kDayMs)), kStart.addSecs(44 * 3600));
        QVERIFY(budget.isCounted(u"alice"_s, kStart.addSecs(44 * 3600).addMSecs(-1)));
        QVERIFY(!budget.isCounted(u"alice"_s, kStart.addSecs(44 * 3600)));
        // A late record with an older time does not move the window back.
        QVERIFY(!budget.recordReached(u"alice"_s, kStart.addSecs(3600)));
        QCOMPARE(budget.counted(kStart.addSecs(30 * 3600)).first().second,
                 kStart.addSecs(20 * 3600));
    }

    void nextReleaseAndNextSlot()
    {
        ManualClock clock(kStart);
        TierBudget budget(MessagingTier::Tier50);
        QVERIFY(!budget.nextRelease(clock.now()).isValid());
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(budget.nextSlot(clock.now()), clock.now());
            QVERIFY(budget.recordReached(user(i), clock.now()));
            clock.advance(60s);
        }
        // Full: the next new user fits when the oldest drops out.
        QVERIFY(!budget.canReach(user(50), clock.now()));
        QCOMPARE(budget.nextRelease(clock.now()), kStart.addMSecs(kDayMs));
        QCOMPARE(budget.nextSlot(clock.now()), kStart.addMSecs(kDayMs));
        clock.set(kStart.addMSecs(kDayMs - 1));
        QVERIFY(!budget.canReach(user(50), clock.now()));
        clock.set(kStart.addMSecs(kDayMs));
        QVERIFY(budget.canReach(user(50), clock.now()));
        QCOMPARE(budget.nextSlot(clock.now()), clock.now());
        QCOMPARE(budget.nextRelease(clock.now()), kStart.addSecs(60).addMSecs(kDayMs));
    }

    void loweredTierWaitsForEnoughReleases()
    {
        TierBudget budget(MessagingTier::Tier250);
        for (int i = 0; i < 250; ++i)
            budget.recordReached(user(i), kStart.addSecs(60 * i));
        const QDateTime now = kStart.addSecs(60 * 250);
        budget.setTier(MessagingTier::Tier50);
        QCOMPARE(budget.limit(), std::optional<int>(50));
        QCOMPARE(budget.used(now), 250);
        QCOMPARE(budget.remaining(now), std::optional<int>(0)); // never negative
        QVERIFY(!budget.canReach(u"new"_s, now));
        QVERIFY(budget.canReach(user(3), now));
        // 201 users must drop out before the 50th slot frees: the one reached at minute 200.
        QCOMPARE(budget.nextSlot(now), kStart.addSecs(60 * 200).addMSecs(kDayMs));
        QVERIFY(!budget.canReach(u"new"_s, kStart.addSecs(60 * 200).addMSecs(kDayMs - 1)));
        QVERIFY(budget.canReach(u"new"_s, kStart.addSecs(60 * 200).addMSecs(kDayMs)));
    }

    void recordsPastTheLimitStillCount()
    {
        TierBudget budget(MessagingTier::Tier50);
        for (int i = 0; i < 60; ++i)
            budget.recordReached(user(i), kStart);
        QCOMPARE(budget.used(kStart), 60);
        QCOMPARE(budget.remaining(kStart), std::optional<int>(0));
        QCOMPARE(budget.nextSlot(kStart), kStart.addMSecs(kDayMs));
    }

    void unlimitedNeverBlocks()
    {
        TierBudget budget(MessagingTier::Unlimited);
        for (int i = 0; i < 5000; ++i)
            QVERIFY(budget.recordReached(user(i), kStart));
        QVERIFY(budget.canReach(u"another"_s, kStart));
        QCOMPARE(budget.remaining(kStart), std::nullopt);
        QCOMPARE(budget.limit(), std::nullopt);
        QCOMPARE(budget.used(kStart), 5000); // still shown to the supervisor
        QCOMPARE(budget.nextSlot(kStart), kStart);
    }

    void unknownOrUnsetTierIsConservative_data()
    {
        QTest::addColumn<int>("tier");
        QTest::newRow("not set") << int(MessagingTier::NotSet);
        QTest::newRow("unknown") << int(MessagingTier::Unknown);
    }

    void unknownOrUnsetTierIsConservative()
    {
        QFETCH(int, tier);
        TierBudget budget(static_cast<MessagingTier>(tier));
        QCOMPARE(budget.limit(), std::optional<int>(250));
        QCOMPARE(TierBudget().tier(), MessagingTier::NotSet);
    }

    void expireAndCountedAreOrdered()
    {
        TierBudget budget(MessagingTier::Tier250);
        budget.recordReached(u"b"_s, kStart.addSecs(10));
        budget.recordReached(u"a"_s, kStart); // restoring an older record
        budget.recordReached(u"c"_s, kStart.addSecs(20));
        const auto list = budget.counted(kStart.addSecs(30));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).first, u"a"_s);
        QCOMPARE(list.at(0).second, kStart);
        QCOMPARE(list.at(2).first, u"c"_s);
        budget.expire(kStart.addSecs(10).addMSecs(kDayMs));
        QCOMPARE(budget.counted(kStart.addSecs(10).addMSecs(kDayMs)).size(), 1);
        QCOMPARE(budget.used(kStart), 1); // expired users are gone for good
        budget.clear();
        QCOMPARE(budget.used(kStart), 0);
    }

    void rollingWindowAtTheLargestLimitedTier()
    {
        // Two days at 100K unique users a day, one new user every 0.864 s.
        TierBudget budget(MessagingTier::Tier100K);
        QDateTime now = kStart;
        int reached = 0;
        for (int i = 0; i < 200'000; ++i) {
            now = kStart.addMSecs(qint64(i) * 864);
            if (budget.canReach(user(i), now)) {
                budget.recordReached(user(i), now);
                ++reached;
            }
            QVERIFY(budget.used(now) <= 100'000);
        }
        QCOMPARE(reached, 200'000); // exactly at the limit, never over it
        QCOMPARE(budget.used(now), 100'000);
    }

    void badInputIsRefused()
    {
        TierBudget budget(MessagingTier::Tier250);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a user"_s));
        QVERIFY(!budget.canReach(QString(), kStart));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a user"_s));
        QVERIFY(!budget.recordReached(QString(), kStart));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"needs a user"_s));
        QVERIFY(!budget.recordReached(u"alice"_s, QDateTime()));
        QCOMPARE(budget.used(kStart), 0);
        QVERIFY(!budget.nextSlot(QDateTime()).isValid());
        QVERIFY(!budget.nextRelease(QDateTime()).isValid());
    }
};

QTEST_APPLESS_MAIN(TestTierBudget)
#include "tst_tierbudget.moc"

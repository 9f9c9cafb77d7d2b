#include "MessagingTier.h"

#include <QSet>
#include <QTest>

#include <limits>

using namespace sb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::MessagingTier)

namespace {

constexpr MessagingTier kAllTiers[] = {
    MessagingTier::Tier50,    MessagingTier::Tier250, MessagingTier::Tier1K,
    MessagingTier::Tier2K,    MessagingTier::Tier10K, MessagingTier::Tier100K,
    MessagingTier::Unlimited, MessagingTier::NotSet,  MessagingTier::Unknown,
};

} // namespace

class TestMessagingTier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryTierString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MessagingTier>("tier");
        QTest::addColumn<int>("limit"); // -1 = unlimited
        QTest::newRow("50") << u"TIER_50"_s << MessagingTier::Tier50 << 50;
        QTest::newRow("250") << u"TIER_250"_s << MessagingTier::Tier250 << 250;
        QTest::newRow("1K legacy") << u"TIER_1K"_s << MessagingTier::Tier1K << 1000;
        QTest::newRow("2K") << u"TIER_2K"_s << MessagingTier::Tier2K << 2000;
        QTest::newRow("10K") << u"TIER_10K"_s << MessagingTier::Tier10K << 10000;
        QTest::newRow("100K") << u"TIER_100K"_s << MessagingTier::Tier100K << 100000;
        QTest::newRow("unlimited") << u"TIER_UNLIMITED"_s << MessagingTier::Unlimited << -1;
        // Not set: budget conservatively at the entry level.
        QTest::newRow("not set") << u"TIER_NOT_SET"_s << MessagingTier::NotSet << 250;
    }

    void parsesEveryTierString()
    {
        QFETCH(QString, text);
        QFETCH(MessagingTier, tier);
        QFETCH(int, limit);
        QCOMPARE(messagingTierFromString(text), tier);
        QCOMPARE(messagingTierFromString(text.toLower()), tier);
        QCOMPARE(messagingTierFromString(QString(u"  "_s + text + u"\n"_s)), tier);
        QCOMPARE(messagingTierToString(tier), text); // round trip
        const std::optional<int> expected = limit < 0 ? std::nullopt : std::optional<int>(limit);
        QCOMPARE(uniqueUserLimit(tier), expected);
    }

    void parsesCapabilityUpdateNumbers_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<MessagingTier>("tier");
        QTest::newRow("250") << qint64(250) << MessagingTier::Tier250;
        QTest::newRow("2000") << qint64(2000) << MessagingTier::Tier2K;
        QTest::newRow("10000") << qint64(10000) << MessagingTier::Tier10K;
        QTest::newRow("100000") << qint64(100000) << MessagingTier::Tier100K;
        QTest::newRow("-1 unlimited") << qint64(-1) << MessagingTier::Unlimited;
        QTest::newRow("50") << qint64(50) << MessagingTier::Tier50;
        QTest::newRow("1000 legacy") << qint64(1000) << MessagingTier::Tier1K;
        QTest::newRow("0") << qint64(0) << MessagingTier::Unknown;
        QTest::newRow("251") << qint64(251) << MessagingTier::Unknown;
        QTest::newRow("1999") << qint64(1999) << MessagingTier::Unknown;
        QTest::newRow("-2") << qint64(-2) << MessagingTier::Unknown;
        QTest::newRow("huge") << std::numeric_limits<qint64>::max() << MessagingTier::Unknown;
    }

    void parsesCapabilityUpdateNumbers()
    {
        QFETCH(qint64, limit);
        QFETCH(MessagingTier, tier);
        QCOMPARE(messagingTierFromLimit(limit), tier);
        // The same numbers arrive as strings in some payloads.
        QCOMPARE(messagingTierFromString(QString::number(limit)), tier);
    }

    void garbageIsUnknown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("prefix only") << u"TIER_"_s;
        QTest::newRow("future tier") << u"TIER_500K"_s;
        QTest::newRow("typo") << u"TIER_2k0"_s;
        QTest::newRow("no prefix") << u"2K"_s;
        QTest::newRow("inner space") << u"TIER_ 250"_s;
        QTest::newRow("trailing junk") << u"TIER_250x"_s;
        QTest::newRow("decimal") << u"250.5"_s;
        QTest::newRow("hex") << u"0xFA"_s;
        QTest::newRow("overflow") << u"99999999999999999999999"_s;
        QTest::newRow("unicode") << u"TIER_２５０"_s;
        QTest::newRow("legacy deprecated field name") << u"messaging_limit_tier"_s;
    }

    void garbageIsUnknown()
    {
        QFETCH(QString, text);
        QCOMPARE(messagingTierFromString(text), MessagingTier::Unknown);
    }

    void unknownIsBudgetedConservatively()
    {
        QCOMPARE(uniqueUserLimit(MessagingTier::Unknown), std::optional<int>(250));
        QVERIFY(messagingTierToString(MessagingTier::Unknown).isEmpty());
    }

    void ranksFollowReach()
    {
        for (qsizetype i = 1; i < qsizetype(std::size(kAllTiers)); ++i) {
            const MessagingTier lower = kAllTiers[i - 1];
            const MessagingTier higher = kAllTiers[i];
            if (lower == MessagingTier::Unlimited)
                break; // NotSet and Unknown follow in the array but rank lowest
            QVERIFY(messagingTierRank(lower) < messagingTierRank(higher));
        }
        QVERIFY(messagingTierRank(MessagingTier::Unknown)
                < messagingTierRank(MessagingTier::NotSet));
        QVERIFY(messagingTierRank(MessagingTier::NotSet)
                < messagingTierRank(MessagingTier::Tier50));
    }

    void displayNamesAreDistinct()
    {
        QSet<QString> names;
        for (MessagingTier tier : kAllTiers) {
            const QString name = messagingTierDisplayName(tier);
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), qsizetype(std::size(kAllTiers)));
        QVERIFY(messagingTierDisplayName(MessagingTier::Tier250).contains(u"250"));
    }
};

QTEST_APPLESS_MAIN(TestMessagingTier)
#include "tst_messagingtier.moc"

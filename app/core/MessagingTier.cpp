#include "MessagingTier.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace sb {

namespace {

struct TierRow
{
    MessagingTier tier;
    QLatin1String name;
    qint64 limit; // -1 = unlimited, 0 = none
};

constexpr std::array<TierRow, 8> kTiers{{
    {MessagingTier::Tier50, QLatin1String("TIER_50"), 50},
    {MessagingTier::Tier250, QLatin1String("TIER_250"), 250},
    {MessagingTier::Tier1K, QLatin1String("TIER_1K"), 1000},
    {MessagingTier::Tier2K, QLatin1String("TIER_2K"), 2000},
    {MessagingTier::Tier10K, QLatin1String("TIER_10K"), 10000},
    {MessagingTier::Tier100K, QLatin1String("TIER_100K"), 100000},
    {MessagingTier::Unlimited, QLatin1String("TIER_UNLIMITED"), -1},
    {MessagingTier::NotSet, QLatin1String("TIER_NOT_SET"), 0},
}};

const TierRow *row(MessagingTier tier)
{
    for (const auto &r : kTiers) {
        if (r.tier == tier)
            return &r;
    }
    return nullptr;
}

} // namespace

MessagingTier messagingTierFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const auto &r : kTiers) {
        if (trimmed.compare(r.name, Qt::CaseInsensitive) == 0)
            return r.tier;
    }
    bool ok = false;
    const qint64 number = trimmed.toLongLong(&ok);
    return ok ? messagingTierFromLimit(number) : MessagingTier::Unknown;
}

MessagingTier messagingTierFromLimit(qint64 limit)
{
    for (const auto &r : kTiers) {
        // 0 marks NotSet, which has no numeric spelling.
        if (r.limit != 0 && r.limit == limit)
            return r.tier;
    }
    return MessagingTier::Unknown;
}

QString messagingTierToString(MessagingTier tier)
{
    const TierRow *r = row(tier);
    return r ? QString(r->name) : QString();
}

std::optional<int> uniqueUserLimit(MessagingTier tier)
{
    switch (tier) {
    case MessagingTier::Tier50:
        return 50;
    case MessagingTier::Tier250:
        return 250;
    case MessagingTier::Tier1K:
        return 1000;
    case MessagingTier::Tier2K:
        return 2000;
    case MessagingTier::Tier10K:
        return 10000;
    case MessagingTier::Tier100K:
        return 100000;
    case MessagingTier::Unlimited:
        return std::nullopt;
    case MessagingTier::NotSet:
    case MessagingTier::Unknown:
        break;
    }
    return 250;
}

int messagingTierRank(MessagingTier tier)
{
    switch (tier) {
    case MessagingTier::Unknown:
        return 0;
    case MessagingTier::NotSet:
        return 1;
    case MessagingTier::Tier50:
        return 2;
    case MessagingTier::Tier250:
        return 3;
    case MessagingTier::Tier1K:
        return 4;
    case MessagingTier::Tier2K:
        return 5;
    case MessagingTier::Tier10K:
        return 6;
    case MessagingTier::Tier100K:
        return 7;
    case MessagingTier::Unlimited:
        return 8;
    }
    return 0;
}

QString messagingTierDisplayName(MessagingTier tier)
{
    switch (tier) {
    case MessagingTier::Unlimited:
        return QCoreApplication::translate("sb::MessagingTier", "Unlimited");
    case MessagingTier::NotSet:
        return QCoreApplication::translate("sb::MessagingTier", "Not set yet");
    case MessagingTier::Unknown:
        return QCoreApplication::translate("sb::MessagingTier", "Unknown");
    case MessagingTier::Tier1K:
        return QCoreApplication::translate("sb::MessagingTier", "%1 customers / 24 h (legacy)")
            .arg(QLocale().toString(1000));
    case MessagingTier::Tier50:
    case MessagingTier::Tier250:
    case MessagingTier::Tier2K:
    case MessagingTier::Tier10K:
    case MessagingTier::Tier100K:
        break;
    }
    return QCoreApplication::translate("sb::MessagingTier", "%1 customers / 24 h")
        .arg(QLocale().toString(uniqueUserLimit(tier).value_or(0)));
}

} // namespace sb

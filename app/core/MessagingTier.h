#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sb {

// The portfolio's messaging limit: unique users reachable outside a customer-service window in
// a moving 24 h (spec §9.2). Tier1K is legacy (no longer documented) but still parsed.
enum class MessagingTier {
    Tier50,
    Tier250,
    Tier1K,
    Tier2K,
    Tier10K,
    Tier100K,
    Unlimited,
    NotSet, // TIER_NOT_SET: Meta has not assigned a limit yet
    Unknown, // anything we could not parse
};

// "TIER_50" ... "TIER_UNLIMITED", "TIER_NOT_SET", legacy "TIER_1K"; case-insensitive, surrounding
// spaces ignored. Also accepts the decimal limits of messagingTierFromLimit() ("2000", "-1").
// Anything else is Unknown.
MessagingTier messagingTierFromString(QStringView text);

// business_capability_update limits: 250, 2000, 10000, 100000, -1 (= unlimited); also 50 and
// the legacy 1000. Any other number is Unknown.
MessagingTier messagingTierFromLimit(qint64 limit);

// The API spelling ("TIER_2K"); empty for Unknown.
QString messagingTierToString(MessagingTier tier);

// nullopt = unlimited. NotSet and Unknown return 250, the level every new portfolio starts at
// and the lowest current one: budgeting against a limit we cannot read must not over-send.
std::optional<int> uniqueUserLimit(MessagingTier tier);

// Orders tiers by reach (Unknown < NotSet < Tier50 < ... < Unlimited), e.g. to notice a fall.
int messagingTierRank(MessagingTier tier);

// Translated, e.g. "2,000 customers / 24 h".
QString messagingTierDisplayName(MessagingTier tier);

} // namespace sb

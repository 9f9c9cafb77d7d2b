#pragma once

#include <QString>

namespace sb {

// What the window shows about the connected business number. Filled by the composition root
// from the Graph API's phone-number fields, so the UI never links the network layer.
struct AccountSummary
{
    QString verifiedName;
    QString displayPhoneNumber;
    QString qualityRating; // GREEN, YELLOW, RED, UNKNOWN
    QString messagingTier; // TIER_250, ...
    QString throughputLevel;
    QString status; // CONNECTED, FLAGGED, ...
};

} // namespace sb

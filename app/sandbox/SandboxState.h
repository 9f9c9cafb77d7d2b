#pragma once

#include "Message.h"
#include "SandboxError.h"
#include "ServiceWindow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The records the sandbox keeps: its customers, its registered numbers, what the business sent
// and what customers sent.
namespace sb {

struct SandboxCustomer
{
    QString waId; // digits only, the wa_id shape
    QString name; // profile.name
    QString language = QStringLiteral("en_US"); // what the customer writes in
    QString userId; // business-scoped user id (spec §12); empty when not assigned
    QHash<QString, WindowInputs> windows; // per business phone number id
    bool optedOutMarketing = false; // stopped marketing messages (131050)
    bool unreachable = false; // not on WhatsApp any more (131026)
    bool replies = true; // the simulated customer answers the business
    QString referralHeadline; // set when the conversation came from a Click-to-WhatsApp ad
};

struct SandboxPhoneNumber
{
    QString id;
    QString displayPhoneNumber; // digits, as in webhook metadata
    QString verifiedName;
    QString qualityRating = QStringLiteral("GREEN");
    QString status = QStringLiteral("CONNECTED");
    QString nameStatus = QStringLiteral("APPROVED");
    QString codeVerificationStatus = QStringLiteral("VERIFIED");
    QString messagingTier = QStringLiteral("TIER_250");
    QString throughputLevel = QStringLiteral("STANDARD");
    int throughputMps = 80;
    QDateTime lastOnboardedTime;
};

struct SandboxStatusEvent
{
    QString status; // sent, delivered, read, played, failed
    QDateTime at;
    std::optional<SandboxError> error;
};

// One message the business sent and the platform accepted.
struct SandboxSentMessage
{
    quint64 serial = 0;
    QString wamid;
    QString phoneNumberId;
    QString input; // `to` as the request wrote it
    QString waId; // the recipient's wa_id
    Message message; // as the shared mapping read the request
    QJsonObject request; // the body as received
    QString category; // marketing, utility, authentication, service
    QString pricingType; // regular, free_customer_service, free_entry_point
    QDateTime acceptedAt;
    int apiMajorVersion = 0; // from the request path; 0 when unversioned
    QList<SandboxStatusEvent> statuses;

    QString lastStatus() const { return statuses.isEmpty() ? QString() : statuses.last().status; }
};

// One message a customer sent (kept for mark-as-read and replies).
struct SandboxInboundRecord
{
    QString wamid;
    QString from;
    QString phoneNumberId;
    QString type;
    QDateTime at;
    bool read = false;
};

} // namespace sb

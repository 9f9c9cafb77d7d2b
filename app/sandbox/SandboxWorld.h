#pragma once

#include "PairRateLimiter.h"
#include "SandboxClock.h"
#include "SandboxConfig.h"
#include "SandboxIds.h"
#include "SandboxMediaStore.h"
#include "SandboxState.h"
#include "SandboxTemplates.h"
#include "TierBudget.h"
#include "TokenBucket.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sb {

// Faults injected through POST /_sandbox/faults; each count is used up one request at a time.
struct SandboxFaults
{
    int serverErrors = 0; // next N sends answer 5xx
    int serverErrorStatus = 500;
    int serverErrorCode = 131000;
    int dropResponses = 0; // next N sends are accepted, then the connection closes unanswered
    bool dropTruncates = false; // half an answer instead of none (the client sees a broken read)
    int slowResponses = -1; // next N Graph answers are delayed; -1 = every answer while delayMs > 0
    int delayMs = 0;
};

// Everything the sandbox knows. Owned by Sandbox; the services (rules, delivery, routes, the
// scenario) work on it by reference.
struct SandboxWorld
{
    explicit SandboxWorld(SandboxConfig configuration);

    SandboxConfig config;
    SandboxClock clock;
    SandboxIds ids;
    SandboxMediaStore media;
    SandboxTemplates templates;
    QList<SandboxPhoneNumber> phones;
    QMap<QString, SandboxCustomer> customers; // by wa_id, sorted for stable listings
    QList<SandboxSentMessage> sent; // acceptance order
    QHash<QString, qsizetype> sentByWamid;
    QHash<QString, SandboxInboundRecord> inbound; // by wamid
    QHash<QString, TokenBucket> throughput; // by phone number id
    PairRateLimiter pairRate;
    // Unique customers reached outside a window in the moving 24 h (portfolio-wide).
    TierBudget tierBudget;
    SandboxFaults faults;

    SandboxPhoneNumber *phone(const QString &id);
    const SandboxPhoneNumber &primaryPhone() const { return phones.first(); }
    SandboxCustomer *customer(const QString &waIdOrUserId);
    SandboxSentMessage *sentMessage(const QString &wamid);
    // The customer, created with `name` when new.
    SandboxCustomer &ensureCustomer(const QString &waId, const QString &name);
    WindowState windowOf(const SandboxCustomer &customer, const QString &phoneNumberId) const;
    TokenBucket &bucketFor(const SandboxPhoneNumber &phone);
};

} // namespace sb

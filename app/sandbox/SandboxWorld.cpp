#include "SandboxWorld.h"

#include "ContactKey.h"

namespace sb {

SandboxWorld::SandboxWorld(SandboxConfig configuration)
    : config(std::move(configuration))
    , clock(config.clockStart.value_or(QDateTime::currentDateTimeUtc()), config.frozenClock)
    , ids(config.seed)
    , media(ids)
    , templates(ids)
    , pairRate(
          PairRateLimiter::Config{std::clamp(config.pairRateBurst, 1, PairRateLimiter::kMaxBurst),
                                  std::clamp(config.pairRateInterval, PairRateLimiter::kMinInterval,
                                             PairRateLimiter::kMaxInterval)})
{
    SandboxPhoneNumber primary;
    primary.id = config.phoneNumberId;
    primary.displayPhoneNumber = config.displayPhoneNumber;
    primary.verifiedName = config.verifiedName;
    primary.messagingTier = config.messagingTier;
    primary.throughputMps = config.throughputMps;
    primary.lastOnboardedTime = clock.now().addDays(-180);
    phones.append(primary);
    if (!config.secondPhoneNumberId.isEmpty()) {
        SandboxPhoneNumber second = primary;
        second.id = config.secondPhoneNumberId;
        second.displayPhoneNumber = config.secondDisplayPhoneNumber;
        second.qualityRating = QStringLiteral("YELLOW");
        second.lastOnboardedTime = clock.now().addDays(-21);
        phones.append(second);
    }
}

SandboxPhoneNumber *SandboxWorld::phone(const QString &id)
{
    for (SandboxPhoneNumber &candidate : phones) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

SandboxCustomer *SandboxWorld::customer(const QString &waIdOrUserId)
{
    if (waIdOrUserId.isEmpty())
        return nullptr;
    const auto it = customers.find(waIdOrUserId);
    if (it != customers.end())
        return &*it;
    // A phone number is never a business-scoped user id: skip the walk over every customer,
    // which cost more than the rest of a send at a few thousand customers.
    if (!isBsuid(waIdOrUserId))
        return nullptr;
    for (SandboxCustomer &candidate : customers) {
        if (candidate.userId == waIdOrUserId)
            return &candidate;
    }
    return nullptr;
}

SandboxSentMessage *SandboxWorld::sentMessage(const QString &wamid)
{
    const auto it = sentByWamid.constFind(wamid);
    return it == sentByWamid.constEnd() ? nullptr : &sent[*it];
}

SandboxCustomer &SandboxWorld::ensureCustomer(const QString &waId, const QString &name)
{
    auto it = customers.find(waId);
    if (it == customers.end()) {
        SandboxCustomer created;
        created.waId = waId;
        created.name = name.isEmpty() ? QStringLiteral("+") + waId : name;
        it = customers.insert(waId, created);
    } else if (!name.isEmpty()) {
        it->name = name;
    }
    return *it;
}

WindowState SandboxWorld::windowOf(const SandboxCustomer &customer,
                                   const QString &phoneNumberId) const
{
    return ServiceWindow::evaluate(customer.windows.value(phoneNumberId), clock.now());
}

TokenBucket &SandboxWorld::bucketFor(const SandboxPhoneNumber &phone)
{
    auto it = throughput.find(phone.id);
    if (it == throughput.end())
        it = throughput.insert(phone.id, TokenBucket(phone.throughputMps));
    if (it->rate() != phone.throughputMps)
        it->setRate(phone.throughputMps, clock.now());
    return *it;
}

} // namespace sb

#include "SandboxDelivery.h"

#include "SandboxScheduler.h"
#include "SandboxWorld.h"

#include <algorithm>

namespace sb {

SandboxDelivery::SandboxDelivery(SandboxWorld &world, SandboxScheduler &scheduler, StatusHook hook)
    : m_world(world)
    , m_scheduler(scheduler)
    , m_hook(std::move(hook))
{
}

SandboxDelivery::Plan SandboxDelivery::plan(const SandboxSentMessage &message) const
{
    const SandboxConfig &config = m_world.config;
    auto engine = sandboxEngine(config.seed, message.serial, SandboxStream::Delivery);
    // Every draw happens in a fixed order, whatever the outcome, so outcomes stay independent.
    const double failDraw = sandboxUniform(engine);
    const double capDraw = sandboxUniform(engine);
    const double readDraw = sandboxUniform(engine);
    auto spread = [&engine, &config](std::chrono::milliseconds base) {
        const double factor = 1.0 + config.delayJitter * (2.0 * sandboxUniform(engine) - 1.0);
        return std::max<qint64>(1, qint64(double(base.count()) * std::max(0.0, factor)));
    };
    Plan plan;
    plan.sentMs = spread(config.sentDelay);
    const qint64 deliveredGap = spread(config.deliveredDelay);
    const qint64 readGap = spread(config.readDelay);
    const qint64 playedGap = spread(config.playedDelay);

    const auto found = m_world.customers.constFind(message.waId);
    const SandboxCustomer *customer = found != m_world.customers.constEnd() ? &*found : nullptr;
    const bool marketing = message.category == QLatin1String("marketing");
    if ((customer && customer->unreachable) || (!customer && config.restrictToPopulation)) {
        plan.failure = SandboxError::make(
            131026,
            QStringLiteral("Message undeliverable: %1 is not a WhatsApp user or cannot "
                           "receive messages")
                .arg(message.waId));
    } else if (marketing && customer && customer->optedOutMarketing) {
        plan.failure = SandboxError::make(
            131050, QStringLiteral("The recipient stopped marketing messages from this business"));
    } else if (marketing && capDraw < config.marketingCapProbability) {
        plan.failure = SandboxError::make(
            131049,
            QStringLiteral("The recipient reached the limit of marketing messages; try "
                           "again in 24 hours or later"));
    } else if (failDraw < config.undeliverableProbability) {
        plan.failure = SandboxError::make(
            131026,
            QStringLiteral("Message undeliverable: the recipient's phone could not be "
                           "reached"));
    }
    if (plan.failure || message.message.kind == MessageKind::Reaction)
        return plan; // a reaction only ever gets "sent" (spec §1.8)
    plan.deliveredMs = plan.sentMs + deliveredGap;
    // Only simulated customers open their chats; unknown numbers stay at delivered.
    if (customer && readDraw < config.readProbability) {
        plan.readMs = plan.deliveredMs + readGap;
        const auto *media = message.message.as<MediaContent>();
        if (media && media->kind == MediaKind::Audio && media->voice)
            plan.playedMs = plan.readMs + playedGap;
    }
    return plan;
}

void SandboxDelivery::schedule(const SandboxSentMessage &message)
{
    const Plan p = plan(message);
    const QDateTime base = message.acceptedAt;
    if (p.failure) {
        at(message.wamid, p.sentMs, base, QStringLiteral("failed"), p.failure);
        return;
    }
    at(message.wamid, p.sentMs, base, QStringLiteral("sent"), std::nullopt);
    if (p.deliveredMs >= 0)
        at(message.wamid, p.deliveredMs, base, QStringLiteral("delivered"), std::nullopt);
    if (p.readMs >= 0)
        at(message.wamid, p.readMs, base, QStringLiteral("read"), std::nullopt);
    if (p.playedMs >= 0)
        at(message.wamid, p.playedMs, base, QStringLiteral("played"), std::nullopt);
}

void SandboxDelivery::at(const QString &wamid, qint64 offsetMs, const QDateTime &base,
                         QString status, std::optional<SandboxError> error)
{
    const QDateTime due = base.addMSecs(offsetMs);
    m_scheduler.at(due, [this, wamid, due, status, error] {
        SandboxSentMessage *message = m_world.sentMessage(wamid);
        if (!message)
            return;
        SandboxStatusEvent event{status, due, error};
        message->statuses.append(event);
        m_hook(*message, event);
    });
}

} // namespace sb

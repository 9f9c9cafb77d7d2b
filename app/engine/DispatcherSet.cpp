#include "DispatcherSet.h"

#include "Clock.h"
#include "Logging.h"
#include "Outbox.h"
#include "StoreError.h"

namespace sb {

DispatcherSet::DispatcherSet(OutboxRepository &outbox, GraphClient &client, const Clock &clock,
                             MessagingTier tier, RandomSource random, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_clock(clock)
    , m_random(std::move(random))
    , m_tier(tier)
{
}

DispatcherSet::~DispatcherSet() = default;

Dispatcher *DispatcherSet::add(const QString &phoneNumberId, const DispatcherConfig &config)
{
    if (Dispatcher *existing = dispatcher(phoneNumberId))
        return existing;
    auto *dispatcher = new Dispatcher(phoneNumberId, &m_outbox, &m_client, &m_clock, &m_tier,
                                      config, m_random, this);
    dispatcher->setAlerts(m_alerts);
    m_dispatchers.emplace(phoneNumberId, dispatcher);
    connect(dispatcher, &Dispatcher::sent, this,
            [this, phoneNumberId](const QString &localId, const QString &platformId) {
                Q_EMIT sent(phoneNumberId, localId, platformId);
            });
    connect(dispatcher, &Dispatcher::failed, this,
            [this, phoneNumberId](const QString &localId, const ErrorInfo &info) {
                Q_EMIT failed(phoneNumberId, localId, info);
            });
    connect(dispatcher, &Dispatcher::outcomeUnknown, this,
            [this, phoneNumberId](const QString &localId, const QString &reason) {
                Q_EMIT outcomeUnknown(phoneNumberId, localId, reason);
            });
    connect(dispatcher, &Dispatcher::paused, this,
            [this, phoneNumberId](PauseReason reason, const QString &text, const ErrorInfo &info) {
                Q_EMIT paused(phoneNumberId, reason, text, info);
            });
    connect(dispatcher, &Dispatcher::tierSlotsChanged, this, [this, dispatcher] {
        // The portfolio's budget is shared: another number may wait on this one's answers.
        for (const auto &[id, other] : m_dispatchers) {
            if (other != dispatcher && other->isWaitingOnTier())
                other->wakeUp();
        }
    });
    connect(dispatcher, &Dispatcher::resumed, this,
            [this, phoneNumberId] { Q_EMIT resumed(phoneNumberId); });
    connect(dispatcher, &Dispatcher::queueDepthChanged, this,
            [this, phoneNumberId](int depth) { Q_EMIT queueDepthChanged(phoneNumberId, depth); });
    return dispatcher;
}

Dispatcher *DispatcherSet::dispatcher(const QString &phoneNumberId) const
{
    const auto it = m_dispatchers.find(phoneNumberId);
    return it == m_dispatchers.end() ? nullptr : it->second;
}

QStringList DispatcherSet::phoneNumberIds() const
{
    QStringList ids;
    for (const auto &[id, dispatcher] : m_dispatchers)
        ids.append(id);
    return ids;
}

void DispatcherSet::restoreTier()
{
    const QDateTime now = m_clock.now();
    try {
        const auto reached = m_outbox.businessInitiatedSince(now.addSecs(-24 * 60 * 60));
        for (const auto &[user, at] : reached)
            m_tier.restore(user, at);
    } catch (const StoreException &error) {
        // Without the history the budget starts empty; the platform still enforces the limit.
        qCWarning(lcEngine) << "tier usage not restored:" << error.error().toString();
    }
}

int DispatcherSet::start()
{
    restoreTier();
    int unknown = 0;
    for (const auto &[id, dispatcher] : m_dispatchers)
        unknown += dispatcher->start();
    return unknown;
}

void DispatcherSet::stop()
{
    for (const auto &[id, dispatcher] : m_dispatchers)
        dispatcher->stop();
}

void DispatcherSet::follow(Outbox *outbox)
{
    const auto wake = [this](const QString &phoneNumberId) {
        if (Dispatcher *target = dispatcher(phoneNumberId))
            target->wakeUp();
    };
    connect(outbox, &Outbox::enqueued, this, wake);
    connect(outbox, &Outbox::cancelled, this, wake);
}

void DispatcherSet::resumeAfterNewToken(const QString &phoneNumberId)
{
    for (const auto &[id, dispatcher] : m_dispatchers) {
        if (phoneNumberId.isEmpty() || id == phoneNumberId)
            dispatcher->resumeAfterNewToken();
    }
}

void DispatcherSet::resume(const QString &phoneNumberId)
{
    if (Dispatcher *target = dispatcher(phoneNumberId))
        target->resume();
}

void DispatcherSet::setMessagingTier(MessagingTier tier)
{
    m_tier.setTier(tier);
    for (const auto &[id, dispatcher] : m_dispatchers)
        dispatcher->wakeUp();
}

void DispatcherSet::setAlerts(AlertRepository *alerts)
{
    m_alerts = alerts;
    for (const auto &[id, dispatcher] : m_dispatchers)
        dispatcher->setAlerts(alerts);
}

} // namespace sb

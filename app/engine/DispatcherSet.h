#pragma once

#include "Dispatcher.h"
#include "MessagingTier.h"
#include "TierLedger.h"

#include <QObject>
#include <QStringList>

#include <map>

namespace sb {

class Outbox;

// One Dispatcher per business phone number, sharing the portfolio's messaging-tier budget
// (spec §9.2: the limit is per portfolio, not per number), with their signals gathered and
// tagged with the number. The composition root builds one; the relay and the desktop app use
// the same class.
class DispatcherSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatcherSet)

public:
    // `outbox`, `client` and `clock` must outlive the set.
    DispatcherSet(OutboxRepository &outbox, GraphClient &client, const Clock &clock,
                  MessagingTier tier = MessagingTier::NotSet, RandomSource random = {},
                  QObject *parent = nullptr);
    ~DispatcherSet() override;

    // Adds (or returns the existing) dispatcher of a number; it starts with start().
    Dispatcher *add(const QString &phoneNumberId, const DispatcherConfig &config = {});
    Dispatcher *dispatcher(const QString &phoneNumberId) const;
    QStringList phoneNumberIds() const;

    // Restores the tier budget from the outbox (business-initiated sends of the last 24 h),
    // then starts every dispatcher. Returns the sends of earlier runs that became unknown.
    int start();
    void stop();

    // Wakes the number's dispatcher whenever `outbox` queues or cancels a message.
    void follow(Outbox *outbox);
    // A new access token was saved (for one number, or for all when empty).
    void resumeAfterNewToken(const QString &phoneNumberId = {});
    void resume(const QString &phoneNumberId);

    void setMessagingTier(MessagingTier tier);
    // Pauses are raised as alerts there (see Dispatcher::setAlerts); also for numbers added later.
    void setAlerts(AlertRepository *alerts);
    const TierLedger &tier() const { return m_tier; }

Q_SIGNALS:
    void sent(const QString &phoneNumberId, const QString &localId, const QString &platformId);
    void failed(const QString &phoneNumberId, const QString &localId, const sb::ErrorInfo &info);
    void outcomeUnknown(const QString &phoneNumberId, const QString &localId,
                        const QString &reason);
    void paused(const QString &phoneNumberId, sb::PauseReason reason, const QString &text,
                const sb::ErrorInfo &info);
    void resumed(const QString &phoneNumberId);
    void queueDepthChanged(const QString &phoneNumberId, int depth);

private:
    void restoreTier();

    OutboxRepository &m_outbox;
    GraphClient &m_client;
    const Clock &m_clock;
    RandomSource m_random;
    TierLedger m_tier;
    AlertRepository *m_alerts = nullptr;
    std::map<QString, Dispatcher *> m_dispatchers; // children of this object
};

} // namespace sb

#pragma once

#include "Message.h"
#include "Template.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace sb {

class Clock;
class Database;
class OutboxRepository;

// One message an agent (or a broadcast) wants sent.
struct OutboundMessage
{
    QString phoneNumberId; // the sending business number
    Message message; // outbound; `to` is the recipient (E.164 or BSUID)
    // Empty: the recipient's conversation on the number, created (with the contact) when new.
    std::optional<qint64> conversationId;
    // A template to a customer outside the service window: counts against the messaging tier.
    bool businessInitiated = false;
    std::optional<TemplateCategory> templateCategory;
};

struct EnqueueResult
{
    enum class Status {
        Queued,
        Refused, // the validator found errors: nothing was stored
        NotRetryable, // retryAsNew(): no such message, or it is not failed / unknown
        StorageFailed, // the database refused the write: nothing was stored
    };

    Status status = Status::Refused;
    QString localId; // set when queued
    qint64 outboxId = 0;
    // Refused: every error (and warning). Queued: the warnings, if any.
    QList<Violation> violations;
    QString error; // translated; NotRetryable / StorageFailed

    bool ok() const { return status == Status::Queued; }
};

// The way into the outbox (issue 4): validates, gives the message its local id (which travels in
// biz_opaque_callback_data), and stores the outbox row and the message the UI shows in one
// transaction. Emits enqueued() so the number's dispatcher wakes up.
class Outbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    // `database` and `clock` must outlive the outbox.
    Outbox(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~Outbox() override;

    EnqueueResult enqueue(const OutboundMessage &outbound);
    // An agent's retry of a failed (or unknown) message: a NEW send with a new local id, built
    // from the stored request. Failed also covers a send the API accepted and a status webhook
    // then failed. The old message keeps its state.
    EnqueueResult retryAsNew(const QString &localId);
    // Withdraws a message that has not left yet. False when it is no longer queued.
    bool cancel(const QString &localId);

    OutboxRepository &repository() { return *m_repository; }

Q_SIGNALS:
    void enqueued(const QString &phoneNumberId, const QString &localId);
    void cancelled(const QString &phoneNumberId, const QString &localId);

private:
    EnqueueResult store(const OutboundMessage &outbound, const Message &message);
    // The customer's conversation on the number, created (with the contact) when new.
    qint64 conversationFor(const QString &phoneNumberId, const QString &to);

    Database &m_database;
    const Clock &m_clock;
    std::unique_ptr<OutboxRepository> m_repository;
};

} // namespace sb

#include "OutboxRepository.h"

#include "Database.h"
#include "DeliveryStatus.h"
#include "MessageRepository.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

// Stored untranslated and translated when shown (context "sb::OutboxRepository").
const char *const kRecoveredTitle = QT_TRANSLATE_NOOP(
    "sb::OutboxRepository",
    "Switchboard stopped after this message was handed to the network and before WhatsApp's "
    "answer arrived.");

SqlStatement &bindCode(SqlStatement &statement, const std::optional<int> &code)
{
    return statement.bind(code ? QVariant(*code) : QVariant());
}

DeliveryState deliveryStateOf(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return DeliveryState::Queued;
    case OutboxState::Sending:
        return DeliveryState::Sending;
    case OutboxState::Accepted:
        return DeliveryState::Accepted;
    case OutboxState::Unknown:
        return DeliveryState::Unknown;
    case OutboxState::Failed:
    case OutboxState::Cancelled:
        return DeliveryState::Failed;
    }
    return DeliveryState::Failed;
}

} // namespace

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Accepted:
        return QStringLiteral("accepted");
    case OutboxState::Unknown:
        return QStringLiteral("unknown");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<OutboxState> outboxStateFromName(QStringView name)
{
    for (const OutboxState state :
         {OutboxState::Queued, OutboxState::Sending, OutboxState::Accepted, OutboxState::Unknown,
          OutboxState::Failed, OutboxState::Cancelled}) {
        if (name == outboxStateName(state))
            return state;
    }
    return std::nullopt;
}

QJsonObject OutboxRow::request() const
{
    return QJsonDocument::fromJson(requestJson.toUtf8()).object();
}

OutboxRepository::OutboxRepository(Database &database)
    : m_db(database)
{
}

qint64 OutboxRepository::enqueue(const NewOutboxEntry &entry, const QDateTime &now)
{
    if (entry.localId.isEmpty() || entry.phoneNumberId.isEmpty() || entry.recipient.isEmpty()
        || !entry.conversationId || entry.request.isEmpty() || !now.isValid()) {
        throw StoreException(StoreError{
            StoreErrorKind::InvalidArgument,
            QCoreApplication::translate("sb::OutboxRepository",
                                        "An outgoing message needs a local id, a sending number, "
                                        "a recipient, a conversation and a request."),
            QString()});
    }
    const QString requestJson =
        QString::fromUtf8(QJsonDocument(entry.request).toJson(QJsonDocument::Compact));
    const qint64 nowMs = toMs(now);
    Transaction transaction(m_db);
    NewMessage message;
    message.conversationId = *entry.conversationId;
    message.direction = Direction::Outbound;
    message.kind = entry.kind;
    message.localId = entry.localId;
    message.replyToPlatformId =
        entry.request.value(u"context").toObject().value(u"message_id").toString();
    message.contentJson = requestJson;
    message.bodyText = entry.bodyText;
    message.initialState = DeliveryState::Queued;
    message.createdAt = now;
    const std::optional<qint64> messageId = MessageRepository(m_db).insert(message);
    if (!messageId)
        throw StoreException(StoreError{StoreErrorKind::InvalidArgument,
                                        QCoreApplication::translate("sb::OutboxRepository",
                                                                    "This local id is already "
                                                                    "taken by another message."),
                                        entry.localId});

    std::optional<qint64> id;
    {
        SqlStatement outbox(
            m_db,
            QStringLiteral("INSERT INTO outbox (local_id, phone_number_id, recipient, "
                           "conversation_id, message_id, request_json, kind, "
                           "business_initiated, template_category, state, attempts, "
                           "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?) RETURNING id"));
        outbox.bind(entry.localId)
            .bind(entry.phoneNumberId)
            .bind(entry.recipient)
            .bindOptional(entry.conversationId)
            .bindOptional(messageId)
            .bind(requestJson)
            .bind(entry.kind)
            .bind(entry.businessInitiated)
            .bindText(entry.templateCategory)
            .bind(nowMs)
            .bind(nowMs)
            .bind(nowMs);
        id = outbox.execScalar();
    }
    if (!id) {
        throw StoreException(StoreError{StoreErrorKind::QueryFailed,
                                        QCoreApplication::translate("sb::OutboxRepository",
                                                                    "The outbox row was not "
                                                                    "created."),
                                        QString()});
    }
    transaction.commit();
    return *id;
}

bool OutboxRepository::markSending(qint64 id, const QDateTime &now)
{
    return !markSending(QList<qint64>{id}, now).isEmpty();
}

QList<qint64> OutboxRepository::markSending(const QList<qint64> &ids, const QDateTime &now)
{
    QList<qint64> marked;
    if (ids.isEmpty())
        return marked;
    Transaction transaction(m_db);
    for (const qint64 id : ids) {
        if (sendingIn(id, now))
            marked.append(id);
    }
    transaction.commit();
    return marked;
}

bool OutboxRepository::sendingIn(qint64 id, const QDateTime &now)
{
    std::optional<qint64> messageId;
    {
        SqlStatement update(m_db,
                            QStringLiteral("UPDATE outbox SET state = 'sending', attempts = "
                                           "attempts + 1, updated_at = ? WHERE id = ? AND state "
                                           "= 'queued' RETURNING message_id"));
        update.bind(toMs(now)).bind(id).exec();
        if (!update.next())
            return false;
        messageId = update.optionalInt64(0);
    }
    syncMessage(messageId, OutboxState::Sending, {}, QString(), now);
    return true;
}

bool OutboxRepository::markAccepted(qint64 id, const QString &platformId, const QDateTime &now)
{
    return finishSending(id, OutboxState::Accepted, {}, platformId, now);
}

bool OutboxRepository::markFailed(qint64 id, const OutboxError &error, const QDateTime &now)
{
    return finishSending(id, OutboxState::Failed, error, QString(), now);
}

bool OutboxRepository::markUnknown(qint64 id, const OutboxError &error, const QDateTime &now)
{
    return finishSending(id, OutboxState::Unknown, error, QString(), now);
}

bool OutboxRepository::finishSending(qint64 id, OutboxState to, const OutboxError &error,
                                     const QString &platformId, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!finishSendingIn(id, to, error, platformId, now))
        return false;
    transaction.commit();
    return true;
}

bool OutboxRepository::finishSendingIn(qint64 id, OutboxState to, const OutboxError &error,
                                       const QString &platformId, const QDateTime &now)
{
    // An empty error keeps the row's last one (an accepted retry still shows what went wrong).
    const bool replaceError = !error.isEmpty();
    std::optional<qint64> messageId;
    {
        SqlStatement update(
            m_db,
            QStringLiteral("UPDATE outbox SET state = ?, platform_id = COALESCE(?, "
                           "platform_id), last_error_code = CASE WHEN ? THEN ? ELSE "
                           "last_error_code END, last_error_title = CASE WHEN ? THEN "
                           "? ELSE last_error_title END, last_error_details = CASE "
                           "WHEN ? THEN ? ELSE last_error_details END, updated_at = "
                           "? WHERE id = ? AND state = 'sending' RETURNING message_id"));
        update.bind(outboxStateName(to)).bindText(platformId).bind(replaceError);
        bindCode(update, error.code)
            .bind(replaceError)
            .bindText(error.title)
            .bind(replaceError)
            .bindText(error.details)
            .bind(toMs(now))
            .bind(id)
            .exec();
        if (!update.next())
            return false;
        messageId = update.optionalInt64(0);
    }
    syncMessage(messageId, to, error, platformId, now);
    return true;
}

bool OutboxRepository::markRetry(qint64 id, const QDateTime &nextAttemptAt,
                                 const OutboxError &error, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!retryIn(id, nextAttemptAt, error, now))
        return false;
    transaction.commit();
    return true;
}

bool OutboxRepository::retryIn(qint64 id, const QDateTime &nextAttemptAt, const OutboxError &error,
                               const QDateTime &now)
{
    std::optional<qint64> messageId;
    {
        SqlStatement update(
            m_db,
            QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, "
                           "last_error_code = ?, last_error_title = ?, "
                           "last_error_details = ?, updated_at = ? WHERE id = ? AND "
                           "state = 'sending' RETURNING message_id"));
        update.bind(toMs(nextAttemptAt.isValid() ? nextAttemptAt : now));
        bindCode(update, error.code)
            .bindText(error.title)
            .bindText(error.details)
            .bind(toMs(now))
            .bind(id)
            .exec();
        if (!update.next())
            return false;
        messageId = update.optionalInt64(0);
    }
    syncMessage(messageId, OutboxState::Queued, {}, QString(), now);
    return true;
}

int OutboxRepository::recordOutcomes(const QList<OutboxOutcome> &outcomes, const QDateTime &now)
{
    if (outcomes.isEmpty())
        return 0;
    int changed = 0;
    // Not synced on its own: an answer lost to a power cut leaves its row `sending`, which
    // recovery turns into unknown, never into a second send.
    Transaction transaction(m_db, Transaction::Durability::Deferred);
    for (const OutboxOutcome &o : outcomes) {
        const bool done = o.state == OutboxState::Queued
            ? retryIn(o.id, o.nextAttemptAt, o.error, now)
            : finishSendingIn(o.id, o.state, o.error, o.platformId, now);
        changed += done ? 1 : 0;
    }
    transaction.commit();
    return changed;
}

bool OutboxRepository::cancel(const QString &localId, const QDateTime &now)
{
    Transaction transaction(m_db);
    std::optional<qint64> messageId;
    {
        SqlStatement update(m_db,
                            QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = "
                                           "? WHERE local_id = ? AND state = 'queued' RETURNING "
                                           "message_id"));
        update.bind(toMs(now)).bind(localId).exec();
        if (!update.next())
            return false;
        messageId = update.optionalInt64(0);
    }
    if (messageId) {
        // A withdrawn message never existed for the customer: it leaves the conversation.
        SqlStatement unlink(m_db,
                            QStringLiteral("UPDATE outbox SET message_id = NULL WHERE "
                                           "local_id = ?"));
        unlink.bind(localId).exec();
        SqlStatement remove(m_db,
                            QStringLiteral("DELETE FROM messages WHERE id = ? AND status "
                                           "= 'queued'"));
        remove.bind(*messageId).exec();
    }
    transaction.commit();
    return true;
}

int OutboxRepository::recoverAfterCrash(const QString &phoneNumberId, const QDateTime &now)
{
    Transaction transaction(m_db);
    QList<qint64> ids;
    {
        SqlStatement find(m_db,
                          QStringLiteral("SELECT id FROM outbox WHERE state = 'sending' "
                                         "AND (? OR phone_number_id = ?)"));
        find.bind(phoneNumberId.isEmpty()).bind(phoneNumberId).exec();
        while (find.next())
            ids.append(find.int64(0));
    }
    const OutboxError error{std::nullopt, QString::fromLatin1(kRecoveredTitle), QString()};
    for (const qint64 id : std::as_const(ids))
        finishSendingIn(id, OutboxState::Unknown, error, QString(), now);
    transaction.commit();
    return int(ids.size());
}

bool OutboxRepository::resolveUnknownByLocalId(const QString &localId, const QString &platformId,
                                               const QDateTime &now)
{
    if (localId.isEmpty() || platformId.isEmpty())
        return false;
    Transaction transaction(m_db);
    std::optional<qint64> messageId;
    {
        SqlStatement update(m_db,
                            QStringLiteral("UPDATE outbox SET state = 'accepted', platform_id = "
                                           "?, updated_at = ? WHERE local_id = ? AND state IN "
                                           "('unknown', 'sending') RETURNING message_id"));
        update.bind(platformId).bind(toMs(now)).bind(localId).exec();
        if (!update.next())
            return false;
        messageId = update.optionalInt64(0);
    }
    syncMessage(messageId, OutboxState::Accepted, {}, platformId, now);
    transaction.commit();
    return true;
}

void OutboxRepository::syncMessage(const std::optional<qint64> &messageId, OutboxState state,
                                   const OutboxError &error, const QString &platformId,
                                   const QDateTime &now)
{
    if (!messageId)
        return; // an entry without a message row (e.g. queued by a broadcast tool)
    MessageRepository messages(m_db);
    if (!platformId.isEmpty()) // also applies status webhooks that beat the send's answer
        messages.assignPlatformId(*messageId, platformId);
    std::optional<StatusError> statusError;
    if (state == OutboxState::Failed && error.code)
        statusError = StatusError{*error.code, error.title, error.details};
    // DeliveryStatus is monotonic: a retry leaves the message "sending", and a state a status
    // webhook already passed (sent, delivered, read) is not moved back.
    messages.applyStatus(*messageId, deliveryStateOf(state), now, statusError);
}

} // namespace sb

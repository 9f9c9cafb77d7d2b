#include "ConversationRepository.h"
#include "Database.h"
#include "MessageRepository.h"
#include "MessageRows.h"
#include "SqlStatement.h"
#include "Transaction.h"

// MessageRepository: status webhooks, kept once per (wamid, status) and merged into messages.
namespace sb {

namespace {

using messagerows::boolOrNull;
using messagerows::errorFrom;
using messagerows::optionalBool;

const QString EventColumns = QStringLiteral(
    "id, platform_id, status, occurred_at, local_id, recipient_id, error_code, error_title, "
    "error_details, pricing_category, pricing_type, pricing_model, billable, conversation_id, "
    "conversation_origin, conversation_expires_at");

// Fills what `update` knows into `into`; returns whether anything changed.
bool fillText(QString &into, const QString &value)
{
    if (value.isEmpty() || into == value)
        return false;
    into = value;
    return true;
}

StatusUpdate readEvent(const SqlStatement &q)
{
    StatusUpdate u;
    u.platformId = q.text(1);
    u.status = q.text(2);
    u.state = deliveryStateFromWire(u.status).value_or(DeliveryState::Sent);
    u.at = q.timeOrInvalid(3);
    u.localId = q.text(4);
    u.recipientId = q.text(5);
    u.error = errorFrom(q, 6);
    u.pricing = {q.text(9), q.text(10), q.text(11), optionalBool(q, 12)};
    u.conversationId = q.text(13);
    u.conversationOrigin = q.text(14);
    u.conversationExpiresAt = q.time(15);
    return u;
}

} // namespace

std::optional<qint64> MessageRepository::messageIdFor(const StatusUpdate &update)
{
    if (const auto byWamid = findByPlatformId(update.platformId))
        return byWamid->id;
    // The send response may have been lost: the local id came back in biz_opaque_callback_data.
    std::optional<qint64> id;
    if (const auto byLocal = findByLocalId(update.localId)) {
        if (!byLocal->platformId.isEmpty())
            return std::nullopt; // that local id already belongs to another wamid
        id = byLocal->id;
    } else if (!update.localId.trimmed().isEmpty()) {
        SqlStatement outbox(m_db,
                            QStringLiteral("SELECT message_id FROM outbox WHERE local_id = ?"));
        outbox.bind(update.localId.trimmed());
        id = outbox.execScalar();
        if (id) {
            if (const auto row = find(*id); !row || !row->platformId.isEmpty())
                return std::nullopt;
        }
    }
    if (id) {
        SqlStatement claim(m_db,
                           QStringLiteral("UPDATE messages SET platform_id = ?, updated_at = ? "
                                          "WHERE id = ? AND platform_id IS NULL"));
        claim.bind(update.platformId.trimmed()).bind(m_db.nowMs()).bind(*id).exec();
    }
    return id;
}

StatusResult MessageRepository::recordStatus(const StatusUpdate &u,
                                             std::optional<qint64> rawPayloadId)
{
    Transaction tx(m_db);
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO message_status_events (platform_id, status, occurred_at, "
                       "local_id, recipient_id, error_code, error_title, error_details, "
                       "pricing_category, pricing_type, pricing_model, billable, "
                       "conversation_id, conversation_origin, conversation_expires_at, "
                       "raw_payload_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform_id, status) DO NOTHING "
                       "RETURNING id"));
    q.bind(u.platformId.trimmed())
        .bind(u.status)
        .bindTime(u.at)
        .bindText(u.localId.trimmed())
        .bindText(u.recipientId)
        .bind(u.error ? QVariant(u.error->code) : QVariant())
        .bindText(u.error ? u.error->title : QString())
        .bindText(u.error ? u.error->details : QString())
        .bindText(u.pricing.category)
        .bindText(u.pricing.type)
        .bindText(u.pricing.model)
        .bind(boolOrNull(u.pricing.billable))
        .bindText(u.conversationId)
        .bindText(u.conversationOrigin)
        .bindTime(u.conversationExpiresAt)
        .bindOptional(rawPayloadId)
        .bind(m_db.nowMs());
    const std::optional<qint64> eventId = q.execScalar();
    StatusResult result;
    if (!eventId) {
        result.outcome = StatusOutcome::Duplicate;
        if (const auto known = findByPlatformId(u.platformId))
            result.messageId = known->id;
        tx.commit();
        return result;
    }
    const std::optional<qint64> messageId = messageIdFor(u);
    if (!messageId) {
        result.outcome = StatusOutcome::Pending;
        tx.commit();
        return result;
    }
    SqlStatement link(
        m_db, QStringLiteral("UPDATE message_status_events SET message_id = ? WHERE id = ?"));
    link.bind(*messageId).bind(*eventId).exec();
    result = applyUpdate(*messageId, u);
    // Matched by local id: statuses that came earlier under this wamid apply now as well.
    applyPending(*messageId, u.platformId.trimmed());
    tx.commit();
    return result;
}

void MessageRepository::applyPending(qint64 messageId, const QString &platformId)
{
    QList<StatusUpdate> pending;
    {
        SqlStatement q(m_db,
                       QLatin1String("SELECT ") + EventColumns
                           + QLatin1String(" FROM message_status_events WHERE platform_id "
                                           "= ? AND message_id IS NULL ORDER BY id"));
        q.bind(platformId).exec();
        while (q.next())
            pending.append(readEvent(q));
    }
    if (pending.isEmpty())
        return;
    SqlStatement link(m_db,
                      QStringLiteral("UPDATE message_status_events SET message_id = ? WHERE "
                                     "platform_id = ? AND message_id IS NULL"));
    link.bind(messageId).bind(platformId).exec();
    for (const StatusUpdate &update : std::as_const(pending))
        applyUpdate(messageId, update);
}

StatusResult MessageRepository::applyUpdate(qint64 messageId, const StatusUpdate &u)
{
    StatusResult result;
    result.messageId = messageId;
    result.outcome = StatusOutcome::Unchanged;
    m_db.lockRow(QStringLiteral("messages"), messageId);
    std::optional<MessageRecord> m = find(messageId);
    if (!m || m->direction == Direction::Inbound || !u.at.isValid())
        return result;

    DeliveryStatus delivery = m->delivery;
    result.statusChanged = delivery.apply(u.state, u.at, u.error);
    bool extraChanged = false;
    MessagePricing pricing = m->pricing;
    extraChanged |= fillText(pricing.category, u.pricing.category);
    extraChanged |= fillText(pricing.type, u.pricing.type);
    extraChanged |= fillText(pricing.model, u.pricing.model);
    if (u.pricing.billable && pricing.billable != u.pricing.billable) {
        pricing.billable = u.pricing.billable;
        extraChanged = true;
    }
    QString conversationId = m->platformConversationId;
    QString conversationOrigin = m->platformConversationOrigin;
    std::optional<QDateTime> expiresAt = m->platformConversationExpiresAt;
    extraChanged |= fillText(conversationId, u.conversationId);
    extraChanged |= fillText(conversationOrigin, u.conversationOrigin);
    if (u.conversationExpiresAt && expiresAt != u.conversationExpiresAt) {
        expiresAt = u.conversationExpiresAt;
        extraChanged = true;
    }
    if (!result.statusChanged && !extraChanged)
        return result;

    const std::optional<StatusError> &error = delivery.error();
    SqlStatement q(
        m_db,
        QStringLiteral("UPDATE messages SET status = ?, status_times_json = ?, error_code = "
                       "?, error_title = ?, error_details = ?, pricing_category = ?, "
                       "pricing_type = ?, pricing_model = ?, billable = ?, "
                       "platform_conversation_id = ?, platform_conversation_origin = ?, "
                       "platform_conversation_expires_at = ?, updated_at = ? WHERE id = ?"));
    q.bind(deliveryStateName(delivery.state()))
        .bind(deliveryTimesJson(delivery))
        .bind(error ? QVariant(error->code) : QVariant())
        .bindText(error ? error->title : QString())
        .bindText(error ? error->details : QString())
        .bindText(pricing.category)
        .bindText(pricing.type)
        .bindText(pricing.model)
        .bind(boolOrNull(pricing.billable))
        .bindText(conversationId)
        .bindText(conversationOrigin)
        .bindTime(expiresAt)
        .bind(m_db.nowMs())
        .bind(messageId)
        .exec();
    result.outcome = StatusOutcome::Applied;

    // Billed as a free entry point: the 72 h FEP window is confirmed (spec §7.1).
    if (u.pricing.type == u"free_entry_point") {
        result.freeEntryPoint = true;
        ConversationRepository conversations(m_db);
        m_db.lockRow(QStringLiteral("conversations"), m->conversationId);
        if (auto window = conversations.window(m->conversationId)) {
            if (ServiceWindow::recordFreeEntryPointConfirmed(*window, m->createdAt, expiresAt))
                conversations.saveWindow(m->conversationId, *window);
        }
    }
    return result;
}

} // namespace sb

#pragma once

#include "DeliveryStatus.h"
#include "Message.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

// A message to store. Inbound: content_json is the webhook message object; outbound: the
// POST /messages body (sb_engine converts with MessageJson; the store keeps text).
struct NewMessage
{
    qint64 conversationId = 0;
    Direction direction = Direction::Outbound;
    QString kind; // messageKindWireName
    QString platformId; // wamid, when known
    QString localId; // outbound: travels in biz_opaque_callback_data
    QString replyToPlatformId;
    QString author; // the agent who sent it
    QString contentJson;
    QString bodyText; // searchable text (see messageSearchText)
    std::optional<DeliveryState> initialState; // outbound: usually Queued; inbound: none
    QDateTime createdAt; // the message's own time
    std::optional<qint64> rawPayloadId;
};

struct MessagePricing
{
    QString category;
    QString type; // regular | free_customer_service | free_entry_point
    QString model; // PMP | CBP
    std::optional<bool> billable;

    bool isEmpty() const
    {
        return category.isEmpty() && type.isEmpty() && model.isEmpty() && !billable;
    }
    friend bool operator==(const MessagePricing &, const MessagePricing &) = default;
};

struct MessageRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    Direction direction = Direction::Outbound;
    QString kind;
    QString platformId;
    QString localId;
    QString replyToPlatformId;
    QString author;
    QString contentJson;
    QString bodyText;
    DeliveryStatus delivery; // empty (Draft) for inbound
    MessagePricing pricing;
    QString platformConversationId;
    QString platformConversationOrigin;
    std::optional<QDateTime> platformConversationExpiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Where a page of history ends: the next page holds messages strictly older than this one.
struct MessageCursor
{
    QDateTime createdAt;
    qint64 id = 0;
};

// One status webhook (statuses[]), as the store keeps and replays it.
struct StatusUpdate
{
    QString platformId; // wamid
    QString status; // wire spelling
    DeliveryState state = DeliveryState::Sent;
    QDateTime at;
    QString localId; // biz_opaque_callback_data
    QString recipientId;
    std::optional<StatusError> error;
    MessagePricing pricing;
    QString conversationId;
    QString conversationOrigin;
    std::optional<QDateTime> conversationExpiresAt;
};

enum class StatusOutcome {
    Applied, // the message's stored status, pricing or conversation data changed
    Unchanged, // known message, nothing new (e.g. "delivered" after "read")
    Pending, // no message with this wamid or local id yet: kept, applied when it appears
    Duplicate, // this (wamid, status) was already received
};

struct StatusResult
{
    StatusOutcome outcome = StatusOutcome::Pending;
    qint64 messageId = 0;
    bool statusChanged = false;
    bool freeEntryPoint = false; // pricing.type said free_entry_point
};

class MessageRepository
{
public:
    explicit MessageRepository(Database &db);

    // Stores a message; nullopt when its platform id or local id is already stored.
    std::optional<qint64> insert(const NewMessage &message);
    std::optional<MessageRecord> find(qint64 id);
    std::optional<MessageRecord> findByPlatformId(const QString &platformId);
    std::optional<MessageRecord> findByLocalId(const QString &localId);
    // The stored messages of `ids` (unknown ids left out), in no particular order.
    QList<MessageRecord> findMany(const QList<qint64> &ids);
    // The newest message of each conversation in `conversationIds` that has one.
    QList<MessageRecord> latest(const QList<qint64> &conversationIds);
    // Newest first; `before` continues after the last row of the previous page.
    QList<MessageRecord> page(qint64 conversationId, int limit,
                              const std::optional<MessageCursor> &before = {});

    // Merges `state` at `at` into the stored status (DeliveryStatus: monotonic, earliest time
    // per state, failure error kept). Returns whether anything changed.
    bool applyStatus(qint64 id, DeliveryState state, const QDateTime &at,
                     const std::optional<StatusError> &error = {});
    // The send was answered with a wamid: stores it and applies every status webhook that
    // arrived for it earlier. False when another message already has that wamid.
    bool assignPlatformId(qint64 id, const QString &platformId);

    // A status webhook: deduplicated on (wamid, status), matched by wamid or else by local id,
    // merged; kept as pending when the message is not known yet.
    StatusResult recordStatus(const StatusUpdate &update, std::optional<qint64> rawPayloadId = {});

private:
    StatusResult applyUpdate(qint64 messageId, const StatusUpdate &update);
    std::optional<qint64> messageIdFor(const StatusUpdate &update);
    void applyPending(qint64 messageId, const QString &platformId);
    std::optional<MessageRecord> findOne(const QString &where, const QVariant &value);
    static MessageRecord read(const SqlStatement &q);

    Database &m_db;
};

// The stored per-state timestamps: {"sent": ms, "delivered": ms, ...}.
QString deliveryTimesJson(const DeliveryStatus &status);
DeliveryStatus deliveryFromStored(const QString &timesJson,
                                  const std::optional<StatusError> &error);

} // namespace sb

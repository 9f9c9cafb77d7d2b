#include "MessageRepository.h"

#include "Database.h"
#include "MessageRows.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace sb {

namespace {

using messagerows::errorFrom;
using messagerows::optionalBool;

const QString Columns = QStringLiteral(
    "id, conversation_id, direction, kind, platform_id, local_id, reply_to_platform_id, author, "
    "content_json, body_text, status, status_times_json, error_code, error_title, error_details, "
    "pricing_category, pricing_type, pricing_model, billable, platform_conversation_id, "
    "platform_conversation_origin, platform_conversation_expires_at, created_at, updated_at");

constexpr std::array AllStates{DeliveryState::Draft,     DeliveryState::Queued,
                               DeliveryState::Sending,   DeliveryState::Accepted,
                               DeliveryState::Unknown,   DeliveryState::Sent,
                               DeliveryState::Delivered, DeliveryState::Read,
                               DeliveryState::Played,    DeliveryState::Failed};

} // namespace

QString deliveryTimesJson(const DeliveryStatus &status)
{
    // Every inbound message: no times at all, so no JSON to build.
    if (std::none_of(AllStates.cbegin(), AllStates.cend(), [&status](DeliveryState state) {
            return status.timestamp(state).has_value();
        }))
        return QStringLiteral("{}");
    QJsonObject times;
    for (const DeliveryState state : AllStates) {
        if (const auto at = status.timestamp(state))
            times.insert(deliveryStateName(state), at->toMSecsSinceEpoch());
    }
    return QString::fromUtf8(QJsonDocument(times).toJson(QJsonDocument::Compact));
}

DeliveryStatus deliveryFromStored(const QString &timesJson, const std::optional<StatusError> &error)
{
    DeliveryStatus status;
    const QJsonObject times = QJsonDocument::fromJson(timesJson.toUtf8()).object();
    for (auto it = times.constBegin(); it != times.constEnd(); ++it) {
        const std::optional<DeliveryState> state = deliveryStateFromName(it.key());
        if (!state || !it.value().isDouble())
            continue;
        status.apply(*state, fromMs(static_cast<qint64>(it.value().toDouble())),
                     *state == DeliveryState::Failed ? error : std::nullopt);
    }
    return status;
}

MessageRepository::MessageRepository(Database &db)
    : m_db(db)
{
}

MessageRecord MessageRepository::read(const SqlStatement &q)
{
    MessageRecord r;
    r.id = q.int64(0);
    r.conversationId = q.int64(1);
    r.direction = q.text(2) == u"in" ? Direction::Inbound : Direction::Outbound;
    r.kind = q.text(3);
    r.platformId = q.text(4);
    r.localId = q.text(5);
    r.replyToPlatformId = q.text(6);
    r.author = q.text(7);
    r.contentJson = q.text(8);
    r.bodyText = q.text(9);
    r.delivery = deliveryFromStored(q.text(11), errorFrom(q, 12));
    r.pricing = {q.text(15), q.text(16), q.text(17), optionalBool(q, 18)};
    r.platformConversationId = q.text(19);
    r.platformConversationOrigin = q.text(20);
    r.platformConversationExpiresAt = q.time(21);
    r.createdAt = q.timeOrInvalid(22);
    r.updatedAt = q.timeOrInvalid(23);
    return r;
}

std::optional<qint64> MessageRepository::insert(const NewMessage &m)
{
    // Only an outbound message with a wamid can have statuses waiting for it.
    const bool mayHavePending =
        m.direction == Direction::Outbound && !m.platformId.trimmed().isEmpty();
    std::optional<Transaction> tx;
    if (mayHavePending)
        tx.emplace(m_db);
    DeliveryStatus delivery;
    if (m.initialState)
        delivery.apply(*m.initialState, m.createdAt);
    const qint64 now = m_db.nowMs();
    static const QString sqlite = QStringLiteral(
        "INSERT INTO messages (conversation_id, direction, kind, platform_id, local_id, "
        "reply_to_platform_id, author, content_json, body_text, status, status_times_json, "
        "raw_payload_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) ON CONFLICT DO NOTHING");
    static const QString pg = sqlite + insertReturningId(Dialect::PostgreSQL);
    SqlStatement q(m_db, m_db.dialect() == Dialect::PostgreSQL ? pg : sqlite);
    q.bind(m.conversationId)
        .bind(m.direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out"))
        .bind(m.kind)
        .bindText(m.platformId.trimmed())
        .bindText(m.localId.trimmed())
        .bindText(m.replyToPlatformId)
        .bindText(m.author)
        .bind(m.contentJson.isEmpty() ? QStringLiteral("{}") : m.contentJson)
        .bindText(m.bodyText)
        .bind(m.initialState ? QVariant(deliveryStateName(delivery.state())) : QVariant())
        .bind(deliveryTimesJson(delivery))
        .bindOptional(m.rawPayloadId)
        .bindTime(m.createdAt.isValid() ? m.createdAt : m_db.now())
        .bind(now);
    const std::optional<qint64> id = q.execInsert();
    if (id && mayHavePending) {
        applyPending(*id, m.platformId.trimmed());
        tx->commit();
    }
    return id;
}

std::optional<MessageRecord> MessageRepository::findOne(const QString &where, const QVariant &value)
{
    SqlStatement q(
        m_db, QLatin1String("SELECT ") + Columns + QLatin1String(" FROM messages WHERE ") + where);
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<MessageRecord> MessageRepository::find(qint64 id)
{
    return findOne(QStringLiteral("id = ?"), id);
}

std::optional<MessageRecord> MessageRepository::findByPlatformId(const QString &platformId)
{
    if (platformId.trimmed().isEmpty())
        return std::nullopt;
    return findOne(QStringLiteral("platform_id = ?"), platformId.trimmed());
}

std::optional<MessageRecord> MessageRepository::findByLocalId(const QString &localId)
{
    if (localId.trimmed().isEmpty())
        return std::nullopt;
    return findOne(QStringLiteral("local_id = ?"), localId.trimmed());
}

namespace {

// Bound values per IN list: far below every SQLite build's variable limit.
constexpr int kInChunk = 500;

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i == 0 ? QLatin1String("?") : QLatin1String(",?");
    return list;
}

} // namespace

QList<MessageRecord> MessageRepository::findMany(const QList<qint64> &ids)
{
    QList<MessageRecord> rows;
    for (qsizetype from = 0; from < ids.size(); from += kInChunk) {
        const QList<qint64> chunk = ids.mid(from, kInChunk);
        SqlStatement q(m_db,
                       QLatin1String("SELECT ") + Columns
                           + QLatin1String(" FROM messages WHERE id IN (")
                           + placeholders(chunk.size()) + QLatin1Char(')'));
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next())
            rows.append(read(q));
    }
    return rows;
}

QList<MessageRecord> MessageRepository::latest(const QList<qint64> &conversationIds)
{
    QList<MessageRecord> rows;
    for (qsizetype from = 0; from < conversationIds.size(); from += kInChunk) {
        const QList<qint64> chunk = conversationIds.mid(from, kInChunk);
        // One index probe per conversation, in the history order of page().
        SqlStatement q(m_db,
                       QLatin1String("SELECT ") + Columns
                           + QLatin1String(" FROM messages WHERE id IN (SELECT (SELECT "
                                           "l.id FROM messages l WHERE l.conversation_id = "
                                           "c.id ORDER BY l.created_at DESC, l.id DESC "
                                           "LIMIT 1) FROM conversations c WHERE c.id IN (")
                           + placeholders(chunk.size()) + QLatin1String("))"));
        for (qint64 id : chunk)
            q.bind(id);
        q.exec();
        while (q.next())
            rows.append(read(q));
    }
    return rows;
}

QList<MessageRecord> MessageRepository::page(qint64 conversationId, int limit,
                                             const std::optional<MessageCursor> &before)
{
    QString sql = QLatin1String("SELECT ") + Columns
        + QLatin1String(" FROM messages WHERE conversation_id = ?");
    if (before)
        sql += QLatin1String(" AND (created_at < ? OR (created_at = ? AND id < ?))");
    sql += QLatin1String(" ORDER BY created_at DESC, id DESC LIMIT ?");
    SqlStatement q(m_db, sql);
    q.bind(conversationId);
    if (before)
        q.bindTime(before->createdAt).bindTime(before->createdAt).bind(before->id);
    q.bind(std::max(0, limit)).exec();
    QList<MessageRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

bool MessageRepository::applyStatus(qint64 id, DeliveryState state, const QDateTime &at,
                                    const std::optional<StatusError> &error)
{
    StatusUpdate update;
    update.state = state;
    update.status = deliveryStateName(state);
    update.at = at;
    update.error = error;
    Transaction tx(m_db);
    const StatusResult result = applyUpdate(id, update);
    tx.commit();
    return result.statusChanged;
}

bool MessageRepository::assignPlatformId(qint64 id, const QString &platformId)
{
    const QString wamid = platformId.trimmed();
    if (wamid.isEmpty())
        return false;
    Transaction tx(m_db);
    if (const auto owner = findByPlatformId(wamid))
        return owner->id == id;
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE messages SET platform_id = ?, updated_at = ? "
                                  "WHERE id = ? AND platform_id IS NULL"));
    q.bind(wamid).bind(m_db.nowMs()).bind(id).exec();
    if (q.rowsAffected() != 1)
        return false;
    applyPending(id, wamid);
    tx.commit();
    return true;
}

} // namespace sb

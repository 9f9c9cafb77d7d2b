#include "Database.h"
#include "OutboxRepository.h"
#include "SqlStatement.h"

#include <limits>

// The read side of OutboxRepository (the state changes are in OutboxRepository.cpp).
namespace sb {

namespace {

const QString kColumns = QStringLiteral(
    "id, local_id, phone_number_id, recipient, conversation_id, message_id, request_json, kind, "
    "business_initiated, template_category, state, attempts, next_attempt_at, platform_id, "
    "last_error_code, last_error_title, last_error_details, created_at, updated_at");

QString select(const QString &rest)
{
    return QLatin1String("SELECT ") + kColumns + QLatin1Char(' ') + rest;
}

OutboxRow readRow(const SqlStatement &query)
{
    OutboxRow row;
    row.id = query.int64(0);
    row.localId = query.text(1);
    row.phoneNumberId = query.text(2);
    row.recipient = query.text(3);
    row.conversationId = query.optionalInt64(4);
    row.messageId = query.optionalInt64(5);
    row.requestJson = query.text(6);
    row.kind = query.text(7);
    row.businessInitiated = query.boolean(8);
    row.templateCategory = query.text(9);
    // An unreadable state is treated as failed: never sent again, visible to the agent.
    row.state = outboxStateFromName(query.text(10)).value_or(OutboxState::Failed);
    row.attempts = query.value(11).toInt();
    row.nextAttemptAt = query.timeOrInvalid(12);
    row.platformId = query.text(13);
    if (!query.isNull(14))
        row.lastError.code = query.value(14).toInt();
    row.lastError.title = query.text(15);
    row.lastError.details = query.text(16);
    row.createdAt = query.timeOrInvalid(17);
    row.updatedAt = query.timeOrInvalid(18);
    return row;
}

QList<OutboxRow> readRows(SqlStatement &query)
{
    QList<OutboxRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

} // namespace

QList<OutboxRow> OutboxRepository::claimDue(const QString &phoneNumberId, const QDateTime &now,
                                            int limit, const std::optional<OutboxCursor> &after)
{
    // First in line per recipient: no earlier queued or sending row for the same recipient.
    static const QString sql = select(QStringLiteral(
        "FROM outbox o WHERE o.phone_number_id = ? AND o.state = 'queued' AND o.next_attempt_at "
        "<= ? AND (o.next_attempt_at > ? OR (o.next_attempt_at = ? AND o.id > ?)) AND NOT EXISTS "
        "(SELECT 1 FROM outbox e WHERE e.phone_number_id = o.phone_number_id AND e.recipient = "
        "o.recipient AND e.state IN ('queued', 'sending') AND e.id < o.id) ORDER BY "
        "o.next_attempt_at, o.id LIMIT ?"));
    const OutboxCursor cursor = after.value_or(OutboxCursor{std::numeric_limits<qint64>::min(), 0});
    SqlStatement query(m_db, sql);
    query.bind(phoneNumberId)
        .bind(toMs(now))
        .bind(cursor.nextAttemptAtMs)
        .bind(cursor.nextAttemptAtMs)
        .bind(cursor.id)
        .bind(std::max(1, limit))
        .exec();
    return readRows(query);
}

QDateTime OutboxRepository::nextAttemptAfter(const QString &phoneNumberId, const QDateTime &now)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE "
                                      "phone_number_id = ? AND state = 'queued' AND "
                                      "next_attempt_at > ?"));
    query.bind(phoneNumberId).bind(toMs(now)).exec();
    return query.next() ? query.timeOrInvalid(0) : QDateTime();
}

std::optional<OutboxRow> OutboxRepository::byId(qint64 id)
{
    static const QString sql = select(QStringLiteral("FROM outbox WHERE id = ?"));
    SqlStatement query(m_db, sql);
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

std::optional<OutboxRow> OutboxRepository::byLocalId(const QString &localId)
{
    static const QString sql = select(QStringLiteral("FROM outbox WHERE local_id = ?"));
    SqlStatement query(m_db, sql);
    query.bind(localId).exec();
    if (!query.next())
        return std::nullopt;
    return readRow(query);
}

OutboxCounts OutboxRepository::counts(const QString &phoneNumberId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT state, COUNT(*) FROM outbox WHERE "
                                      "phone_number_id = ? GROUP BY state"));
    query.bind(phoneNumberId).exec();
    OutboxCounts counts;
    while (query.next()) {
        if (const auto state = outboxStateFromName(query.text(0)))
            counts.byState.insert(*state, query.value(1).toInt());
    }
    return counts;
}

int OutboxRepository::queueDepth(const QString &phoneNumberId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM outbox WHERE phone_number_id "
                                      "= ? AND state IN ('queued', 'sending')"));
    query.bind(phoneNumberId);
    return int(query.execScalar().value_or(0));
}

QList<OutboxRow> OutboxRepository::list(const QString &phoneNumberId,
                                        const QList<OutboxState> &states, int limit)
{
    // The wanted states travel as one bound value ("|queued|failed|") so the statement is
    // always the same prepared one.
    QString mask = QStringLiteral("|");
    for (const OutboxState state : states)
        mask += outboxStateName(state) + QLatin1Char('|');
    static const QString sql = select(QStringLiteral(
        "FROM outbox WHERE phone_number_id = ? AND (? = '|' OR ? LIKE '%|' || state || '|%') "
        "ORDER BY id DESC LIMIT ?"));
    SqlStatement query(m_db, sql);
    query.bind(phoneNumberId).bind(mask).bind(mask).bind(std::max(1, limit)).exec();
    return readRows(query);
}

QList<std::pair<QString, QDateTime>>
OutboxRepository::businessInitiatedSince(const QDateTime &since)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT recipient, MAX(updated_at) FROM outbox WHERE "
                                      "business_initiated = ? AND state IN ('accepted', "
                                      "'unknown') AND updated_at >= ? GROUP BY recipient"));
    query.bind(true).bind(toMs(since)).exec();
    QList<std::pair<QString, QDateTime>> reached;
    while (query.next())
        reached.append({query.text(0), query.timeOrInvalid(1)});
    return reached;
}

} // namespace sb

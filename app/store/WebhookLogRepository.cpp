#include "WebhookLogRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCryptographicHash>

namespace sb {

namespace {

// NOT NULL columns: a null QByteArray would bind as NULL, an empty one as zero bytes.
QVariant blob(const QByteArray &body)
{
    return QVariant(body.isNull() ? QByteArray("", 0) : body);
}

const QString PayloadColumns = QStringLiteral(
    "id, sha256, body, received_at, last_received_at, deliveries, processed, processed_at, "
    "event_count, problems_json");

RawPayloadRecord readPayload(const SqlStatement &q)
{
    RawPayloadRecord r;
    r.id = q.int64(0);
    r.sha256 = q.text(1);
    r.body = q.value(2).toByteArray();
    r.receivedAt = q.timeOrInvalid(3);
    r.lastReceivedAt = q.timeOrInvalid(4);
    r.deliveries = static_cast<int>(q.int64(5));
    r.processed = q.boolean(6);
    r.processedAt = q.time(7);
    r.eventCount = static_cast<int>(q.int64(8));
    r.problemsJson = q.text(9);
    return r;
}

} // namespace

WebhookLogRepository::WebhookLogRepository(Database &db)
    : m_db(db)
{
}

QString WebhookLogRepository::sha256Hex(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

SavedPayload WebhookLogRepository::save(const QByteArray &body, const QDateTime &receivedAt)
{
    const qint64 at = receivedAt.isValid() ? toMs(receivedAt) : m_db.nowMs();
    SavedPayload saved;
    saved.sha256 = sha256Hex(body);
    // Not synced on its own: no 200 goes out before the ingest's durable commit, which syncs
    // this one too; a body lost before that is sent again by Meta.
    Transaction tx(m_db, Transaction::Durability::Deferred);
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO webhook_payloads (sha256, body, size, received_at, "
                       "last_received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO "
                       "UPDATE SET deliveries = webhook_payloads.deliveries + 1, "
                       "last_received_at = excluded.last_received_at RETURNING id, "
                       "processed, deliveries"));
    q.bind(saved.sha256).bind(blob(body)).bind(static_cast<qint64>(body.size())).bind(at).bind(at);
    q.exec();
    if (q.next()) {
        saved.id = q.int64(0);
        saved.alreadyProcessed = q.boolean(1);
        saved.deliveries = static_cast<int>(q.int64(2));
    }
    tx.commit();
    return saved;
}

void WebhookLogRepository::markProcessed(qint64 id, int eventCount, const QString &problemsJson)
{
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE webhook_payloads SET processed = ?, processed_at = "
                                  "?, event_count = ?, problems_json = ? WHERE id = ?"));
    q.bind(true).bind(m_db.nowMs()).bind(eventCount).bindText(problemsJson).bind(id).exec();
}

std::optional<RawPayloadRecord> WebhookLogRepository::find(qint64 id)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + PayloadColumns
                       + QLatin1String(" FROM webhook_payloads WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return readPayload(q);
}

QList<RawPayloadRecord> WebhookLogRepository::unprocessed(int limit)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + PayloadColumns
                       + QLatin1String(" FROM webhook_payloads WHERE processed = ? ORDER "
                                       "BY received_at, id LIMIT ?"));
    q.bind(false).bind(limit).exec();
    QList<RawPayloadRecord> rows;
    while (q.next())
        rows.append(readPayload(q));
    return rows;
}

qint64 WebhookLogRepository::deadLetter(const QByteArray &body, const QString &reason,
                                        std::optional<qint64> payloadId,
                                        const QDateTime &receivedAt)
{
    SqlStatement q(m_db,
                   QStringLiteral("INSERT INTO dead_letters (payload_id, reason, body, "
                                  "sha256, received_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bindOptional(payloadId)
        .bind(reason)
        .bind(blob(body))
        .bind(sha256Hex(body))
        .bind(receivedAt.isValid() ? toMs(receivedAt) : m_db.nowMs());
    return q.execScalar().value_or(0);
}

QList<DeadLetterRecord> WebhookLogRepository::deadLetters(int limit)
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT id, payload_id, reason, body, sha256, received_at "
                                  "FROM dead_letters ORDER BY received_at DESC, id DESC LIMIT ?"));
    q.bind(limit).exec();
    QList<DeadLetterRecord> rows;
    while (q.next()) {
        rows.append({q.int64(0), q.optionalInt64(1), q.text(2), q.value(3).toByteArray(), q.text(4),
                     q.timeOrInvalid(5)});
    }
    return rows;
}

} // namespace sb

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;

struct SavedPayload
{
    qint64 id = 0;
    QString sha256; // lowercase hex of the body
    bool alreadyProcessed = false; // an identical body was ingested before: answer 200, skip
    int deliveries = 1; // how often this exact body arrived
};

struct RawPayloadRecord
{
    qint64 id = 0;
    QString sha256;
    QByteArray body;
    QDateTime receivedAt;
    QDateTime lastReceivedAt;
    int deliveries = 1;
    bool processed = false;
    std::optional<QDateTime> processedAt;
    int eventCount = 0;
    QString problemsJson;
};

struct DeadLetterRecord
{
    qint64 id = 0;
    std::optional<qint64> payloadId;
    QString reason;
    QByteArray body;
    QString sha256;
    QDateTime receivedAt;
};

// Raw webhook bodies, kept before anything parses them (there is no API to fetch a webhook
// again, spec §5.1), deduplicated by SHA-256 so an identical redelivery lands on the same row;
// and dead letters: signed payloads that could not be used, with the reason.
//
// The webhook sink: save() (its own commit, so the body survives any later failure), parse,
// Ingestor::ingest(events, id) which marks the row processed in the ingest transaction, and
// only then answer 200. A body whose row is already processed is answered 200 at once.
class WebhookLogRepository
{
public:
    explicit WebhookLogRepository(Database &db);

    SavedPayload save(const QByteArray &body, const QDateTime &receivedAt = {});
    // Inside the ingest transaction.
    void markProcessed(qint64 id, int eventCount, const QString &problemsJson = {});
    std::optional<RawPayloadRecord> find(qint64 id);
    // Saved but never ingested (a crash, a failed ingest): oldest first, for replay.
    QList<RawPayloadRecord> unprocessed(int limit = 100);

    qint64 deadLetter(const QByteArray &body, const QString &reason,
                      std::optional<qint64> payloadId = {}, const QDateTime &receivedAt = {});
    QList<DeadLetterRecord> deadLetters(int limit = 100);

    static QString sha256Hex(const QByteArray &body);

private:
    Database &m_db;
};

} // namespace sb

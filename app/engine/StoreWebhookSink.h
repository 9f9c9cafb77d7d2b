#pragma once

#include "Ingestor.h"
#include "WebhookSink.h"

#include <QObject>
#include <QString>

namespace sb {

class Database;

// The durable end of the webhook receiver (architecture §5): the raw body is committed first
// (there is no API to fetch a webhook again), then parsed and ingested in one transaction that
// also marks the raw row processed. accept() returns true only after that commit, so Meta gets
// its 200 only for what is stored; on any store failure it returns false, Meta answers with a
// retry, and the identical body lands on the same raw row. An identical body that was already
// ingested is answered at once without touching anything.
//
// Lives on the receiver's thread (it uses that thread's connection of `database`).
class StoreWebhookSink final
    : public QObject
    , public WebhookSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWebhookSink)

public:
    // `database` must outlive the sink.
    explicit StoreWebhookSink(Database &database, IngestorConfig config = {},
                              QObject *parent = nullptr);
    ~StoreWebhookSink() override;

    bool accept(const QByteArray &rawBody) override;
    void deadLetter(const QByteArray &rawBody, const QString &reason) override;

    // Ingests raw bodies that were saved but never processed (the process died between the two
    // commits and Meta gave up retrying). Returns how many were ingested now; stops at the first
    // store failure, leaving the rest for the next call.
    int replayUnprocessed(int limit = 100);

    // Bodies acknowledged since construction (new ones and identical redeliveries).
    qint64 acceptedCount() const { return m_accepted; }
    qint64 redeliveryCount() const { return m_redeliveries; }
    qint64 failureCount() const { return m_failures; }

Q_SIGNALS:
    // A batch was committed: what changed, for models to refresh conversations live.
    void ingested(const sb::IngestResult &result);
    // A body could not be stored (it will come again). `message` is translated and safe to show:
    // it never contains payload content or credentials.
    void storeFailed(const QString &message);

private:
    // Parses and ingests a saved body; false when the ingest transaction failed.
    bool ingestSaved(qint64 payloadId, const QByteArray &rawBody);
    void fail(const StoreError &error);

    Database &m_db;
    Ingestor m_ingestor;
    qint64 m_accepted = 0;
    qint64 m_redeliveries = 0;
    qint64 m_failures = 0;
};

} // namespace sb

#include "StoreWebhookSink.h"

#include "Database.h"
#include "Logging.h"
#include "StoreError.h"
#include "Transaction.h"
#include "WebhookLogRepository.h"
#include "WebhookParser.h"

namespace sb {

StoreWebhookSink::StoreWebhookSink(Database &database, IngestorConfig config, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_ingestor(database, std::move(config))
{
}

StoreWebhookSink::~StoreWebhookSink() = default;

bool StoreWebhookSink::accept(const QByteArray &rawBody)
{
    SavedPayload saved;
    try {
        // Its own commit: the body survives whatever happens to the ingest below.
        saved = WebhookLogRepository(m_db).save(rawBody);
    } catch (const StoreException &e) {
        fail(e.error());
        return false;
    }
    if (saved.alreadyProcessed) {
        ++m_accepted;
        ++m_redeliveries;
        return true;
    }
    if (!ingestSaved(saved.id, rawBody))
        return false;
    ++m_accepted;
    return true;
}

bool StoreWebhookSink::ingestSaved(qint64 payloadId, const QByteArray &rawBody)
{
    const WebhookParseResult parsed = parseWebhook(rawBody);
    if (!parsed.validJson) {
        // The receiver refuses these before calling accept(); a replayed or hand-fed body may
        // still be one. Retrying cannot help, so it is filed and counted as handled.
        try {
            Transaction tx(m_db);
            WebhookLogRepository log(m_db);
            log.deadLetter(rawBody, tr("The webhook payload is not a JSON object."), payloadId);
            log.markProcessed(payloadId, 0);
            tx.commit();
        } catch (const StoreException &e) {
            fail(e.error());
            return false;
        }
        return true;
    }
    const IngestResult result = m_ingestor.ingest(parsed, payloadId);
    if (!result.ok) {
        fail(result.error);
        return false;
    }
    Q_EMIT ingested(result);
    return true;
}

void StoreWebhookSink::deadLetter(const QByteArray &rawBody, const QString &reason)
{
    try {
        WebhookLogRepository(m_db).deadLetter(rawBody, reason);
    } catch (const StoreException &e) {
        // Nothing more to do: the receiver has already answered 400 and Meta will not retry.
        fail(e.error());
    }
}

int StoreWebhookSink::replayUnprocessed(int limit)
{
    QList<RawPayloadRecord> pending;
    try {
        pending = WebhookLogRepository(m_db).unprocessed(limit);
    } catch (const StoreException &e) {
        fail(e.error());
        return 0;
    }
    int replayed = 0;
    for (const RawPayloadRecord &record : std::as_const(pending)) {
        if (!ingestSaved(record.id, record.body))
            break;
        ++replayed;
    }
    if (replayed > 0)
        qCInfo(lcEngine) << "replayed" << replayed << "stored webhook payloads never ingested";
    return replayed;
}

void StoreWebhookSink::fail(const StoreError &error)
{
    ++m_failures;
    // StoreError's detail holds the driver's text and the statement, never bound values, so
    // neither customer content nor credentials reach the log.
    qCWarning(lcEngine).noquote() << "webhook payload not stored, Meta will retry:"
                                  << error.toString();
    Q_EMIT storeFailed(error.message.isEmpty()
                           ? tr("A webhook payload could not be stored; it will be delivered "
                                "again.")
                           : error.message);
}

} // namespace sb

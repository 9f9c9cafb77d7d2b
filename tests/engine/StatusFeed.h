#pragma once

// The app's webhook path for the engine tests: the real WebhookReceiver on a loopback port
// (signature checked) handing each body to the store exactly as WebhookLogRepository documents
// the sink: save the raw body, parse it, Ingestor::ingest() (which dedupes statuses, merges them
// monotonically and resolves outbox rows of unknown outcome by their local id), answer 200.

#include "Database.h"
#include "Ingestor.h"
#include "StoreError.h"
#include "WebhookLogRepository.h"
#include "WebhookParser.h"
#include "WebhookReceiver.h"
#include "WebhookSink.h"

#include <QUrl>

#include <memory>

namespace sbtest {

class StatusFeed final : public sb::WebhookSink
{
public:
    StatusFeed(sb::Database &db, const QString &secret)
        : m_db(db)
    {
        sb::WebhookReceiverConfig config;
        config.appSecret = secret.toUtf8();
        config.verifyToken = QStringLiteral("verify");
        m_receiver = std::make_unique<sb::WebhookReceiver>(config, this);
        const quint16 port = m_receiver->listen();
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
    }

    bool accept(const QByteArray &rawBody) override
    {
        try {
            const sb::SavedPayload saved = sb::WebhookLogRepository(m_db).save(rawBody);
            if (saved.alreadyProcessed) {
                ++redeliveries;
                return true;
            }
            const sb::IngestResult result =
                sb::Ingestor(m_db).ingest(sb::parseWebhook(rawBody), saved.id);
            if (!result.ok)
                return false; // the sandbox delivers it again
            statuses += result.statusesApplied + result.statusesUnchanged + result.statusesPending
                + result.statusesDuplicate;
            duplicateStatuses += result.statusesDuplicate;
            return true;
        } catch (const sb::StoreException &) {
            return false;
        }
    }
    void deadLetter(const QByteArray &body, const QString &reason) override
    {
        ++deadLetters;
        sb::WebhookLogRepository(m_db).deadLetter(body, reason);
    }

    QUrl url;
    int statuses = 0;
    int duplicateStatuses = 0; // a (wamid, status) seen before, in another body
    int redeliveries = 0; // an identical body seen before
    int deadLetters = 0;

private:
    sb::Database &m_db;
    std::unique_ptr<sb::WebhookReceiver> m_receiver;
};

} // namespace sbtest

#include "Ingestor.h"

#include "AlertRepository.h"
#include "Database.h"
#include "Transaction.h"
#include "WebhookLogRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sb {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

QList<qint64> sorted(const QSet<qint64> &set)
{
    QList<qint64> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QString problemsToJson(const QList<ParseProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    QJsonArray array;
    for (const ParseProblem &p : problems)
        array.append(QJsonObject{{QStringLiteral("path"), p.path},
                                 {QStringLiteral("problem"), p.description}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Ingestor::Ingestor(Database &db, IngestorConfig config)
    : m_db(db)
    , m_config(std::move(config))
    , m_keywords(m_config.optOutKeywords)
{
}

IngestResult Ingestor::ingest(const QList<WebhookEvent> &events, std::optional<qint64> rawPayloadId)
{
    return run(events, rawPayloadId, {});
}

IngestResult Ingestor::ingest(const WebhookParseResult &parsed, std::optional<qint64> rawPayloadId)
{
    return run(parsed.events, rawPayloadId, problemsToJson(parsed.problems));
}

IngestResult Ingestor::run(const QList<WebhookEvent> &events, std::optional<qint64> rawPayloadId,
                           const QString &problemsJson)
{
    Batch batch;
    batch.rawPayloadId = rawPayloadId;
    try {
        Transaction tx(m_db);
        for (const WebhookEvent &event : events)
            handle(event, batch);
        if (rawPayloadId)
            WebhookLogRepository(m_db).markProcessed(*rawPayloadId, static_cast<int>(events.size()),
                                                     problemsJson);
        tx.commit();
    } catch (const StoreException &e) {
        // Not logged here: the caller reports it once, with what happens next (the webhook
        // sink: "Meta will retry").
        IngestResult failed;
        failed.error = e.error();
        return failed;
    }
    batch.result.ok = true;
    batch.result.conversationIds = sorted(batch.conversations);
    batch.result.messageIds = sorted(batch.messages);
    batch.result.alertIds = sorted(batch.alerts);
    return batch.result;
}

IngestResult Ingestor::recordPhoneSnapshot(const PhoneSnapshot &s)
{
    Batch batch;
    try {
        Transaction tx(m_db);
        snapshot(s, batch);
        tx.commit();
    } catch (const StoreException &e) {
        IngestResult failed;
        failed.error = e.error();
        return failed;
    }
    batch.result.ok = true;
    batch.result.alertIds = sorted(batch.alerts);
    return batch.result;
}

void Ingestor::handle(const WebhookEvent &event, Batch &batch)
{
    std::visit(Overloaded{
                   [&](const InboundMessageEvent &e) { inbound(e, batch); },
                   [&](const StatusEvent &e) { status(e, batch); },
                   [&](const SystemErrorEvent &e) { systemError(e, batch); },
                   [&](const TemplateStatusEvent &e) { templateStatus(e, batch); },
                   [&](const TemplateQualityEvent &e) { templateQuality(e, batch); },
                   [&](const TemplateCategoryEvent &e) { templateCategory(e, batch); },
                   [&](const TemplateComponentsEvent &e) { templateComponents(e, batch); },
                   [&](const PhoneQualityEvent &e) { phoneQuality(e, batch); },
                   [&](const CapabilityEvent &e) { capability(e, batch); },
                   [&](const AccountUpdateEvent &e) { accountUpdate(e, batch); },
                   [&](const AccountAlertEvent &e) { accountAlert(e, batch); },
                   [&](const UserPreferencesEvent &e) { preferences(e, batch); },
                   // Kept verbatim in the raw payload; nothing here models them yet.
                   [&](const UnknownFieldEvent &) { ++batch.result.skipped; },
               },
               event);
}

void Ingestor::raise(const AlertDraft &draft, Batch &batch)
{
    const RaiseResult raised = AlertRepository(m_db).raise(draft);
    if (raised.counted) {
        ++batch.result.alertsRaised;
        batch.alerts.insert(raised.id);
    }
}

QDateTime Ingestor::eventTime(const QDateTime &own, const WebhookOrigin &origin) const
{
    if (own.isValid())
        return own.toUTC();
    if (origin.entryTime.isValid())
        return origin.entryTime.toUTC();
    return m_db.now();
}

QString Ingestor::eventKey(const WebhookOrigin &origin, const QString &discriminator)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(origin.field.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(
        QByteArray::number(origin.entryTime.isValid() ? origin.entryTime.toMSecsSinceEpoch() : 0));
    hash.addData(QByteArrayView("\n"));
    hash.addData(QJsonDocument(origin.value).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView("\n"));
    hash.addData(discriminator.toUtf8());
    return QLatin1String("event:") + QString::fromLatin1(hash.result().toHex());
}

} // namespace sb

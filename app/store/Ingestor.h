#pragma once

#include "OptOutKeywords.h"
#include "StoreError.h"
#include "WebhookEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Database;
struct AlertDraft;

struct IngestorConfig
{
    // Whole-message opt-out keywords (see OptOutKeywords).
    QStringList optOutKeywords = OptOutKeywords::defaults();
};

struct IngestResult
{
    bool ok = false;
    StoreError error; // set when !ok: nothing of the batch was stored; the caller logs it

    int inboundStored = 0;
    int inboundDuplicates = 0;
    int statusesApplied = 0; // changed a message's status, pricing or conversation data
    int statusesUnchanged = 0; // known message, nothing new
    int statusesPending = 0; // message not known yet: applied when it is
    int statusesDuplicate = 0; // this (wamid, status) came before
    int optOuts = 0;
    int preferenceUpdates = 0;
    int templateUpdates = 0;
    int healthChanges = 0;
    int alertsRaised = 0; // new alerts and new occurrences of open ones
    int skipped = 0; // events kept only in the raw payload (unknown fields, unusable items)

    // What changed, for change notifications to models and views. Sorted, unique.
    QList<qint64> conversationIds;
    QList<qint64> messageIds;
    QList<qint64> alertIds;
};

// What the quality monitor reads from GET /{phone-number-id} (spec §10) on its schedule.
struct PhoneSnapshot
{
    QString phoneNumberId;
    QString displayPhoneNumber;
    QString wabaId;
    QString verifiedName;
    QString nameStatus;
    QString qualityRating; // GREEN / YELLOW / RED / UNKNOWN / NA
    QString messagingTier; // TIER_* or a limit
    QString throughputLevel;
    QString status; // CONNECTED, FLAGGED, ...
    QDateTime at;
};

// Stores one parsed webhook batch in one transaction (architecture §5): inbound messages
// (deduplicated on their wamid; contact and conversation upserted, the service window
// refreshed, unread counted, opt-out keywords honoured), statuses (deduplicated on
// (wamid, status), merged monotonically, kept until their message is known, unknown-outcome
// outbox rows resolved), user preferences, template and phone-number health events, account
// alerts and system errors (as alerts). Ingesting the same batch again changes nothing. The
// raw payload row is marked processed in the same transaction, so the webhook's 200 can go
// out right after ingest() returns ok.
class Ingestor
{
    Q_DECLARE_TR_FUNCTIONS(sb::Ingestor)

public:
    explicit Ingestor(Database &db, IngestorConfig config = {});

    IngestResult ingest(const QList<WebhookEvent> &events, std::optional<qint64> rawPayloadId = {});
    // Also stores the parser's problems with the raw payload.
    IngestResult ingest(const WebhookParseResult &parsed, std::optional<qint64> rawPayloadId = {});
    // A polled phone-number state: history rows for what changed, alerts when quality falls to
    // YELLOW or RED, the tier falls or the number leaves CONNECTED.
    IngestResult recordPhoneSnapshot(const PhoneSnapshot &snapshot);

private:
    struct Batch
    {
        IngestResult result;
        std::optional<qint64> rawPayloadId;
        QSet<qint64> conversations;
        QSet<qint64> messages;
        QSet<qint64> alerts;
        QSet<QString> phonesEnsured; // phone number id, display number, WABA id
    };

    IngestResult run(const QList<WebhookEvent> &events, std::optional<qint64> rawPayloadId,
                     const QString &problemsJson);
    void handle(const WebhookEvent &event, Batch &batch);

    // IngestorMessages.cpp
    void inbound(const InboundMessageEvent &e, Batch &batch);
    void status(const StatusEvent &e, Batch &batch);
    void preferences(const UserPreferencesEvent &e, Batch &batch);
    void resolveOutbox(const StatusEvent &e, qint64 messageId);
    void deadLetter(const QJsonObject &item, const QString &reason, Batch &batch);

    // IngestorManagement.cpp
    void templateStatus(const TemplateStatusEvent &e, Batch &batch);
    void templateQuality(const TemplateQualityEvent &e, Batch &batch);
    void templateCategory(const TemplateCategoryEvent &e, Batch &batch);
    void templateComponents(const TemplateComponentsEvent &e, Batch &batch);
    void accountAlert(const AccountAlertEvent &e, Batch &batch);
    void accountUpdate(const AccountUpdateEvent &e, Batch &batch);
    void systemError(const SystemErrorEvent &e, Batch &batch);

    // IngestorHealth.cpp
    void phoneQuality(const PhoneQualityEvent &e, Batch &batch);
    void capability(const CapabilityEvent &e, Batch &batch);
    void snapshot(const PhoneSnapshot &s, Batch &batch);
    void tierChanged(const QString &subject, const QString &oldTier, const QString &newTier,
                     const QDateTime &at, const QString &sourceKey, Batch &batch);

    void raise(const AlertDraft &draft, Batch &batch);
    // When an event happened: its own time, else the entry's, else now.
    QDateTime eventTime(const QDateTime &own, const WebhookOrigin &origin) const;
    // Identifies a management event by content, so a redelivery maps to the same key.
    static QString eventKey(const WebhookOrigin &origin, const QString &discriminator);

    Database &m_db;
    IngestorConfig m_config;
    OptOutKeywords m_keywords;
};

} // namespace sb

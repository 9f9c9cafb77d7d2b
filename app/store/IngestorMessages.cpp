#include "AlertRepository.h"
#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "Ingestor.h"
#include "Logging.h"
#include "MessageRepository.h"
#include "MessageText.h"
#include "OutboxRepository.h"
#include "PhoneNumberRepository.h"
#include "SqlStatement.h"
#include "WebhookLogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Ingestor: customer messages, delivery statuses and marketing preferences.
namespace sb {

namespace {

// The webhook's own message object, found by wamid in the change's value (the event keeps it).
QJsonObject messageObject(const InboundMessageEvent &e)
{
    const QJsonArray messages = e.origin.value.value(u"messages").toArray();
    for (const QJsonValue &m : messages) {
        const QJsonObject object = m.toObject();
        if (object.value(u"id").toString() == e.message.platformId)
            return object;
    }
    // Hand-built events: the essentials, so the row still says what it was.
    QJsonObject minimal{{QStringLiteral("id"), e.message.platformId},
                        {QStringLiteral("type"), messageKindWireName(e.message.kind)}};
    if (!e.message.from.isEmpty())
        minimal.insert(QStringLiteral("from"), e.message.from);
    if (e.message.timestamp.isValid())
        minimal.insert(QStringLiteral("timestamp"),
                       QString::number(e.message.timestamp.toSecsSinceEpoch()));
    return minimal;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Text a customer typed or tapped, where an opt-out keyword could be.
QString typedText(const Message &m)
{
    if (const auto *text = m.as<TextContent>())
        return text->body;
    if (const auto *tap = m.as<ButtonTapContent>())
        return tap->text;
    return {};
}

} // namespace

void Ingestor::deadLetter(const QJsonObject &item, const QString &reason, Batch &batch)
{
    WebhookLogRepository(m_db).deadLetter(QJsonDocument(item).toJson(QJsonDocument::Compact),
                                          reason, batch.rawPayloadId);
    ++batch.result.skipped;
}

void Ingestor::inbound(const InboundMessageEvent &e, Batch &batch)
{
    const Message &m = e.message;
    MessageRepository messages(m_db);
    if (m.platformId.isEmpty()) {
        deadLetter(messageObject(e), tr("An inbound message without an id cannot be deduplicated."),
                   batch);
        return;
    }
    {
        SqlStatement known(m_db, QStringLiteral("SELECT id FROM messages WHERE platform_id = ?"));
        known.bind(m.platformId);
        if (known.execScalar()) {
            ++batch.result.inboundDuplicates;
            return;
        }
    }
    if (e.origin.phoneNumberId.isEmpty()) {
        deadLetter(messageObject(e),
                   tr("An inbound message without metadata.phone_number_id cannot be assigned to "
                      "a business number."),
                   batch);
        return;
    }
    ContactIdentity identity;
    identity.parentUserId =
        e.fromParentUserId.isEmpty() ? e.contact.parentUserId : e.fromParentUserId;
    identity.userId = m.fromUserId.isEmpty() ? e.contact.userId : m.fromUserId;
    identity.waId = e.contact.waId.isEmpty() ? m.from : e.contact.waId;
    if (contactKey(identity).isEmpty()) {
        deadLetter(messageObject(e),
                   tr("An inbound message names no sender (no wa_id, from or user id)."), batch);
        return;
    }

    // Once per number and batch: a webhook's events nearly always share their number.
    const QString phoneKey = e.origin.phoneNumberId + QLatin1Char('\n')
        + e.origin.displayPhoneNumber + QLatin1Char('\n') + e.origin.wabaId;
    if (!batch.phonesEnsured.contains(phoneKey)) {
        PhoneNumberRepository(m_db).ensure(e.origin.phoneNumberId, e.origin.displayPhoneNumber,
                                           e.origin.wabaId);
        batch.phonesEnsured.insert(phoneKey);
    }
    ContactRepository contacts(m_db);
    const auto contact = contacts.upsert(
        identity, {e.contact.profileName, e.contact.username, e.contact.identityKeyHash});
    ConversationRepository conversations(m_db);
    const qint64 conversationId = conversations.ensure(contact.id, e.origin.phoneNumberId);

    const QDateTime at = m.timestamp.isValid() ? m.timestamp.toUTC() : m_db.now();
    const QString kind = messageKindWireName(m.kind);
    const QString text = messageSearchText(m);
    NewMessage row;
    row.conversationId = conversationId;
    row.direction = Direction::Inbound;
    row.kind = kind;
    row.platformId = m.platformId;
    row.replyToPlatformId = m.context ? m.context->messageId : QString();
    row.contentJson = compact(messageObject(e));
    row.bodyText = text;
    row.createdAt = at;
    row.rawPayloadId = batch.rawPayloadId;
    const std::optional<qint64> messageId = messages.insert(row);
    if (!messageId) {
        ++batch.result.inboundDuplicates; // stored by a concurrent delivery meanwhile
        return;
    }
    ++batch.result.inboundStored;
    batch.messages.insert(*messageId);
    batch.conversations.insert(conversationId);

    // A system notice (number changed) is not the customer writing: no window, no unread.
    const bool fromCustomer = m.kind != MessageKind::System;
    conversations.noteInbound(conversationId, kind, text, at,
                              m.referral ? InboundOrigin::EntryPoint : InboundOrigin::Direct,
                              fromCustomer);

    if (const auto *system = m.as<SystemContent>()) {
        if (system->type == u"user_changed_number" && !system->newWaId.isEmpty())
            contacts.changeWaId(contact.id, system->newWaId);
        return;
    }

    const QString typed = typedText(m);
    const QString keyword = m_keywords.match(typed);
    if (keyword.isEmpty())
        return;
    if (!contacts.recordOptOut(contact.id, QStringLiteral("keyword"), typed.trimmed(), at))
        return;
    ++batch.result.optOuts;
    const auto record = contacts.find(contact.id);
    const QString who = record && !record->profile.profileName.isEmpty()
        ? record->profile.profileName
        : (record ? record->key : QString());
    AlertDraft alert;
    alert.kind = QStringLiteral("contact_opt_out");
    alert.severity = AlertSeverity::Warning;
    alert.subject = QStringLiteral("contact:%1").arg(contact.id);
    alert.title = tr("%1 opted out").arg(who);
    alert.text = tr("%1 sent \"%2\". Do not send them marketing or other business-initiated "
                    "messages until they opt in again; replies inside the service window are "
                    "still allowed.")
                     .arg(who, typed.trimmed());
    alert.at = at;
    alert.sourceKey = QLatin1String("optout:") + m.platformId;
    raise(alert, batch);
}

void Ingestor::status(const StatusEvent &e, Batch &batch)
{
    if (!e.state || e.messageId.isEmpty()) {
        ++batch.result.skipped; // an unknown status value: kept in the raw payload only
        return;
    }
    StatusUpdate u;
    u.platformId = e.messageId;
    u.status = e.status;
    u.state = *e.state;
    u.at = eventTime(e.timestamp, e.origin);
    u.localId = e.bizOpaqueCallbackData;
    u.recipientId = e.recipientId.isEmpty() ? e.recipientUserId : e.recipientId;
    if (!e.errors.isEmpty())
        u.error = e.errors.first().toStatusError();
    if (e.pricing) {
        u.pricing = {e.pricing->category, e.pricing->type, e.pricing->pricingModel,
                     e.pricing->billable};
    }
    if (e.conversation) {
        u.conversationId = e.conversation->id;
        u.conversationOrigin = e.conversation->originType;
        if (e.conversation->expiration.isValid())
            u.conversationExpiresAt = e.conversation->expiration.toUTC();
    }
    MessageRepository messages(m_db);
    const StatusResult result = messages.recordStatus(u, batch.rawPayloadId);
    switch (result.outcome) {
    case StatusOutcome::Applied:
        ++batch.result.statusesApplied;
        break;
    case StatusOutcome::Unchanged:
        ++batch.result.statusesUnchanged;
        break;
    case StatusOutcome::Pending:
        ++batch.result.statusesPending;
        break;
    case StatusOutcome::Duplicate:
        ++batch.result.statusesDuplicate;
        return;
    }
    resolveOutbox(e, result.messageId);
    if (result.outcome == StatusOutcome::Applied) {
        batch.messages.insert(result.messageId);
        if (const auto message = messages.find(result.messageId))
            batch.conversations.insert(message->conversationId);
    }
}

void Ingestor::resolveOutbox(const StatusEvent &e, qint64 messageId)
{
    // A status proves the platform accepted a send whose HTTP answer was lost (unknown) or has
    // not arrived yet (sending): the dispatcher must not send it again. The local id we sent in
    // biz_opaque_callback_data finds it; without one, the message row it was matched to does.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_db.nowMs(), Qt::UTC);
    if (!e.bizOpaqueCallbackData.isEmpty()
        && OutboxRepository(m_db).resolveUnknownByLocalId(e.bizOpaqueCallbackData, e.messageId,
                                                          now)) {
        qCInfo(lcStore) << "Outbox send of unknown outcome confirmed by a status webhook";
        return;
    }
    if (messageId <= 0)
        return;
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE outbox SET state = 'accepted', platform_id = ?, "
                                  "updated_at = ? WHERE state = 'unknown' AND message_id = ?"));
    q.bind(e.messageId).bind(m_db.nowMs()).bind(messageId).exec();
    if (q.rowsAffected() > 0)
        qCInfo(lcStore) << "Outbox send of unknown outcome confirmed by a status webhook";
}

void Ingestor::preferences(const UserPreferencesEvent &e, Batch &batch)
{
    ContactRepository contacts(m_db);
    for (const UserPreference &p : e.preferences) {
        if (p.category != u"marketing_messages") {
            ++batch.result.skipped;
            continue;
        }
        ContactIdentity identity{{}, p.userId, p.waId, {}};
        ContactProfile profile;
        for (const WebhookContact &c : e.contacts) {
            if ((!p.waId.isEmpty() && c.waId == p.waId)
                || (!p.userId.isEmpty() && c.userId == p.userId)) {
                identity.parentUserId = c.parentUserId;
                if (identity.userId.isEmpty())
                    identity.userId = c.userId;
                profile = {c.profileName, c.username, c.identityKeyHash};
            }
        }
        if (contactKey(identity).isEmpty()) {
            ++batch.result.skipped;
            continue;
        }
        const auto contact = contacts.upsert(identity, profile);
        const QString value = p.value.trimmed().toLower();
        const QDateTime at = eventTime(p.timestamp, e.origin);
        if (!contacts.setMarketingPreference(contact.id, value, at))
            continue;
        ++batch.result.preferenceUpdates;
        if (value != u"stop")
            continue;
        const auto record = contacts.find(contact.id);
        const QString who = record && !record->profile.profileName.isEmpty()
            ? record->profile.profileName
            : (record ? record->key : QString());
        AlertDraft alert;
        alert.kind = QStringLiteral("marketing_opt_out");
        alert.severity = AlertSeverity::Info;
        alert.subject = QStringLiteral("contact:%1").arg(contact.id);
        alert.title = tr("%1 stopped marketing messages").arg(who);
        alert.text = tr("%1 turned off marketing messages in WhatsApp. Marketing templates to them "
                        "will fail (error 131050) until they turn them back on; utility and "
                        "authentication templates still work.")
                         .arg(who);
        alert.at = at;
        alert.sourceKey =
            QStringLiteral("prefs:%1:%2:%3").arg(contact.id).arg(at.toMSecsSinceEpoch()).arg(value);
        raise(alert, batch);
    }
}

} // namespace sb

#include "Outbox.h"

#include "Clock.h"
#include "ContactKey.h"
#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "E164.h"
#include "LocalId.h"
#include "Logging.h"
#include "MessageJson.h"
#include "MessageRepository.h"
#include "MessageText.h"
#include "OutboxRepository.h"
#include "RecipientKey.h"
#include "StoreError.h"
#include "Transaction.h"
#include "Validator.h"

namespace sb {

Outbox::Outbox(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_repository(std::make_unique<OutboxRepository>(database))
{
}

Outbox::~Outbox() = default;

EnqueueResult Outbox::enqueue(const OutboundMessage &outbound)
{
    EnqueueResult result;
    result.violations = validate(outbound.message);
    if (outbound.phoneNumberId.trimmed().isEmpty()) {
        Violation missing;
        missing.path = QStringLiteral("phone_number_id");
        missing.rule = QStringLiteral("required");
        missing.fix = tr("Choose the business phone number to send from.");
        result.violations.prepend(missing);
    }
    if (hasErrors(result.violations)) {
        result.status = EnqueueResult::Status::Refused;
        return result;
    }
    Message message = outbound.message;
    message.direction = Direction::Outbound;
    message.bizOpaqueCallbackData = newLocalId();
    EnqueueResult stored = store(outbound, message);
    stored.violations = result.violations; // the warnings travel with a queued message
    return stored;
}

EnqueueResult Outbox::store(const OutboundMessage &outbound, const Message &message)
{
    EnqueueResult result;
    NewOutboxEntry entry;
    entry.localId = message.bizOpaqueCallbackData;
    entry.phoneNumberId = outbound.phoneNumberId.trimmed();
    entry.recipient = recipientKey(message.to);
    entry.conversationId = outbound.conversationId;
    entry.request = toRequestBody(message);
    entry.kind = messageKindWireName(message.kind);
    entry.businessInitiated = outbound.businessInitiated;
    if (outbound.templateCategory && *outbound.templateCategory != TemplateCategory::Unknown)
        entry.templateCategory = templateCategoryWireName(*outbound.templateCategory);
    entry.bodyText = messageSearchText(message);
    const QDateTime now = m_clock.now();
    try {
        Transaction transaction(m_database);
        entry.conversationId = outbound.conversationId
            ? *outbound.conversationId
            : conversationFor(entry.phoneNumberId, message.to);
        result.outboxId = m_repository->enqueue(entry, now);
        ConversationRepository(m_database)
            .noteMessage(*entry.conversationId, Direction::Outbound, entry.kind, entry.bodyText,
                         now, false);
        transaction.commit();
    } catch (const StoreException &error) {
        qCWarning(lcEngine) << "enqueue failed:" << error.error().toString();
        result.status = EnqueueResult::Status::StorageFailed;
        result.error = error.error().message;
        return result;
    }
    result.status = EnqueueResult::Status::Queued;
    result.localId = entry.localId;
    qCDebug(lcEngine) << "queued" << entry.localId << "for" << entry.phoneNumberId;
    Q_EMIT enqueued(entry.phoneNumberId, entry.localId);
    return result;
}

qint64 Outbox::conversationFor(const QString &phoneNumberId, const QString &to)
{
    ContactIdentity identity;
    const QString recipient = to.trimmed();
    if (isBsuid(recipient)) {
        identity.userId = recipient;
    } else if (const E164Result phone = normalizeE164(recipient); phone.ok()) {
        identity.phone = *phone.e164;
        identity.waId = waIdFromE164(*phone.e164);
    }
    const qint64 contactId = ContactRepository(m_database).upsert(identity).id;
    return ConversationRepository(m_database).ensure(contactId, phoneNumberId);
}

EnqueueResult Outbox::retryAsNew(const QString &localId)
{
    EnqueueResult result;
    result.status = EnqueueResult::Status::NotRetryable;
    std::optional<OutboxRow> row;
    bool failedAfterAcceptance = false;
    try {
        row = m_repository->byLocalId(localId);
        // Accepted by the API, then failed by a status webhook (131026, 131050, ...).
        if (row && row->state == OutboxState::Accepted && row->messageId) {
            const auto message = MessageRepository(m_database).find(*row->messageId);
            failedAfterAcceptance = message && message->delivery.isFailed();
        }
    } catch (const StoreException &error) {
        result.status = EnqueueResult::Status::StorageFailed;
        result.error = error.error().message;
        return result;
    }
    if (!row) {
        result.error = tr("There is no outgoing message %1.").arg(localId);
        return result;
    }
    if (row->state != OutboxState::Failed && row->state != OutboxState::Unknown
        && !failedAfterAcceptance) {
        result.error = tr("Only a failed message, or one whose outcome is unknown, can be sent "
                          "again; this one is %1.")
                           .arg(outboxStateName(row->state));
        return result;
    }
    const RequestParseResult parsed = fromRequestBody(row->request());
    if (!parsed.message) {
        result.error = tr("The stored message cannot be read back; write it again.");
        return result;
    }
    OutboundMessage outbound;
    outbound.phoneNumberId = row->phoneNumberId;
    outbound.message = *parsed.message;
    outbound.conversationId = row->conversationId;
    outbound.businessInitiated = row->businessInitiated;
    if (!row->templateCategory.isEmpty())
        outbound.templateCategory = templateCategoryFromWire(row->templateCategory);
    return enqueue(outbound);
}

bool Outbox::cancel(const QString &localId)
{
    try {
        const std::optional<OutboxRow> row = m_repository->byLocalId(localId);
        if (!row || !m_repository->cancel(localId, m_clock.now()))
            return false;
        Q_EMIT cancelled(row->phoneNumberId, localId);
        return true;
    } catch (const StoreException &error) {
        qCWarning(lcEngine) << "cancel failed:" << error.error().toString();
        return false;
    }
}

} // namespace sb

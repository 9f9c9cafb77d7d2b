#include "InboxFeed.h"

#include "ContactRepository.h"
#include "ConversationListModel.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "E164.h"
#include "Logging.h"
#include "StoreError.h"

namespace sb {

namespace {

constexpr int kInboxRows = 2000;

ConversationSummary toSummary(const ConversationRecord &record, bool optedOut,
                              const QString &businessNumberLabel)
{
    ConversationSummary s;
    s.id = record.id;
    s.contactName = record.contactName;
    s.contactPhone = record.contactWaId.isEmpty() ? QString() : u'+' + record.contactWaId;
    s.businessNumberLabel = businessNumberLabel;
    s.lastPreview = record.lastMessagePreview;
    s.lastMessageAt = record.lastMessageAt;
    s.lastFromCustomer = record.needsReply();
    s.unread = record.unreadCount;
    s.assignee = record.assignee;
    s.labels = record.labels;
    s.window = record.window;
    s.optedOutMarketing = optedOut;
    return s;
}

} // namespace

InboxFeed::InboxFeed(Database &database, ConversationListModel *model, QString businessNumberLabel,
                     QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_model(model)
    , m_businessNumberLabel(std::move(businessNumberLabel))
{
}

void InboxFeed::reloadAll()
{
    try {
        ConversationQuery query;
        query.limit = kInboxRows;
        ContactRepository contacts(m_db);
        QList<ConversationSummary> rows;
        for (const ConversationRecord &record : ConversationRepository(m_db).list(query)) {
            const auto contact = contacts.find(record.contactId);
            rows << toSummary(record, contact && contact->isOptedOut(), m_businessNumberLabel);
        }
        m_model->setConversations(rows);
    } catch (const StoreException &e) {
        qCWarning(lcStore) << "inbox reload failed:" << e.error().message;
    }
}

void InboxFeed::refresh(const QList<qint64> &conversationIds)
{
    for (qint64 id : conversationIds) {
        if (const auto row = summary(id))
            m_model->upsert(*row);
    }
}

std::optional<ConversationSummary> InboxFeed::summary(qint64 conversationId)
{
    try {
        const auto record = ConversationRepository(m_db).find(conversationId);
        if (!record)
            return std::nullopt;
        const auto contact = ContactRepository(m_db).find(record->contactId);
        return toSummary(*record, contact && contact->isOptedOut(), m_businessNumberLabel);
    } catch (const StoreException &e) {
        qCWarning(lcStore) << "inbox refresh failed:" << e.error().message;
        return std::nullopt;
    }
}

std::optional<ComposerContact> InboxFeed::composerContact(qint64 conversationId)
{
    try {
        const auto record = ConversationRepository(m_db).find(conversationId);
        if (!record)
            return std::nullopt;
        const auto contact = ContactRepository(m_db).find(record->contactId);
        ComposerContact c;
        c.name = record->contactName;
        c.to = record->contactWaId.isEmpty() ? QString() : u'+' + record->contactWaId;
        if (contact) {
            c.optedOutMarketing = contact->isOptedOut();
            c.optOutSource =
                contact->optOutDetail.isEmpty() ? contact->optOutMethod : contact->optOutDetail;
            if (contact->optOutAt)
                c.optOutAt = *contact->optOutAt;
            c.optInSource = contact->optInSource;
            if (contact->optInAt)
                c.optInAt = *contact->optInAt;
        }
        return c;
    } catch (const StoreException &e) {
        qCWarning(lcStore) << "contact lookup failed:" << e.error().message;
        return std::nullopt;
    }
}

} // namespace sb

#include "InboxFeed.h"

#include "ConversationListModel.h"
#include "InboxPresentation.h"
#include "InboxService.h"

namespace sb {

InboxFeed::InboxFeed(InboxService &service, ConversationListModel *model, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model)
{
    connect(&service, &InboxService::conversationsChanged, this, &InboxFeed::refresh);
}

void InboxFeed::reloadAll()
{
    ConversationQuery query;
    query.limit = InboxRows;
    QList<ConversationSummary> rows;
    for (const InboxConversation &conversation : m_service.conversations(query))
        rows << InboxPresentation::summary(conversation, m_service);
    m_model->setConversations(rows);
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
    const auto conversation = m_service.conversation(conversationId);
    if (!conversation)
        return std::nullopt;
    return InboxPresentation::summary(*conversation, m_service);
}

std::optional<ComposerContact> InboxFeed::composerContact(qint64 conversationId)
{
    const auto conversation = m_service.conversation(conversationId);
    if (!conversation)
        return std::nullopt;
    return InboxPresentation::composerContact(*conversation);
}

} // namespace sb

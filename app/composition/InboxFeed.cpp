#include "InboxFeed.h"

#include "ConversationListModel.h"
#include "ConversationListView.h"
#include "InboxPresentation.h"
#include "InboxService.h"
#include "Logging.h"

#include <algorithm>

namespace sb {

InboxFeed::InboxFeed(InboxService &service, ConversationListModel *model, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model)
{
    connect(&service, &InboxService::conversationsChanged, this, &InboxFeed::refresh);
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, &InboxFeed::restDue);
    m_restTimer.setSingleShot(true);
    connect(&m_restTimer, &QTimer::timeout, this, &InboxFeed::loadRest);
}

void InboxFeed::setListView(ConversationListView *view)
{
    disconnect(m_painted);
    m_view = view;
    if (view)
        m_painted = connect(view, &ConversationListView::firstPainted, this, [this] {
            if (m_restPending)
                loadRest();
        });
}

void InboxFeed::setFirstPageSize(int rows)
{
    m_firstPage = std::max(1, rows);
}

void InboxFeed::setPaintWait(std::chrono::milliseconds wait)
{
    m_paintWait = wait;
}

std::optional<QList<ConversationSummary>> InboxFeed::load(const ConversationQuery &query)
{
    bool ok = false;
    const QList<InboxConversation> conversations = m_service.conversations(query, &ok);
    if (!ok)
        return std::nullopt;
    QList<ConversationSummary> rows;
    rows.reserve(conversations.size());
    for (const InboxConversation &conversation : conversations)
        rows.append(InboxPresentation::summary(conversation, m_service));
    return rows;
}

void InboxFeed::reloadAll()
{
    m_nextTurn.stop();
    m_restTimer.stop();
    ConversationQuery query;
    // The list's default order, so the first page is the top of what the agent sees.
    query.order = ConversationOrder::TimeLeft;
    query.limit = m_firstPage;
    const auto rows = load(query);
    m_model->setConversations(rows.value_or(QList<ConversationSummary>()));
    // A short page is everything. After a failure the rest is tried as a whole.
    m_restPending = !rows || rows->size() >= m_firstPage;
    if (m_restPending)
        m_nextTurn.start();
    else
        Q_EMIT completed();
}

// On the event-loop turn after reloadAll(): by now the window that owns the view has been shown
// (or not).
void InboxFeed::restDue()
{
    if (!m_restPending)
        return;
    if (!m_view || !m_view->isVisible() || m_view->hasPainted()) {
        loadRest();
        return;
    }
    // Visible but not painted yet (firstPainted comes); minimised or never exposed, it may not.
    m_restTimer.start(m_paintWait);
}

void InboxFeed::loadRest()
{
    m_nextTurn.stop();
    m_restTimer.stop();
    ConversationQuery query;
    query.order = ConversationOrder::TimeLeft;
    query.limit = ConversationQuery::NoLimit;
    const auto rows = load(query);
    if (!rows) {
        // The service reported the failure; the listed rows stay until the store answers.
        m_restTimer.start(RestRetry);
        return;
    }
    m_restPending = false;
    m_model->mergeConversations(*rows);
    qCDebug(lcUi) << "conversation list complete:" << rows->size() << "conversations";
    Q_EMIT completed();
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

#include "ChatController.h"

#include "ChatMessageSummary.h"
#include "ChatView.h"
#include "InboxPresentation.h"
#include "InboxService.h"
#include "MessageListModel.h"
#include "TemplateRenderer.h"
#include "Violation.h"

#include <QDesktopServices>

#include <algorithm>

namespace sb {

ChatController::ChatController(InboxService &service, ChatView *view, const Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_view(view)
    , m_model(new MessageListModel(clock, this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    view->setModel(m_model);
    // Queued: the view asks from inside its own scrolling and layout.
    connect(view, &ChatView::historyRequested, this, &ChatController::loadOlder,
            Qt::QueuedConnection);
    connect(view, &ChatView::retryRequested, this, &ChatController::retry);
    connect(view, &ChatView::mediaOpenRequested, this, &ChatController::openMedia);
    connect(&service, &InboxService::messagesChanged, this, &ChatController::onMessagesChanged);
}

ChatController::~ChatController() = default;

QList<ChatMessage> ChatController::toRows(const QList<InboxMessage> &messages)
{
    QList<ChatMessage> rows;
    rows.reserve(messages.size());
    for (const InboxMessage &message : messages) {
        // A failed send the agent retried in this session is shown by its retry.
        if (!message.localId.isEmpty() && !m_service.retriedAs(message.localId).isEmpty())
            continue;
        ChatMessage row = InboxPresentation::chatMessage(message, m_service);
        complete(row, messages);
        rows.append(row);
    }
    return rows;
}

std::optional<RenderedTemplate> ChatController::rendered(const Message &message) const
{
    const auto *content = message.as<TemplateContent>();
    if (!content)
        return std::nullopt;
    const auto definition =
        m_templates.constFind(content->name + QLatin1Char('/') + content->languageCode);
    if (definition == m_templates.cend())
        return std::nullopt;
    return TemplateRenderer::render(*definition, *content);
}

void ChatController::complete(ChatMessage &row, const QList<InboxMessage> &batch)
{
    row.renderedTemplate = rendered(row.message);
    const auto &context = row.message.context;
    if (!context || context->messageId.isEmpty() || row.message.kind == MessageKind::Reaction)
        return;
    // The model finds quoted messages it holds; one further back is read here once.
    const QString &quotedId = context->messageId;
    if (m_model->rowOfPlatformId(quotedId) >= 0)
        return;
    for (const InboxMessage &other : batch) {
        if (other.message.platformId == quotedId)
            return;
    }
    if (const auto quoted = m_service.messageByPlatformId(quotedId)) {
        QuotedMessage q;
        q.platformId = quotedId;
        q.found = true;
        q.direction = quoted->message.direction;
        q.kind = quoted->message.kind;
        q.preview = ChatMessageSummary::oneLine(quoted->message);
        row.quoted = q;
    }
}

void ChatController::setTemplates(const QList<TemplateDefinition> &templates)
{
    m_templates.clear();
    for (const TemplateDefinition &definition : templates)
        m_templates.insert(definition.name + QLatin1Char('/') + definition.language, definition);
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const ChatMessage &shown = m_model->messageAt(i);
        if (shown.renderedTemplate || shown.message.kind != MessageKind::Template)
            continue;
        if (auto render = rendered(shown.message)) {
            ChatMessage update = shown;
            update.renderedTemplate = std::move(render);
            m_model->appendLive(update); // merges into its row
        }
    }
}

void ChatController::open(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_cursor.reset();
    m_lastInbound.clear();
    m_lastInboundAt = {};
    m_model->clear();
    const InboxMessagePage page = m_service.messages(conversationId, m_pageSize);
    m_cursor = page.next;
    m_hasMore = page.hasMore;
    for (const InboxMessage &message : page.olderFirst)
        noteInbound(message);
    // The first page fills the view from the top before it is scrolled to the newest message:
    // that moment must not count as the agent reaching the top.
    if (m_view)
        m_view->setHistoryExhausted(true);
    const QList<ChatMessage> rows = toRows(page.olderFirst);
    m_model->prependHistory(rows);
    prefetch(rows);
    if (m_view) {
        m_view->scrollToNewest();
        m_view->setHistoryExhausted(!m_hasMore);
    }
}

void ChatController::close()
{
    m_conversationId = 0;
    m_cursor.reset();
    m_hasMore = false;
    m_lastInbound.clear();
    m_model->clear();
}

void ChatController::loadOlder()
{
    if (m_conversationId == 0 || !m_hasMore || !m_cursor) {
        if (m_view) {
            m_view->setHistoryExhausted(true);
            m_view->historyLoadFinished();
        }
        return;
    }
    const InboxMessagePage page = m_service.messages(m_conversationId, m_pageSize, m_cursor);
    if (page.next)
        m_cursor = page.next;
    m_hasMore = page.hasMore;
    const QList<ChatMessage> rows = toRows(page.olderFirst);
    m_model->prependHistory(rows);
    prefetch(rows);
    if (m_view) {
        m_view->setHistoryExhausted(!m_hasMore);
        m_view->historyLoadFinished();
    }
}

void ChatController::noteInbound(const InboxMessage &message)
{
    if (message.message.direction != Direction::Inbound || message.message.platformId.isEmpty()
        || message.message.kind == MessageKind::Reaction
        || message.message.kind == MessageKind::System)
        return;
    if (m_lastInboundAt.isValid() && message.message.timestamp < m_lastInboundAt)
        return;
    m_lastInboundAt = message.message.timestamp;
    if (m_lastInbound == message.message.platformId)
        return;
    m_lastInbound = message.message.platformId;
    Q_EMIT lastInboundChanged(m_lastInbound);
}

QString ChatController::shownLocalId(const QString &localId) const
{
    QString shown = localId;
    for (QString earlier = m_service.retryOf(shown); !earlier.isEmpty();
         earlier = m_service.retryOf(earlier)) {
        if (m_model->rowOfLocalId(earlier) >= 0)
            shown = earlier;
    }
    return shown;
}

void ChatController::onMessagesChanged(const QList<qint64> &conversationIds,
                                       const QList<qint64> &messageIds)
{
    if (m_conversationId == 0 || !conversationIds.contains(m_conversationId))
        return;
    QList<InboxMessage> messages = m_service.messagesByIds(messageIds, m_conversationId);
    std::sort(messages.begin(), messages.end(), [](const InboxMessage &a, const InboxMessage &b) {
        return a.message.timestamp == b.message.timestamp
            ? a.id < b.id
            : a.message.timestamp < b.message.timestamp;
    });
    for (const InboxMessage &message : std::as_const(messages)) {
        const QList<ChatMessage> rows = toRows({message});
        if (rows.isEmpty())
            continue;
        ChatMessage row = rows.first();
        if (!row.localId.isEmpty())
            row.localId = shownLocalId(row.localId);
        const bool shown = m_model->rowOfId(row.id) >= 0
            || (!row.localId.isEmpty() && m_model->rowOfLocalId(row.localId) >= 0)
            || (!row.message.platformId.isEmpty()
                && m_model->rowOfPlatformId(row.message.platformId) >= 0);
        // Older than everything loaded: the history page that holds it will bring it.
        if (!shown && m_model->rowCount() > 0 && m_hasMore
            && row.message.timestamp < m_model->messageAt(0).message.timestamp)
            continue;
        m_model->appendLive(row);
        if (!shown)
            prefetch({row});
        noteInbound(message);
    }
}

void ChatController::retry(const QString &localId)
{
    // A row that was retried before stands for its latest attempt.
    QString latest = localId;
    while (!m_service.retriedAs(latest).isEmpty())
        latest = m_service.retriedAs(latest);
    const EnqueueResult result = m_service.retry(latest);
    if (!result.ok()) {
        Q_EMIT problem(result.violations.isEmpty() ? result.error : toText(result.violations));
        return;
    }
    m_model->restartPending(localId);
}

void ChatController::prefetch(const QList<ChatMessage> &rows)
{
    if (!m_autoDownload)
        return;
    for (const ChatMessage &row : rows) {
        const auto *media = row.message.as<MediaContent>();
        // Voice notes are small and their bubble shows their length, read from the file.
        const bool wanted = media
            && (media->kind == MediaKind::Image || media->kind == MediaKind::Sticker
                || (media->kind == MediaKind::Audio && media->voice));
        if (!wanted || media->id.isEmpty() || !row.mediaLocalPath.isEmpty())
            continue;
        const qint64 id = row.id;
        const qint64 conversation = m_conversationId;
        m_service.openMedia(id, this, [this, id, conversation](const InboxMedia &fetched) {
            if (!fetched.ok) {
                m_model->setMediaError(id, fetched.reason);
                return;
            }
            m_model->setMediaPath(id, fetched.filePath);
            if (!fetched.fromCache)
                Q_EMIT mediaCached(conversation, id);
        });
    }
}

void ChatController::openMedia(qint64 messageId)
{
    m_service.openMedia(messageId, this, [this, messageId](const InboxMedia &media) {
        if (!media.ok) {
            m_model->setMediaError(messageId, media.reason);
            Q_EMIT problem(tr("The media could not be opened: %1").arg(media.reason));
            return;
        }
        m_model->setMediaPath(messageId, media.filePath);
        Q_EMIT mediaOpened(messageId, media.filePath);
        if (m_openUrl && !m_openUrl(QUrl::fromLocalFile(media.filePath)))
            Q_EMIT problem(tr("No application could open %1.").arg(media.filePath));
    });
}

} // namespace sb

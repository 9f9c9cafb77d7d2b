#pragma once

#include "ChatMessage.h"
#include "InboxTypes.h"
#include "Template.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace sb {

class ChatView;
class Clock;
class InboxService;
class MessageListModel;

// Feeds the chat view of the open conversation from the inbox service: the newest page on open,
// older pages when the view asks (history), live rows and status changes as the service reports
// them (never polling), Retry as a new send shown on the failed row, and media opened from the
// cache or downloaded on demand.
class ChatController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatController)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    // `service` and `view` must outlive the controller; `clock` may be null (system clock).
    ChatController(InboxService &service, ChatView *view, const Clock *clock,
                   QObject *parent = nullptr);
    ~ChatController() override;

    MessageListModel *model() const { return m_model; }
    qint64 conversationId() const { return m_conversationId; }
    // Messages per history page (default 50).
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    int pageSize() const { return m_pageSize; }
    // How a fetched media file is shown; default QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Photos, stickers and voice notes are fetched as their rows load, so bubbles show them
    // (default on); everything else waits until the agent opens it.
    void setAutoDownload(bool on) { m_autoDownload = on; }

    // Approved definitions, to show sent templates as the customer saw them. Rows already shown
    // are rendered too.
    void setTemplates(const QList<TemplateDefinition> &templates);

    void open(qint64 conversationId);
    void close();
    // The next (older) page, as the view's historyRequested asks.
    void loadOlder();
    // The newest customer message of the open conversation (its wamid); empty when none.
    QString lastInboundMessageId() const { return m_lastInbound; }

Q_SIGNALS:
    // Something the agent should read in the status line (translated).
    void problem(const QString &text);
    void lastInboundChanged(const QString &platformId);
    void mediaOpened(qint64 messageId, const QString &filePath);
    // A message's media is now in the cache (its conversation's preview may say more now).
    void mediaCached(qint64 conversationId, qint64 messageId);

private:
    void onMessagesChanged(const QList<qint64> &conversationIds, const QList<qint64> &messageIds);
    void retry(const QString &localId);
    void openMedia(qint64 messageId);
    void noteInbound(const InboxMessage &message);
    void prefetch(const QList<ChatMessage> &rows);
    // The row a send shows on: the failed message its retries started from, when that is shown.
    QString shownLocalId(const QString &localId) const;
    QList<ChatMessage> toRows(const QList<InboxMessage> &messages);
    // Templates rendered from their definition; quoted messages outside `batch` from the store.
    void complete(ChatMessage &row, const QList<InboxMessage> &batch);
    std::optional<RenderedTemplate> rendered(const Message &message) const;

    InboxService &m_service;
    QPointer<ChatView> m_view;
    MessageListModel *m_model;
    qint64 m_conversationId = 0;
    std::optional<MessageCursor> m_cursor;
    bool m_hasMore = false;
    int m_pageSize = 50;
    QString m_lastInbound;
    QDateTime m_lastInboundAt;
    UrlOpener m_openUrl;
    bool m_autoDownload = true;
    QHash<QString, TemplateDefinition> m_templates; // by "name/language"
};

} // namespace sb

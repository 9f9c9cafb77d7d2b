#pragma once

#include <QObject>

#include <memory>

namespace sb {

class ChatController;
class ConversationListModel;
class DraftStore;
class InboxFeed;
class InboxService;
class MainWindow;
struct Message;
class Session;

// Connects the main window to a running session (sandbox or connected account) through the inbox
// service: the conversation list is fed from the store and refreshed by what the service reports
// changed; its search box asks the service (debounced by the panel); opening a conversation
// loads the chat view and the composer and clears its unread count; a send goes through media
// upload (when a file is attached) into the outbox on the conversation's own number; read
// receipts follow the composer's policy; the chat view's Retry and media open go to the service.
class InboxWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWiring)

public:
    // Everything given must outlive the wiring; `session` must have started.
    InboxWiring(MainWindow &window, Session &session, ConversationListModel &model,
                DraftStore &drafts, QObject *parent = nullptr);
    ~InboxWiring() override;

    InboxService &service() const { return *m_service; }
    InboxFeed &feed() const { return *m_feed; }
    ChatController &chat() const { return *m_chat; }
    qint64 currentConversation() const { return m_current; }

private:
    void wireAccount();
    void wireComposer();
    void openConversation(qint64 id);
    void search(const QString &text);
    void send(const Message &message, const QString &localFilePath);
    void enqueue(qint64 conversationId, const Message &message);
    void loadTemplates();

    MainWindow &m_window;
    Session &m_session;
    ConversationListModel &m_model;
    DraftStore &m_drafts;
    std::unique_ptr<InboxService> m_service;
    std::unique_ptr<InboxFeed> m_feed;
    ChatController *m_chat = nullptr;
    qint64 m_current = 0;
    bool m_opening = false;
};

} // namespace sb

#pragma once

#include "ComposerContact.h"
#include "ConversationSummary.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace sb {

class ConversationListModel;
class ConversationListView;
class InboxService;
struct ConversationQuery;

// Feeds the inbox's conversation list from the inbox service: every conversation, then only the
// conversations the service says changed (a committed webhook batch, a send, a read).
//
// Start-up stays fast however large the inbox: reloadAll() reads only a first page in the list's
// default order (the rows a window shows first), and the rest once the list has been painted
// (ConversationListView::firstPainted), merged without a reset. When no paint is to be expected
// (no view, a hidden view, a view that painted long ago) the rest is read on the next event-loop
// turn, and a visible view that never paints gets it after paintWait(): the list never stays
// partial. Refreshes in between need no bookkeeping: the rest is read when it is merged, so it
// is never older than a refresh that came before it.
class InboxFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFeed)

public:
    // More rows than any window shows at once, few enough to cost nothing at start-up.
    static constexpr int DefaultFirstPage = 200;
    static constexpr std::chrono::milliseconds DefaultPaintWait{1000};
    // After a store failure while reading the rest.
    static constexpr std::chrono::milliseconds RestRetry{10000};

    // `service` and `model` must outlive the feed. Follows service.conversationsChanged().
    InboxFeed(InboxService &service, ConversationListModel *model, QObject *parent = nullptr);

    // The view showing `model` (through its filter proxy); its first paint is when the rest is
    // read. nullptr: none.
    void setListView(ConversationListView *view);
    void setFirstPageSize(int rows);
    int firstPageSize() const { return m_firstPage; }
    void setPaintWait(std::chrono::milliseconds wait);

    // Replaces the rows with the first page now; the rest follows (see above).
    void reloadAll();
    // Every conversation is listed: the rest of the last reloadAll() has been merged (or the
    // first page held them all).
    bool isComplete() const { return !m_restPending; }
    void refresh(const QList<qint64> &conversationIds);

    std::optional<ConversationSummary> summary(qint64 conversationId);
    // Who the composer writes to, with the consent state it shows and enforces.
    std::optional<ComposerContact> composerContact(qint64 conversationId);

Q_SIGNALS:
    // The model lists every conversation.
    void completed();

private:
    std::optional<QList<ConversationSummary>> load(const ConversationQuery &query);
    void restDue();
    void loadRest();

    InboxService &m_service;
    ConversationListModel *m_model;
    QPointer<ConversationListView> m_view;
    QMetaObject::Connection m_painted;
    int m_firstPage = DefaultFirstPage;
    std::chrono::milliseconds m_paintWait = DefaultPaintWait;
    bool m_restPending = false;
    QTimer m_nextTurn; // 0 ms: decides how to wait for the rest
    QTimer m_restTimer; // the paint wait, or the retry after a failure
};

} // namespace sb

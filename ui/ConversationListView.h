#pragma once

#include <QListView>
#include <QTimer>

class QAction;

namespace sb {

class ConversationDelegate;

// The inbox list. One 1-second timer repaints only the rows in the viewport (the countdowns
// tick there and nowhere else), so its cost does not grow with the number of conversations.
// It runs only while the view is shown.
class ConversationListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListView)

public:
    explicit ConversationListView(QWidget *parent = nullptr);

    ConversationDelegate *conversationDelegate() const { return m_delegate; }
    // Shown centred when the model has no rows ("Nobody is waiting for a reply").
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }

    // Moves to the next row (after the current one, wrapping) whose customer wrote last and
    // activates it. Returns false when no row needs a reply.
    bool selectNextNeedingReply();
    // Moves `step` rows down (negative: up) in the list's current order and activates that row;
    // stops at either end. Without a current row, down starts at the top and up at the bottom.
    // Returns false when there is nowhere to go.
    bool selectAdjacentConversation(int step);
    // Makes `conversationId` current without emitting conversationActivated (e.g. when the
    // composition root opens a conversation itself). Returns false when it is not listed.
    bool selectConversation(qint64 conversationId);
    qint64 currentConversationId() const; // 0 when none

    // Ctrl+J by default; add it to a menu to make it discoverable.
    QAction *nextNeedingReplyAction() const { return m_nextNeedingReply; }
    // Ctrl+Down, Alt+Down, Ctrl+Tab / Ctrl+Up, Alt+Up, Ctrl+Shift+Tab: anywhere in the window.
    QAction *nextConversationAction() const { return m_nextConversation; }
    QAction *previousConversationAction() const { return m_previousConversation; }
    bool tickTimerActive() const { return m_tick.isActive(); }
    // The list has been painted at least once (firstPainted() was or is about to be emitted).
    bool hasPainted() const { return m_painted; }
    // Where the window pill of `index` is painted, in viewport coordinates.
    QRect windowPillRect(const QModelIndex &index) const;
    // The union of the rows intersecting the viewport, in viewport coordinates.
    QRect visibleRowsRect() const;

public Q_SLOTS:
    // Repaints the visible rows; the timer calls it every second.
    void tick();

Q_SIGNALS:
    // The agent picked a conversation (click, keyboard or selectNextNeedingReply).
    void conversationActivated(qint64 conversationId);
    // Once, right after the first paint of the list has been delivered: the moment to load
    // whatever the first screen did not need (see ConversationListModel::mergeConversations).
    void firstPainted();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    qint64 idAt(const QModelIndex &index) const;

    ConversationDelegate *m_delegate;
    QAction *m_nextNeedingReply;
    QAction *m_nextConversation;
    QAction *m_previousConversation;
    QTimer m_tick;
    QString m_emptyText;
    bool m_painted = false;
    // Only changes the agent makes activate a conversation: selection moves caused by filtering
    // or re-sorting must not open a different chat.
    int m_userNavigation = 0;
};

} // namespace sb

#pragma once

#include "ChatRowHeights.h"

#include <QAbstractItemView>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>

class QAbstractButton;

#include <optional>

namespace sb {

class ChatNewMessagesPill;
class Clock;
class MessageDelegate;

// The chat timeline of one conversation, painted by MessageDelegate over a MessageListModel.
// - Lays out only what comes into sight: rows keep an estimated height until they come within a
//   screen of the viewport, when the delegate measures them (cached per width); ChatRowHeights
//   finds offsets in O(log n), so scrolling a 100,000-message history never walks every row.
//   A measured row whose height differs from its estimate moves nothing on screen: the first
//   visible row is the anchor and stays where it was.
// - Scrolling within two screens of the top asks for older messages (historyRequested) once
//   per load; rows prepended by the model keep the visible content where it was.
// - Live rows follow the conversation only when the user is at the bottom; otherwise a
//   "new messages" button appears. Our own outgoing rows always scroll into view.
// - Clicks: links open (QDesktopServices) and are reported, media asks to be opened
//   (download on demand is the composition root's job), Retry asks to send again, a list
//   button shows the sheet the customer sees.
class ChatView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    // The clock must outlive the view; nullptr means the system clock.
    explicit ChatView(const Clock *clock, QWidget *parent = nullptr);
    ~ChatView() override;

    void setModel(QAbstractItemModel *model) override;
    MessageDelegate *messageDelegate() const { return m_delegate; }

    bool isAtBottom() const;
    int unseenCount() const { return m_unseen; }
    void scrollToNewest();
    // No older messages exist: stop asking for them.
    void setHistoryExhausted(bool exhausted);
    bool historyExhausted() const { return m_historyExhausted; }
    // The composition root answered a history request (even with nothing): the next scroll near
    // the top may ask again. Prepending rows does this implicitly.
    void historyLoadFinished();
    bool historyRequestPending() const { return m_historyPending; }

    // The option the delegate paints a row with (rect = the row's visual rect), for hit tests.
    QStyleOptionViewItem rowOption(const QModelIndex &index) const;
    QMenu *listSheet() const { return m_listSheet; }
    QAbstractButton *newMessagesButton() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    // Rows measured exactly at the current width (the others are estimates), for tests.
    int measuredRowCount() const;

Q_SIGNALS:
    void historyRequested();
    void retryRequested(const QString &localId);
    void mediaOpenRequested(qint64 id);
    void linkActivated(const QUrl &url);

protected:
    void doItemsLayout() override;
    void reset() override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void scrollContentsBy(int dx, int dy) override;
    void updateGeometries() override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;

    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &, QItemSelectionModel::SelectionFlags) override { }
    QRegion visualRegionForSelection(const QItemSelection &) const override { return {}; }

private:
    struct Anchor
    {
        bool atBottom = true;
        int row = -1; // the first visible row
        int top = 0; // its top in viewport coordinates
    };

    Anchor currentAnchor() const;
    void holdAnchor(); // keep the current view across the next layout
    void restoreAnchor(const Anchor &anchor);
    // Measures the rows within a screen of the viewport that are still estimates; true when a
    // height changed.
    bool measureAround();
    // Measures what comes into sight and puts the anchor back, until nothing changes.
    void layoutAround(const Anchor &anchor);
    void setScrollValue(int value);
    int estimatedRowHeight() const;
    void maybeRequestHistory();
    void updateNewMessagesButton();
    void applyTheme();
    void onRowsAboutToBeInserted(const QModelIndex &parent, int start, int end);
    void onModelAboutToBeReset();
    void showSheetFor(const QModelIndex &index, const QPoint &globalPos);
    void updateHover(const QPoint &pos);

    MessageDelegate *m_delegate = nullptr;
    ChatNewMessagesPill *m_newMessages = nullptr;
    QPointer<QMenu> m_listSheet;
    std::optional<Anchor> m_heldAnchor;
    ChatRowHeights m_rows;
    bool m_inLayout = false;
    bool m_appending = false;
    bool m_appendFollows = false;
    bool m_historyPending = false;
    bool m_historyExhausted = false;
    int m_unseen = 0;
    int m_lastViewportWidth = -1;
    QPersistentModelIndex m_pressRow;
    int m_pressKind = -1;
    QMetaObject::Connection m_aboutToInsert;
    QMetaObject::Connection m_aboutToReset;
};

} // namespace sb

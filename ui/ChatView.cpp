#include "ChatView.h"

#include "BubbleStyle.h"
#include "ChatNewMessagesPill.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QDesktopServices>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace sb {

namespace {

constexpr int kBottomSlack = 4; // px: "at the bottom" tolerates sub-row rounding
constexpr int kHistoryScreens = 2;
constexpr int kMaxExactPasses = 3;

} // namespace

ChatView::ChatView(const Clock *clock, QWidget *parent)
    : QAbstractItemView(parent)
    , m_delegate(new MessageDelegate(clock, this))
    , m_newMessages(new ChatNewMessagesPill(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    setSelectionMode(NoSelection);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A scroll bar that comes and goes would change the width and re-wrap every bubble.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Conversation"));

    m_newMessages->hide();
    connect(m_newMessages, &QAbstractButton::clicked, this, &ChatView::scrollToNewest);
    applyTheme();
}

ChatView::~ChatView() = default;

void ChatView::setModel(QAbstractItemModel *newModel)
{
    if (model()) {
        disconnect(m_aboutToInsert);
        disconnect(m_aboutToReset);
    }
    m_delegate->invalidateLayouts();
    m_heldAnchor = Anchor{};
    m_historyPending = false;
    m_historyExhausted = false;
    m_unseen = 0;
    m_rows.reset(newModel ? newModel->rowCount() : 0, estimatedRowHeight());
    QAbstractItemView::setModel(newModel);
    if (newModel) {
        m_aboutToInsert = connect(newModel, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                  &ChatView::onRowsAboutToBeInserted);
        m_aboutToReset = connect(newModel, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &ChatView::onModelAboutToBeReset);
    }
    updateNewMessagesButton();
}

QAbstractButton *ChatView::newMessagesButton() const
{
    return m_newMessages;
}

int ChatView::estimatedRowHeight() const
{
    // About a two-line bubble: the typical row, so unmeasured history scrolls about right.
    return 3 * fontMetrics().height() + 8;
}

int ChatView::measuredRowCount() const
{
    int measured = 0;
    for (int row = 0; row < m_rows.count(); ++row)
        measured += m_rows.isMeasured(row) ? 1 : 0;
    return measured;
}

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

void ChatView::scrollToNewest()
{
    executeDelayedItemsLayout();
    layoutAround(Anchor{});
    m_unseen = 0;
    updateNewMessagesButton();
}

void ChatView::setHistoryExhausted(bool exhausted)
{
    m_historyExhausted = exhausted;
    if (exhausted)
        m_historyPending = false;
}

void ChatView::historyLoadFinished()
{
    m_historyPending = false;
}

QStyleOptionViewItem ChatView::rowOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

int ChatView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QRect ChatView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.count())
        return {};
    const int top = m_rows.offsetOf(index.row()) - verticalOffset();
    return QRect(0, top, viewport()->width(), m_rows.height(index.row()));
}

QModelIndex ChatView::indexAt(const QPoint &point) const
{
    const QAbstractItemModel *m = model();
    const int y = point.y() + verticalOffset();
    if (!m || y < 0 || y >= m_rows.total() || point.x() < 0 || point.x() >= viewport()->width())
        return {};
    const int row = m_rows.rowAt(y);
    return row < 0 || row >= m->rowCount() ? QModelIndex() : m->index(row, 0);
}

void ChatView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.row() >= m_rows.count())
        return;
    const int top = m_rows.offsetOf(index.row());
    const int height = m_rows.height(index.row());
    const int view = viewport()->height();
    const int value = verticalOffset();
    switch (hint) {
    case PositionAtTop:
        setScrollValue(top);
        break;
    case PositionAtBottom:
        setScrollValue(top + height - view);
        break;
    case PositionAtCenter:
        setScrollValue(top + height / 2 - view / 2);
        break;
    case EnsureVisible:
        if (top < value)
            setScrollValue(top);
        else if (top + height > value + view)
            setScrollValue(std::min(top, top + height - view));
        break;
    }
}

QModelIndex ChatView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0)
        return {};
    const int rows = m->rowCount();
    const QModelIndex current = currentIndex().isValid()
        ? currentIndex()
        : indexAt(QPoint(viewport()->width() / 2, viewport()->height() / 2));
    const int row = current.isValid() ? current.row() : rows - 1;
    const int page = std::max(
        1, m_rows.rowAt(verticalOffset() + viewport()->height()) - m_rows.rowAt(verticalOffset()));
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        return m->index(std::max(0, row - 1), 0);
    case MoveDown:
    case MoveNext:
        return m->index(std::min(rows - 1, row + 1), 0);
    case MovePageUp:
        return m->index(std::max(0, row - page), 0);
    case MovePageDown:
        return m->index(std::min(rows - 1, row + page), 0);
    case MoveHome:
        return m->index(0, 0);
    case MoveEnd:
        return m->index(rows - 1, 0);
    default:
        return current;
    }
}

ChatView::Anchor ChatView::currentAnchor() const
{
    Anchor anchor;
    anchor.atBottom = isAtBottom();
    if (m_rows.count() > 0) {
        anchor.row = m_rows.rowAt(verticalOffset());
        anchor.top = m_rows.offsetOf(anchor.row) - verticalOffset();
    }
    return anchor;
}

void ChatView::holdAnchor()
{
    if (!m_heldAnchor && !m_inLayout)
        m_heldAnchor = currentAnchor();
}

void ChatView::setScrollValue(int value)
{
    QScrollBar *bar = verticalScrollBar();
    const int max = std::max(0, m_rows.total() - viewport()->height());
    if (bar->maximum() != max)
        bar->setRange(0, max);
    bar->setValue(std::clamp(value, 0, max));
}

void ChatView::restoreAnchor(const Anchor &anchor)
{
    if (anchor.atBottom || anchor.row < 0 || anchor.row >= m_rows.count())
        setScrollValue(anchor.atBottom || anchor.row >= m_rows.count() ? m_rows.total() : 0);
    else
        setScrollValue(m_rows.offsetOf(anchor.row) - anchor.top);
}

bool ChatView::measureAround()
{
    const QAbstractItemModel *m = model();
    if (!m || m_rows.count() == 0 || m_rows.count() != m->rowCount())
        return false;
    const int height = std::max(1, viewport()->height());
    const int value = verticalOffset();
    const int first = m_rows.rowAt(value - height);
    const int last = m_rows.rowAt(value + 2 * height);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    bool changed = false;
    for (int row = first; row <= last; ++row) {
        if (m_rows.isMeasured(row))
            continue;
        const QModelIndex index = m->index(row, 0);
        option.rect = QRect(0, 0, viewport()->width(), m_rows.height(row));
        const int measured = m_delegate->geometry(option, index).size.height();
        changed = changed || measured != m_rows.height(row);
        m_rows.setMeasured(row, measured);
    }
    return changed;
}

void ChatView::layoutAround(const Anchor &anchor)
{
    const bool nested = m_inLayout;
    m_inLayout = true;
    restoreAnchor(anchor);
    // Measured rows change the offsets below them; the anchor keeps the screen still. Each pass
    // only measures rows that were estimates, so this ends.
    for (int pass = 0; pass < kMaxExactPasses && measureAround(); ++pass)
        restoreAnchor(anchor);
    m_inLayout = nested;
    viewport()->update();
    updateNewMessagesButton();
}

void ChatView::doItemsLayout()
{
    QAbstractItemView::doItemsLayout();
    if (m_inLayout)
        return;
    if (model() && m_rows.count() != model()->rowCount())
        m_rows.reset(model()->rowCount(), estimatedRowHeight());
    const Anchor anchor = m_heldAnchor.value_or(currentAnchor());
    m_heldAnchor.reset();
    layoutAround(anchor);
    maybeRequestHistory();
}

void ChatView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    const int view = viewport()->height();
    bar->setPageStep(view);
    const int max = std::max(0, m_rows.total() - view);
    if (bar->maximum() != max)
        bar->setRange(0, max);
    QAbstractItemView::updateGeometries();
    updateNewMessagesButton();
}

void ChatView::reset()
{
    QAbstractItemView::reset();
    m_rows.reset(model() ? model()->rowCount() : 0, estimatedRowHeight());
    m_heldAnchor = Anchor{};
    scheduleDelayedItemsLayout();
}

void ChatView::onRowsAboutToBeInserted(const QModelIndex &parent, int start, int end)
{
    Q_UNUSED(end)
    if (parent.isValid())
        return;
    holdAnchor();
    m_appending = start >= model()->rowCount() && start > 0;
    m_appendFollows = m_heldAnchor && m_heldAnchor->atBottom;
}

void ChatView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent.isValid())
        return;
    m_rows.insert(start, end - start + 1, estimatedRowHeight());
    if (m_heldAnchor && m_heldAnchor->row >= start)
        m_heldAnchor->row += end - start + 1;
    if (start == 0)
        m_historyPending = false; // history arrived; the next approach to the top may ask again
    if (m_appending) {
        m_appending = false;
        bool ownMessage = false;
        for (int row = start; row <= end; ++row) {
            const QModelIndex index = model()->index(row, 0);
            ownMessage = ownMessage
                || (index.data(MessageListModel::DirectionRole).value<Direction>()
                        == Direction::Outbound
                    && index.data(MessageListModel::StatusRole).value<DeliveryState>()
                        == DeliveryState::Queued);
        }
        if (ownMessage && m_heldAnchor) {
            m_heldAnchor->atBottom = true; // what the agent just sent always comes into view
            m_unseen = 0;
        } else if (!m_appendFollows) {
            m_unseen += end - start + 1;
        }
    }
    // Lay out now, while the anchor taken before the insert still describes what is on screen.
    const Anchor anchor = m_heldAnchor.value_or(currentAnchor());
    m_heldAnchor.reset();
    layoutAround(anchor);
    maybeRequestHistory();
}

void ChatView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    if (parent.isValid())
        return;
    holdAnchor();
    if (m_heldAnchor && m_heldAnchor->row > end)
        m_heldAnchor->row -= end - start + 1;
    else if (m_heldAnchor && m_heldAnchor->row >= start)
        m_heldAnchor->row = start;
    m_rows.remove(start, end - start + 1);
    scheduleDelayedItemsLayout();
}

void ChatView::onModelAboutToBeReset()
{
    m_delegate->invalidateLayouts();
    m_heldAnchor = Anchor{};
    m_historyPending = false;
    m_historyExhausted = false;
    m_unseen = 0;
}

void ChatView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (!model() || !topLeft.isValid() || !bottomRight.isValid() || m_inLayout)
        return;
    // Changed rows are measured again: now when near the viewport, otherwise when they come
    // into view.
    const int last = std::min(bottomRight.row(), m_rows.count() - 1);
    for (int row = topLeft.row(); row <= last; ++row)
        m_rows.forget(row);
    layoutAround(currentAnchor());
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    if (m_inLayout) {
        viewport()->update();
        return;
    }
    m_heldAnchor.reset(); // the user moved: what is on screen now is what to keep
    const Anchor anchor = currentAnchor();
    m_inLayout = true;
    const bool changed = measureAround();
    m_inLayout = false;
    if (changed)
        layoutAround(anchor);
    else
        viewport()->scroll(0, dy); // only the strip that came into view is painted
    if (isAtBottom() && m_unseen > 0) {
        m_unseen = 0;
        updateNewMessagesButton();
    }
    maybeRequestHistory();
}

void ChatView::maybeRequestHistory()
{
    if (!model() || m_historyPending || m_historyExhausted || !isVisible())
        return;
    if (verticalScrollBar()->value() <= kHistoryScreens * viewport()->height()) {
        m_historyPending = true;
        Q_EMIT historyRequested();
    }
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::Resize || m_inLayout)
        return QAbstractItemView::viewportEvent(event);
    // The viewport has its new size, but the scroll range still describes the old one.
    const Anchor before = m_heldAnchor.value_or(currentAnchor());
    m_heldAnchor.reset();
    if (viewport()->width() != m_lastViewportWidth) {
        m_lastViewportWidth = viewport()->width();
        m_delegate->setViewWidth(m_lastViewportWidth);
        m_rows.forgetMeasurements(); // every bubble re-wraps; old heights stay as estimates
    }
    const bool result = QAbstractItemView::viewportEvent(event);
    layoutAround(before);
    return result;
}

void ChatView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        holdAnchor();
        m_delegate->invalidateLayouts();
        m_rows.forgetMeasurements();
        applyTheme();
        scheduleDelayedItemsLayout();
        break;
    default:
        break;
    }
}

void ChatView::applyTheme()
{
    const BubbleStyle style(font(), palette());
    QPalette background = viewport()->palette();
    background.setColor(QPalette::Base, style.background);
    viewport()->setPalette(background);
    viewport()->setAutoFillBackground(true);
}

void ChatView::paintEvent(QPaintEvent *event)
{
    const QAbstractItemModel *m = model();
    if (!m || m_rows.count() != m->rowCount() || m_rows.count() == 0)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect area = event->rect();
    const int value = verticalOffset();
    const int width = viewport()->width();
    bool estimated = false;
    int row = m_rows.rowAt(value + area.top());
    for (int top = m_rows.offsetOf(row) - value; row < m_rows.count() && top <= area.bottom();
         ++row) {
        estimated = estimated || !m_rows.isMeasured(row);
        option.rect = QRect(0, top, width, m_rows.height(row));
        m_delegate->paint(&painter, option, m->index(row, 0));
        top += m_rows.height(row);
    }
    // A day change (the delegate says "Today" differently now) or a row painted before it was
    // measured: lay out again soon.
    if (m_delegate->takeRelayoutNeeded()) {
        m_rows.forgetMeasurements();
        estimated = true;
    }
    if (estimated) {
        holdAnchor();
        scheduleDelayedItemsLayout();
    }
}

void ChatView::showEvent(QShowEvent *event)
{
    QAbstractItemView::showEvent(event);
    maybeRequestHistory();
}

void ChatView::updateNewMessagesButton()
{
    if (m_unseen <= 0 || isAtBottom()) {
        m_unseen = std::max(0, isAtBottom() ? 0 : m_unseen);
        m_newMessages->hide();
        return;
    }
    m_newMessages->setText(tr("%n new message(s)", nullptr, m_unseen));
    m_newMessages->resize(m_newMessages->sizeHint());
    const QRect area = viewport()->geometry();
    m_newMessages->move(area.center().x() - m_newMessages->width() / 2,
                        area.bottom() - m_newMessages->height() - 12);
    m_newMessages->show();
    m_newMessages->raise();
}

} // namespace sb

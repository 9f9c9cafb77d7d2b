#include "ChatView.h"

#include "BubbleStyle.h"
#include "ChatNewMessagesPill.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QDesktopServices>
#include <QMouseEvent>
#include <QScrollBar>

namespace sb {

namespace {

constexpr int kBottomSlack = 4; // px: "at the bottom" tolerates sub-row rounding
constexpr int kHistoryScreens = 2;
constexpr int kMaxExactPasses = 3;

} // namespace

ChatView::ChatView(const Clock *clock, QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(clock, this))
    , m_newMessages(new ChatNewMessagesPill(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollMode(ScrollPerPixel);
    setUniformItemSizes(false);
    setResizeMode(Fixed); // width changes are handled here, with the anchor kept
    setLayoutMode(SinglePass);
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
    QListView::setModel(newModel);
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

bool ChatView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - kBottomSlack;
}

void ChatView::scrollToNewest()
{
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
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

ChatView::Anchor ChatView::currentAnchor() const
{
    Anchor anchor;
    anchor.atBottom = isAtBottom();
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    if (top.isValid()) {
        anchor.row = top;
        anchor.top = visualRect(top).top();
    }
    return anchor;
}

void ChatView::holdAnchor()
{
    if (!m_heldAnchor && !m_inLayout)
        m_heldAnchor = currentAnchor();
}

void ChatView::restoreAnchor(const Anchor &anchor)
{
    QScrollBar *bar = verticalScrollBar();
    if (anchor.atBottom) {
        bar->setValue(bar->maximum());
    } else if (anchor.row.isValid()) {
        const int delta = visualRect(anchor.row).top() - anchor.top;
        if (delta != 0)
            bar->setValue(bar->value() + delta);
    }
}

void ChatView::doItemsLayout()
{
    if (m_inLayout) {
        QListView::doItemsLayout();
        return;
    }
    const Anchor anchor = m_heldAnchor.value_or(currentAnchor());
    m_heldAnchor.reset();
    m_inLayout = true;
    QListView::doItemsLayout();
    restoreAnchor(anchor);
    // Rows about to be seen get their exact layout; heights that differ from the estimate
    // need another pass, after which the anchor is put back again.
    for (int pass = 0; pass < kMaxExactPasses && ensureExactLayouts(1); ++pass) {
        QListView::doItemsLayout();
        restoreAnchor(anchor);
    }
    m_inLayout = false;
    maybeRequestHistory();
    updateNewMessagesButton();
}

void ChatView::relayout()
{
    holdAnchor();
    doItemsLayout();
}

bool ChatView::ensureExactLayouts(int screensAround)
{
    const QAbstractItemModel *m = model();
    if (!m || m->rowCount() == 0 || !viewport()->isVisible())
        return false;
    const int rows = m->rowCount();
    const int height = std::max(1, viewport()->height());
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    int first = top.isValid() ? top.row() : (verticalScrollBar()->value() <= 0 ? 0 : rows - 1);
    int last = first;
    // Once a row in reach needs measuring, measure a wider band so that the next few screens
    // of scrolling need no further relayout.
    int reach = screensAround * height;
    for (int wider = 0; wider < 2; ++wider) {
        while (first > 0 && visualRect(m->index(first - 1, 0)).bottom() > -reach)
            --first;
        while (last + 1 < rows && visualRect(m->index(last + 1, 0)).top() < height + reach)
            ++last;
        bool missing = false;
        for (int row = first; row <= last && !missing; ++row)
            missing = !m_delegate->geometryIsExact(m->index(row, 0));
        if (!missing)
            return false;
        reach = (screensAround + 2) * height;
    }
    bool changed = false;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m->index(row, 0);
        changed = m_delegate->ensureExact(rowOption(index), index) || changed;
    }
    return changed;
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
    QListView::rowsInserted(parent, start, end);
    if (parent.isValid())
        return;
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
    executeDelayedItemsLayout();
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
    QListView::dataChanged(topLeft, bottomRight, roles);
    if (!model() || !topLeft.isValid() || !bottomRight.isValid() || m_inLayout)
        return;
    // Only rows on screen are measured now; the others are when they come into view.
    const int height = viewport()->height();
    bool changed = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QRect rect = visualRect(index);
        if (rect.bottom() < -height || rect.top() > 2 * height)
            continue;
        changed = m_delegate->ensureExact(rowOption(index), index) || changed;
    }
    if (changed)
        relayout();
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    if (m_inLayout)
        return;
    m_heldAnchor.reset(); // the user moved: what is on screen now is what to keep
    if (ensureExactLayouts(1))
        relayout();
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

void ChatView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // The scroll range follows the new height only now; put the messages back where they were.
    if (m_resizeAnchor && !m_inLayout)
        restoreAnchor(*m_resizeAnchor);
    m_resizeAnchor.reset();
    updateNewMessagesButton();
}

bool ChatView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::Resize || m_inLayout)
        return QListView::viewportEvent(event);
    // The viewport has its new size, but rows and scroll range still describe the old one.
    const Anchor before = m_heldAnchor.value_or(currentAnchor());
    if (viewport()->width() != m_lastViewportWidth) {
        m_lastViewportWidth = viewport()->width();
        m_heldAnchor = before;
        m_delegate->setViewWidth(m_lastViewportWidth);
        scheduleDelayedItemsLayout(); // every bubble re-wraps
        return QListView::viewportEvent(event);
    }
    m_resizeAnchor = before;
    const bool result = QListView::viewportEvent(event);
    restoreAnchor(before);
    return result;
}

void ChatView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        holdAnchor();
        m_delegate->invalidateLayouts();
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
    QListView::paintEvent(event);
    // A painted row turned out taller or shorter than its estimate: lay out again soon.
    if (m_delegate->takeRelayoutNeeded()) {
        holdAnchor();
        scheduleDelayedItemsLayout();
    }
}

void ChatView::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
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

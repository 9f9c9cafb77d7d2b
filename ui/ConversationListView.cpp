#include "ConversationListView.h"

#include "ConversationDelegate.h"
#include "ConversationListModel.h"

#include <QAction>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace sb {

namespace {

using Role = ConversationListModel::Role;

// Marks a stretch of agent-driven navigation; re-entrant.
class UserNavigation
{
public:
    explicit UserNavigation(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~UserNavigation() { --m_depth; }
    UserNavigation(const UserNavigation &) = delete;
    UserNavigation &operator=(const UserNavigation &) = delete;

private:
    int &m_depth;
};

} // namespace

ConversationListView::ConversationListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ConversationDelegate(this))
    , m_nextNeedingReply(new QAction(tr("Next Conversation Needing a Reply"), this))
    , m_nextConversation(new QAction(tr("Next Conversation"), this))
    , m_previousConversation(new QAction(tr("Previous Conversation"), this))
{
    setObjectName(QStringLiteral("conversationList"));
    setItemDelegate(m_delegate);
    // Every row has the same height: the view lays out and hit-tests in O(1) per row.
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_Hover);

    m_nextNeedingReply->setObjectName(QStringLiteral("nextNeedingReply"));
    m_nextNeedingReply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_nextNeedingReply->setShortcutContext(Qt::WindowShortcut);
    addAction(m_nextNeedingReply);
    connect(m_nextNeedingReply, &QAction::triggered, this,
            &ConversationListView::selectNextNeedingReply);
    // The first shortcut is the one menus show; the others are what agents bring from other
    // chat clients and browsers.
    m_nextConversation->setObjectName(QStringLiteral("nextConversation"));
    m_nextConversation->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down),
                                      QKeySequence(Qt::ALT | Qt::Key_Down),
                                      QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_previousConversation->setObjectName(QStringLiteral("previousConversation"));
    m_previousConversation->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up),
                                          QKeySequence(Qt::ALT | Qt::Key_Up),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    for (QAction *action : {m_nextConversation, m_previousConversation}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_nextConversation, &QAction::triggered, this,
            [this] { selectAdjacentConversation(1); });
    connect(m_previousConversation, &QAction::triggered, this,
            [this] { selectAdjacentConversation(-1); });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ConversationListView::tick);
}

void ConversationListView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

qint64 ConversationListView::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(Role::IdRole).toLongLong() : 0;
}

qint64 ConversationListView::currentConversationId() const
{
    return idAt(currentIndex());
}

bool ConversationListView::selectNextNeedingReply()
{
    QAbstractItemModel *m = model();
    if (!m)
        return false;
    const int rows = m->rowCount(rootIndex());
    const int start = currentIndex().isValid() ? currentIndex().row() + 1 : 0;
    for (int step = 0; step < rows; ++step) {
        const QModelIndex candidate = m->index((start + step) % rows, 0, rootIndex());
        if (candidate != currentIndex() && candidate.data(Role::NeedsReplyRole).toBool()) {
            const UserNavigation navigation(m_userNavigation);
            setCurrentIndex(candidate);
            scrollTo(candidate);
            return true;
        }
    }
    return false;
}

bool ConversationListView::selectAdjacentConversation(int step)
{
    QAbstractItemModel *m = model();
    if (!m || step == 0)
        return false;
    const int rows = m->rowCount(rootIndex());
    if (rows == 0)
        return false;
    const QModelIndex current = currentIndex();
    int target = 0;
    if (current.isValid())
        target = std::clamp(current.row() + step, 0, rows - 1);
    else
        target = step > 0 ? 0 : rows - 1;
    const QModelIndex candidate = m->index(target, 0, rootIndex());
    if (candidate == current)
        return false;
    const UserNavigation navigation(m_userNavigation);
    setCurrentIndex(candidate);
    scrollTo(candidate);
    return true;
}

bool ConversationListView::selectConversation(qint64 conversationId)
{
    QAbstractItemModel *m = model();
    if (!m)
        return false;
    const QModelIndexList hits = m->match(m->index(0, 0, rootIndex()), Role::IdRole,
                                          QVariant(conversationId), 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    setCurrentIndex(hits.first());
    scrollTo(hits.first());
    return true;
}

QRect ConversationListView::windowPillRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return m_delegate->pillRect(option, index);
}

QRect ConversationListView::visibleRowsRect() const
{
    if (!model() || model()->rowCount(rootIndex()) == 0)
        return {};
    const QRect area = viewport()->rect();
    const QModelIndex first = indexAt(QPoint(area.left() + 1, area.top()));
    if (!first.isValid())
        return {};
    QModelIndex last = indexAt(QPoint(area.left() + 1, area.bottom()));
    if (!last.isValid())
        last = model()->index(model()->rowCount(rootIndex()) - 1, 0, rootIndex());
    return visualRect(first).united(visualRect(last)).intersected(area);
}

void ConversationListView::tick()
{
    const QRect rows = visibleRowsRect();
    if (!rows.isEmpty())
        viewport()->update(rows);
}

void ConversationListView::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    m_tick.start();
}

void ConversationListView::hideEvent(QHideEvent *event)
{
    QListView::hideEvent(event);
    m_tick.stop();
}

void ConversationListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued: the frame is flushed before the slots run.
        QTimer::singleShot(0, this, [this] { Q_EMIT firstPainted(); });
    }
    if (m_emptyText.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlpha(140);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void ConversationListView::mousePressEvent(QMouseEvent *event)
{
    const UserNavigation navigation(m_userNavigation);
    QListView::mousePressEvent(event);
}

void ConversationListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && currentIndex().isValid()) {
        Q_EMIT conversationActivated(currentConversationId());
        event->accept();
        return;
    }
    const UserNavigation navigation(m_userNavigation);
    QListView::keyPressEvent(event);
}

void ConversationListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (m_userNavigation > 0 && current.isValid())
        Q_EMIT conversationActivated(idAt(current));
}

} // namespace sb

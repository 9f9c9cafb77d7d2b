// ChatView: mouse handling (hover, clicks on links, media, Retry and list buttons) and the
// list sheet.
#include "BubbleContent.h"
#include "ChatView.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "WhatsAppMarkup.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QMouseEvent>

namespace sb {

namespace {

// Only targets a click may open: web pages from links and buttons, and phone numbers.
bool isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http" || scheme == u"tel");
}

} // namespace

void ChatView::mousePressEvent(QMouseEvent *event)
{
    m_pressRow = QPersistentModelIndex();
    m_pressKind = -1;
    if (event->button() == Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        const QModelIndex index = indexAt(pos);
        if (index.isValid()) {
            if (const auto hit = m_delegate->hitTest(rowOption(index), index, pos)) {
                m_pressRow = index;
                m_pressKind = int(hit->kind);
                event->accept();
                return;
            }
        }
    }
    QAbstractItemView::mousePressEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressRow.isValid()) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const int pressed = m_pressKind;
    const bool sameRow = index.isValid() && index == QModelIndex(m_pressRow);
    m_pressRow = QPersistentModelIndex();
    m_pressKind = -1;
    const auto hit = sameRow ? m_delegate->hitTest(rowOption(index), index, pos) : std::nullopt;
    if (!hit || int(hit->kind) != pressed) {
        event->accept();
        return;
    }
    switch (hit->kind) {
    case BubbleHit::Kind::Retry:
        Q_EMIT retryRequested(index.data(MessageListModel::LocalIdRole).toString());
        break;
    case BubbleHit::Kind::Media:
        Q_EMIT mediaOpenRequested(index.data(MessageListModel::IdRole).toLongLong());
        break;
    case BubbleHit::Kind::Link: {
        const QUrl url(hit->target);
        if (isOpenable(url)) {
            Q_EMIT linkActivated(url);
            QDesktopServices::openUrl(url);
        }
        break;
    }
    case BubbleHit::Kind::ListButton:
        showSheetFor(index, event->globalPosition().toPoint());
        break;
    }
    event->accept();
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    updateHover(event->position().toPoint());
    QAbstractItemView::mouseMoveEvent(event);
}

void ChatView::leaveEvent(QEvent *event)
{
    if (m_delegate->setHover(0, {}))
        viewport()->update();
    viewport()->unsetCursor();
    QAbstractItemView::leaveEvent(event);
}

void ChatView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const BubbleInput input = BubbleInput::fromIndex(index);
    const auto hit = m_delegate->hitTest(rowOption(index), index, event->pos());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (hit && hit->kind == BubbleHit::Kind::Link) {
        const QString target = hit->target;
        connect(menu->addAction(tr("Copy link")), &QAction::triggered, this,
                [target] { QGuiApplication::clipboard()->setText(target); });
    }
    const QString text = WhatsAppMarkup::toPlainText(BubbleContent::markup(input));
    if (!text.isEmpty())
        connect(menu->addAction(tr("Copy text")), &QAction::triggered, this,
                [text] { QGuiApplication::clipboard()->setText(text); });
    if (hit && hit->kind == BubbleHit::Kind::Media)
        connect(menu->addAction(tr("Open", "media")), &QAction::triggered, this,
                [this, id = input.chat.id] { Q_EMIT mediaOpenRequested(id); });
    if (input.failed() && !input.chat.localId.isEmpty())
        connect(menu->addAction(tr("Retry", "send a failed message again")), &QAction::triggered,
                this, [this, localId = input.chat.localId] { Q_EMIT retryRequested(localId); });
    if (menu->actions().isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(event->globalPos());
    event->accept();
}

void ChatView::updateHover(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    std::optional<BubbleHit> hit;
    if (index.isValid())
        hit = m_delegate->hitTest(rowOption(index), index, pos);
    if (hit)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
    const qint64 key = hit ? index.data(MessageListModel::RowKeyRole).toLongLong() : 0;
    const QRectF rect = hit ? hit->rect : QRectF();
    if (m_delegate->setHover(key, rect))
        viewport()->update();
}

void ChatView::showSheetFor(const QModelIndex &index, const QPoint &globalPos)
{
    const Message message = index.data(MessageListModel::MessageRole).value<Message>();
    const QList<SheetSection> sections = BubbleContent::sheet(message);
    if (m_listSheet)
        m_listSheet->close();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Options the customer sees"));
    QFont heading = menu->font();
    heading.setBold(true);
    for (const SheetSection &section : sections) {
        if (!section.title.isEmpty()) {
            QAction *title = menu->addAction(section.title);
            title->setEnabled(false);
            title->setFont(heading);
        }
        // A tab puts the description in the menu's right-hand column.
        for (const SheetRow &row : section.rows)
            menu->addAction(row.description.isEmpty()
                                ? row.title
                                : row.title + QLatin1Char('\t') + row.description);
    }
    if (menu->actions().isEmpty())
        menu->addAction(tr("The list has no options"))->setEnabled(false);
    m_listSheet = menu;
    menu->popup(globalPos);
}

} // namespace sb

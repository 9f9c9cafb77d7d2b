#include "MessageDelegate.h"

#include "BubbleActions.h"
#include "BubbleContent.h"
#include "BubbleLayout.h"
#include "BubbleMedia.h"
#include "BubbleRich.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"
#include "BubbleText.h"
#include "BubbleTicks.h"
#include "Clock.h"
#include "MessageListModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace sb {

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

MessageDelegate::MessageDelegate(const Clock *clock, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock ? clock : &systemClock())
    , m_text(std::make_unique<BubbleText>())
    , m_media(std::make_unique<BubbleMedia>())
{
}

MessageDelegate::~MessageDelegate() = default;

void MessageDelegate::setViewWidth(int width)
{
    m_viewWidth = width;
}

void MessageDelegate::invalidateLayouts()
{
    ++m_generation;
    m_style.reset();
    m_text->clear();
    m_media->clear();
    m_layouts.clear();
}

void MessageDelegate::ensureStyle(const QStyleOptionViewItem &option) const
{
    if (!m_style)
        m_style = std::make_unique<BubbleStyle>(option.font, option.palette);
    // Checked on every call, so compare milliseconds; convert to local time once per day.
    const QDateTime now = m_clock->now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (nowMs >= m_dayStartMs && nowMs < m_dayEndMs)
        return;
    const bool first = m_dayEndMs == 0;
    const QDate today = now.toLocalTime().date();
    m_dayStartMs = today.startOfDay().toMSecsSinceEpoch();
    m_dayEndMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    if (!first) {
        // Day separators and hints say "Today" and "2 days ago": measure them again.
        ++m_generation;
        m_relayoutNeeded = true;
    }
}

int MessageDelegate::widthFor(const QStyleOptionViewItem &option) const
{
    if (m_viewWidth > 0)
        return m_viewWidth;
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

MessageDelegate::Entry *MessageDelegate::entryFor(const QModelIndex &index, int width) const
{
    const qint64 key = index.data(MessageListModel::RowKeyRole).toLongLong();
    const auto it = m_layouts.find(key);
    if (it == m_layouts.end() || it->width != width || it->generation != m_generation
        || it->revision != index.data(MessageListModel::RevisionRole).toULongLong())
        return nullptr;
    return &*it;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    ensureStyle(option);
    const int width = widthFor(option);
    if (Entry *fresh = entryFor(index, width)) {
        fresh->reportedHeight = fresh->geometry.size.height();
        return fresh->geometry.size;
    }
    const qint64 key = index.data(MessageListModel::RowKeyRole).toLongLong();
    const auto old = m_layouts.constFind(key);
    // A row that was measured exactly and only changed its content is likely on screen.
    const bool wasExact = old != m_layouts.cend() && old->geometry.exact && old->width == width
        && old->generation == m_generation;
    Entry entry;
    entry.width = width;
    entry.generation = m_generation;
    if (wasExact || index.model()->rowCount() <= m_exactRowLimit) {
        const BubbleInput input = BubbleInput::fromIndex(index);
        entry.revision = input.revision;
        entry.geometry =
            BubbleLayout::build(input, width, *m_style, *m_text, m_generation, m_clock->now());
    } else {
        const BubbleInput input = BubbleInput::forEstimate(index);
        entry.revision = input.revision;
        entry.geometry.size = BubbleLayout::estimate(input, width, *m_style);
    }
    entry.reportedHeight = entry.geometry.size.height();
    m_layouts.insert(key, entry);
    return entry.geometry.size;
}

const BubbleGeometry &MessageDelegate::exact(const QStyleOptionViewItem &option,
                                             const QModelIndex &index,
                                             const BubbleInput *known) const
{
    ensureStyle(option);
    const int width = widthFor(option);
    Entry *fresh = entryFor(index, width);
    if (fresh && fresh->geometry.exact)
        return fresh->geometry;
    const BubbleInput input = known ? *known : BubbleInput::fromIndex(index);
    const auto old = m_layouts.constFind(input.key);
    Entry entry;
    entry.width = width;
    entry.revision = input.revision;
    entry.generation = m_generation;
    entry.reportedHeight = old == m_layouts.cend() ? -1 : old->reportedHeight;
    entry.geometry =
        BubbleLayout::build(input, width, *m_style, *m_text, m_generation, m_clock->now());
    return m_layouts.insert(input.key, entry)->geometry;
}

bool MessageDelegate::ensureExact(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const BubbleGeometry &geometry = exact(option, index);
    const Entry &entry = m_layouts[index.data(MessageListModel::RowKeyRole).toLongLong()];
    return entry.reportedHeight != geometry.size.height();
}

bool MessageDelegate::geometryIsExact(const QModelIndex &index) const
{
    const Entry *fresh = entryFor(index, m_viewWidth > 0 ? m_viewWidth : 480);
    return fresh && fresh->geometry.exact;
}

bool MessageDelegate::takeRelayoutNeeded() const
{
    const bool needed = m_relayoutNeeded;
    m_relayoutNeeded = false;
    return needed;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    ensureStyle(option);
    const BubbleInput input = BubbleInput::fromIndex(index);
    // The view compares the painted height with the one it laid out (ChatView::paintEvent).
    const BubbleGeometry &geometry = exact(option, index, &input);
    const BubbleStyle &style = *m_style;

    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->translate(option.rect.topLeft());
    if (!geometry.bubble.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.shadow);
        painter->drawRoundedRect(geometry.bubble.translated(0, 1), style.radius, style.radius);
        painter->setBrush(style.bubbleColor(input.outgoing()));
        painter->drawRoundedRect(geometry.bubble, style.radius, style.radius);
    }
    for (const BubblePiece &piece : geometry.pieces)
        paintPiece(painter, piece, input, geometry);
    painter->restore();
}

void MessageDelegate::paintPiece(QPainter *painter, const BubblePiece &piece,
                                 const BubbleInput &input, const BubbleGeometry &geometry) const
{
    const BubbleStyle &style = *m_style;
    switch (piece.kind) {
    case PieceKind::Text:
        m_text->paint(painter, input.key, BubbleContent::markup(input), piece.rect,
                      geometry.textWidth, style, m_generation);
        return;
    case PieceKind::Media:
        if (const auto media = BubbleContent::media(input))
            m_media->paintVisual(painter, piece.rect, input, *media, style);
        return;
    case PieceKind::Audio:
        m_media->paintAudio(painter, piece.rect, input, style);
        return;
    case PieceKind::Document:
        if (const auto media = BubbleContent::media(input))
            m_media->paintDocument(painter, piece.rect, input, *media, style);
        return;
    case PieceKind::Meta:
        BubbleTicks::paintMeta(painter, piece.rect,
                               BubbleStrings::timeLabel(input.chat.message.timestamp),
                               input.outgoing(), input.chat.status.state(), style,
                               style.bubbleColor(input.outgoing()), geometry.metaOverlay);
        return;
    default:
        break;
    }
    if (BubbleRich::handles(piece.kind)) {
        BubbleRich::paint(painter, piece, input, style, m_clock->now());
    } else if (BubbleActions::handles(piece.kind)) {
        const bool hovered = input.key == m_hoverKey && piece.rect == m_hoverRect;
        BubbleActions::paint(painter, piece, input, style, hovered);
    }
}

const BubbleGeometry &MessageDelegate::geometry(const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    return exact(option, index);
}

std::optional<BubbleHit> MessageDelegate::hitTest(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, const QPoint &pos) const
{
    if (!index.isValid())
        return std::nullopt;
    const BubbleGeometry &g = exact(option, index);
    const QPointF local = QPointF(pos - option.rect.topLeft());
    for (const BubbleHit &hit : g.hits) {
        if (hit.rect.contains(local))
            return hit;
    }
    const BubblePiece *text = g.piece(PieceKind::Text);
    if (text && text->rect.contains(local)) {
        const BubbleInput input = BubbleInput::fromIndex(index);
        const QString anchor =
            m_text->anchorAt(input.key, BubbleContent::markup(input), g.textWidth, *m_style,
                             m_generation, local - text->rect.topLeft());
        if (!anchor.isEmpty())
            return BubbleHit{BubbleHit::Kind::Link, text->rect, anchor};
    }
    return std::nullopt;
}

QRect MessageDelegate::hitRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                               BubbleHit::Kind kind) const
{
    const BubbleGeometry &g = exact(option, index);
    for (const BubbleHit &hit : g.hits) {
        if (hit.kind == kind)
            return hit.rect.translated(option.rect.topLeft()).toAlignedRect();
    }
    return {};
}

QRect MessageDelegate::bubbleRect(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const BubbleGeometry &g = exact(option, index);
    QRectF rect = g.bubble;
    if (rect.isEmpty()) {
        for (const BubblePiece &piece : g.pieces) {
            if (piece.kind == PieceKind::Media || piece.kind == PieceKind::SystemNote)
                rect = rect.united(piece.rect);
        }
    }
    return rect.translated(option.rect.topLeft()).toAlignedRect();
}

QString MessageDelegate::toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   const QPoint &pos) const
{
    if (!index.isValid())
        return {};
    const BubbleInput input = BubbleInput::fromIndex(index);
    if (const auto hit = hitTest(option, index, pos)) {
        switch (hit->kind) {
        case BubbleHit::Kind::Link:
            return hit->target;
        case BubbleHit::Kind::Retry:
            return tr("Send this message again");
        case BubbleHit::Kind::ListButton:
            return tr("Show the options the customer sees");
        case BubbleHit::Kind::Media:
            if (!input.chat.mediaError.isEmpty())
                return BubbleStrings::mediaUnavailable(input.chat.mediaError);
            return input.chat.mediaLocalPath.isEmpty() ? tr("Download and open") : tr("Open");
        }
    }
    const BubbleGeometry &g = exact(option, index);
    const QPointF local = QPointF(pos - option.rect.topLeft());
    if (const BubblePiece *reactions = g.piece(PieceKind::Reactions);
        reactions && reactions->rect.contains(local))
        return BubbleStrings::reactionsToolTip(input.chat.reactions);
    bool inside = g.bubble.contains(local);
    for (const BubblePiece &piece : g.pieces)
        inside = inside
            || ((piece.kind == PieceKind::Media || piece.kind == PieceKind::Meta)
                && piece.rect.contains(local));
    if (!inside)
        return {};
    if (!input.outgoing())
        return BubbleStrings::receivedToolTip(input.chat.message.timestamp);
    QString tip = BubbleStrings::statusToolTip(input.chat.status);
    if (input.chat.error && input.chat.error != input.chat.status.error())
        tip += QLatin1Char('\n') + BubbleStrings::failureLine(input.chat.error);
    return tip;
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipAt(option, index, event->pos());
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport());
    return true;
}

bool MessageDelegate::setHover(qint64 key, const QRectF &rect)
{
    if (key == m_hoverKey && rect == m_hoverRect)
        return false;
    m_hoverKey = key;
    m_hoverRect = rect;
    return true;
}

} // namespace sb

#include "BubbleActions.h"

#include "BubbleContent.h"
#include "BubbleGlyphs.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sb {

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

void paintButtonRow(QPainter *painter, const QRectF &rect, const BubbleButton &button,
                    const BubbleStyle &style, bool hovered)
{
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (hovered)
        painter->fillRect(rect, style.cardBackground);
    painter->setPen(QPen(style.separator, 1));
    painter->drawLine(QPointF(rect.left(), rect.top() + 0.5),
                      QPointF(rect.right(), rect.top() + 0.5));
    const qreal glyph = button.glyph == ButtonGlyph::None ? 0 : 15 * u;
    const qreal gap = glyph > 0 ? 6 * u : 0;
    const qreal maxLabel = rect.width() - 16 * u - glyph - gap;
    const QString label = style.fm.elidedText(button.label, Qt::ElideRight, maxLabel);
    const qreal labelWidth = style.fm.horizontalAdvance(label);
    const qreal total = glyph + gap + labelWidth;
    const qreal left = rect.center().x() - total / 2;
    if (glyph > 0)
        glyphs::button(painter, QRectF(left, rect.center().y() - glyph / 2, glyph, glyph),
                       button.glyph, style.link);
    painter->setFont(style.font);
    painter->setPen(style.link);
    painter->drawText(QRectF(left + glyph + gap, rect.top(), labelWidth + 2, rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, label);
    painter->restore();
}

} // namespace

bool BubbleActions::handles(PieceKind kind)
{
    return kind == PieceKind::Button || kind == PieceKind::ListButton || kind == PieceKind::Failure
        || kind == PieceKind::Retry;
}

std::optional<StatusError> BubbleActions::errorOf(const BubbleInput &input)
{
    return input.chat.error ? input.chat.error : input.chat.status.error();
}

QSizeF BubbleActions::measure(PieceKind kind, const BubbleInput &input, qreal width,
                              const BubbleStyle &style)
{
    const qreal u = style.unit;
    switch (kind) {
    case PieceKind::Button:
    case PieceKind::ListButton: {
        // Natural width: what the longest label needs, so the bubble does not cut it.
        qreal natural = 0;
        for (const BubbleButton &button : BubbleContent::buttons(input))
            natural = std::max(natural, style.fm.horizontalAdvance(button.label));
        if (const auto list = BubbleContent::listButton(input))
            natural = std::max(natural, style.fm.horizontalAdvance(list->label));
        return {std::min(width, std::ceil(natural + 40 * u)), style.buttonHeight};
    }
    case PieceKind::Failure: {
        const QString text = BubbleStrings::failureLine(errorOf(input));
        const QRectF bounds =
            style.smallFm.boundingRect(QRectF(0, 0, width - 16 * u, 1e6), kWrap, text);
        return {std::min(width, std::ceil(bounds.width() + 16 * u)),
                std::ceil(bounds.height() + 12 * u)};
    }
    case PieceKind::Retry:
        return {std::ceil(style.smallBoldFm.horizontalAdvance(BubbleStrings::retry()) + 40 * u),
                std::ceil(style.smallBoldFm.height() + 12 * u)};
    default:
        return {0, 0};
    }
}

void BubbleActions::paint(QPainter *painter, const BubblePiece &piece, const BubbleInput &input,
                          const BubbleStyle &style, bool hovered)
{
    const qreal u = style.unit;
    switch (piece.kind) {
    case PieceKind::Button: {
        const QList<BubbleButton> buttons = BubbleContent::buttons(input);
        if (piece.index >= 0 && piece.index < buttons.size())
            paintButtonRow(painter, piece.rect, buttons.at(piece.index), style, hovered);
        return;
    }
    case PieceKind::ListButton:
        if (const auto list = BubbleContent::listButton(input))
            paintButtonRow(painter, piece.rect, *list, style, hovered);
        return;
    case PieceKind::Failure: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.failureBackground);
        painter->drawRoundedRect(piece.rect, 6 * u, 6 * u);
        painter->setFont(style.small);
        painter->setPen(style.failed);
        painter->drawText(piece.rect.adjusted(8 * u, 6 * u, -8 * u, -6 * u), kWrap,
                          BubbleStrings::failureLine(errorOf(input)));
        painter->restore();
        return;
    }
    case PieceKind::Retry: {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF pill = piece.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(QPen(style.failed, 1.2 * u));
        painter->setBrush(hovered ? style.failed : style.failureBackground);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        const QColor ink = hovered ? QColor(Qt::white) : style.failed;
        // A circular arrow before the label.
        const qreal g = 11 * u;
        const QRectF arc(pill.left() + 10 * u, pill.center().y() - g / 2, g, g);
        painter->setPen(QPen(ink, 1.6 * u, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(arc, 60 * 16, 280 * 16);
        QPainterPath head;
        head.moveTo(arc.right() - 1 * u, arc.top() - 1 * u);
        head.lineTo(arc.right() + 1 * u, arc.top() + 3 * u);
        head.lineTo(arc.right() - 3 * u, arc.top() + 3.5 * u);
        painter->drawPath(head);
        painter->setFont(style.smallBold);
        painter->setPen(ink);
        painter->drawText(pill.adjusted(arc.right() - pill.left() + 5 * u, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, BubbleStrings::retry());
        painter->restore();
        return;
    }
    default:
        return;
    }
}

} // namespace sb

#include "BubbleGlyphs.h"

#include <QPainter>
#include <QPainterPath>

namespace sb::glyphs {

namespace {

QPen strokePen(const QRectF &box, const QColor &color, qreal weight = 0.1)
{
    return QPen(color, std::max<qreal>(1.0, box.height() * weight), Qt::SolidLine, Qt::RoundCap,
                Qt::RoundJoin);
}

QPointF at(const QRectF &box, qreal x, qreal y)
{
    return {box.left() + x * box.width(), box.top() + y * box.height()};
}

} // namespace

void disc(QPainter *painter, const QPointF &center, qreal radius, const QColor &fill)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(center, radius, radius);
    painter->restore();
}

void download(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(strokePen(box, color, 0.11));
    painter->drawLine(at(box, 0.5, 0.12), at(box, 0.5, 0.68));
    QPainterPath head;
    head.moveTo(at(box, 0.24, 0.44));
    head.lineTo(at(box, 0.5, 0.7));
    head.lineTo(at(box, 0.76, 0.44));
    painter->drawPath(head);
    painter->drawLine(at(box, 0.2, 0.88), at(box, 0.8, 0.88));
    painter->restore();
}

void play(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(at(box, 0.28, 0.14));
    triangle.lineTo(at(box, 0.86, 0.5));
    triangle.lineTo(at(box, 0.28, 0.86));
    triangle.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(triangle);
    painter->restore();
}

void brokenImage(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(strokePen(box, color, 0.08));
    painter->setBrush(Qt::NoBrush);
    const QRectF frame(at(box, 0.1, 0.18), at(box, 0.9, 0.82));
    painter->drawRoundedRect(frame, box.width() * 0.06, box.width() * 0.06);
    QPainterPath hills;
    hills.moveTo(at(box, 0.16, 0.74));
    hills.lineTo(at(box, 0.4, 0.48));
    hills.lineTo(at(box, 0.56, 0.64));
    hills.lineTo(at(box, 0.68, 0.54));
    hills.lineTo(at(box, 0.84, 0.74));
    painter->drawPath(hills);
    painter->drawLine(at(box, 0.1, 0.92), at(box, 0.9, 0.08)); // crossed out
    painter->restore();
}

void microphone(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF capsule(at(box, 0.36, 0.06), at(box, 0.64, 0.62));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(capsule, capsule.width() / 2, capsule.width() / 2);
    painter->setPen(strokePen(box, color, 0.08));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(QRectF(at(box, 0.24, 0.2), at(box, 0.76, 0.74)), 180 * 16, 180 * 16);
    painter->drawLine(at(box, 0.5, 0.74), at(box, 0.5, 0.92));
    painter->restore();
}

void musicNote(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(strokePen(box, color, 0.09));
    painter->drawLine(at(box, 0.62, 0.14), at(box, 0.62, 0.74));
    painter->drawLine(at(box, 0.62, 0.14), at(box, 0.84, 0.26));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(QRectF(at(box, 0.3, 0.62), at(box, 0.64, 0.88)));
    painter->restore();
}

void pin(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    const QPointF tip = at(box, 0.5, 0.96);
    path.moveTo(tip);
    path.cubicTo(at(box, 0.18, 0.6), at(box, 0.12, 0.42), at(box, 0.14, 0.36));
    path.arcTo(QRectF(at(box, 0.14, 0.04), at(box, 0.86, 0.68)), 180, -180);
    path.cubicTo(at(box, 0.88, 0.42), at(box, 0.82, 0.6), tip);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(path);
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawEllipse(QRectF(at(box, 0.37, 0.23), at(box, 0.63, 0.49)));
    painter->restore();
}

void smiley(QPainter *painter, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(strokePen(box, color, 0.07));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QRectF(at(box, 0.1, 0.1), at(box, 0.9, 0.9)));
    painter->drawArc(QRectF(at(box, 0.3, 0.3), at(box, 0.7, 0.72)), 200 * 16, 140 * 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(at(box, 0.37, 0.38), box.width() * 0.05, box.width() * 0.05);
    painter->drawEllipse(at(box, 0.63, 0.38), box.width() * 0.05, box.width() * 0.05);
    painter->restore();
}

void page(QPainter *painter, const QRectF &box, const QColor &color, const QString &label)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal fold = box.width() * 0.3;
    QPainterPath sheet;
    sheet.moveTo(box.topLeft());
    sheet.lineTo(box.right() - fold, box.top());
    sheet.lineTo(box.right(), box.top() + fold);
    sheet.lineTo(box.bottomRight());
    sheet.lineTo(box.bottomLeft());
    sheet.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(sheet);
    QPainterPath corner;
    corner.moveTo(box.right() - fold, box.top());
    corner.lineTo(box.right() - fold, box.top() + fold);
    corner.lineTo(box.right(), box.top() + fold);
    corner.closeSubpath();
    painter->setBrush(color.darker(130));
    painter->drawPath(corner);
    if (!label.isEmpty()) {
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, qRound(box.width() * 0.28)));
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(
            QRectF(box.left(), box.top() + box.height() * 0.45, box.width(), box.height() * 0.45),
            Qt::AlignCenter, label.left(4).toUpper());
    }
    painter->restore();
}

void button(QPainter *painter, const QRectF &box, ButtonGlyph glyph, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(strokePen(box, color, 0.1));
    painter->setBrush(Qt::NoBrush);
    switch (glyph) {
    case ButtonGlyph::None:
        break;
    case ButtonGlyph::Reply: {
        QPainterPath arrow;
        arrow.moveTo(at(box, 0.4, 0.2));
        arrow.lineTo(at(box, 0.12, 0.48));
        arrow.lineTo(at(box, 0.4, 0.76));
        arrow.moveTo(at(box, 0.14, 0.48));
        arrow.cubicTo(at(box, 0.6, 0.48), at(box, 0.88, 0.52), at(box, 0.88, 0.86));
        painter->drawPath(arrow);
        break;
    }
    case ButtonGlyph::Link: {
        QPainterPath box2;
        box2.moveTo(at(box, 0.5, 0.18));
        box2.lineTo(at(box, 0.16, 0.18));
        box2.lineTo(at(box, 0.16, 0.84));
        box2.lineTo(at(box, 0.82, 0.84));
        box2.lineTo(at(box, 0.82, 0.5));
        box2.moveTo(at(box, 0.46, 0.54));
        box2.lineTo(at(box, 0.86, 0.14));
        box2.moveTo(at(box, 0.6, 0.14));
        box2.lineTo(at(box, 0.86, 0.14));
        box2.lineTo(at(box, 0.86, 0.4));
        painter->drawPath(box2);
        break;
    }
    case ButtonGlyph::Phone: {
        QPainterPath handset;
        handset.moveTo(at(box, 0.2, 0.16));
        handset.cubicTo(at(box, 0.1, 0.5), at(box, 0.5, 0.9), at(box, 0.84, 0.8));
        painter->setPen(strokePen(box, color, 0.2));
        painter->drawPath(handset);
        break;
    }
    case ButtonGlyph::Copy:
        painter->drawRoundedRect(QRectF(at(box, 0.32, 0.1), at(box, 0.88, 0.7)), 2, 2);
        painter->drawRoundedRect(QRectF(at(box, 0.12, 0.3), at(box, 0.68, 0.9)), 2, 2);
        break;
    case ButtonGlyph::List:
        for (const qreal y : {0.24, 0.5, 0.76}) {
            painter->drawLine(at(box, 0.34, y), at(box, 0.88, y));
            painter->drawPoint(at(box, 0.14, y));
        }
        break;
    case ButtonGlyph::Location:
        pin(painter, box, color);
        break;
    case ButtonGlyph::Form:
        painter->drawRoundedRect(QRectF(at(box, 0.18, 0.1), at(box, 0.82, 0.9)), 2, 2);
        painter->drawLine(at(box, 0.32, 0.36), at(box, 0.68, 0.36));
        painter->drawLine(at(box, 0.32, 0.6), at(box, 0.6, 0.6));
        break;
    case ButtonGlyph::Cart: {
        QPainterPath cart;
        cart.moveTo(at(box, 0.06, 0.16));
        cart.lineTo(at(box, 0.22, 0.16));
        cart.lineTo(at(box, 0.34, 0.64));
        cart.lineTo(at(box, 0.82, 0.64));
        cart.lineTo(at(box, 0.92, 0.3));
        cart.lineTo(at(box, 0.27, 0.3));
        painter->drawPath(cart);
        painter->drawEllipse(at(box, 0.38, 0.82), box.width() * 0.06, box.width() * 0.06);
        painter->drawEllipse(at(box, 0.76, 0.82), box.width() * 0.06, box.width() * 0.06);
        break;
    }
    }
    painter->restore();
}

} // namespace sb::glyphs

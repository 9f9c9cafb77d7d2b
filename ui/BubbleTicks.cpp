#include "BubbleTicks.h"

#include "BubbleStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace sb {

namespace {

// One check mark in a box `h` high starting at x.
QPainterPath tickPath(qreal x, qreal top, qreal h, bool shortLeg)
{
    QPainterPath path;
    if (shortLeg) {
        path.moveTo(x + 0.08 * h, top + 0.56 * h);
        path.lineTo(x + 0.36 * h, top + 0.84 * h);
    } else {
        path.moveTo(x + 0.36 * h, top + 0.84 * h);
    }
    path.lineTo(x + 0.98 * h, top + 0.16 * h);
    return path;
}

void strokePath(QPainter *painter, const QPainterPath &path, const QColor &color, qreal width)
{
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
}

void paintClock(QPainter *painter, const QRectF &box, const QColor &color, qreal pen)
{
    const qreal d = box.height() * 0.92;
    const QRectF circle(box.left() + (box.height() - d) / 2, box.center().y() - d / 2, d, d);
    painter->setPen(QPen(color, pen));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(circle);
    const QPointF c = circle.center();
    painter->drawLine(c, QPointF(c.x(), circle.top() + d * 0.22));
    painter->drawLine(c, QPointF(c.x() + d * 0.24, c.y()));
}

void paintBadge(QPainter *painter, const QRectF &box, const QColor &fill, const QString &glyph,
                const BubbleStyle &style)
{
    const qreal d = box.height() * 1.05;
    const QRectF circle(box.left(), box.center().y() - d / 2, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(circle);
    QFont font = style.smallBold;
    font.setPixelSize(std::max(6, qRound(d * 0.8)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, glyph);
}

void paintMic(QPainter *painter, const QRectF &box, const QColor &color)
{
    const qreal h = box.height();
    const QRectF capsule(box.left() + h * 0.3, box.top(), h * 0.4, h * 0.62);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(capsule, capsule.width() / 2, capsule.width() / 2);
    painter->setPen(QPen(color, std::max<qreal>(1, h * 0.1), Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    const QRectF cup(box.left() + h * 0.16, box.top() + h * 0.2, h * 0.68, h * 0.6);
    painter->drawArc(cup, 180 * 16, 180 * 16);
    painter->drawLine(QPointF(box.left() + h * 0.5, box.top() + h * 0.8),
                      QPointF(box.left() + h * 0.5, box.bottom()));
}

} // namespace

qreal BubbleTicks::width(DeliveryState state, const BubbleStyle &style)
{
    switch (state) {
    case DeliveryState::Delivered:
    case DeliveryState::Read:
        return style.tickWidth;
    case DeliveryState::Played:
        return style.tickWidth + style.tickHeight * 0.9;
    default:
        return style.tickHeight * 1.15;
    }
}

void BubbleTicks::paint(QPainter *painter, const QRectF &rect, DeliveryState state,
                        const BubbleStyle &style, const QColor &bubble)
{
    paintMark(painter, rect, state, style, bubble, style.tickGrey);
}

void BubbleTicks::paintMark(QPainter *painter, const QRectF &rect, DeliveryState state,
                            const BubbleStyle &style, const QColor &bubble, const QColor &grey)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal h = style.tickHeight;
    const qreal top = rect.center().y() - h / 2;
    const QRectF box(rect.left(), top, rect.width(), h);
    const qreal pen = std::max<qreal>(1.2, h * 0.15);
    switch (state) {
    case DeliveryState::Draft:
    case DeliveryState::Queued:
    case DeliveryState::Sending:
        paintClock(painter, box, grey, std::max<qreal>(1.0, pen * 0.8));
        break;
    case DeliveryState::Accepted: {
        // Hollow: a wide grey stroke with the bubble colour cut out of its middle.
        const QPainterPath path = tickPath(box.left(), top, h, true);
        strokePath(painter, path, grey, pen * 2.2);
        strokePath(painter, path, bubble, pen * 0.9);
        break;
    }
    case DeliveryState::Unknown:
        paintBadge(painter, box, style.warning, QStringLiteral("?"), style);
        break;
    case DeliveryState::Sent:
        strokePath(painter, tickPath(box.left(), top, h, true), grey, pen);
        break;
    case DeliveryState::Delivered:
    case DeliveryState::Read:
    case DeliveryState::Played: {
        const QColor color = state == DeliveryState::Delivered ? grey : style.tickBlue;
        qreal x = box.left();
        if (state == DeliveryState::Played) {
            paintMic(painter, QRectF(x, top, h * 0.8, h), style.tickBlue);
            x += h * 0.9;
        }
        strokePath(painter, tickPath(x, top, h, true), color, pen);
        strokePath(painter, tickPath(x + h * 0.42, top, h, false), color, pen);
        break;
    }
    case DeliveryState::Failed:
        paintBadge(painter, box, style.failed, QStringLiteral("!"), style);
        break;
    }
    painter->restore();
}

qreal BubbleTicks::metaWidth(const QString &time, bool outgoing, DeliveryState state,
                             const BubbleStyle &style)
{
    qreal w = style.smallFm.horizontalAdvance(time);
    if (outgoing)
        w += 4 * style.unit + width(state, style);
    return std::ceil(w);
}

void BubbleTicks::paintMeta(QPainter *painter, const QRectF &rect, const QString &time,
                            bool outgoing, DeliveryState state, const BubbleStyle &style,
                            const QColor &bubble, bool overlay)
{
    painter->save();
    if (overlay) {
        // A soft dark capsule keeps the time legible on any photo.
        const QRectF back =
            rect.adjusted(-5 * style.unit, -1 * style.unit, 5 * style.unit, 1 * style.unit);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 110));
        painter->drawRoundedRect(back, back.height() / 2, back.height() / 2);
    }
    painter->setFont(style.small);
    painter->setPen(overlay ? QColor(Qt::white) : style.secondary);
    const qreal ticks = outgoing ? width(state, style) : 0;
    const QRectF textRect(rect.left(), rect.top(),
                          rect.width() - (outgoing ? ticks + 4 * style.unit : 0), rect.height());
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, time);
    if (outgoing) {
        const QRectF tickRect(rect.right() - ticks, rect.top(), ticks, rect.height());
        // On photos the grey states would vanish; use white there like WhatsApp does.
        paintMark(painter, tickRect, state, style, overlay ? QColor(0x3a, 0x3a, 0x3a) : bubble,
                  overlay ? QColor(Qt::white) : style.tickGrey);
    }
    painter->restore();
}

} // namespace sb

#include "ChatNewMessagesPill.h"

#include "BubbleStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace sb {

ChatNewMessagesPill::ChatNewMessagesPill(QWidget *parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
}

QSize ChatNewMessagesPill::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()) + 3 * metrics.height(), metrics.height() + 14};
}

void ChatNewMessagesPill::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    const BubbleStyle style(font(), palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect()).adjusted(2, 1, -2, -3);
    const qreal radius = pill.height() / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.shadow);
    painter.drawRoundedRect(pill.translated(0, 2), radius, radius);
    painter.setBrush(isDown() ? style.inbound.darker(108) : style.inbound);
    painter.drawRoundedRect(pill, radius, radius);

    // A chevron pointing down to the newest messages.
    const qreal h = pill.height() * 0.28;
    const QPointF tip(pill.right() - radius, pill.center().y() + h / 2);
    QPainterPath chevron;
    chevron.moveTo(tip.x() - h, tip.y() - h);
    chevron.lineTo(tip);
    chevron.lineTo(tip.x() + h, tip.y() - h);
    painter.setPen(QPen(style.link, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(chevron);

    painter.setPen(style.text);
    painter.drawText(pill.adjusted(radius, 0, -2 * radius, 0), Qt::AlignCenter, text());
}

} // namespace sb

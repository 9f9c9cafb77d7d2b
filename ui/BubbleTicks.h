#pragma once

#include "DeliveryStatus.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace sb {

class BubbleStyle;

// The delivery mark of an outgoing bubble, as WhatsApp draws it, plus our local states:
// Draft/Queued/Sending: a clock; Accepted (the API took it, no webhook yet): a hollow tick;
// Unknown (the answer was lost): an amber "?"; Sent: one grey tick; Delivered: two grey;
// Read: two blue; Played: two blue and a blue microphone; Failed: a red "!".
class BubbleTicks
{
public:
    BubbleTicks() = delete;

    static qreal width(DeliveryState state, const BubbleStyle &style);
    // `bubble` is the colour under the mark (the hollow tick is cut out of it).
    static void paint(QPainter *painter, const QRectF &rect, DeliveryState state,
                      const BubbleStyle &style, const QColor &bubble);

    // Time and mark together: "14:05 ✓✓". `overlay` draws light text for use on photos.
    static qreal metaWidth(const QString &time, bool outgoing, DeliveryState state,
                           const BubbleStyle &style);
    static void paintMeta(QPainter *painter, const QRectF &rect, const QString &time, bool outgoing,
                          DeliveryState state, const BubbleStyle &style, const QColor &bubble,
                          bool overlay);

private:
    static void paintMark(QPainter *painter, const QRectF &rect, DeliveryState state,
                          const BubbleStyle &style, const QColor &bubble, const QColor &grey);
};

} // namespace sb

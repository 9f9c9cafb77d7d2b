#pragma once

#include "BubbleGeometry.h"

#include <QSizeF>

class QPainter;

namespace sb {

class BubbleStyle;

// Paints the interactive rows at the bottom of a bubble: the buttons the customer sees under
// interactive and template messages, the list button that opens the sheet, and for failed
// messages the explanation with its Retry button.
class BubbleActions
{
public:
    BubbleActions() = delete;

    static bool handles(PieceKind kind);
    static QSizeF measure(PieceKind kind, const BubbleInput &input, qreal width,
                          const BubbleStyle &style);
    static void paint(QPainter *painter, const BubblePiece &piece, const BubbleInput &input,
                      const BubbleStyle &style, bool hovered);

    // The error of a failed row: a synchronous send error, else the failed status's.
    static std::optional<StatusError> errorOf(const BubbleInput &input);
};

} // namespace sb

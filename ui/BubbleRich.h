#pragma once

#include "BubbleGeometry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSizeF>

class QPainter;

namespace sb {

class BubbleStyle;

// Measures and paints the card-like and textual parts of a bubble: day separators, system
// notes, quotes, referral cards, labels, headers and footers, locations with their map link,
// contact cards, product cards, orders, unsupported content, reactions and the read-receipts
// hint. measure() returns the natural width (at most `width`) and the height; paint() draws the
// same part into the rect the layout gave it.
class BubbleRich
{
    Q_DECLARE_TR_FUNCTIONS(sb::BubbleRich)

public:
    BubbleRich() = delete;

    static bool handles(PieceKind kind);
    static QSizeF measure(PieceKind kind, const BubbleInput &input, int index, qreal width,
                          const BubbleStyle &style, const QDateTime &now);
    static void paint(QPainter *painter, const BubblePiece &piece, const BubbleInput &input,
                      const BubbleStyle &style, const QDateTime &now);

    static qreal mapHeight(const BubbleStyle &style);
    // The "Open map" line inside a location piece, relative to the piece.
    static QRectF mapLinkRect(const BubblePiece &piece, const BubbleInput &input,
                              const BubbleStyle &style);

    static QString quotePreview(const QuotedMessage &quoted);
    static QString productTitle(const QString &retailerId);

private:
    static QString simpleText(PieceKind kind, const BubbleInput &input, const QDateTime &now);
    static void paintQuote(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                           const BubbleStyle &style);
    static void paintLocation(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                              const BubbleStyle &style);
    static void paintContact(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                             int index, const BubbleStyle &style);
    static void paintProduct(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                             const BubbleStyle &style);
    static void paintOrder(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                           const BubbleStyle &style);
    static void paintReferral(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                              const BubbleStyle &style);
    static void paintReactions(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                               const BubbleStyle &style);
};

} // namespace sb

#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPalette>

namespace sb {

// Colours, fonts and metrics of the chat view, derived from the view's font and palette. Built
// once per font/palette change; every bubble painter and the layout read from the same instance,
// so measuring and painting cannot disagree. Dark palettes get the dark WhatsApp scheme.
class BubbleStyle
{
public:
    BubbleStyle(const QFont &font, const QPalette &palette);

    bool dark = false;

    QFont font;
    QFont bold;
    QFont small; // time, footer, labels
    QFont smallItalic;
    QFont smallBold;
    QFontMetricsF fm;
    QFontMetricsF smallFm;
    QFontMetricsF boldFm;
    QFontMetricsF smallBoldFm;
    QFontMetricsF smallItalicFm;

    QColor background; // the chat wallpaper
    QColor inbound; // customer bubbles
    QColor outbound; // our bubbles
    QColor text;
    QColor secondary; // time, footers, captions of cards
    QColor link;
    QColor tickGrey;
    QColor tickBlue;
    QColor failed;
    QColor warning; // "outcome unknown"
    QColor failureBackground;
    QColor separator; // hairlines between bubble buttons
    QColor pill; // day separator and system notes
    QColor pillText;
    QColor placeholder; // media not downloaded yet
    QColor placeholderGlyph;
    QColor quoteInbound; // bar colour of a quote of the customer's message
    QColor quoteOutbound; // bar colour of a quote of ours
    QColor quoteBackground;
    QColor cardBackground; // document rows, product and location cards inside a bubble
    QColor shadow;

    qreal unit = 1; // 1 px at the default font size; every metric scales with the font
    qreal padding = 8; // inside a bubble
    qreal radius = 8;
    qreal sideMargin = 14; // between the view edge and the bubble
    qreal rowGap = 3; // between rows
    qreal lineGap = 4; // between stacked parts of one bubble
    qreal mediaWidth = 280;
    qreal mediaHeight = 200;
    qreal stickerSize = 140;
    qreal buttonHeight = 34;
    qreal tickWidth = 18;
    qreal tickHeight = 11;

    // The widest a bubble may grow in a view `viewWidth` wide.
    qreal maxBubbleWidth(qreal viewWidth) const;
    QColor bubbleColor(bool outgoing) const { return outgoing ? outbound : inbound; }
};

} // namespace sb

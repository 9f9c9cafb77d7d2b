#include "BubbleStyle.h"

#include <algorithm>

namespace sb {

namespace {

QFont derived(const QFont &base, qreal scale, bool bold, bool italic)
{
    QFont font = base;
    if (scale != 1.0) {
        if (base.pointSizeF() > 0)
            font.setPointSizeF(base.pointSizeF() * scale);
        else
            font.setPixelSize(std::max(8, qRound(base.pixelSize() * scale)));
    }
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

} // namespace

BubbleStyle::BubbleStyle(const QFont &baseFont, const QPalette &palette)
    : font(baseFont)
    , bold(derived(baseFont, 1.0, true, false))
    , small(derived(baseFont, 0.82, false, false))
    , smallItalic(derived(baseFont, 0.82, false, true))
    , smallBold(derived(baseFont, 0.82, true, false))
    , fm(font)
    , smallFm(small)
    , boldFm(bold)
    , smallBoldFm(smallBold)
    , smallItalicFm(smallItalic)
{
    dark = palette.color(QPalette::Window).lightness() < 128;
    if (dark) {
        background = QColor(0x0b, 0x14, 0x1a);
        inbound = QColor(0x20, 0x2c, 0x33);
        outbound = QColor(0x00, 0x5c, 0x4b);
        text = QColor(0xe9, 0xed, 0xef);
        secondary = QColor(0x8f, 0xa3, 0xad);
        link = QColor(0x53, 0xbd, 0xeb);
        tickGrey = QColor(0x8f, 0xa3, 0xad);
        failureBackground = QColor(0x4a, 0x1f, 0x22);
        separator = QColor(255, 255, 255, 30);
        pill = QColor(0x18, 0x22, 0x29);
        pillText = QColor(0x8f, 0xa3, 0xad);
        placeholder = QColor(0x2a, 0x39, 0x42);
        placeholderGlyph = QColor(0xd1, 0xd7, 0xdb);
        quoteBackground = QColor(0, 0, 0, 60);
        cardBackground = QColor(0, 0, 0, 50);
        shadow = QColor(0, 0, 0, 90);
    } else {
        background = QColor(0xef, 0xea, 0xe2);
        inbound = QColor(0xff, 0xff, 0xff);
        outbound = QColor(0xd9, 0xfd, 0xd3);
        text = QColor(0x11, 0x1b, 0x21);
        secondary = QColor(0x66, 0x77, 0x81);
        link = QColor(0x02, 0x7e, 0xb5);
        tickGrey = QColor(0x8c, 0x99, 0xa1);
        failureBackground = QColor(0xfd, 0xe8, 0xe8);
        separator = QColor(0, 0, 0, 28);
        pill = QColor(0xff, 0xff, 0xff, 235);
        pillText = QColor(0x54, 0x65, 0x6f);
        placeholder = QColor(0xc9, 0xd2, 0xd6);
        placeholderGlyph = QColor(0xff, 0xff, 0xff);
        quoteBackground = QColor(0, 0, 0, 14);
        cardBackground = QColor(0, 0, 0, 12);
        shadow = QColor(0x0b, 0x14, 0x1a, 40);
    }
    tickBlue = QColor(0x34, 0xb7, 0xf1);
    failed = QColor(0xe0, 0x3a, 0x3e);
    warning = QColor(0xe5, 0x8e, 0x1a);
    quoteInbound = QColor(0x06, 0xcf, 0x9c);
    quoteOutbound = QColor(0x53, 0xbd, 0xeb);

    // Metrics follow the font: 17 px is the line spacing of the usual 10 pt UI font.
    unit = std::max<qreal>(0.75, fm.lineSpacing() / 17.0);
    padding = 8 * unit;
    radius = 8 * unit;
    sideMargin = 14 * unit;
    rowGap = 3 * unit;
    lineGap = 4 * unit;
    mediaWidth = 280 * unit;
    mediaHeight = 196 * unit;
    stickerSize = 140 * unit;
    buttonHeight = 34 * unit;
    tickWidth = 18 * unit;
    tickHeight = 11 * unit;
}

qreal BubbleStyle::maxBubbleWidth(qreal viewWidth) const
{
    // Wide enough for media, narrow enough that long lines stay readable.
    const qreal cap = std::max<qreal>(mediaWidth + 2 * padding, fm.averageCharWidth() * 62);
    const qreal usable = viewWidth - 2 * sideMargin;
    return std::max<qreal>(120 * unit, std::min(usable * 0.78, cap));
}

} // namespace sb

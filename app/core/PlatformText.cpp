#include "PlatformText.h"

#include <QList>
#include <QString>
#include <QTextBoundaryFinder>

#include <array>
#include <utility>

namespace sb {

namespace {

constexpr char32_t kVariationSelector16 = 0xFE0F;
constexpr char32_t kCombiningKeycap = 0x20E3;

bool isRegionalIndicator(char32_t codePoint)
{
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
}

bool isKeycapBase(char32_t codePoint)
{
    return (codePoint >= u'0' && codePoint <= u'9') || codePoint == u'#' || codePoint == u'*';
}

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            result.append(c.unicode());
        }
    }
    return result;
}

} // namespace

qsizetype platformLength(QStringView text)
{
    qsizetype length = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --length;
            ++i;
        }
    }
    return length;
}

qsizetype graphemeCount(QStringView text)
{
    if (text.isEmpty())
        return 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.toString());
    qsizetype count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

bool isEmojiCodePoint(char32_t codePoint)
{
    // Extended_Pictographic ranges outside the supplementary emoji planes.
    static constexpr std::array<std::pair<char32_t, char32_t>, 29> kBmp{{
        {0x00A9, 0x00A9}, {0x00AE, 0x00AE}, {0x203C, 0x203C}, {0x2049, 0x2049}, {0x2122, 0x2122},
        {0x2139, 0x2139}, {0x2194, 0x2199}, {0x21A9, 0x21AA}, {0x231A, 0x231B}, {0x2328, 0x2328},
        {0x2388, 0x2388}, {0x23CF, 0x23CF}, {0x23E9, 0x23F3}, {0x23F8, 0x23FA}, {0x24C2, 0x24C2},
        {0x25AA, 0x25AB}, {0x25B6, 0x25B6}, {0x25C0, 0x25C0}, {0x25FB, 0x25FE}, {0x2600, 0x27BF},
        {0x2934, 0x2935}, {0x2B05, 0x2B07}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
        {0x3030, 0x3030}, {0x303D, 0x303D}, {0x3297, 0x3297}, {0x3299, 0x3299},
    }};
    if (codePoint >= 0x1F000 && codePoint <= 0x1FFFD)
        return true;
    for (const auto &[first, last] : kBmp) {
        if (codePoint >= first && codePoint <= last)
            return true;
    }
    return false;
}

bool containsEmoji(QStringView text)
{
    const QList<char32_t> points = codePoints(text);
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (isEmojiCodePoint(points[i]))
            return true;
        if (isKeycapBase(points[i]) && i + 1 < points.size()
            && (points[i + 1] == kCombiningKeycap
                || (points[i + 1] == kVariationSelector16 && i + 2 < points.size()
                    && points[i + 2] == kCombiningKeycap)))
            return true;
    }
    return false;
}

bool isSingleEmoji(QStringView text)
{
    if (graphemeCount(text) != 1)
        return false;
    const QList<char32_t> points = codePoints(text);
    const char32_t first = points.front();
    if (isRegionalIndicator(first)) // a flag is a pair; one indicator alone shows as a letter
        return points.size() == 2 && isRegionalIndicator(points[1]);
    if (isKeycapBase(first))
        return points.size() >= 2 && points.back() == kCombiningKeycap;
    return isEmojiCodePoint(first);
}

qsizetype lineBreakCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r') {
            ++count;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n' || c == 0x2028 || c == 0x2029) {
            ++count;
        }
    }
    return count;
}

} // namespace sb

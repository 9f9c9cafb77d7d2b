#include "WhatsAppMarkupParser.h"

#include "WhatsAppMarkupInline.h"

#include <algorithm>

namespace sb::markup {

namespace {

constexpr int kMaxListNumberDigits = 9;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isTriple(QStringView text, int pos)
{
    return pos + kMonoMarkerLength <= text.size() && text[pos] == u'`' && text[pos + 1] == u'`'
        && text[pos + 2] == u'`';
}

// ``` blocks first, over the whole text: they are the only markup that spans lines. Their
// content may start or end with a line break ("```\ncode\n```"), but not with a space.
std::vector<Atom> findMonospace(QStringView text)
{
    const int size = int(text.size());
    std::vector<int> closers;
    for (int j = 1; j + kMonoMarkerLength <= size; ++j) {
        if (isTriple(text, j) && !isHorizontalSpace(text[j - 1])
            && boundaryAfter(text, j + kMonoMarkerLength))
            closers.push_back(j);
    }
    std::vector<Atom> mono;
    int i = 0;
    while (i + kMonoMarkerLength <= size) {
        const int after = i + kMonoMarkerLength;
        if (isTriple(text, i) && boundaryBefore(text, i) && after < size && text[after] != u'`'
            && !isHorizontalSpace(text[after])) {
            const auto closer = std::lower_bound(closers.begin(), closers.end(), after + 1);
            if (closer != closers.end() && hasVisible(text, after, *closer)) {
                mono.push_back(Atom{i, *closer + kMonoMarkerLength, InlineKind::Monospace, {}});
                i = *closer + kMonoMarkerLength;
                continue;
            }
        }
        ++i;
    }
    return mono;
}

Block blockFor(QStringView text, int start, int end)
{
    Block block;
    block.lineStart = start;
    block.contentStart = start;
    block.lineEnd = end;
    const QStringView line = text.mid(start, end - start);
    if (line.size() >= 2 && line[1] == u' ') {
        if (line[0] == u'>') {
            block.kind = BlockKind::Quote;
            block.contentStart = start + 2;
            return block;
        }
        if ((line[0] == u'*' || line[0] == u'-') && hasVisible(text, start + 2, end)) {
            block.kind = BlockKind::Bullet;
            block.contentStart = start + 2;
            return block;
        }
    }
    int digits = 0;
    while (digits < line.size() && digits <= kMaxListNumberDigits && isAsciiDigit(line[digits]))
        ++digits;
    if (digits >= 1 && digits <= kMaxListNumberDigits && digits + 1 < line.size()
        && line[digits] == u'.' && line[digits + 1] == u' '
        && hasVisible(text, start + digits + 2, end)) {
        block.kind = BlockKind::Numbered;
        block.number = line.left(digits).toInt();
        block.contentStart = start + digits + 2;
    }
    return block;
}

// Qt 6.4 rich text cannot start an <ol> at any number but 1, so only runs counting 1, 2, 3…
// become lists; any other numbered line stays text and shows the number the customer typed.
void keepSequentialNumbering(std::vector<Block> &blocks)
{
    int expected = 0;
    for (Block &block : blocks) {
        if (block.kind != BlockKind::Numbered) {
            expected = 0;
        } else if (block.number == 1) {
            expected = 2;
        } else if (expected != 0 && block.number == expected) {
            ++expected;
        } else {
            block.kind = BlockKind::Line;
            block.contentStart = block.lineStart;
            block.number = 0;
            expected = 0;
        }
    }
}

} // namespace

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

std::vector<Block> parseMarkup(QStringView text)
{
    const std::vector<Atom> mono = findMonospace(text);
    const int size = int(text.size());
    std::vector<Block> blocks;
    std::size_t nextMono = 0;
    int pos = 0;
    for (;;) {
        int p = pos;
        while (p < size) {
            while (nextMono < mono.size() && mono[nextMono].end <= p)
                ++nextMono;
            if (nextMono < mono.size() && mono[nextMono].start <= p) {
                p = mono[nextMono].end;
                continue;
            }
            if (isLineBreak(text[p]))
                break;
            ++p;
        }
        blocks.push_back(blockFor(text, pos, p));
        if (p >= size)
            break;
        const bool crlf = text[p] == u'\r' && p + 1 < size && text[p + 1] == u'\n';
        pos = p + (crlf ? 2 : 1);
    }
    keepSequentialNumbering(blocks);
    for (Block &block : blocks)
        block.inlines = parseInline(text, mono, block.contentStart, block.lineEnd);
    return blocks;
}

} // namespace sb::markup

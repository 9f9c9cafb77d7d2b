#pragma once

#include <QString>
#include <QStringView>

#include <vector>

// The tokenizer behind WhatsAppMarkup: text in, a small tree of source positions out. The
// rules are documented in WhatsAppMarkup.h; renderers only walk this tree.
namespace sb::markup {

enum class InlineKind { Text, Bold, Italic, Strike, InlineCode, Monospace, Link };

// One inline piece. Positions are UTF-16 indices into the parsed text, markers included, so
// the HTML renderer, the plain-text renderer and the editor highlighter agree exactly.
struct InlineNode
{
    InlineKind kind = InlineKind::Text;
    int start = 0;
    int end = 0; // one past the last character
    int markerLength = 0; // 1 for * _ ~ `, 3 for ```, 0 for text and links
    QString href; // links only: validated http(s), percent-encoded, not HTML-escaped
    std::vector<InlineNode> children; // bold, italic and strike only

    int contentStart() const { return start + markerLength; }
    int contentEnd() const { return end - markerLength; }
};

enum class BlockKind { Line, Bullet, Numbered, Quote };

// One logical line: it ends at a line break that is not inside a ``` block.
struct Block
{
    BlockKind kind = BlockKind::Line;
    int lineStart = 0;
    int contentStart = 0; // after "* ", "- ", "1. " or "> "
    int lineEnd = 0; // the line break itself is not included
    int number = 0; // numbered items only
    std::vector<InlineNode> inlines;
};

// Never fails; an empty text gives one empty Line.
std::vector<Block> parseMarkup(QStringView text);

bool isLineBreak(QChar c);

} // namespace sb::markup

#pragma once

#include "WhatsAppMarkupParser.h"

#include <QStringView>

#include <vector>

// Inline half of the WhatsApp markup tokenizer, plus the character classes both halves share.
namespace sb::markup {

inline constexpr int kMonoMarkerLength = 3;

// A piece no other marker may look into: ``` blocks, `code` and links.
struct Atom
{
    int start = 0;
    int end = 0;
    InlineKind kind = InlineKind::Text;
    QString href;
};

bool isHorizontalSpace(QChar c);
// Whether a marker at `pos` may open: start of text, or after whitespace, punctuation, a
// symbol or a format character (combining marks are skipped first).
bool boundaryBefore(QStringView text, int pos);
// Whether a marker ending before `pos` may close: end of text, or the same classes as above.
bool boundaryAfter(QStringView text, int pos);
bool hasVisible(QStringView text, int from, int to);

// Inline nodes of [start, end), one logical line; `mono` holds every ``` block of the text.
std::vector<InlineNode> parseInline(QStringView text, const std::vector<Atom> &mono, int start,
                                    int end);

} // namespace sb::markup

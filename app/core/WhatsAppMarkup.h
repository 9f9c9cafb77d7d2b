#pragma once

#include <QFlags>
#include <QList>
#include <QString>

namespace sb {

// Styles of one stretch of source text, for an editor highlighter.
enum class MarkupStyle : quint16 {
    Bold = 0x1,
    Italic = 0x2,
    Strikethrough = 0x4,
    Monospace = 0x8, // ```block```
    InlineCode = 0x10, // `code`
    Link = 0x20,
    Quote = 0x40, // the text of a "> " line
    Marker = 0x100, // the * _ ~ ` or ``` characters themselves
    ListMarker = 0x200, // "* ", "- " or "1. " starting a list item
    QuoteMarker = 0x400, // "> " starting a quote line
};
Q_DECLARE_FLAGS(MarkupStyles, MarkupStyle)
Q_DECLARE_OPERATORS_FOR_FLAGS(MarkupStyles)

// A maximal run of source text (UTF-16 positions) with the same non-empty styles.
struct MarkupSpan
{
    int start = 0;
    int length = 0;
    MarkupStyles styles;

    friend bool operator==(const MarkupSpan &a, const MarkupSpan &b)
    {
        return a.start == b.start && a.length == b.length && a.styles == b.styles;
    }
};

// WhatsApp's own text markup, rendered for display. The rules, as WhatsApp applies them:
//
// Inline: *bold*, _italic_, ~strike~, `inline code`, ```monospace```.
// - A marker pair counts only when the opening marker is at the start of the text or follows
//   whitespace, punctuation or a symbol (emoji included), and is followed by a non-space
//   character other than itself; and the closing marker follows a non-space character and is
//   followed by the end, whitespace, punctuation or a symbol. So snake_case_words, 2*3*4,
//   "* not bold *" and "**" stay literal. The first valid closer wins; unmatched markers stay
//   literal.
// - Bold, italic, strike and inline code never span a line break. ```monospace``` may; its
//   content may start or end with a line break but not with a space.
// - Nothing is formatted inside ``` or `code`, and links are not looked for there.
// - Styles nest (*_bold italic_*), and may contain code, monospace and links.
// Blocks, at the very start of a line:
// - "* " or "- " starts a bulleted item; "1. " a numbered one. Only runs counting 1, 2, 3…
//   become lists, because Qt 6.4 cannot start a list at another number: other numbered lines
//   stay text, so the customer's own numbers are shown.
// - "> " starts a quote line; consecutive quote lines form one quote.
// Links: http://, https:// and www. addresses, at a word start, become links. Trailing
// sentence punctuation and markers are not part of the link; www. links point to https://.
// Only http and https targets are produced, percent-encoded and attribute-escaped.
class WhatsAppMarkup
{
public:
    WhatsAppMarkup() = delete;

    // Rich text for QLabel/QTextDocument (set Qt::RichText explicitly): b, i, s, code, tt, ul,
    // ol, li, blockquote, a and br only. Every character of the user's text is escaped
    // (& < > " '), control characters are dropped, runs of spaces are kept with &nbsp; and
    // every line break (\n, \r\n, \r, U+2028, U+2029) becomes <br> or a block boundary.
    static QString toHtml(const QString &text);

    // The text with inline markers removed, for previews and notifications. List and quote
    // prefixes are kept as typed; line breaks become \n.
    static QString toPlainText(const QString &text);

    // Styled runs in source positions for a live preview in the composer. Unstyled text has
    // no span; spans never overlap and are sorted.
    static QList<MarkupSpan> spans(const QString &text);
};

} // namespace sb

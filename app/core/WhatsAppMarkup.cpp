#include "WhatsAppMarkup.h"

#include "WhatsAppMarkupParser.h"

#include <vector>

namespace sb {

using markup::Block;
using markup::BlockKind;
using markup::InlineKind;
using markup::InlineNode;

namespace {

// Characters with no place in displayed text: C0/C1 controls (tab and line breaks are
// handled separately) and the two non-characters.
bool isDroppedControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && !markup::isLineBreak(c)) || (u >= 0x7f && u <= 0x9f)
        || u == 0xfffe || u == 0xffff;
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case u'&':
        out += QLatin1String("&amp;");
        break;
    case u'<':
        out += QLatin1String("&lt;");
        break;
    case u'>':
        out += QLatin1String("&gt;");
        break;
    case u'"':
        out += QLatin1String("&quot;");
        break;
    case u'\'':
        out += QLatin1String("&#39;");
        break;
    default:
        out += c;
    }
}

class HtmlWriter
{
public:
    explicit HtmlWriter(QStringView text)
        : m_text(text)
    {
    }

    QString write(const std::vector<Block> &blocks)
    {
        m_multiBlock = blocks.size() > 1;
        for (const Block &block : blocks) {
            open(block);
            m_lineStart = true;
            m_afterSpace = false;
            writeInlines(block.inlines);
            if (block.kind == BlockKind::Bullet || block.kind == BlockKind::Numbered)
                m_out += QLatin1String("</li>");
        }
        close();
        return m_out;
    }

private:
    enum class Container { None, Lines, Bullets, Numbers, Quote };

    void open(const Block &block)
    {
        switch (block.kind) {
        case BlockKind::Line:
            if (m_container == Container::Lines) {
                m_out += QLatin1String("<br>");
                m_loneEmptyLine = false;
            } else {
                switchTo(Container::Lines, {});
                m_loneEmptyLine = block.lineStart == block.lineEnd;
            }
            break;
        case BlockKind::Bullet:
            if (m_container != Container::Bullets)
                switchTo(Container::Bullets, QLatin1String("<ul>"));
            m_out += QLatin1String("<li>");
            break;
        case BlockKind::Numbered:
            if (m_container != Container::Numbers || block.number == 1)
                switchTo(Container::Numbers, QLatin1String("<ol>"));
            m_out += QLatin1String("<li>");
            break;
        case BlockKind::Quote:
            if (m_container == Container::Quote)
                m_out += QLatin1String("<br>");
            else
                switchTo(Container::Quote, QLatin1String("<blockquote>"));
            break;
        }
    }

    void switchTo(Container container, QLatin1String openTag)
    {
        close();
        m_out += openTag;
        m_container = container;
    }

    void close()
    {
        switch (m_container) {
        case Container::Bullets:
            m_out += QLatin1String("</ul>");
            break;
        case Container::Numbers:
            m_out += QLatin1String("</ol>");
            break;
        case Container::Quote:
            m_out += QLatin1String("</blockquote>");
            break;
        case Container::Lines:
            // Qt drops an empty paragraph next to a list or quote; the blank line must show.
            if (m_loneEmptyLine && m_multiBlock)
                m_out += QLatin1String("&nbsp;");
            break;
        case Container::None:
            break;
        }
        m_container = Container::None;
    }

    void writeWrapped(const InlineNode &node, QLatin1String open, QLatin1String close)
    {
        m_out += open;
        writeInlines(node.children);
        m_out += close;
    }

    void writeInlines(const std::vector<InlineNode> &nodes)
    {
        for (const InlineNode &node : nodes) {
            switch (node.kind) {
            case InlineKind::Text:
                writeText(node.start, node.end);
                break;
            case InlineKind::Bold:
                writeWrapped(node, QLatin1String("<b>"), QLatin1String("</b>"));
                break;
            case InlineKind::Italic:
                writeWrapped(node, QLatin1String("<i>"), QLatin1String("</i>"));
                break;
            case InlineKind::Strike:
                writeWrapped(node, QLatin1String("<s>"), QLatin1String("</s>"));
                break;
            case InlineKind::InlineCode:
                m_out += QLatin1String("<code>");
                writeText(node.contentStart(), node.contentEnd());
                m_out += QLatin1String("</code>");
                break;
            case InlineKind::Monospace:
                m_out += QLatin1String("<tt>");
                writeText(node.contentStart(), node.contentEnd());
                m_out += QLatin1String("</tt>");
                break;
            case InlineKind::Link:
                m_out += QLatin1String("<a href=\"");
                for (QChar c : node.href)
                    appendEscaped(m_out, c);
                m_out += QLatin1String("\">");
                writeText(node.start, node.end);
                m_out += QLatin1String("</a>");
                break;
            }
        }
    }

    // HTML collapses spaces; WhatsApp keeps them. The first space of a run stays a breakable
    // space, the others (and any at a line start) become &nbsp;.
    void writeText(int from, int to)
    {
        for (int i = from; i < to; ++i) {
            const QChar c = m_text[i];
            if (c == u'\r' && i + 1 < to && m_text[i + 1] == u'\n')
                continue;
            if (markup::isLineBreak(c)) {
                m_out += QLatin1String("<br>");
                m_lineStart = true;
                m_afterSpace = false;
                continue;
            }
            if (isDroppedControl(c))
                continue;
            if (c.isSpace() && c != QChar::Nbsp) {
                if (m_lineStart || m_afterSpace)
                    m_out += QLatin1String("&nbsp;");
                else
                    m_out += c == u'\t' ? QChar(u' ') : c;
                m_lineStart = false;
                m_afterSpace = true;
                continue;
            }
            m_lineStart = false;
            m_afterSpace = false;
            if (c.isHighSurrogate() && i + 1 < to && m_text[i + 1].isLowSurrogate()) {
                m_out += c;
                m_out += m_text[++i];
            } else if (c.isSurrogate()) {
                m_out += QChar(QChar::ReplacementCharacter);
            } else {
                appendEscaped(m_out, c);
            }
        }
    }

    QStringView m_text;
    QString m_out;
    Container m_container = Container::None;
    bool m_lineStart = true;
    bool m_afterSpace = false;
    bool m_loneEmptyLine = false;
    bool m_multiBlock = false;
};

void appendPlain(QString &out, QStringView text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        const QChar c = text[i];
        if (c == u'\r' && i + 1 < to && text[i + 1] == u'\n')
            continue;
        if (markup::isLineBreak(c))
            out += u'\n';
        else if (!isDroppedControl(c))
            out += c;
    }
}

void appendPlainInlines(QString &out, QStringView text, const std::vector<InlineNode> &nodes)
{
    for (const InlineNode &node : nodes) {
        switch (node.kind) {
        case InlineKind::Bold:
        case InlineKind::Italic:
        case InlineKind::Strike:
            appendPlainInlines(out, text, node.children);
            break;
        case InlineKind::InlineCode:
        case InlineKind::Monospace:
            appendPlain(out, text, node.contentStart(), node.contentEnd());
            break;
        case InlineKind::Text:
        case InlineKind::Link:
            appendPlain(out, text, node.start, node.end);
            break;
        }
    }
}

MarkupStyles styleOf(InlineKind kind)
{
    switch (kind) {
    case InlineKind::Bold:
        return MarkupStyle::Bold;
    case InlineKind::Italic:
        return MarkupStyle::Italic;
    case InlineKind::Strike:
        return MarkupStyle::Strikethrough;
    case InlineKind::InlineCode:
        return MarkupStyle::InlineCode;
    case InlineKind::Monospace:
        return MarkupStyle::Monospace;
    case InlineKind::Link:
        return MarkupStyle::Link;
    case InlineKind::Text:
        break;
    }
    return {};
}

void markRange(std::vector<MarkupStyles> &styles, int from, int to, MarkupStyles style)
{
    for (int i = from; i < to; ++i)
        styles[std::size_t(i)] |= style;
}

void markInlines(std::vector<MarkupStyles> &styles, const std::vector<InlineNode> &nodes)
{
    for (const InlineNode &node : nodes) {
        markRange(styles, node.start, node.end, styleOf(node.kind));
        if (node.markerLength > 0) {
            markRange(styles, node.start, node.contentStart(), MarkupStyle::Marker);
            markRange(styles, node.contentEnd(), node.end, MarkupStyle::Marker);
        }
        markInlines(styles, node.children);
    }
}

} // namespace

QString WhatsAppMarkup::toHtml(const QString &text)
{
    return HtmlWriter(text).write(markup::parseMarkup(text));
}

QString WhatsAppMarkup::toPlainText(const QString &text)
{
    const std::vector<Block> blocks = markup::parseMarkup(text);
    QString out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        if (i > 0)
            out += u'\n';
        appendPlain(out, text, block.lineStart, block.contentStart);
        appendPlainInlines(out, text, block.inlines);
    }
    return out;
}

QList<MarkupSpan> WhatsAppMarkup::spans(const QString &text)
{
    std::vector<MarkupStyles> styles(std::size_t(text.size()));
    for (const Block &block : markup::parseMarkup(text)) {
        if (block.kind == BlockKind::Quote) {
            markRange(styles, block.lineStart, block.contentStart, MarkupStyle::QuoteMarker);
            markRange(styles, block.contentStart, block.lineEnd, MarkupStyle::Quote);
        } else if (block.kind == BlockKind::Bullet || block.kind == BlockKind::Numbered) {
            markRange(styles, block.lineStart, block.contentStart, MarkupStyle::ListMarker);
        }
        markInlines(styles, block.inlines);
    }

    QList<MarkupSpan> result;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const MarkupStyles current = styles[std::size_t(i)];
        int j = i + 1;
        while (j < size && styles[std::size_t(j)] == current)
            ++j;
        if (current != MarkupStyles())
            result.append(MarkupSpan{i, j - i, current});
        i = j;
    }
    return result;
}

} // namespace sb

#include "MarkupHighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace sb {

MarkupHighlighter::MarkupHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    connect(document, &QTextDocument::contentsChanged, this, &MarkupHighlighter::refresh);
    refresh();
}

void MarkupHighlighter::refresh()
{
    if (m_refreshing || !document())
        return;
    const QString text = document()->toPlainText();
    if (text == m_text)
        return;
    m_text = text;
    QList<MarkupSpan> spans = WhatsAppMarkup::spans(text);
    if (spans == m_spans)
        return;
    m_spans = std::move(spans);
    m_refreshing = true; // restyling marks the document dirty; do not loop
    rehighlight();
    m_refreshing = false;
}

QTextCharFormat MarkupHighlighter::formatFor(MarkupStyles styles) const
{
    QTextCharFormat format;
    const QPalette palette = QGuiApplication::palette();
    if (styles & MarkupStyle::Bold)
        format.setFontWeight(QFont::Bold);
    if (styles & MarkupStyle::Italic)
        format.setFontItalic(true);
    if (styles & MarkupStyle::Strikethrough)
        format.setFontStrikeOut(true);
    if (styles & (MarkupStyle::Monospace | MarkupStyle::InlineCode)) {
        format.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        format.setBackground(palette.color(QPalette::AlternateBase));
    }
    if (styles & MarkupStyle::Link) {
        format.setForeground(palette.color(QPalette::Link));
        format.setFontUnderline(true);
    }
    if (styles & MarkupStyle::Quote)
        format.setForeground(palette.color(QPalette::PlaceholderText));
    if (styles & (MarkupStyle::Marker | MarkupStyle::ListMarker | MarkupStyle::QuoteMarker)) {
        format.setForeground(palette.color(QPalette::PlaceholderText));
        format.setFontWeight(QFont::Normal);
        format.setFontItalic(false);
        format.setFontStrikeOut(false);
    }
    return format;
}

void MarkupHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const MarkupSpan &span : std::as_const(m_spans)) {
        const int start = std::max(span.start, blockStart);
        const int end = std::min(span.start + span.length, blockEnd);
        if (end > start)
            setFormat(start - blockStart, end - start, formatFor(span.styles));
    }
}

} // namespace sb

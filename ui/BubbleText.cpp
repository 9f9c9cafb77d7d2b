#include "BubbleText.h"

#include "BubbleStyle.h"
#include "WhatsAppMarkup.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace sb {

struct BubbleText::Entry
{
    QString markup;
    qreal width = 0;
    quint64 generation = 0;
    std::unique_ptr<QTextDocument> document;
};

BubbleText::BubbleText(int capacity)
    : m_cache(capacity)
{
}

BubbleText::~BubbleText() = default;

QTextDocument *BubbleText::document(qint64 key, const QString &markup, qreal maxWidth,
                                    const BubbleStyle &style, quint64 generation)
{
    if (Entry *entry = m_cache.object(key)) {
        if (entry->generation == generation && entry->width == maxWidth && entry->markup == markup)
            return entry->document.get();
    }
    auto entry = std::make_unique<Entry>();
    entry->markup = markup;
    entry->width = maxWidth;
    entry->generation = generation;
    entry->document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *entry->document;
    doc.setUndoRedoEnabled(false);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(style.font);
    // Links take the theme's link colour; blockquotes get a modest indent instead of 40 px.
    // Lists and quotes are indented as little as a phone does, not by Qt's 40 px.
    doc.setIndentWidth(std::ceil(14 * style.unit));
    doc.setDefaultStyleSheet(
        QStringLiteral("a { color: %1; text-decoration: none; } "
                       "ul, ol { margin-top: 2px; margin-bottom: 2px; } "
                       "blockquote { margin-top: 2px; margin-bottom: 2px; margin-left: 8px; "
                       "margin-right: 0px; color: %2; }")
            .arg(style.link.name(), style.secondary.name()));
    doc.setHtml(WhatsAppMarkup::toHtml(markup));
    doc.setTextWidth(maxWidth);
    QTextDocument *result = entry->document.get();
    m_cache.insert(key, entry.release());
    return result;
}

BubbleText::Metrics BubbleText::measure(qint64 key, const QString &markup, qreal maxWidth,
                                        const BubbleStyle &style, quint64 generation)
{
    QTextDocument *doc = document(key, markup, maxWidth, style, generation);
    Metrics metrics;
    metrics.width = std::min(maxWidth, std::ceil(doc->idealWidth()));
    metrics.height = std::ceil(doc->size().height());
    const QTextBlock last = doc->lastBlock();
    const QTextLayout *layout = last.layout();
    if (layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(layout->lineCount() - 1);
        const QRectF block = doc->documentLayout()->blockBoundingRect(last);
        metrics.lastLineRight = std::ceil(block.left() + line.x() + line.naturalTextWidth());
        metrics.lastLineRightToLeft = last.textDirection() == Qt::RightToLeft;
    }
    return metrics;
}

void BubbleText::paint(QPainter *painter, qint64 key, const QString &markup, const QRectF &rect,
                       qreal maxWidth, const BubbleStyle &style, quint64 generation)
{
    QTextDocument *doc = document(key, markup, maxWidth, style, generation);
    painter->save();
    painter->translate(rect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, style.text);
    context.clip = QRectF(0, 0, rect.width() + 1, rect.height() + 1);
    painter->setClipRect(context.clip, Qt::IntersectClip);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

QString BubbleText::anchorAt(qint64 key, const QString &markup, qreal maxWidth,
                             const BubbleStyle &style, quint64 generation, const QPointF &pos)
{
    QTextDocument *doc = document(key, markup, maxWidth, style, generation);
    return doc->documentLayout()->anchorAt(pos);
}

void BubbleText::clear()
{
    m_cache.clear();
}

qreal BubbleText::estimateHeight(const QString &markup, qreal maxWidth, const BubbleStyle &style)
{
    const qreal perLine = std::max<qreal>(1, maxWidth / style.fm.averageCharWidth());
    qreal lines = 0;
    qsizetype start = 0;
    while (start <= markup.size()) {
        qsizetype end = markup.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = markup.size();
        lines += std::max<qreal>(1, std::ceil(qreal(end - start) / perLine));
        start = end + 1;
    }
    return std::ceil(lines * style.fm.lineSpacing());
}

} // namespace sb

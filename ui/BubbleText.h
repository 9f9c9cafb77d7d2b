#pragma once

#include <QCache>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QTextDocument;

namespace sb {

class BubbleStyle;

// The formatted text of bubbles: WhatsApp markup -> WhatsAppMarkup::toHtml -> QTextDocument.
// Documents are costly to build, so they are cached per row and reused for measuring, painting
// and link hit-testing; the cache is bounded (rows far off screen lose theirs and rebuild it
// identically when they come back).
class BubbleText
{
public:
    struct Metrics
    {
        qreal width = 0; // the widest line
        qreal height = 0;
        qreal lastLineRight = 0; // where the last line ends, for the inline time stamp
        bool lastLineRightToLeft = false;
    };

    explicit BubbleText(int capacity = 400);
    ~BubbleText();
    BubbleText(const BubbleText &) = delete;
    BubbleText &operator=(const BubbleText &) = delete;

    // The document for `markup` laid out `maxWidth` wide; `generation` changes with the style.
    QTextDocument *document(qint64 key, const QString &markup, qreal maxWidth,
                            const BubbleStyle &style, quint64 generation);
    Metrics measure(qint64 key, const QString &markup, qreal maxWidth, const BubbleStyle &style,
                    quint64 generation);
    void paint(QPainter *painter, qint64 key, const QString &markup, const QRectF &rect,
               qreal maxWidth, const BubbleStyle &style, quint64 generation);
    // The link under `pos` (relative to the text's top-left), or empty.
    QString anchorAt(qint64 key, const QString &markup, qreal maxWidth, const BubbleStyle &style,
                     quint64 generation, const QPointF &pos);
    void clear();

    // A quick height guess from the text length, for rows that were never on screen.
    static qreal estimateHeight(const QString &markup, qreal maxWidth, const BubbleStyle &style);

private:
    struct Entry;
    QCache<qint64, Entry> m_cache;
};

} // namespace sb

#pragma once

#include "BubbleContent.h"

#include <QCache>
#include <QPixmap>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace sb {

class BubbleStyle;

// Paints media parts: photo/video thumbnails (from the cached download, scaled once and kept in
// a bounded pixmap cache) or a placeholder with a download glyph, the media error when the file
// could not be fetched, audio rows with duration and the voice mark, document rows with name and
// size, and stickers without a bubble.
class BubbleMedia
{
public:
    BubbleMedia();

    static qreal audioHeight(const BubbleStyle &style);
    static qreal documentHeight(const BubbleStyle &style);

    // `overlayMeta`: the time stamp sits on the picture, so darken its corner.
    void paintVisual(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                     const BubbleMediaRef &media, const BubbleStyle &style);
    void paintAudio(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                    const BubbleStyle &style);
    void paintDocument(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                       const BubbleMediaRef &media, const BubbleStyle &style);
    void clear();

private:
    // The file scaled to cover (photos) or fit (stickers) `size` device pixels; null when the
    // file is not an image (a video file, a damaged download).
    QPixmap thumbnail(const QString &path, const QSize &size, bool cover);
    void paintPlaceholder(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                          const BubbleMediaRef &media, const BubbleStyle &style);

    QCache<QString, QPixmap> m_thumbnails; // cost in KiB
    QSet<QString> m_unreadable;
};

} // namespace sb

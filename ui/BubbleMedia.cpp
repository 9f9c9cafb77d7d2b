#include "BubbleMedia.h"

#include "BubbleGlyphs.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"
#include "ChatMessageSummary.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sb {

namespace {

constexpr int kThumbnailCacheKiB = 96 * 1024;

QString extensionOf(const MediaContent *media)
{
    if (!media)
        return {};
    const QString suffix = QFileInfo(media->filename).suffix();
    if (!suffix.isEmpty())
        return suffix;
    const qsizetype slash = media->mimeType.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : media->mimeType.mid(slash + 1).section(QLatin1Char('.'), -1);
}

// Waveform bars that look like speech but are the same for the same message every time.
qreal barHeight(qint64 key, int index)
{
    quint32 x = quint32(key * 2654435761u) ^ quint32(index * 40503u);
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return 0.25 + 0.75 * ((x % 1000) / 1000.0);
}

} // namespace

BubbleMedia::BubbleMedia()
    : m_thumbnails(kThumbnailCacheKiB)
{
}

qreal BubbleMedia::audioHeight(const BubbleStyle &style)
{
    return std::ceil(46 * style.unit);
}

qreal BubbleMedia::documentHeight(const BubbleStyle &style)
{
    return std::ceil(56 * style.unit);
}

void BubbleMedia::clear()
{
    m_thumbnails.clear();
    m_unreadable.clear();
}

QPixmap BubbleMedia::thumbnail(const QString &path, const QSize &size, bool cover)
{
    if (path.isEmpty() || size.isEmpty() || m_unreadable.contains(path))
        return {};
    const QString key = path + QLatin1Char('|') + QString::number(size.width()) + QLatin1Char('x')
        + QString::number(size.height()) + (cover ? QLatin1Char('c') : QLatin1Char('f'));
    if (QPixmap *cached = m_thumbnails.object(key))
        return *cached;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize source = reader.size();
    if (source.isValid() && !source.isEmpty()) {
        // Decode straight at the target size: a 12-megapixel photo never reaches memory whole.
        const QSize scaled =
            source.scaled(size, cover ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
        reader.setScaledSize(scaled);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        m_unreadable.insert(path);
        return {};
    }
    if (image.size() != size && cover) {
        image = image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        image = image.copy(
            QRect(QPoint((image.width() - size.width()) / 2, (image.height() - size.height()) / 2),
                  size));
    } else if (!cover && (image.width() > size.width() || image.height() > size.height())) {
        image = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    auto *pixmap = new QPixmap(QPixmap::fromImage(std::move(image)));
    const QPixmap result = *pixmap;
    m_thumbnails.insert(key, pixmap,
                        std::max<qsizetype>(1, result.width() * result.height() / 256));
    return result;
}

void BubbleMedia::paintVisual(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                              const BubbleMediaRef &media, const BubbleStyle &style)
{
    const bool sticker = media.kind == MediaKind::Sticker;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (rect.size() * dpr).toSize();
    QPixmap picture = thumbnail(input.chat.mediaLocalPath, pixels, !sticker);
    if (picture.isNull()) {
        paintPlaceholder(painter, rect, input, media, style);
        return;
    }
    picture.setDevicePixelRatio(dpr);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (sticker) {
        const QSizeF shown = picture.deviceIndependentSize();
        painter->drawPixmap(
            QPointF(rect.center().x() - shown.width() / 2, rect.center().y() - shown.height() / 2),
            picture);
    } else {
        QPainterPath clip;
        clip.addRoundedRect(rect, style.radius * 0.75, style.radius * 0.75);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipPath(clip);
        painter->drawPixmap(rect.topLeft(), picture);
        if (media.kind == MediaKind::Video) {
            const qreal r = 24 * style.unit;
            glyphs::disc(painter, rect.center(), r, QColor(0, 0, 0, 120));
            glyphs::play(
                painter,
                QRectF(rect.center() - QPointF(r * 0.55, r * 0.6), QSizeF(r * 1.2, r * 1.2)),
                Qt::white);
        }
    }
    painter->restore();
}

void BubbleMedia::paintPlaceholder(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                                   const BubbleMediaRef &media, const BubbleStyle &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool sticker = media.kind == MediaKind::Sticker;
    const bool video = media.kind == MediaKind::Video;
    painter->setPen(Qt::NoPen);
    painter->setBrush(video ? QColor(0x2b, 0x35, 0x3b) : style.placeholder);
    painter->drawRoundedRect(rect, style.radius * 0.75, style.radius * 0.75);
    const qreal r = std::min<qreal>(24 * style.unit, rect.height() / 4);
    const QPointF center(rect.center().x(), rect.center().y() - r * 0.35);
    const QRectF glyphBox(center - QPointF(r * 0.6, r * 0.6), QSizeF(r * 1.2, r * 1.2));
    const QString &error = input.chat.mediaError;
    QString caption;
    if (!error.isEmpty()) {
        glyphs::brokenImage(painter, glyphBox.adjusted(-r * 0.2, -r * 0.2, r * 0.2, r * 0.2),
                            style.placeholderGlyph);
        caption = BubbleStrings::mediaUnavailable(error);
    } else {
        glyphs::disc(painter, center, r, QColor(0, 0, 0, 90));
        if (video && !input.chat.mediaLocalPath.isEmpty())
            glyphs::play(painter, glyphBox, Qt::white);
        else if (sticker && !input.chat.mediaLocalPath.isEmpty())
            glyphs::smiley(painter, glyphBox, Qt::white);
        else
            glyphs::download(painter, glyphBox, Qt::white);
        const qint64 size = media.content ? media.content->fileSize : -1;
        const QString kind = media.content
            ? ChatMessageSummary::mediaKindName(*media.content)
            : ChatMessageSummary::kindName(messageKindOf(media.kind));
        caption = size >= 0 ? kind + QStringLiteral(" · ") + BubbleStrings::dataSize(size) : kind;
    }
    painter->setFont(style.small);
    painter->setPen(video ? QColor(Qt::white)
                          : (error.isEmpty() ? style.placeholderGlyph : style.text));
    const QRectF textRect(rect.left() + 8 * style.unit, center.y() + r + 6 * style.unit,
                          rect.width() - 16 * style.unit,
                          rect.bottom() - (center.y() + r + 6 * style.unit) - 4 * style.unit);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, caption);
    painter->restore();
}

void BubbleMedia::paintAudio(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                             const BubbleStyle &style)
{
    const auto *media = input.chat.message.as<MediaContent>();
    if (!media)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal u = style.unit;
    const bool downloaded = !input.chat.mediaLocalPath.isEmpty();
    const QColor accent = media->voice ? QColor(0x00, 0xa8, 0x84) : QColor(0xf0, 0x7b, 0x3f);

    // Play (or download) disc on the left, the voice/music mark on the right.
    const qreal r = 17 * u;
    const QPointF disc(rect.left() + r, rect.top() + rect.height() / 2 - 4 * u);
    glyphs::disc(painter, disc, r, input.chat.mediaError.isEmpty() ? accent : style.failed);
    const QRectF inner(disc - QPointF(r * 0.5, r * 0.5), QSizeF(r, r));
    if (!input.chat.mediaError.isEmpty())
        glyphs::brokenImage(painter, inner, Qt::white);
    else if (downloaded)
        glyphs::play(painter, inner.translated(r * 0.06, 0), Qt::white);
    else
        glyphs::download(painter, inner, Qt::white);

    const QRectF mark(rect.right() - 22 * u, disc.y() - 11 * u, 22 * u, 22 * u);
    const bool played = input.chat.status.hasReached(DeliveryState::Played);
    if (media->voice)
        glyphs::microphone(painter, mark, played ? style.tickBlue : accent);
    else
        glyphs::musicNote(painter, mark, accent);

    // Waveform.
    const qreal left = disc.x() + r + 10 * u;
    const qreal right = mark.left() - 8 * u;
    const int bars = std::max(4, int((right - left) / (4 * u)));
    const qreal step = (right - left) / bars;
    painter->setPen(
        QPen(style.secondary, std::max<qreal>(1.5, 2 * u), Qt::SolidLine, Qt::RoundCap));
    for (int i = 0; i < bars; ++i) {
        const qreal h = 16 * u * barHeight(input.key, i);
        const qreal x = left + step * (i + 0.5);
        painter->drawLine(QPointF(x, disc.y() - h / 2), QPointF(x, disc.y() + h / 2));
    }

    QString detail;
    if (!input.chat.mediaError.isEmpty())
        detail = BubbleStrings::mediaUnavailable(input.chat.mediaError);
    else if (input.durationMs >= 0)
        detail = BubbleStrings::duration(input.durationMs);
    else
        detail = ChatMessageSummary::mediaKindName(*media)
            + (media->fileSize >= 0
                   ? QStringLiteral(" · ") + BubbleStrings::dataSize(media->fileSize)
                   : QString());
    painter->setFont(style.small);
    painter->setPen(input.chat.mediaError.isEmpty() ? style.secondary : style.failed);
    const QRectF detailRect(left, disc.y() + 10 * u, right - left, style.smallFm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      style.smallFm.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

void BubbleMedia::paintDocument(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                                const BubbleMediaRef &media, const BubbleStyle &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal u = style.unit;
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.cardBackground);
    painter->drawRoundedRect(rect, 6 * u, 6 * u);

    const QString extension = extensionOf(media.content);
    const QRectF icon(rect.left() + 10 * u, rect.center().y() - 16 * u, 26 * u, 32 * u);
    const QColor iconColor = extension.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
        ? QColor(0xe5, 0x3e, 0x3e)
        : QColor(0x4a, 0x8a, 0xdb);
    glyphs::page(painter, icon, iconColor, extension);

    const bool downloaded = !input.chat.mediaLocalPath.isEmpty();
    const qreal textLeft = icon.right() + 10 * u;
    const qreal textRight = rect.right() - (downloaded ? 10 * u : 40 * u);
    QString name = media.content ? media.content->filename : QString();
    if (name.isEmpty())
        name = ChatMessageSummary::kindName(MessageKind::Document);
    painter->setFont(style.font);
    painter->setPen(style.text);
    const QRectF nameRect(textLeft, rect.top() + 8 * u, textRight - textLeft, style.fm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      style.fm.elidedText(name, Qt::ElideMiddle, nameRect.width()));

    QStringList details;
    if (!extension.isEmpty())
        details.append(extension.toUpper());
    if (media.content && media.content->fileSize >= 0)
        details.append(BubbleStrings::dataSize(media.content->fileSize));
    QString detail = details.join(QStringLiteral(" · "));
    if (!input.chat.mediaError.isEmpty())
        detail = BubbleStrings::mediaUnavailable(input.chat.mediaError);
    painter->setFont(style.small);
    painter->setPen(input.chat.mediaError.isEmpty() ? style.secondary : style.failed);
    const QRectF detailRect(textLeft, nameRect.bottom() + 2 * u, textRight - textLeft,
                            style.smallFm.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      style.smallFm.elidedText(detail, Qt::ElideRight, detailRect.width()));

    if (!downloaded && input.chat.mediaError.isEmpty()) {
        const QRectF arrow(rect.right() - 32 * u, rect.center().y() - 11 * u, 22 * u, 22 * u);
        painter->setPen(QPen(style.secondary, 1.2 * u));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(arrow);
        glyphs::download(painter, arrow.adjusted(5 * u, 5 * u, -5 * u, -5 * u), style.secondary);
    }
    painter->restore();
}

} // namespace sb

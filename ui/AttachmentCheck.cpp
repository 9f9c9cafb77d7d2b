#include "AttachmentCheck.h"

#include "LimitCheck.h"
#include "Limits.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace sb {

namespace {

using Tr = AttachmentCheck;

// The table's own spelling of an allowed type, or empty. Ogg files detected as Opus count as
// audio/ogg, the only Ogg flavour the platform plays.
QString allowedSpelling(const QString &mimeType)
{
    const QString lower = mimeType.toLower();
    if (lower == QLatin1String("audio/x-opus+ogg"))
        return QStringLiteral("audio/ogg");
    for (const MediaTypeEntry &entry : mediaTypeTable()) {
        if (lower == QLatin1String(entry.mimeType))
            return lower;
    }
    return {};
}

bool isMediaFamily(QStringView mimeType)
{
    return mimeType.startsWith(u"image/", Qt::CaseInsensitive)
        || mimeType.startsWith(u"video/", Qt::CaseInsensitive)
        || mimeType.startsWith(u"audio/", Qt::CaseInsensitive);
}

QByteArray head(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(bytes);
}

// WebP "VP8X" extended header, flags byte: bit 1 marks an animation.
bool isAnimatedWebp(const QString &path)
{
    const QByteArray bytes = head(path, 21);
    return bytes.size() >= 21 && bytes.mid(12, 4) == "VP8X" && (bytes.at(20) & 0x02) != 0;
}

// Spec §3: PNG images must be 8-bit RGB or RGBA. IHDR holds bit depth at 24, colour type at 25.
bool isPlainPng(const QString &path)
{
    const QByteArray bytes = head(path, 26);
    if (bytes.size() < 26)
        return false;
    const int depth = static_cast<unsigned char>(bytes.at(24));
    const int colourType = static_cast<unsigned char>(bytes.at(25));
    return depth == 8 && (colourType == 2 || colourType == 6);
}

QString kindPlural(MediaKind kind, bool animated)
{
    switch (kind) {
    case MediaKind::Image:
        return Tr::tr("images");
    case MediaKind::Video:
        return Tr::tr("videos");
    case MediaKind::Audio:
        return Tr::tr("audio files");
    case MediaKind::Document:
        return Tr::tr("documents");
    case MediaKind::Sticker:
        return animated ? Tr::tr("animated stickers") : Tr::tr("stickers");
    }
    return {};
}

QString sizeFix(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return Tr::tr("Compress or scale it down.");
    case MediaKind::Video:
        return Tr::tr("Compress it or send a link.");
    case MediaKind::Audio:
        return Tr::tr("Shorten it or lower its bit rate.");
    case MediaKind::Document:
        return Tr::tr("Split it or send a link.");
    case MediaKind::Sticker:
        return Tr::tr("Use a smaller sticker.");
    }
    return {};
}

QString refusedTypeMessage(const QString &fileName, const QString &mimeType)
{
    const QString lower = mimeType.toLower();
    if (lower == QLatin1String("image/gif"))
        return Tr::tr("%1 is a GIF: WhatsApp does not accept GIF files. Convert it to an MP4 "
                      "video and attach that.")
            .arg(fileName);
    if (lower.startsWith(QLatin1String("image/")))
        return Tr::tr("%1 is an image WhatsApp does not accept (%2): only JPEG and PNG images "
                      "can be sent. Save it as JPEG or PNG.")
            .arg(fileName, mimeType);
    if (lower.startsWith(QLatin1String("video/")))
        return Tr::tr("%1 is a video WhatsApp does not accept (%2): only MP4 and 3GP videos "
                      "(H.264 with AAC) can be sent. Convert it to MP4.")
            .arg(fileName, mimeType);
    if (lower.contains(QLatin1String("ogg")))
        return Tr::tr("%1 is an Ogg file that is not Opus: WhatsApp plays Ogg audio only with "
                      "the Opus codec. Convert it to Opus, MP3 or AAC.")
            .arg(fileName);
    return Tr::tr("%1 is audio WhatsApp does not accept (%2): only AAC, AMR, MP3, M4A and Ogg "
                  "(Opus) audio can be sent. Convert it to MP3 or AAC.")
        .arg(fileName, mimeType);
}

} // namespace

QString AttachmentCheck::detectMimeType(const QString &localPath)
{
    const QMimeDatabase db;
    const QMimeType byContent = db.mimeTypeForFile(localPath, QMimeDatabase::MatchContent);
    const QMimeType byName = db.mimeTypeForFile(localPath, QMimeDatabase::MatchExtension);
    if (!byContent.isValid())
        return {};
    if (!byName.isValid() || byName.isDefault() || byName == byContent)
        return byContent.name();
    // Unrecognised bytes: a name is trusted for documents (many have no magic), never for
    // pictures, video or sound, whose formats always announce themselves. (Every type inherits
    // application/octet-stream, so this comes before the test below.)
    if (byContent.isDefault())
        return isMediaFamily(byName.name()) ? byContent.name() : byName.name();
    // A more specific type of the same bytes: the content alone cannot tell a .docx from a zip.
    if (byName.inherits(byContent.name()))
        return byName.name();
    return byContent.name();
}

std::optional<MediaKind> AttachmentCheck::kindFor(QStringView mimeType)
{
    const QString allowed = allowedSpelling(mimeType.toString());
    if (!allowed.isEmpty()) {
        for (const MediaTypeEntry &entry : mediaTypeTable()) {
            if (allowed == QLatin1String(entry.mimeType))
                return entry.kind;
        }
    }
    if (isMediaFamily(mimeType))
        return std::nullopt;
    // Spec §3 (M-DOC): other document types are delivered but may not display correctly.
    return MediaKind::Document;
}

AttachmentCheckResult AttachmentCheck::check(const QString &localPath)
{
    AttachmentCheckResult result;
    result.localPath = localPath;
    const QFileInfo info(localPath);
    result.fileName = info.fileName().isEmpty() ? localPath : info.fileName();
    const QString &name = result.fileName;

    if (!info.exists()) {
        result.problem = tr("%1 cannot be attached: the file does not exist any more.").arg(name);
        return result;
    }
    if (info.isDir()) {
        result.problem =
            tr("%1 is a folder: attach the files inside it, or zip it and attach the zip.")
                .arg(name);
        return result;
    }
    if (!info.isReadable() || !QFile(localPath).open(QIODevice::ReadOnly)) {
        result.problem =
            tr("%1 cannot be read: check that you have permission to open it.").arg(name);
        return result;
    }
    const qint64 size = info.size();
    if (size <= 0) {
        result.problem = tr("%1 is empty: there is nothing to send.").arg(name);
        return result;
    }

    const QString detected = detectMimeType(localPath);
    if (QMimeDatabase().mimeTypeForName(detected).isDefault()) {
        const QMimeType byName =
            QMimeDatabase().mimeTypeForFile(localPath, QMimeDatabase::MatchExtension);
        if (isMediaFamily(byName.name())) {
            result.problem = tr("%1 is named like a %2 file, but its content is not one: it may be "
                                "damaged or renamed. Export it again from the app that made it.")
                                 .arg(name, info.suffix().toUpper());
            return result;
        }
    }
    const std::optional<MediaKind> kind = kindFor(detected);
    if (!kind) {
        result.problem = refusedTypeMessage(name, detected);
        return result;
    }
    const QString allowed = allowedSpelling(detected);
    if (*kind == MediaKind::Image && allowed == QLatin1String("image/png")
        && !isPlainPng(localPath)) {
        result.problem = tr("%1 is a PNG with a colour format WhatsApp refuses: images must be "
                            "8-bit RGB or RGBA. Save it again as a standard PNG or as JPEG.")
                             .arg(name);
        return result;
    }

    const bool animated = *kind == MediaKind::Sticker && isAnimatedWebp(localPath);
    const LimitEntry &sizeLimit = limit(mediaSizeLimit(*kind, animated));
    if (size > sizeLimit.max) {
        QString shown = LimitCheck::formatBytes(size);
        if (shown == LimitCheck::formatBytes(sizeLimit.max)) // 5,000,001 bytes reads "5 MB" too
            shown = tr("%1 bytes").arg(size);
        result.problem = tr("%1 is %2: %3 can be at most %4. %5")
                             .arg(name, shown, kindPlural(*kind, animated),
                                  LimitCheck::formatBytes(sizeLimit.max), sizeFix(*kind));
        return result;
    }

    result.accepted = true;
    result.media.kind = *kind;
    result.media.mimeType = allowed.isEmpty() ? detected : allowed;
    result.media.fileSize = size;
    result.media.animated = animated;
    if (*kind == MediaKind::Document) {
        result.media.filename = name;
        if (allowed.isEmpty()) {
            result.note = tr("Sent as a document: WhatsApp may not preview %1 files.")
                              .arg(info.suffix().isEmpty() ? detected : info.suffix().toUpper());
        }
    }
    return result;
}

} // namespace sb

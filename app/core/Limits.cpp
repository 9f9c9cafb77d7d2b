#include "Limits.h"

#include <QCoreApplication>

#include <array>

namespace sb {

namespace {

// Spec §3. The Sticker kind is the only one that takes WebP.
constexpr std::array kMediaTypes{
    MediaTypeEntry{MediaKind::Audio, "audio/aac", "aac"},
    MediaTypeEntry{MediaKind::Audio, "audio/amr", "amr"},
    MediaTypeEntry{MediaKind::Audio, "audio/mpeg", "mp3"},
    MediaTypeEntry{MediaKind::Audio, "audio/mp4", "m4a"},
    MediaTypeEntry{MediaKind::Audio, "audio/ogg", "ogg"}, // OPUS, mono only
    MediaTypeEntry{MediaKind::Document, "text/plain", "txt"},
    MediaTypeEntry{MediaKind::Document, "application/vnd.ms-excel", "xls"},
    MediaTypeEntry{MediaKind::Document,
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
    MediaTypeEntry{MediaKind::Document, "application/msword", "doc"},
    MediaTypeEntry{MediaKind::Document,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   "docx"},
    MediaTypeEntry{MediaKind::Document, "application/vnd.ms-powerpoint", "ppt"},
    MediaTypeEntry{MediaKind::Document,
                   "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                   "pptx"},
    MediaTypeEntry{MediaKind::Document, "application/pdf", "pdf"},
    MediaTypeEntry{MediaKind::Image, "image/jpeg", "jpeg"},
    MediaTypeEntry{MediaKind::Image, "image/png", "png"},
    MediaTypeEntry{MediaKind::Sticker, "image/webp", "webp"},
    MediaTypeEntry{MediaKind::Video, "video/3gpp", "3gp"},
    MediaTypeEntry{MediaKind::Video, "video/mp4", "mp4"},
};

} // namespace

std::span<const MediaTypeEntry> mediaTypeTable()
{
    return kMediaTypes;
}

const LimitEntry &limit(LimitId id)
{
    const auto table = limitTable();
    const auto index = static_cast<std::size_t>(id);
    // LimitId::Count is not an entry; answer with the first rather than read past the end.
    return index < table.size() ? table[index] : table.front();
}

QString limitNoun(const LimitEntry &entry, bool plural)
{
    const char *noun = (plural && entry.nounPlural) ? entry.nounPlural : entry.noun;
    return QCoreApplication::translate("sb::Limits", noun);
}

QStringList allowedMimeTypes(MediaKind kind)
{
    QStringList result;
    for (const auto &entry : mediaTypeTable()) {
        if (entry.kind == kind)
            result.append(QString::fromLatin1(entry.mimeType));
    }
    return result;
}

bool isAllowedMimeType(MediaKind kind, QStringView mimeType)
{
    const qsizetype semicolon = mimeType.indexOf(u';');
    const QStringView essence = (semicolon < 0 ? mimeType : mimeType.left(semicolon)).trimmed();
    for (const auto &entry : mediaTypeTable()) {
        if (entry.kind == kind
            && essence.compare(QLatin1String(entry.mimeType), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

LimitId mediaSizeLimit(MediaKind kind, bool animatedSticker)
{
    switch (kind) {
    case MediaKind::Image:
        return LimitId::ImageFileSize;
    case MediaKind::Video:
        return LimitId::VideoFileSize;
    case MediaKind::Audio:
        return LimitId::AudioFileSize;
    case MediaKind::Document:
        return LimitId::DocumentFileSize;
    case MediaKind::Sticker:
        return animatedSticker ? LimitId::StickerAnimatedFileSize : LimitId::StickerStaticFileSize;
    }
    return LimitId::DocumentFileSize;
}

} // namespace sb

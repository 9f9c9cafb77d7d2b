#include "ContentValidator.h"

#include "LimitCheck.h"
#include "Message.h"
#include "PlatformText.h"

#include <QUrl>

namespace sb {

namespace {

QString mimeEssence(const QString &mimeType)
{
    return mimeType.section(u';', 0, 0).trimmed().toLower();
}

} // namespace

bool ContentValidator::isHttpsUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    return parsed.isValid() && parsed.scheme() == u"https" && !parsed.host().isEmpty();
}

void ContentValidator::text(const TextContent &text, QList<Violation> &out)
{
    addViolation(out, LimitCheck::text(LimitId::TextBody, QStringLiteral("text.body"), text.body));
}

void ContentValidator::mediaMessage(const MediaContent &media, QList<Violation> &out)
{
    const QString path = mediaKindWireName(media.kind);
    mediaObject(media, path, out);

    const QString captionPath = path + QLatin1String(".caption");
    switch (media.kind) {
    case MediaKind::Image:
    case MediaKind::Video:
    case MediaKind::Document:
        addViolation(out, LimitCheck::text(LimitId::MediaCaption, captionPath, media.caption));
        break;
    case MediaKind::Audio:
    case MediaKind::Sticker:
        if (!media.caption.isEmpty()) {
            out.append(LimitCheck::rule(
                LimitId::MediaCaptionNotAllowed, captionPath, QStringLiteral("not_allowed"),
                media.caption, tr("no caption"),
                tr("Remove the caption: %1 messages cannot carry one. Send the text as a "
                   "separate message.")
                    .arg(path)));
        }
        break;
    }

    if (media.kind != MediaKind::Document && !media.filename.isEmpty()) {
        out.append(LimitCheck::rule(
            LimitId::MediaFilenameNotAllowed, path + QLatin1String(".filename"),
            QStringLiteral("not_allowed"), media.filename, tr("no file name"),
            tr("Remove the file name: only documents carry one, not %1 messages.").arg(path)));
    }

    if (media.kind == MediaKind::Audio && media.voice) {
        const QString essence = mimeEssence(media.mimeType);
        const QString codecs = media.mimeType.section(u';', 1).trimmed().toLower();
        const bool opusOrUnstated = codecs.isEmpty() || codecs.contains(QLatin1String("opus"));
        if (!media.mimeType.isEmpty() && (essence != u"audio/ogg" || !opusOrUnstated)) {
            out.append(LimitCheck::rule(
                LimitId::VoiceMimeType, QStringLiteral("audio.mime_type"),
                QStringLiteral("not_allowed"), media.mimeType, QStringLiteral("audio/ogg (opus)"),
                tr("Convert the recording to OGG with the OPUS codec (mono), or send it as plain "
                   "audio instead of a voice message (it is %1).")
                    .arg(media.mimeType)));
        }
        if (media.fileSize >= 0) {
            addViolation(out,
                         LimitCheck::amount(LimitId::VoicePlayIconSize,
                                            QStringLiteral("audio.file_size"), media.fileSize));
        }
    }
}

void ContentValidator::mediaObject(const MediaContent &media, const QString &path,
                                   QList<Violation> &out)
{
    const bool hasId = !media.id.trimmed().isEmpty();
    const bool hasLink = !media.link.trimmed().isEmpty();
    if (!hasId && !hasLink) {
        out.append(LimitCheck::rule(
            LimitId::MediaSource, path, QStringLiteral("missing"), QString(), tr("id or link"),
            tr("Attach the file: upload it to get a media id, or give a public https:// link.")));
    } else if (hasId && hasLink) {
        out.append(LimitCheck::rule(
            LimitId::MediaSource, path, QStringLiteral("conflict"), tr("id and link"),
            tr("id or link, not both"),
            tr("Send either the media id or the link, not both; the uploaded id is "
               "recommended.")));
    }
    if (hasLink && !isHttpsUrl(media.link)) {
        out.append(LimitCheck::rule(
            LimitId::MediaLinkHttps, path + QLatin1String(".link"), QStringLiteral("invalid"),
            media.link, QStringLiteral("https://"),
            tr("Use a public link that starts with https:// (it is \"%1\").").arg(media.link)));
    }

    if (!media.mimeType.isEmpty() && !isAllowedMimeType(media.kind, media.mimeType)) {
        const bool document = media.kind == MediaKind::Document;
        const QString allowed = allowedMimeTypes(media.kind).join(QLatin1String(", "));
        QString fix = tr("Convert the file to one of %1 (it is %2).").arg(allowed, media.mimeType);
        if (media.kind == MediaKind::Image && mimeEssence(media.mimeType) == u"image/webp")
            fix += u' ' + tr("WebP images can only be sent as stickers.");
        out.append(LimitCheck::rule(document ? LimitId::DocumentMimeType : LimitId::MediaMimeType,
                                    path + QLatin1String(".mime_type"),
                                    QStringLiteral("not_allowed"), media.mimeType, allowed, fix));
    }
    if (media.fileSize >= 0) {
        addViolation(out,
                     LimitCheck::amount(mediaSizeLimit(media.kind, media.animated),
                                        path + QLatin1String(".file_size"), media.fileSize));
    }
}

void ContentValidator::location(const LocationContent &location, const QString &path,
                                QList<Violation> &out)
{
    addViolation(out,
                 LimitCheck::range(LimitId::LocationLatitude, path + QLatin1String(".latitude"),
                                   location.latitude));
    addViolation(out,
                 LimitCheck::range(LimitId::LocationLongitude, path + QLatin1String(".longitude"),
                                   location.longitude));
}

void ContentValidator::locationRequest(const LocationRequestContent &request, QList<Violation> &out)
{
    addViolation(out,
                 LimitCheck::text(LimitId::LocationRequestBody,
                                  QStringLiteral("interactive.body.text"), request.body));
}

void ContentValidator::contacts(const ContactsContent &contacts, QList<Violation> &out)
{
    addViolation(out,
                 LimitCheck::amount(LimitId::ContactsCount, QStringLiteral("contacts"),
                                    contacts.contacts.size()));
    for (qsizetype i = 0; i < contacts.contacts.size(); ++i) {
        const QString path = QLatin1String("contacts[") + QString::number(i)
            + QLatin1String("].name.formatted_name");
        addViolation(out,
                     LimitCheck::text(LimitId::ContactFormattedName, path,
                                      contacts.contacts[i].name.formattedName));
    }
}

void ContentValidator::reaction(const ReactionContent &reaction, QList<Violation> &out)
{
    addViolation(out,
                 LimitCheck::text(LimitId::ReactionMessageId, QStringLiteral("reaction.message_id"),
                                  reaction.messageId));
    // An empty emoji removes the reaction.
    if (!reaction.emoji.isEmpty() && !isSingleEmoji(reaction.emoji)) {
        out.append(LimitCheck::rule(
            LimitId::ReactionEmoji, QStringLiteral("reaction.emoji"), QStringLiteral("invalid"),
            reaction.emoji, tr("one emoji"),
            tr("React with exactly one emoji, or leave it empty to remove the reaction (it is "
               "\"%1\").")
                .arg(reaction.emoji)));
    }
}

} // namespace sb

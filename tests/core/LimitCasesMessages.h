#pragma once

#include "LimitCases.h"
#include "ValidMessages.h"

// Boundary cases of the envelope, text, media, location, contacts and reaction entries.
namespace sb::test {

inline Message mediaWith(MediaKind kind, const std::function<void(MediaContent &)> &change)
{
    MediaContent content = media(kind);
    change(content);
    return makeMedia(recipient(), content);
}

inline BoundaryCase fileSize(MediaKind kind, const QString &path, bool voice = false,
                             bool animated = false)
{
    return amountOnMessage(path, [=](qint64 bytes) {
        return mediaWith(kind, [&](MediaContent &m) {
            m.fileSize = bytes;
            m.voice = voice;
            m.animated = animated;
            if (voice)
                m.mimeType = QStringLiteral("audio/ogg; codecs=opus");
        });
    });
}

inline void addMessageCases(CaseMap &cases)
{
    using L = LimitId;
    cases[L::RecipientTo] = textOnMessage(QStringLiteral("to"), [](const QString &v) {
        Message m = validText();
        m.to = v;
        return m;
    });
    cases[L::ContextMessageId] =
        textOnMessage(QStringLiteral("context.message_id"), [](const QString &v) {
            Message m = validText();
            m.context = ReplyContext{v, {}, {}, {}};
            return m;
        });
    cases[L::ReactionNoContext] = ruleOnMessage(QStringLiteral("context"), [](bool broken) {
        Message m = validReaction();
        if (broken)
            m.context = ReplyContext{QStringLiteral("wamid.X"), {}, {}, {}};
        return m;
    });
    cases[L::OutboundKind] = ruleOnMessage(QStringLiteral("type"), [](bool broken) {
        return broken ? outbound(MessageKind::ButtonTap,
                                 ButtonTapContent{QStringLiteral("STOP"), QStringLiteral("Stop")})
                      : validText();
    });
    cases[L::BodyMatchesKind] = ruleOnMessage(QStringLiteral("type"), [](bool broken) {
        return broken ? outbound(MessageKind::Image, TextContent{QStringLiteral("hi"), false})
                      : validMedia(MediaKind::Image);
    });
    cases[L::TextBody] = textOnMessage(QStringLiteral("text.body"),
                                       [](const QString &v) { return makeText(recipient(), v); });
    cases[L::MediaSource] = ruleOnMessage(QStringLiteral("image"), [](bool broken) {
        return mediaWith(MediaKind::Image, [&](MediaContent &m) {
            if (broken)
                m.link = QStringLiteral("https://example.com/a.jpg");
        });
    });
    cases[L::MediaLinkHttps] = ruleOnMessage(QStringLiteral("image.link"), [](bool broken) {
        return mediaWith(MediaKind::Image, [&](MediaContent &m) {
            m.id.clear();
            m.link = broken ? QStringLiteral("http://example.com/a.jpg")
                            : QStringLiteral("https://example.com/a.jpg");
        });
    });
    cases[L::MediaCaption] = textOnMessage(QStringLiteral("image.caption"), [](const QString &v) {
        return mediaWith(MediaKind::Image, [&](MediaContent &m) { m.caption = v; });
    });
    cases[L::MediaCaptionNotAllowed] =
        ruleOnMessage(QStringLiteral("sticker.caption"), [](bool broken) {
            return mediaWith(MediaKind::Sticker, [&](MediaContent &m) {
                m.caption = broken ? QStringLiteral("Hi") : QString();
            });
        });
    cases[L::MediaFilenameNotAllowed] =
        ruleOnMessage(QStringLiteral("video.filename"), [](bool broken) {
            return mediaWith(MediaKind::Video, [&](MediaContent &m) {
                m.filename = broken ? QStringLiteral("clip.mp4") : QString();
            });
        });
    cases[L::MediaMimeType] = ruleOnMessage(QStringLiteral("image.mime_type"), [](bool broken) {
        return mediaWith(MediaKind::Image, [&](MediaContent &m) {
            m.mimeType = broken ? QStringLiteral("image/gif") : QStringLiteral("image/PNG");
        });
    });
    cases[L::DocumentMimeType] =
        ruleOnMessage(QStringLiteral("document.mime_type"), [](bool broken) {
            return mediaWith(MediaKind::Document, [&](MediaContent &m) {
                m.mimeType =
                    broken ? QStringLiteral("application/zip") : QStringLiteral("application/pdf");
            });
        });
    cases[L::ImageFileSize] = fileSize(MediaKind::Image, QStringLiteral("image.file_size"));
    cases[L::VideoFileSize] = fileSize(MediaKind::Video, QStringLiteral("video.file_size"));
    cases[L::AudioFileSize] = fileSize(MediaKind::Audio, QStringLiteral("audio.file_size"));
    cases[L::DocumentFileSize] =
        fileSize(MediaKind::Document, QStringLiteral("document.file_size"));
    cases[L::StickerStaticFileSize] =
        fileSize(MediaKind::Sticker, QStringLiteral("sticker.file_size"));
    cases[L::StickerAnimatedFileSize] =
        fileSize(MediaKind::Sticker, QStringLiteral("sticker.file_size"), false, true);
    cases[L::VoicePlayIconSize] =
        fileSize(MediaKind::Audio, QStringLiteral("audio.file_size"), true);
    cases[L::VoiceMimeType] = ruleOnMessage(QStringLiteral("audio.mime_type"), [](bool broken) {
        return mediaWith(MediaKind::Audio, [&](MediaContent &m) {
            m.voice = true;
            m.mimeType = broken ? QStringLiteral("audio/mpeg") : QStringLiteral("audio/ogg");
        });
    });
    cases[L::LocationLatitude] =
        degreesOnMessage(QStringLiteral("location.latitude"), [](double v) {
            Message m = validLocation();
            std::get<LocationContent>(m.body).latitude = v;
            return m;
        });
    cases[L::LocationLongitude] =
        degreesOnMessage(QStringLiteral("location.longitude"), [](double v) {
            Message m = validLocation();
            std::get<LocationContent>(m.body).longitude = v;
            return m;
        });
    cases[L::LocationRequestBody] =
        textOnMessage(QStringLiteral("interactive.body.text"), [](const QString &v) {
            return outbound(MessageKind::LocationRequest, LocationRequestContent{v});
        });
    cases[L::ContactsCount] =
        amountOnMessage(QStringLiteral("contacts"), [](qint64 n) { return validContacts(n); });
    cases[L::ContactFormattedName] =
        textOnMessage(QStringLiteral("contacts[1].name.formatted_name"), [](const QString &v) {
            Message m = validContacts(2);
            std::get<ContactsContent>(m.body).contacts[1].name.formattedName = v;
            return m;
        });
    cases[L::ReactionMessageId] =
        textOnMessage(QStringLiteral("reaction.message_id"), [](const QString &v) {
            Message m = validReaction();
            std::get<ReactionContent>(m.body).messageId = v;
            return m;
        });
    cases[L::ReactionEmoji] = ruleOnMessage(QStringLiteral("reaction.emoji"), [](bool broken) {
        return validReaction(broken ? QStringLiteral("ok")
                                    : QStringLiteral("\U0001F1E9\U0001F1EA"));
    });
}

} // namespace sb::test

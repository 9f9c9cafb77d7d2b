#include "Message.h"

#include <array>
#include <utility>

namespace sb {

namespace {

struct KindName
{
    MessageKind kind;
    const char *wire;
};

// Outbound wire names of the top-level `type`; inbound-only kinds carry theirs too.
constexpr std::array kKindNames{
    KindName{MessageKind::Text, "text"},
    KindName{MessageKind::Image, "image"},
    KindName{MessageKind::Video, "video"},
    KindName{MessageKind::Audio, "audio"},
    KindName{MessageKind::Document, "document"},
    KindName{MessageKind::Sticker, "sticker"},
    KindName{MessageKind::Location, "location"},
    KindName{MessageKind::LocationRequest, "interactive"},
    KindName{MessageKind::Contacts, "contacts"},
    KindName{MessageKind::Interactive, "interactive"},
    KindName{MessageKind::Template, "template"},
    KindName{MessageKind::Reaction, "reaction"},
    KindName{MessageKind::ButtonTap, "button"},
    KindName{MessageKind::ButtonReply, "interactive"},
    KindName{MessageKind::ListReply, "interactive"},
    KindName{MessageKind::FlowReply, "interactive"},
    KindName{MessageKind::Order, "order"},
    KindName{MessageKind::System, "system"},
    KindName{MessageKind::Unsupported, "unsupported"},
};

struct InteractiveName
{
    InteractiveKind kind;
    const char *wire;
};

constexpr std::array kInteractiveNames{
    InteractiveName{InteractiveKind::Button, "button"},
    InteractiveName{InteractiveKind::List, "list"},
    InteractiveName{InteractiveKind::CtaUrl, "cta_url"},
    InteractiveName{InteractiveKind::Product, "product"},
    InteractiveName{InteractiveKind::ProductList, "product_list"},
    InteractiveName{InteractiveKind::Catalog, "catalog_message"},
    InteractiveName{InteractiveKind::Flow, "flow"},
};

} // namespace

QString messageKindWireName(MessageKind kind)
{
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.wire);
    }
    return QStringLiteral("unsupported");
}

MessageKind messageKindFromWire(const QString &type, const QString &interactiveType)
{
    if (type == u"interactive") {
        if (interactiveType == u"button_reply")
            return MessageKind::ButtonReply;
        if (interactiveType == u"list_reply")
            return MessageKind::ListReply;
        if (interactiveType == u"nfm_reply")
            return MessageKind::FlowReply;
        if (interactiveType == u"location_request_message")
            return MessageKind::LocationRequest;
        if (interactiveKindFromWire(interactiveType))
            return MessageKind::Interactive;
        return MessageKind::Unsupported;
    }
    for (const auto &entry : kKindNames) {
        if (type == QLatin1String(entry.wire) && entry.kind != MessageKind::Unsupported)
            return entry.kind;
    }
    return MessageKind::Unsupported;
}

QString mediaKindWireName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QStringLiteral("image");
    case MediaKind::Video:
        return QStringLiteral("video");
    case MediaKind::Audio:
        return QStringLiteral("audio");
    case MediaKind::Document:
        return QStringLiteral("document");
    case MediaKind::Sticker:
        return QStringLiteral("sticker");
    }
    return {};
}

std::optional<MediaKind> mediaKindFromWire(const QString &type)
{
    for (auto kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio, MediaKind::Document,
                      MediaKind::Sticker}) {
        if (mediaKindWireName(kind) == type)
            return kind;
    }
    return std::nullopt;
}

MessageKind messageKindOf(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return MessageKind::Image;
    case MediaKind::Video:
        return MessageKind::Video;
    case MediaKind::Audio:
        return MessageKind::Audio;
    case MediaKind::Document:
        return MessageKind::Document;
    case MediaKind::Sticker:
        return MessageKind::Sticker;
    }
    return MessageKind::Unsupported;
}

QString interactiveKindWireName(InteractiveKind kind)
{
    for (const auto &entry : kInteractiveNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<InteractiveKind> interactiveKindFromWire(const QString &type)
{
    for (const auto &entry : kInteractiveNames) {
        if (type == QLatin1String(entry.wire))
            return entry.kind;
    }
    return std::nullopt;
}

bool isInboundOnly(MessageKind kind)
{
    switch (kind) {
    case MessageKind::ButtonTap:
    case MessageKind::ButtonReply:
    case MessageKind::ListReply:
    case MessageKind::FlowReply:
    case MessageKind::Order:
    case MessageKind::System:
    case MessageKind::Unsupported:
        return true;
    default:
        return false;
    }
}

static Message outbound(const QString &to, MessageKind kind, MessageBody body)
{
    Message m;
    m.kind = kind;
    m.direction = Direction::Outbound;
    m.to = to;
    m.body = std::move(body);
    return m;
}

Message makeText(const QString &to, const QString &body, bool previewUrl)
{
    return outbound(to, MessageKind::Text, TextContent{body, previewUrl});
}

Message makeMedia(const QString &to, const MediaContent &media)
{
    return outbound(to, messageKindOf(media.kind), media);
}

Message makeInteractive(const QString &to, const InteractiveContent &interactive)
{
    return outbound(to, MessageKind::Interactive, interactive);
}

Message makeTemplate(const QString &to, const TemplateContent &tmpl)
{
    return outbound(to, MessageKind::Template, tmpl);
}

Message makeUnsupported(const QString &originalType, const QString &reason, int errorCode,
                        const QString &rawJson)
{
    Message m;
    m.kind = MessageKind::Unsupported;
    m.direction = Direction::Inbound;
    m.body = UnsupportedContent{originalType, reason, errorCode, rawJson};
    return m;
}

} // namespace sb

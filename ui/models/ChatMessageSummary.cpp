#include "ChatMessageSummary.h"

#include "WhatsAppMarkup.h"

namespace sb {

namespace {

QString flatten(const QString &text)
{
    QString plain = WhatsAppMarkup::toPlainText(text);
    plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return plain.simplified();
}

QString withDetail(const QString &noun, const QString &detail)
{
    const QString flat = flatten(detail);
    return flat.isEmpty() ? noun : noun + QStringLiteral(": ") + flat;
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate;
    }
    return {};
}

} // namespace

QString ChatMessageSummary::mediaKindName(const MediaContent &media)
{
    switch (media.kind) {
    case MediaKind::Image:
        return tr("Photo");
    case MediaKind::Video:
        return tr("Video");
    case MediaKind::Audio:
        return media.voice ? tr("Voice message") : tr("Audio");
    case MediaKind::Document:
        return tr("Document");
    case MediaKind::Sticker:
        return tr("Sticker");
    }
    return tr("Media");
}

QString ChatMessageSummary::kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
        return tr("Message");
    case MessageKind::Image:
        return tr("Photo");
    case MessageKind::Video:
        return tr("Video");
    case MessageKind::Audio:
        return tr("Audio");
    case MessageKind::Document:
        return tr("Document");
    case MessageKind::Sticker:
        return tr("Sticker");
    case MessageKind::Location:
        return tr("Location");
    case MessageKind::LocationRequest:
        return tr("Location request");
    case MessageKind::Contacts:
        return tr("Contact card");
    case MessageKind::Interactive:
        return tr("Interactive message");
    case MessageKind::Template:
        return tr("Template");
    case MessageKind::Reaction:
        return tr("Reaction");
    case MessageKind::ButtonTap:
    case MessageKind::ButtonReply:
    case MessageKind::ListReply:
        return tr("Reply", "a customer's button or list choice");
    case MessageKind::FlowReply:
        return tr("Form response");
    case MessageKind::Order:
        return tr("Order");
    case MessageKind::System:
        return tr("System message");
    case MessageKind::Unsupported:
        return tr("Unsupported message");
    }
    return tr("Message");
}

QString ChatMessageSummary::oneLine(const Message &message)
{
    if (const auto *text = message.as<TextContent>())
        return flatten(text->body);
    if (const auto *media = message.as<MediaContent>())
        return withDetail(mediaKindName(*media), firstNonEmpty({media->caption, media->filename}));
    if (const auto *location = message.as<LocationContent>())
        return withDetail(kindName(MessageKind::Location),
                          firstNonEmpty({location->name, location->address}));
    if (const auto *request = message.as<LocationRequestContent>())
        return withDetail(kindName(MessageKind::LocationRequest), request->body);
    if (const auto *contacts = message.as<ContactsContent>()) {
        if (contacts->contacts.size() > 1)
            return tr("%n contact card(s)", nullptr, int(contacts->contacts.size()));
        const QString name = contacts->contacts.isEmpty()
            ? QString()
            : contacts->contacts.first().name.formattedName;
        return withDetail(kindName(MessageKind::Contacts), name);
    }
    if (const auto *interactive = message.as<InteractiveContent>())
        return withDetail(kindName(MessageKind::Interactive),
                          firstNonEmpty({interactive->body, interactive->header.text}));
    if (const auto *tmpl = message.as<TemplateContent>())
        return withDetail(kindName(MessageKind::Template), tmpl->name);
    if (const auto *reaction = message.as<ReactionContent>())
        return reaction->emoji.isEmpty() ? tr("Removed a reaction")
                                         : tr("Reacted %1").arg(reaction->emoji);
    if (const auto *tap = message.as<ButtonTapContent>())
        return flatten(firstNonEmpty({tap->text, tap->payload}));
    if (const auto *reply = message.as<ReplyContent>())
        return flatten(firstNonEmpty({reply->title, reply->id}));
    if (const auto *flow = message.as<FlowReplyContent>())
        return withDetail(kindName(MessageKind::FlowReply), flow->body);
    if (const auto *order = message.as<OrderContent>())
        return tr("Order of %n item(s)", nullptr, int(order->items.size()));
    if (const auto *system = message.as<SystemContent>())
        return flatten(system->body);
    if (const auto *unsupported = message.as<UnsupportedContent>())
        return withDetail(kindName(MessageKind::Unsupported), unsupported->originalType);
    return kindName(message.kind);
}

} // namespace sb

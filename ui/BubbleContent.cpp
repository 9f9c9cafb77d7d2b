#include "BubbleContent.h"

#include "ChatMessageSummary.h"

#include <QStringList>

namespace sb {

namespace {

const LocationContent *templateLocation(const TemplateContent &tmpl)
{
    for (const TemplateComponent &component : tmpl.components) {
        if (component.kind != TemplateComponentKind::Header)
            continue;
        for (const TemplateParameter &parameter : component.parameters) {
            if (parameter.kind == TemplateParameterKind::Location)
                return &parameter.location;
        }
    }
    return nullptr;
}

const MediaContent *templateHeaderMedia(const TemplateContent &tmpl)
{
    for (const TemplateComponent &component : tmpl.components) {
        if (component.kind != TemplateComponentKind::Header)
            continue;
        for (const TemplateParameter &parameter : component.parameters) {
            switch (parameter.kind) {
            case TemplateParameterKind::Image:
            case TemplateParameterKind::Video:
            case TemplateParameterKind::Document:
                return &parameter.media;
            default:
                break;
            }
        }
    }
    return nullptr;
}

// Without the approved definition the parameters are all we can show.
QString templateFallbackBody(const TemplateContent &tmpl)
{
    QStringList values;
    for (const TemplateComponent &component : tmpl.components) {
        if (component.kind != TemplateComponentKind::Body)
            continue;
        for (const TemplateParameter &parameter : component.parameters) {
            const QString value = parameter.kind == TemplateParameterKind::Currency
                ? parameter.fallbackValue
                : parameter.text;
            if (!value.isEmpty())
                values.append(parameter.name.isEmpty()
                                  ? value
                                  : parameter.name + QStringLiteral(": ") + value);
        }
    }
    return values.join(QStringLiteral(" · "));
}

} // namespace

QString BubbleContent::markup(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    if (const auto *text = message.as<TextContent>())
        return text->body;
    if (const auto *media = message.as<MediaContent>())
        return media->caption;
    if (const auto *request = message.as<LocationRequestContent>())
        return request->body;
    if (const auto *interactive = message.as<InteractiveContent>())
        return interactive->body;
    if (const auto *tmpl = message.as<TemplateContent>())
        return input.chat.renderedTemplate ? input.chat.renderedTemplate->body
                                           : templateFallbackBody(*tmpl);
    if (const auto *tap = message.as<ButtonTapContent>())
        return tap->text.isEmpty() ? tap->payload : tap->text;
    if (const auto *reply = message.as<ReplyContent>())
        return reply->title.isEmpty() ? reply->id : reply->title;
    if (const auto *flow = message.as<FlowReplyContent>())
        return flow->body;
    if (const auto *order = message.as<OrderContent>())
        return order->text;
    return {};
}

QString BubbleContent::headerText(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    if (const auto *interactive = message.as<InteractiveContent>())
        return interactive->header.kind == InteractiveHeaderKind::Text ? interactive->header.text
                                                                       : QString();
    const auto &rendered = input.chat.renderedTemplate;
    if (message.as<TemplateContent>() && rendered
        && rendered->headerFormat == TemplateHeaderFormat::Text)
        return rendered->headerText;
    return {};
}

QString BubbleContent::footer(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    if (const auto *interactive = message.as<InteractiveContent>())
        return interactive->footer;
    if (message.as<TemplateContent>() && input.chat.renderedTemplate)
        return input.chat.renderedTemplate->footer;
    return {};
}

QString BubbleContent::templateTag(const BubbleInput &input)
{
    const auto *tmpl = input.chat.message.as<TemplateContent>();
    if (!tmpl)
        return {};
    if (input.chat.renderedTemplate)
        return tr("Template · %1 (%2)").arg(tmpl->name, tmpl->languageCode);
    return tr("Template · %1 (%2) — definition not loaded, parameters shown")
        .arg(tmpl->name, tmpl->languageCode);
}

QString BubbleContent::replyLabel(const BubbleInput &input)
{
    switch (input.chat.message.kind) {
    case MessageKind::ButtonTap:
    case MessageKind::ButtonReply:
        return tr("Tapped a button");
    case MessageKind::ListReply:
        return tr("Chose from the list");
    case MessageKind::FlowReply: {
        const auto *flow = input.chat.message.as<FlowReplyContent>();
        return flow && !flow->name.isEmpty() ? tr("Form response (%1)").arg(flow->name)
                                             : tr("Form response");
    }
    default:
        return {};
    }
}

QString BubbleContent::description(const BubbleInput &input)
{
    const auto *reply = input.chat.message.as<ReplyContent>();
    return reply ? reply->description : QString();
}

QString BubbleContent::forwardedLabel(const BubbleInput &input)
{
    const auto *media = input.chat.message.as<MediaContent>();
    if (!media)
        return {};
    if (media->frequentlyForwarded)
        return tr("Forwarded many times");
    return media->forwarded ? tr("Forwarded") : QString();
}

QString BubbleContent::unsupportedText(const BubbleInput &input)
{
    const auto *unsupported = input.chat.message.as<UnsupportedContent>();
    if (!unsupported)
        return {};
    QString text = unsupported->originalType.isEmpty()
        ? tr("This message cannot be shown here.")
        : tr("This message cannot be shown here (%1).").arg(unsupported->originalType);
    if (!unsupported->reason.isEmpty())
        text += QLatin1Char(' ') + unsupported->reason;
    if (unsupported->errorCode != 0)
        text += QLatin1Char(' ') + tr("Error %1.").arg(unsupported->errorCode);
    return text;
}

QString BubbleContent::systemText(const BubbleInput &input)
{
    const auto *system = input.chat.message.as<SystemContent>();
    if (!system)
        return {};
    if (!system->body.isEmpty())
        return system->body;
    if (!system->newWaId.isEmpty())
        return tr("The customer changed their number to %1.").arg(system->newWaId);
    return ChatMessageSummary::kindName(MessageKind::System);
}

std::optional<BubbleMediaRef> BubbleContent::media(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    if (const auto *media = message.as<MediaContent>())
        return BubbleMediaRef{media->kind, media, false};
    if (const auto *interactive = message.as<InteractiveContent>()) {
        switch (interactive->header.kind) {
        case InteractiveHeaderKind::Image:
            return BubbleMediaRef{MediaKind::Image, &interactive->header.media, true};
        case InteractiveHeaderKind::Video:
            return BubbleMediaRef{MediaKind::Video, &interactive->header.media, true};
        case InteractiveHeaderKind::Document:
            return BubbleMediaRef{MediaKind::Document, &interactive->header.media, true};
        default:
            return std::nullopt;
        }
    }
    const auto *tmpl = message.as<TemplateContent>();
    const auto &rendered = input.chat.renderedTemplate;
    if (!tmpl)
        return std::nullopt;
    const MediaContent *parameter = templateHeaderMedia(*tmpl);
    std::optional<TemplateHeaderFormat> format;
    if (rendered)
        format = rendered->headerFormat;
    else if (parameter)
        format = parameter->kind == MediaKind::Video ? TemplateHeaderFormat::Video
            : parameter->kind == MediaKind::Document ? TemplateHeaderFormat::Document
                                                     : TemplateHeaderFormat::Image;
    if (!format)
        return std::nullopt;
    switch (*format) {
    case TemplateHeaderFormat::Image:
        return BubbleMediaRef{MediaKind::Image, parameter, true};
    case TemplateHeaderFormat::Video:
    case TemplateHeaderFormat::Gif:
        return BubbleMediaRef{MediaKind::Video, parameter, true};
    case TemplateHeaderFormat::Document:
        return BubbleMediaRef{MediaKind::Document, parameter, true};
    default:
        return std::nullopt;
    }
}

bool BubbleContent::hasLocation(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    if (message.as<LocationContent>())
        return true;
    const auto *tmpl = message.as<TemplateContent>();
    if (!tmpl)
        return false;
    const auto &rendered = input.chat.renderedTemplate;
    return templateLocation(*tmpl)
        || (rendered && rendered->headerFormat == TemplateHeaderFormat::Location);
}

QString BubbleContent::mapUrl(const BubbleInput &input)
{
    const LocationContent *location = input.chat.message.as<LocationContent>();
    if (const auto *tmpl = input.chat.message.as<TemplateContent>())
        location = templateLocation(*tmpl);
    if (!location)
        return {};
    return QStringLiteral("https://maps.google.com/?q=%1,%2")
        .arg(QString::number(location->latitude, 'f', 6),
             QString::number(location->longitude, 'f', 6));
}

} // namespace sb

// BubbleContent: the buttons under interactive and template messages, and the list sheet.
#include "BubbleContent.h"

namespace sb {

namespace {

ButtonGlyph glyphOfTemplate(TemplateButtonType type)
{
    switch (type) {
    case TemplateButtonType::QuickReply:
        return ButtonGlyph::Reply;
    case TemplateButtonType::Url:
    case TemplateButtonType::Otp:
        return ButtonGlyph::Link;
    case TemplateButtonType::PhoneNumber:
    case TemplateButtonType::VoiceCall:
        return ButtonGlyph::Phone;
    case TemplateButtonType::CopyCode:
        return ButtonGlyph::Copy;
    case TemplateButtonType::Flow:
        return ButtonGlyph::Form;
    case TemplateButtonType::Catalog:
    case TemplateButtonType::Mpm:
    case TemplateButtonType::Spm:
    case TemplateButtonType::OrderDetails:
        return ButtonGlyph::Cart;
    case TemplateButtonType::SendLocation:
        return ButtonGlyph::Location;
    default:
        return ButtonGlyph::None;
    }
}

bool isWebUrl(const QString &target)
{
    return target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || target.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

QList<BubbleButton> BubbleContent::buttons(const BubbleInput &input)
{
    const Message &message = input.chat.message;
    QList<BubbleButton> out;
    if (message.as<LocationRequestContent>()) {
        out.append({tr("Send location"), {}, ButtonGlyph::Location});
        return out;
    }
    if (const auto *interactive = message.as<InteractiveContent>()) {
        switch (interactive->kind) {
        case InteractiveKind::Button:
            for (const ReplyButton &button : interactive->buttons)
                out.append({button.title, {}, ButtonGlyph::Reply});
            break;
        case InteractiveKind::CtaUrl:
            out.append({interactive->ctaDisplayText,
                        isWebUrl(interactive->ctaUrl) ? interactive->ctaUrl : QString(),
                        ButtonGlyph::Link});
            break;
        case InteractiveKind::Product:
            out.append({tr("View", "open a product"), {}, ButtonGlyph::Cart});
            break;
        case InteractiveKind::Catalog:
            out.append({tr("View catalog"), {}, ButtonGlyph::Cart});
            break;
        case InteractiveKind::Flow:
            out.append({interactive->flow.cta, {}, ButtonGlyph::Form});
            break;
        case InteractiveKind::List:
        case InteractiveKind::ProductList:
            break; // a list button, see listButton()
        }
        return out;
    }
    if (message.as<TemplateContent>() && input.chat.renderedTemplate) {
        for (const RenderedButton &button : input.chat.renderedTemplate->buttons) {
            BubbleButton shown{button.label, {}, glyphOfTemplate(button.type)};
            switch (button.type) {
            case TemplateButtonType::Url:
            case TemplateButtonType::Otp:
                if (isWebUrl(button.target))
                    shown.target = button.target;
                break;
            case TemplateButtonType::PhoneNumber:
                if (!button.target.isEmpty())
                    shown.target = QStringLiteral("tel:") + button.target;
                break;
            case TemplateButtonType::CopyCode:
                if (!button.target.isEmpty())
                    shown.label = tr("%1: %2", "copy-code button: label: code")
                                      .arg(button.label, button.target);
                break;
            default:
                break;
            }
            out.append(shown);
        }
    }
    return out;
}

std::optional<BubbleButton> BubbleContent::listButton(const BubbleInput &input)
{
    const auto *interactive = input.chat.message.as<InteractiveContent>();
    if (!interactive)
        return std::nullopt;
    if (interactive->kind == InteractiveKind::List) {
        const QString label = interactive->listButton.isEmpty() ? tr("Options", "list button")
                                                                : interactive->listButton;
        return BubbleButton{label, {}, ButtonGlyph::List};
    }
    if (interactive->kind == InteractiveKind::ProductList)
        return BubbleButton{tr("View items"), {}, ButtonGlyph::List};
    return std::nullopt;
}

QList<SheetSection> BubbleContent::sheet(const Message &message)
{
    QList<SheetSection> sections;
    const auto *interactive = message.as<InteractiveContent>();
    if (!interactive)
        return sections;
    if (interactive->kind == InteractiveKind::List) {
        for (const ListSection &section : interactive->sections) {
            SheetSection shown{section.title, {}};
            for (const ListRow &row : section.rows)
                shown.rows.append({row.title, row.description});
            sections.append(shown);
        }
    } else if (interactive->kind == InteractiveKind::ProductList) {
        for (const ProductSection &section : interactive->productSections) {
            SheetSection shown{section.title, {}};
            for (const QString &retailerId : section.productRetailerIds)
                shown.rows.append({retailerId, tr("Catalog %1").arg(interactive->catalogId)});
            sections.append(shown);
        }
    }
    return sections;
}

} // namespace sb

#include "TemplateRenderer.h"

#include "TemplatePlaceholders.h"

#include <functional>

namespace sb {

namespace {

using Lookup = std::function<QString(const TemplatePlaceholder &)>;

QString valueOf(const TemplateParameter &parameter)
{
    switch (parameter.kind) {
    case TemplateParameterKind::Text:
    case TemplateParameterKind::DateTime: // text holds date_time.fallback_value
    case TemplateParameterKind::Payload:
    case TemplateParameterKind::CouponCode:
        return parameter.text;
    case TemplateParameterKind::Currency:
        return parameter.fallbackValue;
    case TemplateParameterKind::Image:
    case TemplateParameterKind::Video:
    case TemplateParameterKind::Document:
    case TemplateParameterKind::Location:
        break;
    }
    return {};
}

const TemplateComponent *findComponent(const TemplateContent &send, TemplateComponentKind kind,
                                       int buttonIndex = -1)
{
    for (const TemplateComponent &component : send.components) {
        if (component.kind == kind
            && (kind != TemplateComponentKind::Button || component.index == buttonIndex)) {
            return &component;
        }
    }
    return nullptr;
}

const TemplateParameter *firstParameter(const TemplateComponent *component)
{
    return component && !component->parameters.isEmpty() ? &component->parameters.constFirst()
                                                         : nullptr;
}

Lookup parameterLookup(const TemplateComponent *component)
{
    return [component](const TemplatePlaceholder &placeholder) -> QString {
        if (!component)
            return {};
        const QList<TemplateParameter> &params = component->parameters;
        if (placeholder.kind == TemplatePlaceholder::Kind::Positional)
            return placeholder.number <= params.size() ? valueOf(params[placeholder.number - 1])
                                                       : QString();
        for (const TemplateParameter &parameter : params) {
            if (parameter.name == placeholder.name)
                return valueOf(parameter);
        }
        return {};
    };
}

Lookup exampleLookup(const QList<TemplateExampleValue> &examples)
{
    return [&examples](const TemplatePlaceholder &placeholder) -> QString {
        if (placeholder.kind == TemplatePlaceholder::Kind::Positional)
            return placeholder.number <= examples.size() ? examples[placeholder.number - 1].value
                                                         : QString();
        for (const TemplateExampleValue &example : examples) {
            if (example.name == placeholder.name)
                return example.value;
        }
        return {};
    };
}

// Replaces each valid variable by its value; malformed ones are plain text to the platform.
QString fill(const QString &text, const Lookup &lookup, MissingParameter::Part part,
             int buttonIndex, QList<MissingParameter> &missing)
{
    const TemplatePlaceholders placeholders = TemplatePlaceholders::scan(text);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (const TemplatePlaceholder &placeholder : placeholders.all()) {
        out += QStringView(text).mid(copied, placeholder.position - copied);
        const QString value = lookup(placeholder);
        if (value.isEmpty()) {
            out += placeholder.token();
            const MissingParameter gap{part, buttonIndex, placeholder.token()};
            if (!missing.contains(gap))
                missing.append(gap);
        } else {
            out += value;
        }
        copied = placeholder.position + placeholder.length;
    }
    out += QStringView(text).mid(copied);
    return out;
}

void noteMissing(QList<MissingParameter> &missing, MissingParameter::Part part,
                 int buttonIndex = -1)
{
    missing.append({part, buttonIndex, QString()});
}

} // namespace

RenderedTemplate TemplateRenderer::render(const TemplateDefinition &definition,
                                          const TemplateContent &send)
{
    RenderedTemplate out;
    using Part = MissingParameter::Part;
    if (definition.header) {
        const TemplateHeaderDef &header = *definition.header;
        const TemplateComponent *component = findComponent(send, TemplateComponentKind::Header);
        const TemplateParameter *parameter = firstParameter(component);
        out.headerFormat = header.format;
        switch (header.format) {
        case TemplateHeaderFormat::Text:
            out.headerText =
                fill(header.text, parameterLookup(component), Part::Header, -1, out.missing);
            break;
        case TemplateHeaderFormat::Image:
        case TemplateHeaderFormat::Video:
        case TemplateHeaderFormat::Gif:
        case TemplateHeaderFormat::Document:
            if (parameter)
                out.headerMedia =
                    parameter->media.link.isEmpty() ? parameter->media.id : parameter->media.link;
            if (out.headerMedia.isEmpty())
                noteMissing(out.missing, Part::Header);
            break;
        case TemplateHeaderFormat::Location:
            if (parameter && parameter->kind == TemplateParameterKind::Location)
                out.headerText = parameter->location.name.isEmpty() ? parameter->location.address
                                                                    : parameter->location.name;
            else
                noteMissing(out.missing, Part::Header);
            break;
        case TemplateHeaderFormat::Unknown:
            break;
        }
    }
    out.body = fill(definition.body.text,
                    parameterLookup(findComponent(send, TemplateComponentKind::Body)), Part::Body,
                    -1, out.missing);
    out.footer = definition.footer.value_or(QString());

    for (qsizetype k = 0; k < definition.buttons.size(); ++k) {
        const TemplateButtonDef &button = definition.buttons[k];
        const int index = int(k);
        const TemplateComponent *component =
            findComponent(send, TemplateComponentKind::Button, index);
        const TemplateParameter *parameter = firstParameter(component);
        RenderedButton rendered{button.type, button.text, {}};
        switch (button.type) {
        case TemplateButtonType::Url:
            rendered.target =
                fill(button.url, parameterLookup(component), Part::Button, index, out.missing);
            break;
        case TemplateButtonType::PhoneNumber:
            rendered.target = button.phoneNumber;
            break;
        case TemplateButtonType::CopyCode:
        case TemplateButtonType::Otp:
            rendered.target = parameter ? valueOf(*parameter) : QString();
            if (rendered.target.isEmpty())
                noteMissing(out.missing, Part::Button, index);
            break;
        case TemplateButtonType::QuickReply:
            rendered.target = parameter ? valueOf(*parameter) : QString();
            break;
        default:
            break;
        }
        out.buttons.append(rendered);
    }
    return out;
}

RenderedTemplate TemplateRenderer::renderExample(const TemplateDefinition &definition)
{
    RenderedTemplate out;
    using Part = MissingParameter::Part;
    if (definition.header) {
        const TemplateHeaderDef &header = *definition.header;
        out.headerFormat = header.format;
        if (header.format == TemplateHeaderFormat::Text) {
            out.headerText =
                fill(header.text, exampleLookup(header.examples), Part::Header, -1, out.missing);
        } else if (header.format != TemplateHeaderFormat::Location
                   && header.format != TemplateHeaderFormat::Unknown) {
            out.headerMedia = header.mediaExample;
        }
    }
    out.body = fill(definition.body.text, exampleLookup(definition.body.examples), Part::Body, -1,
                    out.missing);
    out.footer = definition.footer.value_or(QString());

    for (qsizetype k = 0; k < definition.buttons.size(); ++k) {
        const TemplateButtonDef &button = definition.buttons[k];
        const int index = int(k);
        RenderedButton rendered{button.type, button.text, {}};
        switch (button.type) {
        case TemplateButtonType::Url:
            // Examples are either the value for {{1}} or a whole example URL.
            if (button.example.contains(QLatin1String("://"))) {
                rendered.target = button.example;
            } else {
                const QList<TemplateExampleValue> examples{{QString(), button.example}};
                rendered.target =
                    fill(button.url, exampleLookup(examples), Part::Button, index, out.missing);
            }
            break;
        case TemplateButtonType::PhoneNumber:
            rendered.target = button.phoneNumber;
            break;
        case TemplateButtonType::CopyCode:
            rendered.target = button.example;
            break;
        default:
            break;
        }
        out.buttons.append(rendered);
    }
    return out;
}

} // namespace sb

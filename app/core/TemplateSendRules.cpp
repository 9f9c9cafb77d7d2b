#include "TemplateSendRules.h"

#include "TemplateSendValidator.h"
#include "TemplateUrlParameter.h"

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

using Tr = TemplateSendCheck;

QString kindName(TemplateParameterKind kind)
{
    return TemplateSendValidator::parameterKindWireName(kind);
}

QString buttonWhat(const TemplateButtonDef &definition, int index)
{
    if (definition.text.isEmpty())
        return Tr::tr("Button %1").arg(index + 1);
    return Tr::tr("The “%1” button").arg(definition.text);
}

// The component sub_type each defined button expects (an OTP button is sent as "url").
QString subTypeFor(TemplateButtonType type)
{
    if (type == TemplateButtonType::Otp)
        return QStringLiteral("url");
    return templateButtonTypeWireName(type).toLower();
}

} // namespace

QString TemplateSendRules::tokenList(const QList<TemplatePlaceholder> &vars)
{
    QStringList tokens;
    for (const TemplatePlaceholder &placeholder : vars)
        tokens.append(placeholder.token());
    return tokens.join(QLatin1String(", "));
}

void TemplateSendRules::add(int code, const QString &path, const QString &message,
                            const QString &fix)
{
    m_result.problems.append({code, path, message, fix});
}

void TemplateSendRules::noVariables(const TemplateComponent &component, const QString &path,
                                    const QString &why)
{
    if (component.parameters.isEmpty())
        return;
    add(TemplateParamCountMismatch, path,
        why + QLatin1Char(' ')
            + Tr::tr("It takes no parameters, but %n were sent.", nullptr,
                     int(component.parameters.size())),
        Tr::tr("Remove the parameters from this component."));
}

void TemplateSendRules::variables(const TemplateComponent &component, const QString &path,
                                  const QList<TemplatePlaceholder> &vars, bool named, Part part)
{
    const QString partName = part == Part::Body ? Tr::tr("body") : Tr::tr("header");
    if (vars.isEmpty()) {
        noVariables(component, path,
                    part == Part::Body ? Tr::tr("The body has no variables.")
                                       : Tr::tr("The header text has no variables."));
        return;
    }
    const QList<TemplateParameter> &params = component.parameters;
    const bool countMatches = params.size() == vars.size();
    if (!countMatches) {
        add(TemplateParamCountMismatch, path,
            Tr::tr("The %1 needs %2 parameters (%3), but %4 were sent.")
                .arg(partName, QString::number(vars.size()), tokenList(vars),
                     QString::number(params.size())),
            Tr::tr("Send exactly one parameter for each variable: %1.").arg(tokenList(vars)));
    }

    QStringList known;
    for (const TemplatePlaceholder &placeholder : vars)
        known.append(placeholder.key());
    QStringList given;
    for (qsizetype j = 0; j < params.size(); ++j) {
        const TemplateParameter &parameter = params[j];
        const QString paramPath = path + QStringLiteral(".parameters[%1]").arg(j);
        const bool kindFits = parameter.kind == TemplateParameterKind::Text
            || (part == Part::Body
                && (parameter.kind == TemplateParameterKind::Currency
                    || parameter.kind == TemplateParameterKind::DateTime));
        if (kindFits) {
            value(parameter, paramPath);
        } else {
            add(TemplateParamFormatMismatch, paramPath,
                Tr::tr("A %1 parameter cannot fill a variable of the %2.")
                    .arg(kindName(parameter.kind), partName),
                part == Part::Body ? Tr::tr("Use a text, currency or date_time parameter.")
                                   : Tr::tr("Use a text parameter."));
        }

        if (!named) {
            if (!parameter.name.isEmpty()) {
                add(TemplateParamFormatMismatch, paramPath,
                    Tr::tr("This template uses positional variables ({{1}}, {{2}}), but the "
                           "parameter is named “%1”.")
                        .arg(parameter.name),
                    Tr::tr("Remove parameter_name and keep the parameters in text order."));
            }
            continue;
        }
        if (parameter.name.isEmpty()) {
            add(TemplateParamFormatMismatch, paramPath,
                Tr::tr("This template uses named variables, but the parameter has no "
                       "parameter_name."),
                Tr::tr("Set parameter_name to one of: %1.").arg(known.join(QLatin1String(", "))));
        } else if (!known.contains(parameter.name)) {
            add(TemplateParamFormatMismatch, paramPath,
                Tr::tr("The %1 has no variable named “%2”.").arg(partName, parameter.name),
                Tr::tr("Use one of: %1.").arg(known.join(QLatin1String(", "))));
        } else if (given.contains(parameter.name)) {
            add(TemplateParamFormatMismatch, paramPath,
                Tr::tr("The variable “%1” is given more than once.").arg(parameter.name),
                Tr::tr("Give each variable exactly once."));
        } else {
            given.append(parameter.name);
        }
    }
    // With the right count, a name left out means another parameter took a wrong name.
    if (named && countMatches) {
        for (const QString &name : std::as_const(known)) {
            if (!given.contains(name)) {
                add(TemplateParamFormatMismatch, path,
                    Tr::tr("No parameter is given for {{%1}}.").arg(name),
                    Tr::tr("Add a parameter with parameter_name “%1”.").arg(name));
            }
        }
    }
}

void TemplateSendRules::mediaHeader(TemplateHeaderFormat format, const TemplateComponent *component,
                                    const QString &path)
{
    TemplateParameterKind expected = TemplateParameterKind::Image;
    QString what;
    switch (format) {
    case TemplateHeaderFormat::Image:
        what = Tr::tr("The image header");
        break;
    case TemplateHeaderFormat::Video:
        expected = TemplateParameterKind::Video;
        what = Tr::tr("The video header");
        break;
    case TemplateHeaderFormat::Gif:
        // GIF headers are MP4 files (spec §6.1) and travel as video.
        expected = TemplateParameterKind::Video;
        what = Tr::tr("The GIF header");
        break;
    case TemplateHeaderFormat::Document:
        expected = TemplateParameterKind::Document;
        what = Tr::tr("The document header");
        break;
    case TemplateHeaderFormat::Location:
        expected = TemplateParameterKind::Location;
        what = Tr::tr("The location header");
        break;
    case TemplateHeaderFormat::Text:
    case TemplateHeaderFormat::Unknown:
        return;
    }
    if (const TemplateParameter *parameter =
            singleParameter(component, path, expected, what, true)) {
        value(*parameter, path + QLatin1String(".parameters[0]"));
    }
}

void TemplateSendRules::button(const TemplateButtonDef &definition, int index,
                               const TemplateComponent *component, const QString &path)
{
    const QString what = buttonWhat(definition, index);
    const QString subType = subTypeFor(definition.type);
    if (component && !subType.isEmpty()
        && component->subType.compare(subType, Qt::CaseInsensitive) != 0) {
        add(TemplateParamFormatMismatch, path + QLatin1String(".sub_type"),
            Tr::tr("%1 is a %2 button, but the component says sub_type “%3”.")
                .arg(what, templateButtonTypeWireName(definition.type), component->subType),
            Tr::tr("Set sub_type to “%1”.").arg(subType));
    }
    switch (definition.type) {
    case TemplateButtonType::Url:
        urlButton(definition, index, component, path,
                  !TemplatePlaceholders::scan(definition.url).isEmpty());
        return;
    case TemplateButtonType::Otp:
        // The one-time code travels as the OTP button's URL parameter.
        urlButton(definition, index, component, path, true);
        return;
    case TemplateButtonType::QuickReply:
        if (const TemplateParameter *parameter =
                singleParameter(component, path, TemplateParameterKind::Payload, what, false)) {
            value(*parameter, path + QLatin1String(".parameters[0]"));
        }
        return;
    case TemplateButtonType::CopyCode:
        if (const TemplateParameter *parameter =
                singleParameter(component, path, TemplateParameterKind::CouponCode, what, true)) {
            value(*parameter, path + QLatin1String(".parameters[0]"));
        }
        return;
    default:
        if (component)
            noVariables(*component, path, Tr::tr("%1 has no variables.").arg(what));
        return;
    }
}

void TemplateSendRules::urlButton(const TemplateButtonDef &definition, int index,
                                  const TemplateComponent *component, const QString &path,
                                  bool hasVariable)
{
    const QString what = buttonWhat(definition, index);
    if (!hasVariable) {
        if (component)
            noVariables(*component, path, Tr::tr("The URL of %1 has no variable.").arg(what));
        return;
    }
    const TemplateParameter *parameter =
        singleParameter(component, path, TemplateParameterKind::Text, what, true);
    if (!parameter)
        return;
    const QString paramPath = path + QLatin1String(".parameters[0]");
    if (parameter->text.isEmpty()) {
        add(RequiredParameterMissing, paramPath, Tr::tr("The URL parameter is empty."),
            Tr::tr("Fill in the part of the link that goes in place of {{1}}."));
    } else if (!isPercentEncodedUrlParameter(parameter->text)) {
        add(ParameterValueInvalid, paramPath,
            Tr::tr("The URL parameter “%1” is not percent-encoded.").arg(parameter->text),
            Tr::tr("Send it percent-encoded: %1").arg(percentEncodeUrlParameter(parameter->text)));
    }
}

const TemplateParameter *TemplateSendRules::singleParameter(const TemplateComponent *component,
                                                            const QString &path,
                                                            TemplateParameterKind expected,
                                                            const QString &what, bool required)
{
    const QString expectedName = kindName(expected);
    if (!component || component->parameters.isEmpty()) {
        if (required) {
            add(TemplateParamCountMismatch,
                component ? path : QStringLiteral("template.components"),
                Tr::tr("%1 needs a %2 parameter, but none was sent.").arg(what, expectedName),
                Tr::tr("Add one %1 parameter.").arg(expectedName));
        }
        return nullptr;
    }
    if (component->parameters.size() > 1) {
        add(TemplateParamCountMismatch, path,
            Tr::tr("%1 takes one parameter, but %2 were sent.")
                .arg(what, QString::number(component->parameters.size())),
            Tr::tr("Send exactly one %1 parameter.").arg(expectedName));
    }
    const TemplateParameter &parameter = component->parameters.constFirst();
    if (parameter.kind != expected) {
        add(TemplateParamFormatMismatch, path + QLatin1String(".parameters[0]"),
            Tr::tr("%1 needs a %2 parameter, not %3.")
                .arg(what, expectedName, kindName(parameter.kind)),
            Tr::tr("Send a %1 parameter.").arg(expectedName));
        return nullptr;
    }
    return &parameter;
}

void TemplateSendRules::textValue(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty()) {
        add(RequiredParameterMissing, path, Tr::tr("This parameter is empty."),
            Tr::tr("Fill in a value; a variable cannot be left blank."));
    } else if (text.contains(u'\n') || text.contains(u'\r') || text.contains(u'\t')
               || text.contains(QLatin1String("     "))) {
        add(TemplateParamValidation, path,
            Tr::tr("Parameter text cannot contain new lines, tabs or more than four spaces in a "
                   "row."),
            Tr::tr("Put the value on one line and collapse the spaces."));
    }
}

void TemplateSendRules::value(const TemplateParameter &parameter, const QString &path)
{
    switch (parameter.kind) {
    case TemplateParameterKind::Text:
        textValue(parameter.text, path);
        return;
    case TemplateParameterKind::Currency: {
        if (parameter.fallbackValue.trimmed().isEmpty()) {
            add(TemplateParamFormatMismatch, path + QLatin1String(".currency.fallback_value"),
                Tr::tr("A currency parameter needs a fallback_value."),
                Tr::tr("Give the amount as it should read, for example “$12.50”."));
        }
        const QString &code = parameter.currencyCode;
        const bool codeOk = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                                return c >= u'A' && c <= u'Z';
                            });
        if (!codeOk) {
            add(TemplateParamFormatMismatch, path + QLatin1String(".currency.code"),
                Tr::tr("“%1” is not a three-letter ISO 4217 currency code.").arg(code),
                Tr::tr("Use an upper-case code such as USD or EUR."));
        }
        if (parameter.amount1000 < 0) {
            add(TemplateParamFormatMismatch, path + QLatin1String(".currency.amount_1000"),
                Tr::tr("amount_1000 cannot be negative."),
                Tr::tr("Give the amount times 1000, for example 12500 for 12.50."));
        }
        return;
    }
    case TemplateParameterKind::DateTime:
        if (parameter.text.trimmed().isEmpty()) {
            add(TemplateParamFormatMismatch, path + QLatin1String(".date_time.fallback_value"),
                Tr::tr("A date_time parameter needs a fallback_value."),
                Tr::tr("Give the date as it should read, for example “February 25, 1977”."));
        }
        return;
    case TemplateParameterKind::Image:
    case TemplateParameterKind::Video:
    case TemplateParameterKind::Document:
        if (parameter.media.id.isEmpty() && parameter.media.link.isEmpty()) {
            add(RequiredParameterMissing, path,
                Tr::tr("The %1 parameter has neither a media id nor a link.")
                    .arg(kindName(parameter.kind)),
                Tr::tr("Upload the file first, or give a public https link."));
        }
        return;
    case TemplateParameterKind::Location: {
        const LocationContent &location = parameter.location;
        if (!std::isfinite(location.latitude) || !std::isfinite(location.longitude)
            || std::abs(location.latitude) > 90 || std::abs(location.longitude) > 180) {
            add(ParameterValueInvalid, path + QLatin1String(".location"),
                Tr::tr("Latitude must be within ±90 and longitude within ±180."),
                Tr::tr("Pick the location again."));
        }
        return;
    }
    case TemplateParameterKind::Payload:
        if (parameter.text.isEmpty()) {
            add(RequiredParameterMissing, path + QLatin1String(".payload"),
                Tr::tr("The quick-reply payload is empty."),
                Tr::tr("Give the payload your system expects back when the button is tapped, or "
                       "send no parameter."));
        }
        return;
    case TemplateParameterKind::CouponCode:
        if (parameter.text.isEmpty()) {
            add(RequiredParameterMissing, path + QLatin1String(".coupon_code"),
                Tr::tr("The coupon code is empty."), Tr::tr("Fill in the code to copy."));
        }
        return;
    }
}

} // namespace sb

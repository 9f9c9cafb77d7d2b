#include "TemplateSendValidator.h"

#include "ContentValidator.h"
#include "LimitCheck.h"

#include <QSet>
#include <QStringList>

#include <array>
#include <initializer_list>

namespace sb {

namespace {

// Button sub_types of the send payload: the lower-case button types of spec §6.1 that take a
// component (phone-number buttons never do).
constexpr std::array kButtonSubTypes{
    "quick_reply", "url",           "copy_code", "flow",     "catalog",   "mpm", "spm",
    "voice_call",  "order_details", "reminder",  "postback", "extension", "otp", "send_location",
};

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString componentName(TemplateComponentKind kind)
{
    switch (kind) {
    case TemplateComponentKind::Header:
        return QStringLiteral("header");
    case TemplateComponentKind::Body:
        return QStringLiteral("body");
    case TemplateComponentKind::Button:
        return QStringLiteral("button");
    }
    return QString();
}

// The parameter kinds a component takes; empty means "not judged here".
QList<TemplateParameterKind> allowedKinds(const TemplateComponent &component)
{
    using K = TemplateParameterKind;
    switch (component.kind) {
    case TemplateComponentKind::Header:
        return {K::Text, K::Image, K::Video, K::Document, K::Location};
    case TemplateComponentKind::Body:
        return {K::Text, K::Currency, K::DateTime};
    case TemplateComponentKind::Button: {
        const QString subType = component.subType.toLower();
        if (subType == u"quick_reply")
            return {K::Payload};
        if (subType == u"url")
            return {K::Text};
        if (subType == u"copy_code")
            return {K::CouponCode};
        return {};
    }
    }
    return {};
}

bool isNameable(TemplateParameterKind kind)
{
    return kind == TemplateParameterKind::Text || kind == TemplateParameterKind::Currency
        || kind == TemplateParameterKind::DateTime;
}

} // namespace

QString TemplateSendValidator::parameterKindWireName(TemplateParameterKind kind)
{
    switch (kind) {
    case TemplateParameterKind::Text:
        return QStringLiteral("text");
    case TemplateParameterKind::Currency:
        return QStringLiteral("currency");
    case TemplateParameterKind::DateTime:
        return QStringLiteral("date_time");
    case TemplateParameterKind::Image:
        return QStringLiteral("image");
    case TemplateParameterKind::Video:
        return QStringLiteral("video");
    case TemplateParameterKind::Document:
        return QStringLiteral("document");
    case TemplateParameterKind::Location:
        return QStringLiteral("location");
    case TemplateParameterKind::Payload:
        return QStringLiteral("payload");
    case TemplateParameterKind::CouponCode:
        return QStringLiteral("coupon_code");
    }
    return QString();
}

void TemplateSendValidator::validate(const TemplateContent &content, QList<Violation> &out)
{
    const QString namePath = QStringLiteral("template.name");
    addViolation(out, LimitCheck::text(LimitId::TemplateName, namePath, content.name));
    addViolation(out, LimitCheck::pattern(LimitId::TemplateNamePattern, namePath, content.name));
    addViolation(out,
                 LimitCheck::text(LimitId::TemplateLanguageCode,
                                  QStringLiteral("template.language.code"), content.languageCode));
    if (!content.languagePolicy.isEmpty() && content.languagePolicy != u"deterministic") {
        out.append(LimitCheck::rule(
            LimitId::TemplateLanguagePolicy, QStringLiteral("template.language.policy"),
            QStringLiteral("not_allowed"), content.languagePolicy, QStringLiteral("deterministic"),
            tr("Set the language policy to deterministic or leave it empty (it is \"%1\").")
                .arg(content.languagePolicy)));
    }

    const QString componentsPath = QStringLiteral("template.components");
    bool headerSeen = false;
    bool bodySeen = false;
    QSet<int> buttonIndexes;
    for (qsizetype i = 0; i < content.components.size(); ++i) {
        const TemplateComponent &component = content.components[i];
        const QString path = indexed(componentsPath, i);
        bool &seen = component.kind == TemplateComponentKind::Header ? headerSeen : bodySeen;
        if (component.kind != TemplateComponentKind::Button) {
            if (seen) {
                out.append(LimitCheck::rule(
                    LimitId::TemplateComponentUnique, path, QStringLiteral("not_unique"),
                    componentName(component.kind), tr("one %1").arg(componentName(component.kind)),
                    tr("Merge this %1 component into the first one: a template message has at "
                       "most one %1 component.")
                        .arg(componentName(component.kind))));
            }
            seen = true;
        } else {
            button(component, path, out);
            if (buttonIndexes.contains(component.index)) {
                out.append(LimitCheck::rule(
                    LimitId::TemplateButtonIndexUnique, path + QLatin1String(".index"),
                    QStringLiteral("not_unique"), QString::number(component.index), tr("unique"),
                    tr("Send one component per button: index %1 is used twice.")
                        .arg(component.index)));
            }
            buttonIndexes.insert(component.index);
        }
        parameters(component, path, out);
    }
}

void TemplateSendValidator::button(const TemplateComponent &component, const QString &path,
                                   QList<Violation> &out)
{
    const QString subTypePath = path + QLatin1String(".sub_type");
    const QString subType = component.subType.trimmed().toLower();
    bool known = false;
    for (const char *name : kButtonSubTypes)
        known = known || subType == QLatin1String(name);
    if (!known) {
        QStringList names;
        for (const char *name : kButtonSubTypes)
            names.append(QString::fromLatin1(name));
        const QString fix = subType.isEmpty()
            ? tr("Set the button's sub_type, such as quick_reply, url or copy_code.")
            : tr("Use a known button sub_type, such as quick_reply, url or copy_code (it is "
                 "\"%1\").")
                  .arg(component.subType);
        out.append(LimitCheck::rule(LimitId::TemplateButtonSubType, subTypePath,
                                    subType.isEmpty() ? QStringLiteral("required")
                                                      : QStringLiteral("not_allowed"),
                                    component.subType, names.join(QLatin1String(", ")), fix));
    }
    addViolation(out,
                 LimitCheck::amount(LimitId::TemplateButtonIndex, path + QLatin1String(".index"),
                                    component.index));
}

void TemplateSendValidator::parameters(const TemplateComponent &component, const QString &path,
                                       QList<Violation> &out)
{
    const QString listPath = path + QLatin1String(".parameters");
    if (component.kind == TemplateComponentKind::Header) {
        addViolation(out,
                     LimitCheck::amount(LimitId::TemplateHeaderVariables, listPath,
                                        component.parameters.size()));
    }
    const QList<TemplateParameterKind> allowed = allowedKinds(component);
    bool anyNamed = false;
    for (const auto &parameter : component.parameters)
        anyNamed = anyNamed || (isNameable(parameter.kind) && !parameter.name.isEmpty());

    for (qsizetype j = 0; j < component.parameters.size(); ++j) {
        const TemplateParameter &parameter = component.parameters[j];
        const QString parameterPath = indexed(listPath, j);
        if (!allowed.isEmpty() && !allowed.contains(parameter.kind)) {
            QStringList names;
            for (const auto kind : allowed)
                names.append(parameterKindWireName(kind));
            const QString where = component.kind == TemplateComponentKind::Button
                ? component.subType.toLower() + u' ' + componentName(component.kind)
                : componentName(component.kind);
            out.append(LimitCheck::rule(
                LimitId::TemplateParameterKind, parameterPath + QLatin1String(".type"),
                QStringLiteral("not_allowed"), parameterKindWireName(parameter.kind),
                names.join(QLatin1String(", ")),
                tr("Use a parameter of type %1 here: a %2 component does not take %3.")
                    .arg(names.join(QLatin1String(" or ")), where,
                         parameterKindWireName(parameter.kind))));
            continue; // its value would be judged by the wrong rules
        }
        if (anyNamed && isNameable(parameter.kind) && parameter.name.isEmpty()) {
            out.append(LimitCheck::rule(
                LimitId::TemplateParameterNaming, parameterPath + QLatin1String(".parameter_name"),
                QStringLiteral("missing"), QString(), tr("a name on every parameter"),
                tr("Give this parameter its parameter_name: when one parameter of a component "
                   "is named, all of them must be.")));
        }
        value(parameter, parameterPath, out);
    }
}

void TemplateSendValidator::value(const TemplateParameter &parameter, const QString &path,
                                  QList<Violation> &out)
{
    const auto required = [&](const char *field, const QString &text) {
        addViolation(out,
                     LimitCheck::text(LimitId::TemplateParameterValue,
                                      path + u'.' + QLatin1String(field), text));
    };
    switch (parameter.kind) {
    case TemplateParameterKind::Text:
        required("text", parameter.text);
        break;
    case TemplateParameterKind::Payload:
        required("payload", parameter.text);
        break;
    case TemplateParameterKind::CouponCode:
        addViolation(out,
                     LimitCheck::text(LimitId::TemplateCopyCodeValue,
                                      path + QLatin1String(".coupon_code"), parameter.text));
        break;
    case TemplateParameterKind::DateTime:
        required("date_time.fallback_value", parameter.text);
        break;
    case TemplateParameterKind::Currency: {
        required("currency.fallback_value", parameter.fallbackValue);
        const QString codePath = path + QLatin1String(".currency.code");
        if (parameter.currencyCode.isEmpty()) {
            out.append(LimitCheck::rule(
                LimitId::TemplateCurrencyCode, codePath, QStringLiteral("required"), QString(),
                QString::fromLatin1(limit(LimitId::TemplateCurrencyCode).pattern),
                tr("Fill in the currency code; it is required.")));
        }
        addViolation(
            out,
            LimitCheck::pattern(LimitId::TemplateCurrencyCode, codePath, parameter.currencyCode));
        break;
    }
    case TemplateParameterKind::Image:
    case TemplateParameterKind::Video:
    case TemplateParameterKind::Document: {
        MediaContent media = parameter.media;
        media.kind = parameter.kind == TemplateParameterKind::Image ? MediaKind::Image
            : parameter.kind == TemplateParameterKind::Video        ? MediaKind::Video
                                                                    : MediaKind::Document;
        ContentValidator::mediaObject(media, path + u'.' + parameterKindWireName(parameter.kind),
                                      out);
        break;
    }
    case TemplateParameterKind::Location:
        ContentValidator::location(parameter.location, path + QLatin1String(".location"), out);
        break;
    }
}

} // namespace sb

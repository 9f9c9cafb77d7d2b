#include "MessageJsonDetail.h"

#include <QCoreApplication>

#include <array>

// Template sends (spec §1.7): writer and tolerant request reader.
namespace sb::wire {

namespace {

const QLatin1String kType("type");

struct ParameterName
{
    TemplateParameterKind kind;
    const char *wire;
};

constexpr std::array kParameterNames{
    ParameterName{TemplateParameterKind::Text, "text"},
    ParameterName{TemplateParameterKind::Currency, "currency"},
    ParameterName{TemplateParameterKind::DateTime, "date_time"},
    ParameterName{TemplateParameterKind::Image, "image"},
    ParameterName{TemplateParameterKind::Video, "video"},
    ParameterName{TemplateParameterKind::Document, "document"},
    ParameterName{TemplateParameterKind::Location, "location"},
    ParameterName{TemplateParameterKind::Payload, "payload"},
    ParameterName{TemplateParameterKind::CouponCode, "coupon_code"},
};

QString parameterWireName(TemplateParameterKind kind)
{
    for (const auto &entry : kParameterNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

std::optional<TemplateParameterKind> parameterKindFromWire(const QString &type)
{
    for (const auto &entry : kParameterNames) {
        if (type == QLatin1String(entry.wire))
            return entry.kind;
    }
    return std::nullopt;
}

QString componentWireName(TemplateComponentKind kind)
{
    switch (kind) {
    case TemplateComponentKind::Header:
        return QStringLiteral("header");
    case TemplateComponentKind::Body:
        return QStringLiteral("body");
    case TemplateComponentKind::Button:
        return QStringLiteral("button");
    }
    return {};
}

MediaKind mediaKindOf(TemplateParameterKind kind)
{
    switch (kind) {
    case TemplateParameterKind::Video:
        return MediaKind::Video;
    case TemplateParameterKind::Document:
        return MediaKind::Document;
    default:
        return MediaKind::Image;
    }
}

QJsonObject parameterToJson(const TemplateParameter &p)
{
    const QString type = parameterWireName(p.kind);
    QJsonObject o{{kType, type}};
    if (!p.name.isEmpty())
        o.insert(QLatin1String("parameter_name"), p.name);
    switch (p.kind) {
    case TemplateParameterKind::Text:
    case TemplateParameterKind::Payload:
    case TemplateParameterKind::CouponCode:
        o.insert(type, p.text);
        break;
    case TemplateParameterKind::Currency:
        o.insert(type,
                 QJsonObject{{QLatin1String("fallback_value"), p.fallbackValue},
                             {QLatin1String("code"), p.currencyCode},
                             {QLatin1String("amount_1000"), p.amount1000}});
        break;
    case TemplateParameterKind::DateTime:
        o.insert(type, QJsonObject{{QLatin1String("fallback_value"), p.text}});
        break;
    case TemplateParameterKind::Image:
    case TemplateParameterKind::Video:
    case TemplateParameterKind::Document:
        o.insert(type, mediaToJson(p.media, MediaShape::Header));
        break;
    case TemplateParameterKind::Location:
        o.insert(type, locationToJson(p.location, true));
        break;
    }
    return o;
}

std::optional<TemplateParameter> parameterFromRequest(const JsonCursor &c)
{
    const QString type = c.string(u"type", Need::Required);
    const auto kind = parameterKindFromWire(type);
    if (!kind) {
        if (!type.isEmpty())
            c.report(u"type",
                     QCoreApplication::translate("sb::MessageJson",
                                                 "Unknown template parameter type \"%1\".")
                         .arg(type));
        return std::nullopt;
    }
    TemplateParameter p;
    p.kind = *kind;
    p.name = c.string(u"parameter_name");
    switch (*kind) {
    case TemplateParameterKind::Text:
    case TemplateParameterKind::Payload:
    case TemplateParameterKind::CouponCode:
        p.text = c.string(type, Need::Required);
        break;
    case TemplateParameterKind::Currency: {
        const JsonCursor currency = c.object(type, Need::Required);
        p.fallbackValue = currency.string(u"fallback_value", Need::Required);
        p.currencyCode = currency.string(u"code", Need::Required);
        p.amount1000 = currency.integer(u"amount_1000", Need::Required).value_or(0);
        break;
    }
    case TemplateParameterKind::DateTime:
        p.text = c.object(type, Need::Required).string(u"fallback_value", Need::Required);
        break;
    case TemplateParameterKind::Image:
    case TemplateParameterKind::Video:
    case TemplateParameterKind::Document:
        p.media = mediaFromJson(c.object(type, Need::Required), mediaKindOf(*kind));
        break;
    case TemplateParameterKind::Location: {
        const JsonCursor location = c.object(type, Need::Required);
        if (location.isValid())
            p.location = locationFromJson(location);
        break;
    }
    }
    return p;
}

std::optional<TemplateComponent> componentFromRequest(const JsonCursor &c)
{
    const QString type = c.string(u"type", Need::Required).toLower();
    TemplateComponent component;
    if (type == u"header") {
        component.kind = TemplateComponentKind::Header;
    } else if (type == u"body") {
        component.kind = TemplateComponentKind::Body;
    } else if (type == u"button") {
        component.kind = TemplateComponentKind::Button;
        component.subType = c.string(u"sub_type", Need::Required);
        // The wire writes the index as a string ("0"); a bare number is accepted too.
        const QString index = c.stringOrNumber(u"index", Need::Required);
        bool ok = index.isEmpty();
        if (!index.isEmpty())
            component.index = index.toInt(&ok);
        if (!ok)
            c.report(u"index",
                     QCoreApplication::translate(
                         "sb::MessageJson", "A button index must be a whole number, not \"%1\".")
                         .arg(index));
    } else {
        if (!type.isEmpty())
            c.report(u"type",
                     QCoreApplication::translate("sb::MessageJson",
                                                 "Unknown template component type \"%1\".")
                         .arg(type));
        return std::nullopt;
    }
    for (const auto &p : c.objects(u"parameters")) {
        if (auto parameter = parameterFromRequest(p))
            component.parameters.append(*parameter);
    }
    return component;
}

} // namespace

QJsonObject templateToJson(const TemplateContent &tmpl)
{
    QJsonObject language{{QLatin1String("code"), tmpl.languageCode}};
    if (!tmpl.languagePolicy.isEmpty())
        language.insert(QLatin1String("policy"), tmpl.languagePolicy);
    QJsonObject o{{QLatin1String("name"), tmpl.name}, {QLatin1String("language"), language}};
    if (!tmpl.components.isEmpty()) {
        QJsonArray components;
        for (const auto &c : tmpl.components) {
            QJsonObject component{{kType, componentWireName(c.kind)}};
            if (c.kind == TemplateComponentKind::Button) {
                component.insert(QLatin1String("sub_type"), c.subType);
                component.insert(QLatin1String("index"), QString::number(c.index));
            }
            if (!c.parameters.isEmpty()) {
                QJsonArray parameters;
                for (const auto &p : c.parameters)
                    parameters.append(parameterToJson(p));
                component.insert(QLatin1String("parameters"), parameters);
            }
            components.append(component);
        }
        o.insert(QLatin1String("components"), components);
    }
    return o;
}

std::optional<TemplateContent> templateFromRequest(const JsonCursor &tmpl)
{
    TemplateContent t;
    t.name = tmpl.string(u"name", Need::Required);
    const JsonCursor language = tmpl.object(u"language", Need::Required);
    t.languageCode = language.string(u"code", Need::Required);
    t.languagePolicy = language.string(u"policy");
    for (const auto &c : tmpl.objects(u"components")) {
        if (auto component = componentFromRequest(c))
            t.components.append(*component);
    }
    return t;
}

} // namespace sb::wire

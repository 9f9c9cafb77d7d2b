#pragma once

#include "MessageContent.h"

#include <QList>
#include <QString>

// The send side of a template message (spec §1.7): `template{name, language, components}`.
// The definition side (what Meta approved) lives in Template.h.
namespace sb {

enum class TemplateParameterKind {
    Text,
    Currency,
    DateTime,
    Image,
    Video,
    Document,
    Location,
    Payload, // quick-reply button payload
    CouponCode, // copy-code button
};

struct TemplateParameter
{
    TemplateParameterKind kind = TemplateParameterKind::Text;
    QString name; // parameter_name for named templates; empty for positional
    QString text; // text, payload, coupon_code, date_time.fallback_value
    // currency
    QString fallbackValue;
    QString currencyCode;
    qint64 amount1000 = 0;
    MediaContent media; // image/video/document header
    LocationContent location; // location header

    friend bool operator==(const TemplateParameter &, const TemplateParameter &) = default;
};

enum class TemplateComponentKind { Header, Body, Button };

struct TemplateComponent
{
    TemplateComponentKind kind = TemplateComponentKind::Body;
    QString subType; // button: quick_reply, url, copy_code, flow, ...
    int index = 0; // button index
    QList<TemplateParameter> parameters;

    friend bool operator==(const TemplateComponent &, const TemplateComponent &) = default;
};

struct TemplateContent
{
    QString name;
    QString languageCode;
    QString languagePolicy; // "deterministic" or empty
    QList<TemplateComponent> components;

    friend bool operator==(const TemplateContent &, const TemplateContent &) = default;
};

} // namespace sb

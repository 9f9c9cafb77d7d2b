#pragma once

#include "Template.h"
#include "TemplateContent.h"

#include <QList>
#include <QString>

#include <optional>

// Fills a template's variables for the composer preview and the picker. A variable without a
// value stays visible as written ("{{2}}") and is listed in `missing`, so the agent sees the gap.
namespace sb {

struct RenderedButton
{
    TemplateButtonType type = TemplateButtonType::Unknown;
    QString label;
    QString target; // filled URL, phone number, coupon / one-time code, or quick-reply payload

    friend bool operator==(const RenderedButton &, const RenderedButton &) = default;
};

struct MissingParameter
{
    enum class Part { Header, Body, Button };

    Part part = Part::Body;
    int buttonIndex = -1; // Part::Button only
    QString token; // "{{2}}"; empty when the whole value is missing (media header, coupon code)

    friend bool operator==(const MissingParameter &, const MissingParameter &) = default;
};

struct RenderedTemplate
{
    std::optional<TemplateHeaderFormat> headerFormat; // nullopt: the template has no header
    QString headerText; // TEXT: the filled text; LOCATION: the location's name or address
    QString headerMedia; // media headers: the media link or id (example: the header handle)
    QString body;
    QString footer;
    QList<RenderedButton> buttons;
    QList<MissingParameter> missing; // in the order header, body, buttons

    bool isComplete() const { return missing.isEmpty(); }

    friend bool operator==(const RenderedTemplate &, const RenderedTemplate &) = default;
};

class TemplateRenderer
{
public:
    // Positional variables take the parameter at their number, named ones the parameter with
    // their name; currency and date_time show their fallback_value.
    static RenderedTemplate render(const TemplateDefinition &definition,
                                   const TemplateContent &send);
    // The same with the definition's example values, for the template picker.
    static RenderedTemplate renderExample(const TemplateDefinition &definition);
};

} // namespace sb

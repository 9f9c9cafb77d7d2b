#include "TemplateGraphJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

QList<TemplateExampleValue> readExamples(const QJsonObject &example, QStringView positionalKey,
                                         QStringView namedKey)
{
    QList<TemplateExampleValue> out;
    for (const QJsonValue &item : example.value(namedKey).toArray()) {
        const QJsonObject object = item.toObject();
        out.append({object.value(u"param_name").toString(), object.value(u"example").toString()});
    }
    QJsonValue positional = example.value(positionalKey);
    // body_text is an array holding one array of values; header_text is a flat array.
    if (positional.isArray() && positional.toArray().first().isArray())
        positional = positional.toArray().first();
    for (const QJsonValue &item : positional.toArray())
        out.append({QString(), item.toString()});
    return out;
}

TemplateButtonDef readButton(const QJsonObject &b)
{
    TemplateButtonDef button;
    button.type = templateButtonTypeFromWire(b.value(u"type").toString());
    button.text = b.value(u"text").toString();
    button.url = b.value(u"url").toString();
    button.phoneNumber = b.value(u"phone_number").toString();
    const QJsonValue example = b.value(u"example");
    button.example = example.isArray() ? example.toArray().first().toString() : example.toString();
    return button;
}

} // namespace

std::optional<TemplateDefinition> templateFromGraphJson(const QJsonObject &object, QString *problem)
{
    const auto fail = [problem](const char *text) -> std::optional<TemplateDefinition> {
        if (problem)
            *problem = QCoreApplication::translate("sb::TemplateGraphJson", text);
        return std::nullopt;
    };
    TemplateDefinition d;
    d.id = object.value(u"id").toString();
    d.name = object.value(u"name").toString();
    d.language = object.value(u"language").toString();
    if (d.name.isEmpty() || d.language.isEmpty())
        return fail(QT_TRANSLATE_NOOP("sb::TemplateGraphJson",
                                      "A template in the list has no name or language."));
    d.category = templateCategoryFromWire(object.value(u"category").toString());
    d.status = templateStatusFromWire(object.value(u"status").toString());
    // quality_score is an object ({"score": "GREEN", ...}) in the listing.
    const QJsonValue quality = object.value(u"quality_score");
    d.quality = templateQualityFromWire(
        quality.isObject() ? quality.toObject().value(u"score").toString() : quality.toString());
    d.rejectionReason = object.value(u"rejected_reason").toString();
    if (d.rejectionReason == u"NONE")
        d.rejectionReason.clear();
    d.parameterFormat =
        templateParameterFormatFromWire(object.value(u"parameter_format").toString());
    for (const QJsonValue &value : object.value(u"components").toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(u"type").toString().toUpper();
        const QJsonObject example = component.value(u"example").toObject();
        if (type == u"HEADER") {
            TemplateHeaderDef header;
            header.format = templateHeaderFormatFromWire(component.value(u"format").toString());
            header.text = component.value(u"text").toString();
            header.examples = readExamples(example, u"header_text", u"header_text_named_params");
            header.mediaExample = example.value(u"header_handle").toArray().first().toString();
            d.header = header;
        } else if (type == u"BODY") {
            d.body.text = component.value(u"text").toString();
            d.body.examples = readExamples(example, u"body_text", u"body_text_named_params");
        } else if (type == u"FOOTER") {
            d.footer = component.value(u"text").toString();
        } else if (type == u"BUTTONS") {
            for (const QJsonValue &item : component.value(u"buttons").toArray())
                d.buttons.append(readButton(item.toObject()));
        }
    }
    if (d.body.text.isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("sb::TemplateGraphJson", "A template in the list has no BODY text."));
    return d;
}

} // namespace sb

#include "TemplateDefinitionJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

QJsonArray examplesToJson(const QList<TemplateExampleValue> &examples)
{
    QJsonArray array;
    for (const TemplateExampleValue &e : examples)
        array.append(
            QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
    return array;
}

QList<TemplateExampleValue> examplesFromJson(const QJsonValue &value)
{
    QList<TemplateExampleValue> examples;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &e : array) {
        const QJsonObject o = e.toObject();
        examples.append({o.value(u"name").toString(), o.value(u"value").toString()});
    }
    return examples;
}

} // namespace

QJsonObject TemplateDefinitionJson::toJson(const TemplateDefinition &d)
{
    QJsonObject o{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("language"), d.language},
        {QStringLiteral("category"), templateCategoryWireName(d.category)},
        {QStringLiteral("status"), templateStatusWireName(d.status)},
        {QStringLiteral("quality_score"), templateQualityWireName(d.quality)},
        {QStringLiteral("parameter_format"), templateParameterFormatWireName(d.parameterFormat)},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("text"), d.body.text},
                     {QStringLiteral("examples"), examplesToJson(d.body.examples)}}}};
    if (d.header) {
        o.insert(
            QStringLiteral("header"),
            QJsonObject{{QStringLiteral("format"), templateHeaderFormatWireName(d.header->format)},
                        {QStringLiteral("text"), d.header->text},
                        {QStringLiteral("examples"), examplesToJson(d.header->examples)},
                        {QStringLiteral("media_example"), d.header->mediaExample}});
    }
    if (d.footer)
        o.insert(QStringLiteral("footer"), *d.footer);
    QJsonArray buttons;
    for (const TemplateButtonDef &b : d.buttons) {
        buttons.append(QJsonObject{{QStringLiteral("type"), templateButtonTypeWireName(b.type)},
                                   {QStringLiteral("text"), b.text},
                                   {QStringLiteral("url"), b.url},
                                   {QStringLiteral("phone_number"), b.phoneNumber},
                                   {QStringLiteral("example"), b.example}});
    }
    o.insert(QStringLiteral("buttons"), buttons);
    if (!d.rejectionReason.isEmpty())
        o.insert(QStringLiteral("rejected_reason"), d.rejectionReason);
    return o;
}

TemplateDefinition TemplateDefinitionJson::fromJson(const QJsonObject &o)
{
    TemplateDefinition d;
    d.id = o.value(u"id").toString();
    d.name = o.value(u"name").toString();
    d.language = o.value(u"language").toString();
    d.category = templateCategoryFromWire(o.value(u"category").toString());
    d.status = templateStatusFromWire(o.value(u"status").toString());
    d.quality = templateQualityFromWire(o.value(u"quality_score").toString());
    d.parameterFormat = templateParameterFormatFromWire(o.value(u"parameter_format").toString());
    const QJsonObject body = o.value(u"body").toObject();
    d.body.text = body.value(u"text").toString();
    d.body.examples = examplesFromJson(body.value(u"examples"));
    if (o.contains(u"header")) {
        const QJsonObject h = o.value(u"header").toObject();
        TemplateHeaderDef header;
        header.format = templateHeaderFormatFromWire(h.value(u"format").toString());
        header.text = h.value(u"text").toString();
        header.examples = examplesFromJson(h.value(u"examples"));
        header.mediaExample = h.value(u"media_example").toString();
        d.header = header;
    }
    if (o.contains(u"footer"))
        d.footer = o.value(u"footer").toString();
    const QJsonArray buttons = o.value(u"buttons").toArray();
    for (const QJsonValue &value : buttons) {
        const QJsonObject b = value.toObject();
        d.buttons.append({templateButtonTypeFromWire(b.value(u"type").toString()),
                          b.value(u"text").toString(), b.value(u"url").toString(),
                          b.value(u"phone_number").toString(), b.value(u"example").toString()});
    }
    d.rejectionReason = o.value(u"rejected_reason").toString();
    return d;
}

QString TemplateDefinitionJson::toText(const TemplateDefinition &definition)
{
    return QString::fromUtf8(QJsonDocument(toJson(definition)).toJson(QJsonDocument::Compact));
}

TemplateDefinition TemplateDefinitionJson::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

} // namespace sb

#include "SandboxTemplates.h"

#include "SandboxIds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb {

namespace {

QJsonObject examplesOf(const QList<TemplateExampleValue> &examples, bool named,
                       const QString &positionalKey, const QString &namedKey, bool nested)
{
    if (examples.isEmpty())
        return {};
    if (named) {
        QJsonArray list;
        for (const TemplateExampleValue &example : examples)
            list.append(QJsonObject{{QStringLiteral("param_name"), example.name},
                                    {QStringLiteral("example"), example.value}});
        return QJsonObject{{namedKey, list}};
    }
    QJsonArray values;
    for (const TemplateExampleValue &example : examples)
        values.append(example.value);
    return QJsonObject{{positionalKey, nested ? QJsonArray{values} : values}};
}

QList<TemplateExampleValue> readExamples(const QJsonObject &example, const QString &positionalKey,
                                         const QString &namedKey)
{
    QList<TemplateExampleValue> out;
    for (const QJsonValue &item : example.value(namedKey).toArray()) {
        const QJsonObject object = item.toObject();
        out.append({object.value(QStringLiteral("param_name")).toString(),
                    object.value(QStringLiteral("example")).toString()});
    }
    QJsonValue positional = example.value(positionalKey);
    // body_text is an array holding one array of values; header_text is a flat array.
    if (positional.isArray() && positional.toArray().first().isArray())
        positional = positional.toArray().first();
    for (const QJsonValue &item : positional.toArray())
        out.append({QString(), item.toString()});
    return out;
}

} // namespace

SandboxTemplates::SandboxTemplates(SandboxIds &ids)
    : m_ids(ids)
{
}

const TemplateDefinition &SandboxTemplates::put(TemplateDefinition definition)
{
    for (TemplateDefinition &existing : m_templates) {
        if (existing.name == definition.name && existing.language == definition.language) {
            if (definition.id.isEmpty())
                definition.id = existing.id;
            existing = std::move(definition);
            return existing;
        }
    }
    if (definition.id.isEmpty())
        definition.id = m_ids.templateId();
    m_templates.append(std::move(definition));
    return m_templates.last();
}

const TemplateDefinition *SandboxTemplates::find(const QString &name, const QString &language) const
{
    for (const TemplateDefinition &definition : m_templates) {
        if (definition.name == name && definition.language == language)
            return &definition;
    }
    return nullptr;
}

const TemplateDefinition *SandboxTemplates::findById(const QString &id) const
{
    for (const TemplateDefinition &definition : m_templates) {
        if (definition.id == id)
            return &definition;
    }
    return nullptr;
}

bool SandboxTemplates::hasName(const QString &name) const
{
    for (const TemplateDefinition &definition : m_templates) {
        if (definition.name == name)
            return true;
    }
    return false;
}

bool SandboxTemplates::setStatus(const QString &name, const QString &language,
                                 TemplateStatus status, const QString &reason)
{
    for (TemplateDefinition &definition : m_templates) {
        if (definition.name == name && definition.language == language) {
            definition.status = status;
            definition.rejectionReason = status == TemplateStatus::Rejected ? reason : QString();
            return true;
        }
    }
    return false;
}

QJsonObject SandboxTemplates::toGraphJson(const TemplateDefinition &definition)
{
    const bool named = definition.parameterFormat == TemplateParameterFormat::Named;
    QJsonArray components;
    if (definition.header) {
        const TemplateHeaderDef &header = *definition.header;
        QJsonObject component{
            {QStringLiteral("type"), QStringLiteral("HEADER")},
            {QStringLiteral("format"), templateHeaderFormatWireName(header.format)}};
        if (header.format == TemplateHeaderFormat::Text) {
            component.insert(QStringLiteral("text"), header.text);
            const QJsonObject example =
                examplesOf(header.examples, named, QStringLiteral("header_text"),
                           QStringLiteral("header_text_named_params"), false);
            if (!example.isEmpty())
                component.insert(QStringLiteral("example"), example);
        } else if (!header.mediaExample.isEmpty()) {
            component.insert(
                QStringLiteral("example"),
                QJsonObject{{QStringLiteral("header_handle"), QJsonArray{header.mediaExample}}});
        }
        components.append(component);
    }
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("BODY")},
                     {QStringLiteral("text"), definition.body.text}};
    const QJsonObject bodyExample =
        examplesOf(definition.body.examples, named, QStringLiteral("body_text"),
                   QStringLiteral("body_text_named_params"), true);
    if (!bodyExample.isEmpty())
        body.insert(QStringLiteral("example"), bodyExample);
    components.append(body);
    if (definition.footer) {
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")},
                                      {QStringLiteral("text"), *definition.footer}});
    }
    if (!definition.buttons.isEmpty()) {
        QJsonArray buttons;
        for (const TemplateButtonDef &button : definition.buttons) {
            QJsonObject object{{QStringLiteral("type"), templateButtonTypeWireName(button.type)}};
            if (!button.text.isEmpty())
                object.insert(QStringLiteral("text"), button.text);
            if (!button.url.isEmpty())
                object.insert(QStringLiteral("url"), button.url);
            if (!button.phoneNumber.isEmpty())
                object.insert(QStringLiteral("phone_number"), button.phoneNumber);
            if (button.type == TemplateButtonType::CopyCode)
                object.insert(QStringLiteral("example"), button.example);
            else if (button.type == TemplateButtonType::Otp)
                object.insert(QStringLiteral("otp_type"), QStringLiteral("COPY_CODE"));
            else if (!button.example.isEmpty())
                object.insert(QStringLiteral("example"), QJsonArray{button.example});
            buttons.append(object);
        }
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")},
                                      {QStringLiteral("buttons"), buttons}});
    }
    QJsonObject object{
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("parameter_format"),
         templateParameterFormatWireName(definition.parameterFormat)},
        {QStringLiteral("components"), components},
        {QStringLiteral("language"), definition.language},
        {QStringLiteral("status"), templateStatusWireName(definition.status)},
        {QStringLiteral("category"), templateCategoryWireName(definition.category)},
        {QStringLiteral("id"), definition.id},
    };
    if (definition.quality != TemplateQuality::Unknown
        || definition.status == TemplateStatus::Approved) {
        object.insert(
            QStringLiteral("quality_score"),
            QJsonObject{{QStringLiteral("score"), templateQualityWireName(definition.quality)}});
    }
    if (definition.status == TemplateStatus::Rejected)
        object.insert(QStringLiteral("rejected_reason"),
                      definition.rejectionReason.isEmpty() ? QStringLiteral("NONE")
                                                           : definition.rejectionReason);
    return object;
}

std::optional<TemplateDefinition> SandboxTemplates::fromGraphJson(const QJsonObject &object,
                                                                  QString *problem)
{
    auto fail = [problem](const char *text) -> std::optional<TemplateDefinition> {
        if (problem)
            *problem = QCoreApplication::translate("sb::SandboxTemplates", text);
        return std::nullopt;
    };
    TemplateDefinition definition;
    definition.id = object.value(QStringLiteral("id")).toString();
    definition.name = object.value(QStringLiteral("name")).toString();
    definition.language = object.value(QStringLiteral("language")).toString();
    if (definition.name.isEmpty() || definition.language.isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("sb::SandboxTemplates", "A template needs a name and a language."));
    definition.category =
        templateCategoryFromWire(object.value(QStringLiteral("category")).toString());
    if (definition.category == TemplateCategory::Unknown)
        return fail(QT_TRANSLATE_NOOP(
            "sb::SandboxTemplates", "The category must be MARKETING, UTILITY or AUTHENTICATION."));
    const QString status = object.value(QStringLiteral("status")).toString();
    definition.status = status.isEmpty() ? TemplateStatus::Pending : templateStatusFromWire(status);
    definition.quality = templateQualityFromWire(object.value(QStringLiteral("quality_score"))
                                                     .toObject()
                                                     .value(QStringLiteral("score"))
                                                     .toString());
    definition.rejectionReason = object.value(QStringLiteral("rejected_reason")).toString();
    definition.parameterFormat = templateParameterFormatFromWire(
        object.value(QStringLiteral("parameter_format")).toString());
    bool hasBody = false;
    for (const QJsonValue &value : object.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        const QString type = component.value(QStringLiteral("type")).toString().toUpper();
        const QJsonObject example = component.value(QStringLiteral("example")).toObject();
        if (type == QLatin1String("HEADER")) {
            TemplateHeaderDef header;
            header.format =
                templateHeaderFormatFromWire(component.value(QStringLiteral("format")).toString());
            header.text = component.value(QStringLiteral("text")).toString();
            header.examples = readExamples(example, QStringLiteral("header_text"),
                                           QStringLiteral("header_text_named_params"));
            header.mediaExample =
                example.value(QStringLiteral("header_handle")).toArray().first().toString();
            definition.header = header;
        } else if (type == QLatin1String("BODY")) {
            hasBody = true;
            definition.body.text = component.value(QStringLiteral("text")).toString();
            definition.body.examples = readExamples(example, QStringLiteral("body_text"),
                                                    QStringLiteral("body_text_named_params"));
        } else if (type == QLatin1String("FOOTER")) {
            definition.footer = component.value(QStringLiteral("text")).toString();
        } else if (type == QLatin1String("BUTTONS")) {
            for (const QJsonValue &item : component.value(QStringLiteral("buttons")).toArray()) {
                const QJsonObject b = item.toObject();
                TemplateButtonDef button;
                button.type =
                    templateButtonTypeFromWire(b.value(QStringLiteral("type")).toString());
                button.text = b.value(QStringLiteral("text")).toString();
                button.url = b.value(QStringLiteral("url")).toString();
                button.phoneNumber = b.value(QStringLiteral("phone_number")).toString();
                const QJsonValue ex = b.value(QStringLiteral("example"));
                button.example = ex.isArray() ? ex.toArray().first().toString() : ex.toString();
                definition.buttons.append(button);
            }
        }
    }
    if (!hasBody || definition.body.text.isEmpty())
        return fail(
            QT_TRANSLATE_NOOP("sb::SandboxTemplates", "A template needs a BODY component."));
    return definition;
}

} // namespace sb

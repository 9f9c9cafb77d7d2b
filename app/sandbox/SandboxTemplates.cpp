#include "SandboxTemplates.h"

#include "SandboxIds.h"
#include "TemplateGraphJson.h"

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
    // The shape is the listing's (one reader for client and sandbox); a template being created
    // must also name its category, and starts PENDING unless the request says otherwise.
    std::optional<TemplateDefinition> definition = templateFromGraphJson(object, problem);
    if (!definition)
        return std::nullopt;
    if (definition->category == TemplateCategory::Unknown) {
        if (problem)
            *problem = QCoreApplication::translate(
                "sb::SandboxTemplates",
                "The category must be MARKETING, UTILITY or AUTHENTICATION.");
        return std::nullopt;
    }
    if (object.value(QStringLiteral("status")).toString().isEmpty())
        definition->status = TemplateStatus::Pending;
    return definition;
}

} // namespace sb

#pragma once

#include "Template.h"
#include "TemplateContent.h"
#include "TemplatePlaceholders.h"
#include "TemplateSendCheck.h"

#include <QList>
#include <QString>
#include <QStringView>

// The per-component rules behind TemplateSendCheck: parameters against variables, header kinds,
// buttons and parameter values. Internal to sb_core; use TemplateSendCheck::check().
namespace sb {

class TemplateSendRules
{
public:
    enum class Part { Header, Body };

    explicit TemplateSendRules(TemplateCheckResult &result)
        : m_result(result)
    {
    }

    // A component whose definition has no variables: any parameter is one too many (132000).
    void noVariables(const TemplateComponent &component, const QString &path, const QString &why);
    // Text variables of the header or body: count, naming, parameter kinds and values.
    void variables(const TemplateComponent &component, const QString &path,
                   const QList<TemplatePlaceholder> &vars, bool named, Part part);
    // IMAGE/VIDEO/GIF/DOCUMENT/LOCATION headers need one parameter of that kind.
    void mediaHeader(TemplateHeaderFormat format, const TemplateComponent *component,
                     const QString &path);
    // One defined button and the component sent for it (nullptr when none was sent).
    void button(const TemplateButtonDef &definition, int index, const TemplateComponent *component,
                const QString &path);

    // "{{1}}, {{2}}" for messages.
    static QString tokenList(const QList<TemplatePlaceholder> &vars);

private:
    void add(int code, const QString &path, const QString &message, const QString &fix);
    void value(const TemplateParameter &parameter, const QString &path);
    void textValue(const QString &text, const QString &path);
    void urlButton(const TemplateButtonDef &definition, int index,
                   const TemplateComponent *component, const QString &path, bool hasVariable);
    // The one parameter of a button or media header, when it is there and of the right kind.
    const TemplateParameter *singleParameter(const TemplateComponent *component,
                                             const QString &path, TemplateParameterKind expected,
                                             const QString &what, bool required);

    TemplateCheckResult &m_result;
};

} // namespace sb

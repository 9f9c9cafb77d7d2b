#pragma once

#include "TemplateContent.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Part of the validator (Validator.h): the structure of a template send (spec §1.7) as far as
// it can be judged without the approved definition (name, language, components, parameter
// kinds and values). Matching a send against its definition is TemplateSendCheck's job.
namespace sb {

class TemplateSendValidator
{
    Q_DECLARE_TR_FUNCTIONS(sb::TemplateSendValidator)

public:
    static void validate(const TemplateContent &content, QList<Violation> &out);

    // "text", "currency", "date_time", "image", ... as on the wire.
    static QString parameterKindWireName(TemplateParameterKind kind);

private:
    static void button(const TemplateComponent &component, const QString &path,
                       QList<Violation> &out);
    static void parameters(const TemplateComponent &component, const QString &path,
                           QList<Violation> &out);
    static void value(const TemplateParameter &parameter, const QString &path,
                      QList<Violation> &out);
};

} // namespace sb

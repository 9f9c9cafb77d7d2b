#pragma once

#include "Template.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>

// Checks a template definition against the platform's creation rules (spec §4, §6.1-§6.2)
// before it is submitted, so the author fixes it here rather than after a rejection.
namespace sb {

class TemplateDefinitionCheck
{
    Q_DECLARE_TR_FUNCTIONS(sb::TemplateDefinitionCheck)

public:
    // Every violation, in payload order. Paths follow the create payload, whose components are
    // numbered in the order HEADER, BODY, FOOTER, BUTTONS (only those present): "name",
    // "components[1].text", "components[3].buttons[0].url". Numbers come from Limits.h and the
    // button rules from TemplateButtonRules.
    static QList<Violation> check(const TemplateDefinition &definition);
};

} // namespace sb

#pragma once

#include "Template.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sb {

// The button rules of a template definition (spec §4 TPL-COMP): at most 10 buttons; at most 10
// quick replies, 2 URL, 1 phone-number and 1 copy-code buttons; labels of 25 characters (20 for
// voice-call buttons); URLs of 2000 characters with at most one variable, at the end; phone
// numbers of 20; copy codes of 20; and quick replies in one contiguous group
// (QR, QR, URL, PHONE is valid; QR, URL, QR is not).
class TemplateButtonRules
{
    Q_DECLARE_TR_FUNCTIONS(sb::TemplateButtonRules)

public:
    // Every violation of the BUTTONS component at `componentPath` (e.g. "components[2]"): counts
    // first (path "components[2].buttons"), then per button in order
    // ("components[2].buttons[1].text", ".url", ".phone_number", ".example", or the button itself
    // for contiguity). An empty list of buttons breaks TemplateButtonsTotal (a BUTTONS component
    // needs at least one).
    static QList<Violation> check(const QList<TemplateButtonDef> &buttons,
                                  const QString &componentPath);
};

} // namespace sb

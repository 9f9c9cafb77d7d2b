#pragma once

#include "InteractiveContent.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Part of the validator (Validator.h): interactive messages of every InteractiveKind (spec
// §1.6, §4). Appends every violation it finds to `out`.
namespace sb {

class InteractiveValidator
{
    Q_DECLARE_TR_FUNCTIONS(sb::InteractiveValidator)

public:
    static void validate(const InteractiveContent &content, QList<Violation> &out);

private:
    static void header(const InteractiveHeader &header, LimitId textLimit, QList<Violation> &out);
    static void buttons(const InteractiveContent &content, QList<Violation> &out);
    static void list(const InteractiveContent &content, QList<Violation> &out);
    static void ctaUrl(const InteractiveContent &content, QList<Violation> &out);
    static void productList(const InteractiveContent &content, QList<Violation> &out);
    static void flow(const InteractiveContent &content, QList<Violation> &out);
};

} // namespace sb

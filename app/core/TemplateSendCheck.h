#pragma once

#include "Template.h"
#include "TemplateContent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// Checks a template send (TemplateContent) against its definition before it leaves, so the agent
// sees the problem and its fix instead of a 132000/132012 round trip (spec §1.7, §6, §8).
namespace sb {

// The platform's codes for what the check finds (spec §8).
enum TemplateErrorCode : int {
    TemplateParamCountMismatch = 132000,
    TemplateDoesNotExist = 132001, // also: not approved, wrong name or language
    TemplateParamFormatMismatch = 132012,
    TemplatePaused = 132015,
    TemplateDisabled = 132016,
    TemplateParamValidation = 132018, // parameter text the platform refuses (new lines, tabs)
    RequiredParameterMissing = 131008,
    ParameterValueInvalid = 131009,
};

struct TemplateSendProblem
{
    int errorCode = 0;
    QString path; // JSON path of the send payload, e.g. template.components[1].parameters[0]
    QString message; // what is wrong, translated
    QString fix; // what to do, translated

    friend bool operator==(const TemplateSendProblem &, const TemplateSendProblem &) = default;
};

struct TemplateCheckResult
{
    QList<TemplateSendProblem> problems;

    bool isOk() const { return problems.isEmpty(); }
    bool hasCode(int errorCode) const;
    bool hasProblemAt(QStringView path, int errorCode) const;
};

class TemplateSendCheck
{
    Q_DECLARE_TR_FUNCTIONS(sb::TemplateSendCheck)

public:
    // Every problem found, in payload order; an empty list means the send matches.
    static TemplateCheckResult check(const TemplateDefinition &definition,
                                     const TemplateContent &send);

    // Only APPROVED templates can be sent (spec §6.1).
    static bool isSendable(const TemplateDefinition &definition);
    // Why the picker greys a template out ("Paused by Meta because of low quality",
    // "Rejected: incorrect category", "Pending review"); empty when it is sendable.
    static QString unsendableReason(const TemplateDefinition &definition);
    // A short translated label of a status for messages ("pending review", "paused").
    static QString statusLabel(TemplateStatus status);
};

} // namespace sb

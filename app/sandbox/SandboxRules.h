#pragma once

#include "Message.h"
#include "SandboxError.h"
#include "Template.h"
#include "Violation.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

struct SandboxWorld;
struct SandboxPhoneNumber;
struct ParseIssue;

// The outcome of the platform's checks on one send request: refused with an error, or accepted
// with everything the delivery simulation needs.
struct SandboxSendDecision
{
    std::optional<SandboxError> error; // set: the request is refused synchronously
    Message message;
    QString input; // `to` as written
    QString waId;
    QString category; // marketing, utility, authentication, service
    QString pricingType; // regular, free_customer_service, free_entry_point
    bool windowOpen = false;
};

// The send checks of the Cloud API (spec §1, §6, §7, §8, §9), in the order the platform applies
// them: request shape (the shared MessageJson mapping and the shared Validator), throughput,
// the customer-service window, the template and its parameters, the pair rate, the messaging
// limit. Checks that consume budget (throughput, pair rate, tier) only consume on their turn,
// so a refused request never uses up a later check's budget.
class SandboxRules
{
public:
    explicit SandboxRules(SandboxWorld &world);

    SandboxSendDecision checkSend(const SandboxPhoneNumber &phone, const QJsonObject &body);

    // Error code for a structural problem the mapping reported: always 100 (invalid parameter).
    static SandboxError fromParseIssues(const QList<ParseIssue> &issues);
    // Error code for the validator's first error: 100 for missing/forbidden/conflicting fields,
    // 131009 for a value out of its limits (too long, too many, not allowed, ...).
    static SandboxError fromViolations(const QList<Violation> &violations);

private:
    std::optional<SandboxError> checkTemplate(const TemplateContent &content,
                                              const TemplateDefinition **definition) const;
    std::optional<SandboxError> chargeTier(const SandboxPhoneNumber &phone, const QString &waId);
    // Fills type and size of media sent by id; returns the path of an unknown id.
    std::optional<QString> enrichMedia(Message &message) const;
    QString pricingType(const QString &category, bool windowOpen, bool freeEntryPoint) const;

    SandboxWorld &m_world;
};

} // namespace sb

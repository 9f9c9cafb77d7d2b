#include "SandboxRules.h"

#include "ContactKey.h"
#include "MessageJson.h"
#include "MessagingTier.h"
#include "SandboxWorld.h"
#include "TemplateSendCheck.h"
#include "Validator.h"

namespace sb {

namespace {

// From this day service messages and in-window utility templates are billed (spec §7.2).
const QDate kServiceBillingStarts(2026, 10, 1);

QString digitsOf(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

SandboxError invalidMedia(const QString &path)
{
    return SandboxError::make(
        100,
        QStringLiteral("%1: not a valid WhatsApp Business Account media attachment ID "
                       "(unknown, deleted or expired)")
            .arg(path));
}

} // namespace

SandboxRules::SandboxRules(SandboxWorld &world)
    : m_world(world)
{
}

SandboxError SandboxRules::fromParseIssues(const QList<ParseIssue> &issues)
{
    QStringList lines;
    for (const ParseIssue &issue : issues)
        lines.append(issue.path.isEmpty() ? issue.description
                                          : issue.path + QLatin1String(": ") + issue.description);
    return SandboxError::make(100, lines.join(QLatin1String("; ")));
}

SandboxError SandboxRules::fromViolations(const QList<Violation> &violations)
{
    for (const Violation &violation : violations) {
        if (violation.severity != Severity::Error)
            continue;
        static const QStringList kMissingOrForbidden{
            QStringLiteral("required"), QStringLiteral("missing"), QStringLiteral("conflict")};
        const int code = kMissingOrForbidden.contains(violation.rule) ? 100 : 131009;
        QString details = violation.path + QLatin1String(": ") + violation.fix;
        if (!violation.limit.isEmpty())
            details +=
                QStringLiteral(" (rule %1, limit %2, actual %3)")
                    .arg(violation.rule, violation.limit,
                         violation.actual.isEmpty() ? QStringLiteral("none") : violation.actual);
        return SandboxError::make(code, details);
    }
    return SandboxError::make(131009);
}

SandboxSendDecision SandboxRules::checkSend(const SandboxPhoneNumber &phone,
                                            const QJsonObject &body)
{
    SandboxSendDecision decision;
    const QDateTime now = m_world.clock.now();

    // 1. The request as the client's own mapping and validator read it.
    RequestParseResult parsed = fromRequestBody(body);
    if (!parsed.issues.isEmpty() || !parsed.message) {
        decision.error = parsed.issues.isEmpty()
            ? SandboxError::make(100, QStringLiteral("type: the message could not be read"))
            : fromParseIssues(parsed.issues);
        return decision;
    }
    Message message = *parsed.message;
    if (isInboundOnly(message.kind)) {
        decision.error =
            SandboxError::make(131051,
                               QStringLiteral("type: %1 messages cannot be sent by a business")
                                   .arg(messageKindWireName(message.kind)));
        return decision;
    }
    if (const std::optional<QString> unknown = enrichMedia(message)) {
        decision.error = invalidMedia(*unknown);
        return decision;
    }
    if (const QList<Violation> violations = validate(message); hasErrors(violations)) {
        decision.error = fromViolations(violations);
        return decision;
    }
    decision.input = message.to;
    SandboxCustomer *customer = m_world.customer(message.to); // a BSUID recipient
    if (!customer)
        customer = m_world.customer(digitsOf(message.to));
    // An unknown business-scoped user id stays as it is (statuses then name it as recipient).
    decision.waId = customer  ? customer->waId
        : isBsuid(message.to) ? message.to
                              : digitsOf(message.to);
    if (decision.waId == phone.displayPhoneNumber) {
        decision.error = SandboxError::make(131021,
                                            QStringLiteral("to: the recipient is this "
                                                           "business phone number"));
        return decision;
    }

    // 2. Throughput of the business number.
    if (!m_world.bucketFor(phone).tryTake(now)) {
        decision.error = SandboxError::make(
            130429,
            QStringLiteral("Message throughput of %1 messages per second exceeded for "
                           "phone number %2")
                .arg(phone.throughputMps)
                .arg(phone.id));
        return decision;
    }

    // 3. The customer-service window: outside it only templates go out.
    const WindowState window = customer ? m_world.windowOf(*customer, phone.id) : WindowState{};
    decision.windowOpen = window.canSendFreeForm();
    if (message.kind != MessageKind::Template && !decision.windowOpen) {
        decision.error = SandboxError::make(
            131047,
            window.phase == WindowPhase::Never
                ? QStringLiteral("The recipient has never messaged this business; "
                                 "use a message template")
                : QStringLiteral("Message failed to send because more than 24 hours have "
                                 "passed since the customer last replied to this number."));
        return decision;
    }

    // 4. Templates: existence, approval, parameters.
    decision.category = QStringLiteral("service");
    if (const auto *content = message.as<TemplateContent>()) {
        const TemplateDefinition *definition = nullptr;
        if (auto error = checkTemplate(*content, &definition)) {
            decision.error = error;
            return decision;
        }
        decision.category = templateCategoryWireName(definition->category).toLower();
    }

    // 5. Pair rate for this business number and customer.
    if (!m_world.pairRate.tryTake(phone.id + QLatin1Char('/') + decision.waId, now)) {
        decision.error = SandboxError::make(
            131056,
            QStringLiteral("Too many messages sent to %1 in a short time; wait before "
                           "sending this recipient another message")
                .arg(decision.waId));
        return decision;
    }

    // 6. The messaging limit counts unique users reached outside a window.
    if (!decision.windowOpen) {
        if (auto error = chargeTier(phone, decision.waId)) {
            decision.error = error;
            return decision;
        }
    }
    const WindowInputs inputs = customer ? customer->windows.value(phone.id) : WindowInputs{};
    const bool entryPointReply =
        decision.windowOpen && inputs.entryPointAt && !inputs.entryPointReplyAt;
    decision.pricingType = pricingType(decision.category, decision.windowOpen,
                                       window.freeEntryPointActive || entryPointReply);
    decision.message = message;
    return decision;
}

std::optional<SandboxError> SandboxRules::checkTemplate(const TemplateContent &content,
                                                        const TemplateDefinition **definition) const
{
    const TemplateDefinition *found = m_world.templates.find(content.name, content.languageCode);
    if (!found) {
        return SandboxError::make(
            132001,
            m_world.templates.hasName(content.name)
                ? QStringLiteral("template name (%1) does not exist in %2")
                      .arg(content.name, content.languageCode)
                : QStringLiteral("template name (%1) does not exist").arg(content.name));
    }
    const TemplateCheckResult result = TemplateSendCheck::check(*found, content);
    if (!result.isOk()) {
        const TemplateSendProblem &problem = result.problems.constFirst();
        return SandboxError::make(problem.errorCode,
                                  problem.path + QLatin1String(": ") + problem.message);
    }
    // Header media sent by id must exist like any other media id.
    for (qsizetype i = 0; i < content.components.size(); ++i) {
        for (qsizetype j = 0; j < content.components[i].parameters.size(); ++j) {
            const TemplateParameter &parameter = content.components[i].parameters[j];
            if (!parameter.media.id.isEmpty()
                && !m_world.media.find(parameter.media.id, m_world.clock.now())) {
                return invalidMedia(
                    QStringLiteral("template.components[%1].parameters[%2].id").arg(i).arg(j));
            }
        }
    }
    *definition = found;
    return std::nullopt;
}

std::optional<SandboxError> SandboxRules::chargeTier(const SandboxPhoneNumber &phone,
                                                     const QString &waId)
{
    const QDateTime now = m_world.clock.now();
    TierBudget &budget = m_world.tierBudget;
    budget.setTier(messagingTierFromString(phone.messagingTier));
    if (!budget.canReach(waId, now)) {
        return SandboxError::make(
            131048,
            QStringLiteral("Messaging limit %1 reached: %2 unique customers were already "
                           "messaged outside a customer service window in the last "
                           "24 hours")
                .arg(phone.messagingTier)
                .arg(budget.used(now)));
    }
    budget.recordReached(waId, now);
    return std::nullopt;
}

std::optional<QString> SandboxRules::enrichMedia(Message &message) const
{
    // The platform knows the type and size of an uploaded asset; the validator judges them.
    auto fill = [this](MediaContent &media) {
        if (media.id.isEmpty())
            return true;
        const SandboxMedia *stored = m_world.media.find(media.id, m_world.clock.now());
        if (!stored)
            return false;
        media.mimeType = stored->mimeType;
        media.fileSize = stored->data.size();
        return true;
    };
    if (auto *media = std::get_if<MediaContent>(&message.body)) {
        if (!fill(*media))
            return mediaKindWireName(media->kind) + QLatin1String(".id");
    } else if (auto *interactive = std::get_if<InteractiveContent>(&message.body)) {
        if (!fill(interactive->header.media))
            return QStringLiteral("interactive.header.%1.id")
                .arg(mediaKindWireName(interactive->header.media.kind));
    }
    return std::nullopt;
}

QString SandboxRules::pricingType(const QString &category, bool windowOpen,
                                  bool freeEntryPoint) const
{
    if (freeEntryPoint)
        return QStringLiteral("free_entry_point");
    const bool billedService = m_world.clock.now().date() >= kServiceBillingStarts;
    if (windowOpen && !billedService
        && (category == QLatin1String("service") || category == QLatin1String("utility")))
        return QStringLiteral("free_customer_service");
    return QStringLiteral("regular");
}

} // namespace sb

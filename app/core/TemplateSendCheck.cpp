#include "TemplateSendCheck.h"

#include "TemplatePlaceholders.h"
#include "TemplateSendRules.h"

#include <QHash>

#include <optional>

namespace sb {

namespace {

using Tr = TemplateSendCheck;

// The rejection reasons of the status webhook (spec §5.5); others are shown as sent.
QString rejectionReasonLabel(const QString &reason)
{
    const QString upper = reason.trimmed().toUpper();
    if (upper.isEmpty() || upper == QLatin1String("NONE"))
        return {};
    if (upper == QLatin1String("ABUSIVE_CONTENT"))
        return Tr::tr("abusive content");
    if (upper == QLatin1String("INCORRECT_CATEGORY"))
        return Tr::tr("incorrect category");
    if (upper == QLatin1String("INVALID_FORMAT"))
        return Tr::tr("invalid format");
    if (upper == QLatin1String("PROMOTIONAL"))
        return Tr::tr("promotional content");
    if (upper == QLatin1String("SCAM"))
        return Tr::tr("suspected scam");
    if (upper == QLatin1String("TAG_CONTENT_MISMATCH"))
        return Tr::tr("content does not match the category");
    return reason.trimmed();
}

class Checker
{
public:
    Checker(const TemplateDefinition &definition, const TemplateContent &send)
        : m_def(definition)
        , m_send(send)
        , m_rules(m_result)
    {
    }

    TemplateCheckResult run()
    {
        checkStatus();
        checkIdentity();
        sortComponents();
        checkHeader();
        checkBody();
        checkButtons();
        return m_result;
    }

private:
    void add(int code, const QString &path, const QString &message, const QString &fix)
    {
        m_result.problems.append({code, path, message, fix});
    }

    void checkStatus()
    {
        const QString path = QStringLiteral("template");
        switch (m_def.status) {
        case TemplateStatus::Approved:
            return;
        case TemplateStatus::Paused:
            add(TemplatePaused, path,
                Tr::tr("Template “%1” is paused by Meta because of low quality.").arg(m_def.name),
                Tr::tr("Wait until Meta reinstates it, or edit the template to improve it."));
            return;
        case TemplateStatus::Disabled:
            add(TemplateDisabled, path,
                Tr::tr("Template “%1” is disabled after repeated pauses for low quality.")
                    .arg(m_def.name),
                Tr::tr("Create a new template; a disabled template can never be sent again."));
            return;
        case TemplateStatus::Pending:
            add(TemplateDoesNotExist, path, notApprovedMessage(),
                Tr::tr("Wait for Meta's review (up to 24 hours) or choose an approved template."));
            return;
        case TemplateStatus::Rejected:
            add(TemplateDoesNotExist, path, notApprovedMessage(),
                Tr::tr("Edit the template and submit it for review again, or choose an approved "
                       "template."));
            return;
        default:
            add(TemplateDoesNotExist, path, notApprovedMessage(),
                Tr::tr("Choose an approved template, or refresh the template list."));
            return;
        }
    }

    QString notApprovedMessage() const
    {
        return Tr::tr("Template “%1” cannot be sent because it is %2; only approved templates can "
                      "be sent.")
            .arg(m_def.name, Tr::statusLabel(m_def.status));
    }

    void checkIdentity()
    {
        if (m_send.name != m_def.name) {
            add(TemplateDoesNotExist, QStringLiteral("template.name"),
                Tr::tr("The message asks for template “%1”, but the selected template is “%2”.")
                    .arg(m_send.name, m_def.name),
                Tr::tr("Pick the template again from the template list."));
        }
        if (m_send.languageCode != m_def.language) {
            add(TemplateDoesNotExist, QStringLiteral("template.language.code"),
                Tr::tr("The message asks for language “%1”, but this template is in “%2”.")
                    .arg(m_send.languageCode, m_def.language),
                Tr::tr("Pick the template in the language you want from the template list."));
        }
        if (!m_send.languagePolicy.isEmpty()
            && m_send.languagePolicy != QLatin1String("deterministic")) {
            add(ParameterValueInvalid, QStringLiteral("template.language.policy"),
                Tr::tr("Language policy “%1” is not known to the platform.")
                    .arg(m_send.languagePolicy),
                Tr::tr("Use “deterministic” or leave the policy out."));
        }
    }

    void sortComponents()
    {
        for (qsizetype i = 0; i < m_send.components.size(); ++i) {
            const TemplateComponent &component = m_send.components[i];
            const QString path = componentPath(i);
            switch (component.kind) {
            case TemplateComponentKind::Header:
                if (m_header)
                    addDuplicate(path, Tr::tr("The header component appears more than once."));
                else
                    m_header = i;
                break;
            case TemplateComponentKind::Body:
                if (m_body)
                    addDuplicate(path, Tr::tr("The body component appears more than once."));
                else
                    m_body = i;
                break;
            case TemplateComponentKind::Button:
                if (component.index < 0 || component.index >= m_def.buttons.size()) {
                    add(TemplateParamCountMismatch, path + QLatin1String(".index"),
                        Tr::tr("There is no button at index %1; the template has %n button(s).",
                               nullptr, int(m_def.buttons.size()))
                            .arg(component.index),
                        Tr::tr("Remove this button component or correct its index."));
                } else if (m_buttons.contains(component.index)) {
                    addDuplicate(
                        path,
                        Tr::tr("Button %1 has more than one component.").arg(component.index));
                } else {
                    m_buttons.insert(component.index, i);
                }
                break;
            }
        }
    }

    void addDuplicate(const QString &path, const QString &message)
    {
        add(TemplateParamCountMismatch, path, message,
            Tr::tr("Send each component once and remove the extra one."));
    }

    void checkHeader()
    {
        if (!m_def.header) {
            if (m_header && !m_send.components[*m_header].parameters.isEmpty()) {
                m_rules.noVariables(m_send.components[*m_header], componentPath(*m_header),
                                    Tr::tr("This template has no header."));
            }
            return;
        }
        const TemplateHeaderDef &header = *m_def.header;
        switch (header.format) {
        case TemplateHeaderFormat::Text: {
            const QList<TemplatePlaceholder> vars =
                TemplatePlaceholders::scan(header.text).distinct();
            if (vars.isEmpty()) {
                if (m_header) {
                    m_rules.noVariables(m_send.components[*m_header], componentPath(*m_header),
                                        Tr::tr("The header text has no variables."));
                }
            } else if (!m_header) {
                add(TemplateParamCountMismatch, QStringLiteral("template.components"),
                    Tr::tr("The header has a variable (%1) but no header component was sent.")
                        .arg(vars.constFirst().token()),
                    Tr::tr("Add a header component with one text parameter."));
            } else {
                m_rules.variables(m_send.components[*m_header], componentPath(*m_header), vars,
                                  isNamed(), TemplateSendRules::Part::Header);
            }
            return;
        }
        case TemplateHeaderFormat::Image:
        case TemplateHeaderFormat::Video:
        case TemplateHeaderFormat::Gif:
        case TemplateHeaderFormat::Document:
        case TemplateHeaderFormat::Location:
            m_rules.mediaHeader(header.format, m_header ? &m_send.components[*m_header] : nullptr,
                                m_header ? componentPath(*m_header) : QString());
            return;
        case TemplateHeaderFormat::Unknown:
            // A header kind this build does not know: the platform will judge it.
            return;
        }
    }

    void checkBody()
    {
        const QList<TemplatePlaceholder> vars =
            TemplatePlaceholders::scan(m_def.body.text).distinct();
        if (!m_body) {
            if (!vars.isEmpty()) {
                add(TemplateParamCountMismatch, QStringLiteral("template.components"),
                    Tr::tr("The body has %n variable(s) but no body component was sent.", nullptr,
                           int(vars.size())),
                    Tr::tr("Add a body component with a value for %1.")
                        .arg(TemplateSendRules::tokenList(vars)));
            }
            return;
        }
        m_rules.variables(m_send.components[*m_body], componentPath(*m_body), vars, isNamed(),
                          TemplateSendRules::Part::Body);
    }

    void checkButtons()
    {
        for (qsizetype k = 0; k < m_def.buttons.size(); ++k) {
            const auto found = m_buttons.constFind(int(k));
            const bool present = found != m_buttons.cend();
            m_rules.button(m_def.buttons[k], int(k),
                           present ? &m_send.components[found.value()] : nullptr,
                           present ? componentPath(found.value()) : QString());
        }
    }

    bool isNamed() const { return m_def.parameterFormat == TemplateParameterFormat::Named; }

    static QString componentPath(qsizetype index)
    {
        return QStringLiteral("template.components[%1]").arg(index);
    }

    const TemplateDefinition &m_def;
    const TemplateContent &m_send;
    TemplateCheckResult m_result;
    TemplateSendRules m_rules;
    std::optional<qsizetype> m_header;
    std::optional<qsizetype> m_body;
    QHash<int, qsizetype> m_buttons; // button index -> component position
};

} // namespace

bool TemplateCheckResult::hasCode(int errorCode) const
{
    for (const TemplateSendProblem &problem : problems) {
        if (problem.errorCode == errorCode)
            return true;
    }
    return false;
}

bool TemplateCheckResult::hasProblemAt(QStringView path, int errorCode) const
{
    for (const TemplateSendProblem &problem : problems) {
        if (problem.errorCode == errorCode && problem.path == path)
            return true;
    }
    return false;
}

TemplateCheckResult TemplateSendCheck::check(const TemplateDefinition &definition,
                                             const TemplateContent &send)
{
    return Checker(definition, send).run();
}

bool TemplateSendCheck::isSendable(const TemplateDefinition &definition)
{
    return definition.status == TemplateStatus::Approved;
}

QString TemplateSendCheck::unsendableReason(const TemplateDefinition &definition)
{
    switch (definition.status) {
    case TemplateStatus::Approved:
        return {};
    case TemplateStatus::Paused:
        return tr("Paused by Meta because of low quality");
    case TemplateStatus::Disabled:
        return tr("Disabled after repeated pauses for low quality");
    case TemplateStatus::Rejected: {
        const QString reason = rejectionReasonLabel(definition.rejectionReason);
        return reason.isEmpty() ? tr("Rejected") : tr("Rejected: %1").arg(reason);
    }
    case TemplateStatus::Pending:
        return tr("Pending review");
    case TemplateStatus::InAppeal:
        return tr("Appeal requested");
    case TemplateStatus::Archived:
        return tr("Archived after 12 months without use");
    case TemplateStatus::PendingDeletion:
        return tr("Being deleted");
    case TemplateStatus::Locked:
        return tr("Locked by Meta");
    case TemplateStatus::LimitExceeded:
        return tr("Over the account's template limit");
    case TemplateStatus::Flagged:
        return tr("Flagged by Meta for low quality");
    case TemplateStatus::Unknown:
        break;
    }
    return tr("Status unknown; refresh the template list");
}

QString TemplateSendCheck::statusLabel(TemplateStatus status)
{
    switch (status) {
    case TemplateStatus::Approved:
        return tr("approved", "template status");
    case TemplateStatus::Pending:
        return tr("pending review", "template status");
    case TemplateStatus::Rejected:
        return tr("rejected", "template status");
    case TemplateStatus::Paused:
        return tr("paused", "template status");
    case TemplateStatus::Disabled:
        return tr("disabled", "template status");
    case TemplateStatus::InAppeal:
        return tr("in appeal", "template status");
    case TemplateStatus::Archived:
        return tr("archived", "template status");
    case TemplateStatus::PendingDeletion:
        return tr("pending deletion", "template status");
    case TemplateStatus::Locked:
        return tr("locked", "template status");
    case TemplateStatus::LimitExceeded:
        return tr("over the template limit", "template status");
    case TemplateStatus::Flagged:
        return tr("flagged", "template status");
    case TemplateStatus::Unknown:
        break;
    }
    return tr("in an unknown status", "template status");
}

} // namespace sb

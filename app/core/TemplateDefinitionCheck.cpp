#include "TemplateDefinitionCheck.h"

#include "LimitCheck.h"
#include "TemplateButtonRules.h"
#include "TemplatePlaceholders.h"

#include <QStringList>

#include <algorithm>

namespace sb {

namespace {

using Tr = TemplateDefinitionCheck;

// Rules of the platform that have no number, hence no entry in the limits table.
Violation ruleViolation(const QString &path, const char *rule, const QString &actual,
                        const QString &limitText, const QString &fix)
{
    return Violation{
        path, QString::fromLatin1(rule), actual, limitText, fix, std::nullopt, Severity::Error};
}

QString componentPath(int index)
{
    return QStringLiteral("components[%1]").arg(index);
}

QString tokens(const QList<TemplatePlaceholder> &placeholders)
{
    QStringList list;
    for (const TemplatePlaceholder &placeholder : placeholders)
        list.append(placeholder.token());
    return list.join(QLatin1String(", "));
}

class DefinitionChecker
{
public:
    explicit DefinitionChecker(const TemplateDefinition &definition)
        : m_def(definition)
    {
    }

    QList<Violation> run()
    {
        addViolation(m_out,
                     LimitCheck::text(LimitId::TemplateName, QStringLiteral("name"), m_def.name));
        addViolation(
            m_out,
            LimitCheck::pattern(LimitId::TemplateNamePattern, QStringLiteral("name"), m_def.name));
        addViolation(m_out,
                     LimitCheck::text(LimitId::TemplateLanguageCode, QStringLiteral("language"),
                                      m_def.language));
        if (m_def.category == TemplateCategory::Unknown) {
            m_out.append(
                ruleViolation(QStringLiteral("category"), "required", QString(),
                              QStringLiteral("MARKETING, UTILITY, AUTHENTICATION"),
                              Tr::tr("Choose a category: marketing, utility or authentication.")));
        }
        int next = 0;
        if (m_def.header)
            checkHeader(componentPath(next++));
        checkBody(componentPath(next++));
        if (m_def.footer)
            checkFooter(componentPath(next++));
        if (!m_def.buttons.isEmpty())
            checkButtons(componentPath(next++));
        return m_out;
    }

private:
    void checkHeader(const QString &path)
    {
        const TemplateHeaderDef &header = *m_def.header;
        const QString formatPath = path + QLatin1String(".format");
        switch (header.format) {
        case TemplateHeaderFormat::Text: {
            const QString textPath = path + QLatin1String(".text");
            addViolation(m_out,
                         LimitCheck::text(LimitId::TemplateHeaderText, textPath, header.text));
            const TemplatePlaceholders scan = TemplatePlaceholders::scan(header.text);
            addViolation(
                m_out,
                LimitCheck::amount(LimitId::TemplateHeaderVariables, textPath, scan.all().size()));
            checkVariables(header.text, textPath, scan);
            checkExamples(scan, header.examples, path + QLatin1String(".example"));
            return;
        }
        case TemplateHeaderFormat::Location:
            if (m_def.category != TemplateCategory::Utility
                && m_def.category != TemplateCategory::Marketing) {
                m_out.append(ruleViolation(
                    formatPath, "not_allowed", QStringLiteral("LOCATION"),
                    QStringLiteral("MARKETING, UTILITY"),
                    Tr::tr("Location headers are allowed only in marketing and utility "
                           "templates; choose another header or category.")));
            }
            return;
        case TemplateHeaderFormat::Gif:
            if (m_def.category != TemplateCategory::Marketing) {
                m_out.append(ruleViolation(
                    formatPath, "not_allowed", QStringLiteral("GIF"), QStringLiteral("MARKETING"),
                    Tr::tr("GIF headers exist only for marketing templates; use a video header "
                           "or make this a marketing template.")));
            }
            checkMediaExample(path);
            return;
        case TemplateHeaderFormat::Image:
        case TemplateHeaderFormat::Video:
        case TemplateHeaderFormat::Document:
            checkMediaExample(path);
            return;
        case TemplateHeaderFormat::Unknown:
            m_out.append(ruleViolation(
                formatPath, "invalid", QString(),
                QStringLiteral("TEXT, IMAGE, VIDEO, GIF, DOCUMENT, LOCATION"),
                Tr::tr("Choose a header format: text, image, video, document or location.")));
            return;
        }
    }

    void checkMediaExample(const QString &path)
    {
        if (!m_def.header->mediaExample.isEmpty())
            return;
        const QString kind = templateHeaderFormatWireName(m_def.header->format).toLower();
        m_out.append(ruleViolation(path + QLatin1String(".example.header_handle"), "required",
                                   QString(), QString(),
                                   Tr::tr("Upload a sample %1 for the header; Meta reviews media "
                                          "headers with an example.")
                                       .arg(kind)));
    }

    void checkBody(const QString &path)
    {
        const QString textPath = path + QLatin1String(".text");
        const QString &text = m_def.body.text;
        addViolation(m_out, LimitCheck::text(LimitId::TemplateBody, textPath, text));
        const TemplatePlaceholders scan = TemplatePlaceholders::scan(text);
        checkVariables(text, textPath, scan);
        if (!scan.isEmpty()) {
            const TemplatePlaceholder &first = scan.all().constFirst();
            const TemplatePlaceholder &last = scan.all().constLast();
            const qsizetype lead = std::distance(
                text.cbegin(),
                std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
            if (first.position == lead) {
                m_out.append(
                    ruleViolation(textPath, "invalid", first.token(), QString(),
                                  Tr::tr("Start the body with text, not with the variable %1.")
                                      .arg(first.token())));
            }
            const QString tail = text.mid(last.position + last.length);
            if (tail.trimmed().isEmpty()) {
                m_out.append(ruleViolation(
                    textPath, "invalid", last.token(), QString(),
                    Tr::tr("End the body with text (a full stop is enough), not with the "
                           "variable %1.")
                        .arg(last.token())));
            }
        }
        checkExamples(scan, m_def.body.examples, path + QLatin1String(".example"));
    }

    void checkFooter(const QString &path)
    {
        const QString textPath = path + QLatin1String(".text");
        addViolation(m_out, LimitCheck::text(LimitId::TemplateFooter, textPath, *m_def.footer));
        const TemplatePlaceholders scan = TemplatePlaceholders::scan(*m_def.footer);
        if (!scan.isEmpty()) {
            m_out.append(ruleViolation(textPath, "not_allowed", tokens(scan.distinct()), QString(),
                                       Tr::tr("Remove the variables from the footer (%1); a "
                                              "footer cannot hold variables.")
                                           .arg(tokens(scan.distinct()))));
        }
    }

    void checkButtons(const QString &path)
    {
        m_out.append(TemplateButtonRules::check(m_def.buttons, path));
        for (qsizetype i = 0; i < m_def.buttons.size(); ++i) {
            const TemplateButtonDef &button = m_def.buttons[i];
            if (button.type != TemplateButtonType::Url || !button.example.isEmpty()
                || TemplatePlaceholders::scan(button.url).isEmpty()) {
                continue;
            }
            m_out.append(ruleViolation(
                path + QStringLiteral(".buttons[%1].example").arg(i), "required", QString(),
                QString(),
                Tr::tr("Give an example for the variable in the URL of the “%1” button; Meta "
                       "requires an example for every variable.")
                    .arg(button.text)));
        }
    }

    // Malformed variables, named/positional mixing, gaps in numbering and adjacent variables.
    void checkVariables(const QString &text, const QString &path, const TemplatePlaceholders &scan)
    {
        for (const MalformedPlaceholder &bad : scan.malformed())
            m_out.append(ruleViolation(path, "invalid", bad.token,
                                       QStringLiteral("{{1}}, {{name}}"), malformedFix(bad)));

        const bool named = m_def.parameterFormat == TemplateParameterFormat::Named;
        for (const TemplatePlaceholder &placeholder : scan.distinct()) {
            const bool positional = placeholder.kind == TemplatePlaceholder::Kind::Positional;
            if (named && positional) {
                m_out.append(ruleViolation(
                    path, "conflict", placeholder.token(), QStringLiteral("NAMED"),
                    Tr::tr("This template uses named variables; replace %1 with a lower-case name "
                           "such as {{first_name}}, or switch the template to numbered variables.")
                        .arg(placeholder.token())));
            } else if (!named && !positional) {
                m_out.append(ruleViolation(
                    path, "conflict", placeholder.token(), QStringLiteral("POSITIONAL"),
                    Tr::tr("This template uses numbered variables; replace %1 with {{1}}, {{2}}, "
                           "…, or switch the template to named variables.")
                        .arg(placeholder.token())));
            }
        }

        QList<int> numbers;
        for (const TemplatePlaceholder &placeholder : scan.distinct()) {
            if (placeholder.kind == TemplatePlaceholder::Kind::Positional)
                numbers.append(placeholder.number);
        }
        std::sort(numbers.begin(), numbers.end());
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (numbers[i] != i + 1) {
                m_out.append(
                    ruleViolation(path, "invalid", QStringLiteral("{{%1}}").arg(numbers[i]),
                                  QStringLiteral("{{1}}..{{%1}}").arg(numbers.size()),
                                  Tr::tr("Number the variables {{1}} to {{%1}} without gaps.")
                                      .arg(numbers.size())));
                break;
            }
        }

        for (qsizetype i = 1; i < scan.all().size(); ++i) {
            const TemplatePlaceholder &before = scan.all()[i - 1];
            const TemplatePlaceholder &after = scan.all()[i];
            const qsizetype gap = after.position - (before.position + before.length);
            if (QStringView(text).mid(before.position + before.length, gap).trimmed().isEmpty()) {
                m_out.append(ruleViolation(
                    path, "invalid", before.token() + after.token(), QString(),
                    Tr::tr("Put some text between the variables %1 and %2; variables cannot "
                           "stand next to each other.")
                        .arg(before.token(), after.token())));
            }
        }
    }

    static QString malformedFix(const MalformedPlaceholder &bad)
    {
        switch (bad.problem) {
        case MalformedPlaceholder::Problem::Unclosed:
            return Tr::tr("Close the variable “%1” with }}.").arg(bad.token);
        case MalformedPlaceholder::Problem::Empty:
            return Tr::tr("Put a number or a name inside {{}}, or remove it.");
        case MalformedPlaceholder::Problem::BadNumber:
            return Tr::tr("Number variables from {{1}} upwards; “%1” is not a valid variable.")
                .arg(bad.token);
        case MalformedPlaceholder::Problem::InvalidName:
            break;
        }
        return Tr::tr("Write “%1” as a number such as {{1}} or as a lower-case name such as "
                      "{{first_name}} (letters a-z, digits and underscores, no spaces).")
            .arg(bad.token);
    }

    void checkExamples(const TemplatePlaceholders &scan,
                       const QList<TemplateExampleValue> &examples, const QString &path)
    {
        for (const TemplatePlaceholder &placeholder : scan.distinct()) {
            QString value;
            if (placeholder.kind == TemplatePlaceholder::Kind::Positional) {
                if (placeholder.number <= examples.size())
                    value = examples[placeholder.number - 1].value;
            } else {
                for (const TemplateExampleValue &example : examples) {
                    if (example.name == placeholder.name)
                        value = example.value;
                }
            }
            if (value.trimmed().isEmpty()) {
                m_out.append(ruleViolation(
                    path, "required", placeholder.token(), QString(),
                    Tr::tr("Give an example value for %1; Meta requires one for every variable.")
                        .arg(placeholder.token())));
            }
        }
    }

    const TemplateDefinition &m_def;
    QList<Violation> m_out;
};

} // namespace

QList<Violation> TemplateDefinitionCheck::check(const TemplateDefinition &definition)
{
    return DefinitionChecker(definition).run();
}

} // namespace sb

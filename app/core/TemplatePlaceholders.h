#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Finds the variables of a template text: positional `{{1}}` or named `{{first_name}}`
// (spec §6.1). Anything that opens with `{{` but is not a valid variable is reported as malformed
// so that the definition check can point at it; it is never silently dropped.
namespace sb {

struct TemplatePlaceholder
{
    enum class Kind { Positional, Named };

    Kind kind = Kind::Positional;
    int number = 0; // positional: 1-based; 0 for named
    QString name; // named: the lower_snake name; empty for positional
    qsizetype position = 0; // index of the opening "{{" in the text
    qsizetype length = 0; // including both brace pairs

    // "{{1}}" or "{{first_name}}": how the variable is written in the text.
    QString token() const;
    // "1" or "first_name": what identifies the variable.
    QString key() const;

    friend bool operator==(const TemplatePlaceholder &, const TemplatePlaceholder &) = default;
};

struct MalformedPlaceholder
{
    enum class Problem {
        Unclosed, // "{{1" with no "}}" before the next "{{" or the end
        Empty, // "{{}}"
        BadNumber, // "{{0}}", "{{01}}" or a number too large
        InvalidName, // "{{First Name}}", "{{ 1 }}", "{{first-name}}"
    };

    Problem problem = Problem::InvalidName;
    qsizetype position = 0;
    qsizetype length = 0;
    QString token; // the offending text as written

    friend bool operator==(const MalformedPlaceholder &, const MalformedPlaceholder &) = default;
};

class TemplatePlaceholders
{
public:
    static TemplatePlaceholders scan(QStringView text);

    // Every valid variable in text order, repeats included.
    const QList<TemplatePlaceholder> &all() const { return m_all; }
    const QList<MalformedPlaceholder> &malformed() const { return m_malformed; }

    // The first occurrence of each variable, in text order.
    QList<TemplatePlaceholder> distinct() const;
    qsizetype distinctCount() const { return distinct().size(); }
    bool isEmpty() const { return m_all.isEmpty(); }
    bool hasPositional() const;
    bool hasNamed() const;
    // The highest positional number, 0 when there is none.
    int highestNumber() const;
    // Distinct named variables in text order.
    QList<QString> names() const;

private:
    QList<TemplatePlaceholder> m_all;
    QList<MalformedPlaceholder> m_malformed;
};

} // namespace sb

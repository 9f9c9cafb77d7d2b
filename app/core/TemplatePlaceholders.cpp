#include "TemplatePlaceholders.h"

#include <algorithm>

namespace sb {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'_';
}

} // namespace

QString TemplatePlaceholder::token() const
{
    return QLatin1String("{{") + key() + QLatin1String("}}");
}

QString TemplatePlaceholder::key() const
{
    return kind == Kind::Positional ? QString::number(number) : name;
}

TemplatePlaceholders TemplatePlaceholders::scan(QStringView text)
{
    TemplatePlaceholders result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i + 1 < n) {
        if (text[i] != u'{' || text[i + 1] != u'{') {
            ++i;
            continue;
        }
        // In "{{{1}}}" the innermost pair opens the variable; the extra brace is literal text.
        while (i + 2 < n && text[i + 2] == u'{')
            ++i;
        const qsizetype start = i;
        const qsizetype contentStart = i + 2;
        const qsizetype close = text.indexOf(u"}}", contentStart);
        const qsizetype nextOpen = text.indexOf(u"{{", contentStart);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            const qsizetype end = nextOpen >= 0 ? nextOpen : n;
            result.m_malformed.append({MalformedPlaceholder::Problem::Unclosed, start, end - start,
                                       text.mid(start, end - start).toString()});
            i = end;
            continue;
        }
        const QStringView content = text.mid(contentStart, close - contentStart);
        const qsizetype length = close + 2 - start;
        const QString token = text.mid(start, length).toString();
        i = close + 2;

        if (content.isEmpty()) {
            result.m_malformed.append({MalformedPlaceholder::Problem::Empty, start, length, token});
            continue;
        }
        if (std::all_of(content.begin(), content.end(), isAsciiDigit)) {
            bool ok = false;
            const int number = content.toInt(&ok);
            if (!ok || number <= 0 || content.front() == u'0') {
                result.m_malformed.append(
                    {MalformedPlaceholder::Problem::BadNumber, start, length, token});
                continue;
            }
            result.m_all.append(
                {TemplatePlaceholder::Kind::Positional, number, QString(), start, length});
            continue;
        }
        if (std::all_of(content.begin(), content.end(), isNameChar)) {
            result.m_all.append(
                {TemplatePlaceholder::Kind::Named, 0, content.toString(), start, length});
            continue;
        }
        result.m_malformed.append(
            {MalformedPlaceholder::Problem::InvalidName, start, length, token});
    }
    return result;
}

QList<TemplatePlaceholder> TemplatePlaceholders::distinct() const
{
    QList<TemplatePlaceholder> result;
    for (const TemplatePlaceholder &placeholder : m_all) {
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const auto &other) {
            return other.kind == placeholder.kind && other.number == placeholder.number
                && other.name == placeholder.name;
        });
        if (!seen)
            result.append(placeholder);
    }
    return result;
}

bool TemplatePlaceholders::hasPositional() const
{
    return std::any_of(m_all.cbegin(), m_all.cend(), [](const TemplatePlaceholder &p) {
        return p.kind == TemplatePlaceholder::Kind::Positional;
    });
}

bool TemplatePlaceholders::hasNamed() const
{
    return std::any_of(m_all.cbegin(), m_all.cend(), [](const TemplatePlaceholder &p) {
        return p.kind == TemplatePlaceholder::Kind::Named;
    });
}

int TemplatePlaceholders::highestNumber() const
{
    int highest = 0;
    for (const TemplatePlaceholder &placeholder : m_all)
        highest = std::max(highest, placeholder.number);
    return highest;
}

QList<QString> TemplatePlaceholders::names() const
{
    QList<QString> result;
    for (const TemplatePlaceholder &placeholder : m_all) {
        if (placeholder.kind == TemplatePlaceholder::Kind::Named
            && !result.contains(placeholder.name))
            result.append(placeholder.name);
    }
    return result;
}

} // namespace sb

#include "Violation.h"

#include <QCoreApplication>
#include <QStringList>

namespace sb {

QString toText(const Violation &violation)
{
    QString text = violation.path.isEmpty() ? violation.fix
                                            : violation.path + QLatin1String(": ") + violation.fix;
    if (violation.severity == Severity::Warning)
        text = QCoreApplication::translate("sb::Violation", "warning: %1").arg(text);
    return text;
}

QString toText(const QList<Violation> &violations)
{
    QStringList lines;
    lines.reserve(violations.size());
    for (const auto &violation : violations)
        lines.append(toText(violation));
    return lines.join(u'\n');
}

QJsonObject toJson(const Violation &violation)
{
    QJsonObject object{
        {QLatin1String("path"), violation.path},
        {QLatin1String("rule"), violation.rule},
        {QLatin1String("actual"), violation.actual},
        {QLatin1String("limit"), violation.limit},
        {QLatin1String("fix"), violation.fix},
        {QLatin1String("severity"),
         violation.severity == Severity::Warning ? QLatin1String("warning")
                                                 : QLatin1String("error")},
    };
    if (violation.limitId) {
        const LimitEntry &entry = limit(*violation.limitId);
        object.insert(QLatin1String("limit_id"), QString::fromLatin1(entry.key));
        object.insert(QLatin1String("source"), QString::fromUtf8(entry.source));
    }
    return object;
}

bool hasErrors(const QList<Violation> &violations)
{
    for (const auto &violation : violations) {
        if (violation.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace sb

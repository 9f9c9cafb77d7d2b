#include "LimitCheck.h"

#include "PlatformText.h"

#include <QRegularExpression>

#include <cmath>

namespace sb {

namespace {

Violation make(const LimitEntry &entry, const QString &path, const char *rule,
               const QString &actual, const QString &limitText, QString fix)
{
    if (entry.hint)
        fix += u' ' + QCoreApplication::translate("sb::Limits", entry.hint);
    return Violation{path,          QString::fromLatin1(rule), actual, limitText, fix, entry.id,
                     entry.severity};
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

std::optional<Violation> LimitCheck::text(LimitId id, const QString &path, QStringView value)
{
    const LimitEntry &entry = limit(id);
    const qsizetype length = platformLength(value);
    const QString actual = QString::number(length);
    if (entry.min >= 1 && value.trimmed().isEmpty()) {
        const QString fix = length == 0
            ? tr("Fill in the %1; it is required.").arg(limitNoun(entry))
            : tr("Fill in the %1; it has only spaces.").arg(limitNoun(entry));
        return make(entry, path, "required", actual, QString::number(entry.min), fix);
    }
    if (length < entry.min) {
        return make(entry, path, "too_short", actual, QString::number(entry.min),
                    tr("Lengthen the %1 to at least %2 characters (it has %3).")
                        .arg(limitNoun(entry))
                        .arg(entry.min)
                        .arg(length));
    }
    if (length > entry.max) {
        return make(entry, path, "too_long", actual, QString::number(entry.max),
                    tr("Shorten the %1 to %2 characters or fewer (it has %3).")
                        .arg(limitNoun(entry))
                        .arg(entry.max)
                        .arg(length));
    }
    return std::nullopt;
}

std::optional<Violation> LimitCheck::amount(LimitId id, const QString &path, qint64 value)
{
    const LimitEntry &entry = limit(id);
    const QString actual = QString::number(value);
    switch (entry.unit) {
    case LimitUnit::Bytes:
        if (value < 0 || value <= entry.max)
            return std::nullopt;
        {
            QString shown = formatBytes(value);
            if (shown == formatBytes(entry.max)) // 5,000,001 bytes would read "5 MB" too
                shown = tr("%1 bytes").arg(value);
            return make(entry, path, "too_large", actual, QString::number(entry.max),
                        tr("Reduce the %1 to %2 or less (it is %3).")
                            .arg(limitNoun(entry), formatBytes(entry.max), shown));
        }
    case LimitUnit::Index:
        if (value >= entry.min && value <= entry.max)
            return std::nullopt;
        return make(entry, path, "out_of_range", actual,
                    QString::number(entry.min) + QLatin1String("..") + QString::number(entry.max),
                    tr("Use a %1 from %2 to %3 (it is %4).")
                        .arg(limitNoun(entry))
                        .arg(entry.min)
                        .arg(entry.max)
                        .arg(value));
    default:
        break;
    }
    if (value < entry.min) {
        const QString fix = entry.min == 1
            ? tr("Add at least one %1.").arg(limitNoun(entry))
            : tr("Add %1 until there are at least %2 (there are %3).")
                  .arg(limitNoun(entry, true))
                  .arg(entry.min)
                  .arg(value);
        return make(entry, path, "too_few", actual, QString::number(entry.min), fix);
    }
    if (value > entry.max) {
        const QString fix = entry.max == 1
            ? tr("Keep only one %1 (there are %2).").arg(limitNoun(entry)).arg(value)
            : tr("Remove %1 until there are at most %2 (there are %3).")
                  .arg(limitNoun(entry, true))
                  .arg(entry.max)
                  .arg(value);
        return make(entry, path, "too_many", actual, QString::number(entry.max), fix);
    }
    return std::nullopt;
}

std::optional<Violation> LimitCheck::range(LimitId id, const QString &path, double value)
{
    const LimitEntry &entry = limit(id);
    if (std::isfinite(value) && value >= static_cast<double>(entry.min)
        && value <= static_cast<double>(entry.max))
        return std::nullopt;
    return make(entry, path, "out_of_range", number(value),
                QString::number(entry.min) + QLatin1String("..") + QString::number(entry.max),
                tr("Use a %1 between %2 and %3 (it is %4).")
                    .arg(limitNoun(entry))
                    .arg(entry.min)
                    .arg(entry.max)
                    .arg(number(value)));
}

std::optional<Violation> LimitCheck::pattern(LimitId id, const QString &path, const QString &value)
{
    const LimitEntry &entry = limit(id);
    if (value.isEmpty() || !entry.pattern)
        return std::nullopt;
    const QRegularExpression expression(QString::fromLatin1(entry.pattern));
    if (expression.match(value).hasMatch())
        return std::nullopt;
    return make(entry, path, "pattern", value, QString::fromLatin1(entry.pattern),
                tr("The %1 \"%2\" is not allowed.").arg(limitNoun(entry), value));
}

Violation LimitCheck::rule(LimitId id, const QString &path, const QString &rule,
                           const QString &actual, const QString &limitText, const QString &fix)
{
    Violation violation = make(limit(id), path, "", actual, limitText, fix);
    violation.rule = rule;
    return violation;
}

QString LimitCheck::formatBytes(qint64 bytes)
{
    const auto scaled = [](qint64 value, double unit) {
        QString text = QString::number(static_cast<double>(value) / unit, 'f', 1);
        if (text.endsWith(QLatin1String(".0")))
            text.chop(2);
        return text;
    };
    if (bytes < 1000)
        return tr("%1 bytes").arg(bytes);
    if (bytes < 999950) // from here on one decimal of KB would round up to "1000 KB"
        return tr("%1 KB").arg(scaled(bytes, 1000.0));
    return tr("%1 MB").arg(scaled(bytes, 1000.0 * 1000.0));
}

} // namespace sb

#pragma once

#include "Limits.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

// Checks one value against one entry of the limits table and words the fix. The validator is
// built from these; the template-definition checks and any part of the app that holds a value
// the message model cannot (a carousel card, a template header text) call them directly:
//
//     if (auto v = LimitCheck::text(LimitId::TemplateBody, path, body)) problems.append(*v);
namespace sb {

class LimitCheck
{
    Q_DECLARE_TR_FUNCTIONS(sb::LimitCheck)

public:
    // Characters entries: length in platform characters (PlatformText.h) within [min, max].
    // With min >= 1 an empty or whitespace-only value breaks rule "required".
    static std::optional<Violation> text(LimitId id, const QString &path, QStringView value);
    // Items, Bytes and Index entries. A negative byte count means "unknown" and passes.
    static std::optional<Violation> amount(LimitId id, const QString &path, qint64 value);
    // Degrees entries; NaN and infinity are out of range.
    static std::optional<Violation> range(LimitId id, const QString &path, double value);
    // Rule entries that carry a pattern. An empty value passes (required-ness is checked apart).
    static std::optional<Violation> pattern(LimitId id, const QString &path, const QString &value);
    // The violation of a structural (Rule) entry; the entry's hint, if any, follows `fix`.
    static Violation rule(LimitId id, const QString &path, const QString &rule,
                          const QString &actual, const QString &limitText, const QString &fix);

    // Decimal units, as the table: "512 bytes", "100 KB", "5 MB", "6.2 MB".
    static QString formatBytes(qint64 bytes);
};

// Appends `violation` when there is one; keeps check lists short.
inline void addViolation(QList<Violation> &list, std::optional<Violation> violation)
{
    if (violation)
        list.append(std::move(*violation));
}

} // namespace sb

#pragma once

#include "Limits.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// One broken rule of an outbound message or template definition.
//
// `rule` is a stable code for programs: required, too_short, too_long, too_few, too_many,
// too_large, out_of_range, pattern, not_allowed, not_unique, missing, conflict, not_contiguous,
// invalid. Only `fix` is meant for people (translated).
struct Violation
{
    QString path; // wire path, e.g. interactive.action.sections[1].rows[3].title
    QString rule;
    QString actual; // what the message has: "31", "image/gif", "" when nothing
    QString limit; // what is allowed: "24", "1..3", "image/jpeg, image/png"
    QString fix; // one sentence (or two) telling the agent what to change
    std::optional<LimitId> limitId; // the table entry behind it
    Severity severity = Severity::Error;

    friend bool operator==(const Violation &, const Violation &) = default;
};

// "interactive.action.sections[1].rows[3].title: Shorten the row title to 24 characters or
// fewer (it has 31)." Warnings are prefixed with "warning: ".
QString toText(const Violation &violation);
// One line per violation, in order.
QString toText(const QList<Violation> &violations);
// {path, rule, actual, limit, fix, severity, limit_id?, source?} for machine-readable output.
QJsonObject toJson(const Violation &violation);
// True when at least one violation is an error (a send would fail).
bool hasErrors(const QList<Violation> &violations);

} // namespace sb

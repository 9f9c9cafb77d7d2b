#pragma once

#include "LimitCheck.h"
#include "Limits.h"
#include "Validator.h"
#include "Violation.h"

#include <QList>
#include <QString>

#include <functional>
#include <map>

// A boundary case for one entry of the limits table: how to build something whose measured
// quantity is a given value (a text of n characters, n items, n bytes, a coordinate) or that
// keeps or breaks a structural rule, and the path its violation must have. tst_limits walks the
// whole table and fails for an entry without a case.
namespace sb::test {

enum Flavour : int {
    Ascii = 1,
    Emoji = 2, // surrogate pairs, flags, ZWJ sequences
    Combining = 4, // base letters with combining marks
    Rtl = 8, // Hebrew and Arabic, with a right-to-left mark
    AllFlavours = Ascii | Emoji | Combining | Rtl,
    NoEmoji = Ascii | Combining | Rtl,
};

struct BoundaryCase
{
    QString path; // exact path the violation must carry
    std::function<QList<Violation>(const QString &)> text; // Characters
    std::function<QList<Violation>(qint64)> amount; // Items, Bytes, Index
    std::function<QList<Violation>(double)> degrees; // Degrees
    std::function<QList<Violation>(bool broken)> rule; // Rule
    int flavours = AllFlavours;
    // Limits that necessarily break together with this one just above its maximum
    // (11 list sections of at least one row each are also 11 rows).
    QList<LimitId> companionsOver;
};

using CaseMap = std::map<LimitId, BoundaryCase>;

inline QList<Violation> listOf(std::optional<Violation> violation)
{
    return violation ? QList<Violation>{*violation} : QList<Violation>{};
}

inline BoundaryCase textOnMessage(const QString &path,
                                  std::function<Message(const QString &)> build,
                                  int flavours = AllFlavours)
{
    BoundaryCase c;
    c.path = path;
    c.text = [build](const QString &value) { return validate(build(value)); };
    c.flavours = flavours;
    return c;
}

inline BoundaryCase amountOnMessage(const QString &path, std::function<Message(qint64)> build,
                                    QList<LimitId> companionsOver = {})
{
    BoundaryCase c;
    c.path = path;
    c.amount = [build](qint64 value) { return validate(build(value)); };
    c.companionsOver = std::move(companionsOver);
    return c;
}

inline BoundaryCase degreesOnMessage(const QString &path, std::function<Message(double)> build)
{
    BoundaryCase c;
    c.path = path;
    c.degrees = [build](double value) { return validate(build(value)); };
    return c;
}

inline BoundaryCase ruleOnMessage(const QString &path, std::function<Message(bool)> build)
{
    BoundaryCase c;
    c.path = path;
    c.rule = [build](bool broken) { return validate(build(broken)); };
    return c;
}

// For entries the message model cannot hold (carousel, template definition texts): the generic
// check the rest of the app calls.
inline BoundaryCase textDirect(LimitId id, const QString &path)
{
    BoundaryCase c;
    c.path = path;
    c.text = [id, path](const QString &value) { return listOf(LimitCheck::text(id, path, value)); };
    return c;
}

inline BoundaryCase amountDirect(LimitId id, const QString &path)
{
    BoundaryCase c;
    c.path = path;
    c.amount = [id, path](qint64 value) { return listOf(LimitCheck::amount(id, path, value)); };
    return c;
}

} // namespace sb::test

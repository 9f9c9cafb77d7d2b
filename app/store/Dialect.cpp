#include "Dialect.h"

namespace sb {

QString dialectFileTag(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("pg");
}

QString dialectDisplayName(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString dialectDriverName(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString dialectBeginStatement(Dialect dialect)
{
    return dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString dialectGreatest(Dialect dialect, const QString &a, const QString &b)
{
    const QString function =
        dialect == Dialect::SQLite ? QStringLiteral("max") : QStringLiteral("GREATEST");
    return function + QLatin1Char('(') + a + QLatin1String(", ") + b + QLatin1Char(')');
}

QString dialectStringAggregate(Dialect dialect, const QString &expression)
{
    if (dialect == Dialect::SQLite)
        return QLatin1String("group_concat(") + expression + QLatin1String(", char(31))");
    return QLatin1String("string_agg(") + expression + QLatin1String(", chr(31))");
}

} // namespace sb

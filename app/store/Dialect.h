#pragma once

#include <QString>

namespace sb {

// The two SQL dialects behind the same repositories. Everything that differs between them
// (DDL, full-text search, locking, scalar max) is decided here or in the per-dialect migration
// files, never in callers.
enum class Dialect { SQLite, PostgreSQL };

// "sqlite" / "pg": the suffix of the migration files (0001_initial.sqlite.sql,
// 0001_initial.pg.sql).
QString dialectFileTag(Dialect dialect);
// "SQLite" / "PostgreSQL", for messages.
QString dialectDisplayName(Dialect dialect);
// The Qt SQL driver name: QSQLITE / QPSQL.
QString dialectDriverName(Dialect dialect);
// Starts a write transaction. SQLite takes the write lock up front (BEGIN IMMEDIATE) so two
// connections never deadlock trying to upgrade a read lock.
QString dialectBeginStatement(Dialect dialect);
// The larger of two values: max(a, b) in SQLite, GREATEST(a, b) in PostgreSQL. NULLs differ
// between the two (SQLite: NULL, PostgreSQL: the other value); pass COALESCEd arguments.
QString dialectGreatest(Dialect dialect, const QString &a, const QString &b);
// Concatenates `expression` over a group, separated by U+001F (split with dialectListSeparator).
QString dialectStringAggregate(Dialect dialect, const QString &expression);
inline constexpr QChar dialectListSeparator{0x1F};

} // namespace sb

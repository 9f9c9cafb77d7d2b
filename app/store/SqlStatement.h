#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace sb {

// One execution of a cached prepared statement: values are bound in order, never spliced into
// the SQL. Failures throw StoreException. exec() reads every result row into memory and
// finishes the statement at once, so no statement is left in progress when a transaction or
// savepoint ends (SQLite refuses to commit then) and statements may nest freely.
class SqlStatement
{
public:
    SqlStatement(Database &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Binds the next '?' in order.
    SqlStatement &bind(const QVariant &value);
    // Always text, '' for an empty string (NOT NULL columns); bindText() gives NULL instead.
    SqlStatement &bind(const QString &value);
    SqlStatement &bind(const char16_t *value) { return bind(QString::fromUtf16(value)); }
    SqlStatement &bind(qint64 value);
    SqlStatement &bind(int value) { return bind(QVariant(value)); }
    SqlStatement &bind(bool value) { return bind(QVariant(value)); }
    // NULL for an empty string: optional text columns hold NULL, not ''.
    SqlStatement &bindText(const QString &value);
    // Milliseconds since the epoch (UTC); NULL for an invalid or absent time.
    SqlStatement &bindTime(const QDateTime &value);
    SqlStatement &bindTime(const std::optional<QDateTime> &value);
    SqlStatement &bindOptional(const std::optional<qint64> &value);

    void exec();
    bool next() { return ++m_row < m_rowCount; }
    // NULL, a column out of range and no current row all read as an invalid QVariant.
    const QVariant &value(int column) const;
    QString text(int column) const { return value(column).toString(); }
    qint64 int64(int column) const { return value(column).toLongLong(); }
    bool boolean(int column) const { return value(column).toBool(); }
    bool isNull(int column) const { return !value(column).isValid(); }
    std::optional<qint64> optionalInt64(int column) const;
    // NULL -> nullopt; otherwise a UTC QDateTime.
    std::optional<QDateTime> time(int column) const;
    // NULL -> an invalid QDateTime.
    QDateTime timeOrInvalid(int column) const;
    int rowsAffected() const { return m_rowsAffected; }

    // Runs and returns the first column of the first row (a RETURNING id, a COUNT), or nullopt.
    std::optional<qint64> execScalar();
    // Runs an INSERT written with insertReturningId() at its end and returns the new row's
    // id, or nullopt when nothing was inserted (ON CONFLICT DO NOTHING). SQLite reads the id
    // from the connection instead of a RETURNING clause, which costs a temporary table per
    // execution.
    std::optional<qint64> execInsert();

private:
    QSqlQuery &query() const { return m_statement->query; }
    void execNative();
    SqlStatement &bindNative(const QString &value);
    void check(int rc) const;

    QString m_sql;
    std::shared_ptr<Database::PreparedStatement> m_statement;
    int m_next = 0;
    // Every row's values one after another (one allocation for the whole result, not one per
    // row); NULL is an invalid QVariant.
    QList<QVariant> m_values;
    int m_columns = 0;
    qsizetype m_rowCount = 0;
    qsizetype m_row = -1;
    int m_rowsAffected = 0;
};

// " RETURNING id" where execInsert() needs it (PostgreSQL), nothing for SQLite.
QLatin1String insertReturningId(Dialect dialect);

qint64 toMs(const QDateTime &time);
QDateTime fromMs(qint64 ms);

} // namespace sb

#include "SqlStatement.h"

#include "Database.h"

#include <QSqlRecord>

namespace sb {

SqlStatement::SqlStatement(Database &db, const QString &sql)
    : m_sql(sql)
    , m_statement(db.prepared(sql))
{
    m_statement->inUse = true;
}

SqlStatement::~SqlStatement()
{
    // Releases SQLite's read snapshot and the PostgreSQL portal right away.
    m_statement->query.finish();
    m_statement->inUse = false;
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    query().bindValue(m_next++, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &value)
{
    // A null QString would bind as NULL.
    return bind(QVariant(value.isNull() ? QStringLiteral("") : value));
}

SqlStatement &SqlStatement::bindText(const QString &value)
{
    return bind(value.isEmpty() ? QVariant() : QVariant(value));
}

SqlStatement &SqlStatement::bindTime(const QDateTime &value)
{
    return bind(value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant());
}

SqlStatement &SqlStatement::bindTime(const std::optional<QDateTime> &value)
{
    return bindTime(value.value_or(QDateTime()));
}

SqlStatement &SqlStatement::bindOptional(const std::optional<qint64> &value)
{
    return bind(value ? QVariant(*value) : QVariant());
}

void SqlStatement::exec()
{
    QSqlQuery &q = query();
    m_values.clear();
    m_columns = 0;
    m_rowCount = 0;
    m_row = -1;
    if (!q.exec()) {
        const StoreError error = Database::queryError(q, m_sql);
        q.finish();
        throw StoreException(error);
    }
    m_rowsAffected = q.numRowsAffected();
    if (q.isSelect()) {
        m_columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < m_columns; ++i) {
                if (q.isNull(i))
                    m_values.emplace_back();
                else
                    m_values.emplace_back(q.value(i));
            }
            ++m_rowCount;
        }
    }
    q.finish();
}

const QVariant &SqlStatement::value(int column) const
{
    static const QVariant null;
    if (m_row < 0 || m_row >= m_rowCount || column < 0 || column >= m_columns)
        return null;
    return m_values.at(m_row * m_columns + column);
}

std::optional<qint64> SqlStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<QDateTime> SqlStatement::time(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return fromMs(int64(column));
}

QDateTime SqlStatement::timeOrInvalid(int column) const
{
    return time(column).value_or(QDateTime());
}

std::optional<qint64> SqlStatement::execScalar()
{
    exec();
    if (!next() || isNull(0))
        return std::nullopt;
    return int64(0);
}

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace sb

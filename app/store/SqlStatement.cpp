#include "SqlStatement.h"

#include "Database.h"

#include <QSqlRecord>

#include <sqlite3.h>

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
    if (sqlite3_stmt *native = m_statement->native) {
        sqlite3_reset(native);
        sqlite3_clear_bindings(native);
    } else {
        m_statement->query.finish();
    }
    m_statement->inUse = false;
}

SqlStatement &SqlStatement::bind(const QVariant &value)
{
    sqlite3_stmt *native = m_statement->native;
    if (!native) {
        query().bindValue(m_next++, value);
        return *this;
    }
    const int index = ++m_next; // SQLite counts from 1
    int rc = SQLITE_OK;
    if (!value.isValid() || value.isNull()) {
        rc = sqlite3_bind_null(native, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            rc = sqlite3_bind_int64(native, index, value.toLongLong());
            break;
        case QMetaType::ULongLong:
        case QMetaType::ULong:
            rc = sqlite3_bind_int64(native, index, sqlite3_int64(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(native, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(native, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        default: {
            // UTF-8, the file's encoding: Qt converts faster than SQLite would.
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(native, index, text.constData(), sqlite3_uint64(text.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        throw StoreException(Database::sqliteError(m_statement->handle, m_sql));
    return *this;
}

SqlStatement &SqlStatement::bind(const QString &value)
{
    if (m_statement->native)
        return bindNative(value);
    // A null QString would bind as NULL.
    return bind(QVariant(value.isNull() ? QStringLiteral("") : value));
}

SqlStatement &SqlStatement::bind(qint64 value)
{
    if (m_statement->native) {
        check(sqlite3_bind_int64(m_statement->native, ++m_next, value));
        return *this;
    }
    return bind(QVariant(value));
}

SqlStatement &SqlStatement::bindText(const QString &value)
{
    if (m_statement->native && !value.isEmpty())
        return bindNative(value);
    return bind(value.isEmpty() ? QVariant() : QVariant(value));
}

SqlStatement &SqlStatement::bindTime(const QDateTime &value)
{
    if (!value.isValid())
        return bind(QVariant());
    return bind(qint64(value.toMSecsSinceEpoch()));
}

SqlStatement &SqlStatement::bindTime(const std::optional<QDateTime> &value)
{
    return value ? bindTime(*value) : bind(QVariant());
}

SqlStatement &SqlStatement::bindOptional(const std::optional<qint64> &value)
{
    return value ? bind(*value) : bind(QVariant());
}

SqlStatement &SqlStatement::bindNative(const QString &value)
{
    // Straight to UTF-8, no QVariant in between: text is most of what an ingest binds.
    const QByteArray text = value.toUtf8();
    // Never a null pointer: that would bind NULL, and bind() gives '' for an empty string.
    check(sqlite3_bind_text64(m_statement->native, ++m_next, text.isNull() ? "" : text.constData(),
                              sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

void SqlStatement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw StoreException(Database::sqliteError(m_statement->handle, m_sql));
}

void SqlStatement::execNative()
{
    sqlite3_stmt *native = m_statement->native;
    m_values.clear();
    m_rowCount = 0;
    m_row = -1;
    m_rowsAffected = 0;
    m_columns = sqlite3_column_count(native);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(native)) == SQLITE_ROW) {
        for (int i = 0; i < m_columns; ++i) {
            switch (sqlite3_column_type(native, i)) {
            case SQLITE_INTEGER:
                m_values.emplace_back(qint64(sqlite3_column_int64(native, i)));
                break;
            case SQLITE_FLOAT:
                m_values.emplace_back(sqlite3_column_double(native, i));
                break;
            case SQLITE_BLOB:
                m_values.emplace_back(
                    QByteArray(static_cast<const char *>(sqlite3_column_blob(native, i)),
                               sqlite3_column_bytes(native, i)));
                break;
            case SQLITE_NULL:
                m_values.emplace_back();
                break;
            default: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(native, i));
                m_values.emplace_back(QString::fromUtf8(text, sqlite3_column_bytes(native, i)));
                break;
            }
            }
        }
        ++m_rowCount;
    }
    if (rc != SQLITE_DONE) {
        const StoreError error = Database::sqliteError(m_statement->handle, m_sql);
        sqlite3_reset(native);
        m_values.clear();
        m_rowCount = 0;
        throw StoreException(error);
    }
    if (!sqlite3_stmt_readonly(native))
        m_rowsAffected = sqlite3_changes(m_statement->handle);
    sqlite3_reset(native);
}

void SqlStatement::exec()
{
    if (m_statement->native) {
        execNative();
        return;
    }
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

std::optional<qint64> SqlStatement::execInsert()
{
    if (!m_statement->native)
        return execScalar();
    exec();
    if (m_rowsAffected <= 0)
        return std::nullopt;
    // The top-level INSERT's row: rows that triggers insert (the FTS index) do not count here.
    return qint64(sqlite3_last_insert_rowid(m_statement->handle));
}

QLatin1String insertReturningId(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QLatin1String(" RETURNING id") : QLatin1String();
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

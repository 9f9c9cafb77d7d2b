#include "Database.h"

#include "Clock.h"
#include "Logging.h"
#include "Migrations.h"
#include "SqlStatement.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <sqlite3.h>

namespace sb {

struct Database::ThreadConnection
{
    QString name;
    int depth = 0; // open Transaction objects on this connection
    QHash<QString, std::shared_ptr<PreparedStatement>> statements;

    // Prepared statements must go before their connection is removed.
    void close()
    {
        statements.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

struct Database::Shared
{
    QMutex mutex;
    QHash<Qt::HANDLE, std::shared_ptr<ThreadConnection>> connections;
};

namespace {

std::atomic<quint64> nextSerial{1};

} // namespace

Database::Database(DatabaseLocation location, DatabaseOptions options)
    : m_location(std::move(location))
    , m_options(std::move(options))
    , m_serial(nextSerial.fetch_add(1))
    , m_shared(std::make_shared<Shared>())
{
    if (m_options.clock) {
        m_clock = m_options.clock;
    } else {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

Database::~Database()
{
    QMutexLocker lock(&m_shared->mutex);
    for (const auto &connection : std::as_const(m_shared->connections))
        connection->close();
    m_shared->connections.clear();
}

Database::OpenResult Database::open(const QString &location, DatabaseOptions options)
{
    StoreError error;
    const std::optional<DatabaseLocation> parsed = DatabaseLocation::parse(location, &error);
    if (!parsed)
        return {nullptr, error};
    return open(*parsed, std::move(options));
}

Database::OpenResult Database::open(const DatabaseLocation &location, DatabaseOptions options)
{
    std::unique_ptr<Database> db(new Database(location, std::move(options)));
    const QList<Migration> migrations =
        db->m_options.migrations ? *db->m_options.migrations : Migrations::builtin(db->dialect());
    for (const Migration &m : migrations)
        db->m_knownVersion = std::max(db->m_knownVersion, m.version);
    try {
        db->connection();
    } catch (const StoreException &e) {
        return {nullptr, e.error()};
    }
    const StoreError migrated = Migrations::migrate(*db, migrations);
    if (migrated.isError())
        return {nullptr, migrated};
    qCInfo(lcStore) << "Opened" << dialectDisplayName(db->dialect()) << "database"
                    << location.displayName() << "at schema version" << db->schemaVersion();
    return {std::move(db), {}};
}

QDateTime Database::now() const
{
    return m_clock->now();
}

qint64 Database::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

QSqlDatabase Database::connection()
{
    return QSqlDatabase::database(threadConnection().name, false);
}

namespace {

// The connection this thread used last, so the hot path skips the mutex and the lookup. Serials
// are never reused, so a cached entry of a destroyed Database can never match.
struct LastConnection
{
    quint64 serial = 0;
    void *connection = nullptr;
};
thread_local LastConnection lastConnection;

} // namespace

Database::ThreadConnection &Database::threadConnection()
{
    if (lastConnection.serial == m_serial)
        return *static_cast<ThreadConnection *>(lastConnection.connection);
    ThreadConnection &connection = lookUpThreadConnection();
    lastConnection = {m_serial, &connection};
    return connection;
}

Database::ThreadConnection &Database::lookUpThreadConnection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    {
        QMutexLocker lock(&m_shared->mutex);
        const auto it = m_shared->connections.constFind(thread);
        if (it != m_shared->connections.constEnd())
            return **it;
    }
    std::shared_ptr<ThreadConnection> connection = openThreadConnection();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->connections.insert(thread, connection);
    // A finished QThread takes its connection with it; the Database may be gone by then.
    if (QThread *current = QThread::currentThread()) {
        const std::weak_ptr<Shared> weak = m_shared;
        QObject::connect(
            current, &QThread::finished, current,
            [weak, thread] {
                lastConnection = {};
                if (const auto shared = weak.lock()) {
                    QMutexLocker inner(&shared->mutex);
                    if (const auto c = shared->connections.take(thread))
                        c->close();
                }
            },
            Qt::DirectConnection);
    }
    return *connection;
}

int &Database::transactionDepth()
{
    return threadConnection().depth;
}

std::shared_ptr<Database::ThreadConnection> Database::openThreadConnection()
{
    auto connection = std::make_shared<ThreadConnection>();
    connection->name = QStringLiteral("sb.store.%1.%2")
                           .arg(m_serial)
                           .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
    StoreError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialectDriverName(dialect()), connection->name);
        if (dialect() == Dialect::SQLite) {
            db.setDatabaseName(m_location.filePath());
        } else {
            db.setHostName(m_location.host());
            db.setPort(m_location.port());
            db.setUserName(m_location.userName());
            db.setPassword(m_location.password());
            db.setDatabaseName(m_location.databaseName());
            db.setConnectOptions(m_location.connectOptions());
        }
        if (!db.isValid()) {
            error = {StoreErrorKind::ConnectionFailed,
                     tr("The Qt SQL driver %1 is not installed, so %2 databases cannot be "
                        "opened.")
                         .arg(dialectDriverName(dialect()), dialectDisplayName(dialect())),
                     {}};
        } else if (!db.open()) {
            error = {
                StoreErrorKind::ConnectionFailed,
                dialect() == Dialect::SQLite
                    ? tr("The database file %1 could not be opened.").arg(m_location.displayName())
                    : tr("Could not connect to the PostgreSQL server at %1. Check that it "
                         "is running and reachable, and the user name and password.")
                          .arg(m_location.displayName()),
                db.lastError().text().trimmed()};
        } else {
            try {
                configure(db);
            } catch (const StoreException &e) {
                error = e.error();
            }
        }
    }
    if (error.isError()) {
        QSqlDatabase::removeDatabase(connection->name);
        qCWarning(lcStore) << "Opening" << m_location.displayName()
                           << "failed:" << error.toString();
        throw StoreException(error);
    }
    return connection;
}

void Database::configure(QSqlDatabase &db)
{
    const auto run = [&db](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw StoreException(queryError(q, sql));
        QVariant first;
        if (q.next())
            first = q.value(0);
        q.finish();
        return first;
    };
    if (dialect() == Dialect::SQLite) {
        try {
            // The first read fails on a file that is not a SQLite database.
            const QString mode = run(QStringLiteral("PRAGMA journal_mode=WAL")).toString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                qCWarning(lcStore) << "SQLite refused WAL mode for" << m_location.displayName()
                                   << "and uses" << mode;
        } catch (const StoreException &e) {
            throw StoreException(
                {StoreErrorKind::ConnectionFailed,
                 tr("%1 is not a SQLite database, or it is damaged.").arg(m_location.displayName()),
                 e.error().detail});
        }
        run(QStringLiteral("PRAGMA foreign_keys=ON"));
        // In WAL mode FULL syncs the log at each commit (measured cost: bench_intake_e2e).
        run(m_options.durableCommits ? QStringLiteral("PRAGMA synchronous=FULL")
                                     : QStringLiteral("PRAGMA synchronous=NORMAL"));
        run(QStringLiteral("PRAGMA busy_timeout=%1").arg(m_options.busyTimeout.count()));
        return;
    }
    const int version = run(QStringLiteral("SHOW server_version_num")).toInt();
    if (version < 120000) {
        throw StoreException({StoreErrorKind::ConnectionFailed,
                              tr("PostgreSQL 12 or newer is required; the server at %1 runs "
                                 "version %2.")
                                  .arg(m_location.displayName())
                                  .arg(version / 10000),
                              {}});
    }
    run(QStringLiteral("SET client_min_messages TO WARNING"));
    run(QStringLiteral("SET TIME ZONE 'UTC'"));
}

Database::PreparedStatement::~PreparedStatement()
{
    if (native)
        sqlite3_finalize(native);
}

std::shared_ptr<Database::PreparedStatement> Database::prepared(const QString &sql)
{
    ThreadConnection &connection = threadConnection();
    const auto it = connection.statements.constFind(sql);
    if (it != connection.statements.constEnd() && !(*it)->inUse)
        return *it;
    auto statement = std::make_shared<PreparedStatement>();
    QSqlDatabase db = QSqlDatabase::database(connection.name, false);
    if (dialect() == Dialect::SQLite) {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            throw StoreException({StoreErrorKind::ConnectionFailed,
                                  tr("The SQLite driver gave no connection handle."),
                                  QString::fromLatin1(handle.typeName())});
        }
        statement->handle = *static_cast<sqlite3 *const *>(handle.constData());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(statement->handle, utf8.constData(), int(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &statement->native, nullptr)
            != SQLITE_OK) {
            throw StoreException(sqliteError(statement->handle, sql));
        }
    } else {
        statement->query = QSqlQuery(db);
        statement->query.setForwardOnly(true);
        if (!statement->query.prepare(sql))
            throw StoreException(queryError(statement->query, sql));
    }
    if (it == connection.statements.constEnd())
        connection.statements.insert(sql, statement);
    return statement;
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw StoreException(queryError(query, sql));
}

void Database::lockRow(const QString &table, qint64 id)
{
    if (dialect() != Dialect::PostgreSQL)
        return;
    SqlStatement q(*this,
                   QLatin1String("SELECT 1 FROM ") + table
                       + QLatin1String(" WHERE id = ? FOR NO KEY UPDATE"));
    q.bind(id).exec();
}

void Database::releaseThreadConnection()
{
    if (lastConnection.serial == m_serial)
        lastConnection = {};
    QMutexLocker lock(&m_shared->mutex);
    if (const auto connection = m_shared->connections.take(QThread::currentThreadId()))
        connection->close();
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

namespace {

StoreError failure(const QString &driver, const QString &sql)
{
    QString statement = sql.simplified();
    if (statement.size() > 240)
        statement = statement.left(240) + QChar(0x2026);
    qCWarning(lcStore) << "SQL failed:" << driver << "in" << statement;
    return {StoreErrorKind::QueryFailed,
            QCoreApplication::translate("sb::Database", "A database operation failed: %1")
                .arg(driver.isEmpty() ? statement : driver),
            statement};
}

} // namespace

StoreError Database::queryError(const QSqlQuery &query, const QString &sql)
{
    return failure(query.lastError().text().trimmed(), sql);
}

StoreError Database::sqliteError(sqlite3 *handle, const QString &sql)
{
    return failure(QString::fromUtf8(sqlite3_errmsg(handle)), sql);
}

} // namespace sb

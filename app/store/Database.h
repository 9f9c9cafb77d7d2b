#pragma once

#include "DatabaseLocation.h"
#include "Dialect.h"
#include "Migration.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

class Clock;

struct DatabaseOptions
{
    // The source of created_at/updated_at and receive times; nullptr: the system clock. Must
    // outlive the Database.
    const Clock *clock = nullptr;
    // nullopt: the built-in migrations. Tests inject their own (e.g. a deliberately broken one).
    std::optional<QList<Migration>> migrations;
    // How long SQLite waits for another connection's write lock before failing.
    std::chrono::milliseconds busyTimeout{5000};
    // SQLite: true (synchronous=FULL) makes every commit reach the disk before it returns, so a
    // power cut loses neither an acknowledged webhook nor the `sending` mark of a request that
    // left. false (NORMAL) survives a killed process but may lose the last commits on a power
    // cut; for throwaway databases only. PostgreSQL commits durably on its own.
    bool durableCommits = true;
};

// The handle every repository works through: one SQLite file or one PostgreSQL database, with
// one connection per thread (Qt SQL connections must stay on the thread that opened them),
// opened lazily, and a per-connection cache of prepared statements. The schema is migrated
// when the database is opened.
//
// Destroy it after every other thread that used it has finished or called
// releaseThreadConnection().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(sb::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct OpenResult
    {
        std::unique_ptr<Database> database; // null on error
        StoreError error;
    };

    // Parses `location` (see DatabaseLocation), connects, applies SQLite's pragmas
    // (journal_mode=WAL, foreign_keys=ON, synchronous=FULL unless options.durableCommits is
    // false, busy_timeout) and migrates.
    // Refuses a schema newer than this build knows.
    static OpenResult open(const QString &location, DatabaseOptions options = {});
    static OpenResult open(const DatabaseLocation &location, DatabaseOptions options = {});
    ~Database();

    Dialect dialect() const { return m_location.dialect(); }
    const DatabaseLocation &location() const { return m_location; }
    const Clock &clock() const { return *m_clock; }
    // SQLite: whether commits are synced (DatabaseOptions::durableCommits).
    bool durableCommits() const { return m_options.durableCommits; }
    QDateTime now() const;
    qint64 nowMs() const;

    // This thread's connection, opened on first use. Throws StoreException (ConnectionFailed).
    QSqlDatabase connection();
    // A prepared statement from this thread's cache, prepared on first use; a fresh one when
    // the cached one is in use (nested queries). Use it through SqlStatement, which binds
    // values (never spliced into `sql`) and marks it in use. Throws StoreException.
    // SQLite runs through its C API on the connection's own handle (QtSql's per-value and
    // per-row layers cost more than SQLite itself on the ingest path); PostgreSQL through QtSql.
    struct PreparedStatement
    {
        PreparedStatement() = default;
        PreparedStatement(const PreparedStatement &) = delete;
        PreparedStatement &operator=(const PreparedStatement &) = delete;
        ~PreparedStatement();

        QSqlQuery query; // PostgreSQL
        sqlite3 *handle = nullptr; // SQLite: the connection
        sqlite3_stmt *native = nullptr; // SQLite: the statement, finalized with this object
        bool inUse = false;
    };
    std::shared_ptr<PreparedStatement> prepared(const QString &sql);
    // Runs one statement that takes no values (DDL, pragmas). Throws StoreException.
    void execute(const QString &sql);
    // PostgreSQL: locks row `id` of `table` (a fixed table name, never user input) until the
    // transaction ends, so a read-modify-write (status merge, window, consent) cannot lose a
    // concurrent update. FOR NO KEY UPDATE, so that foreign-key checks of other transactions
    // (KEY SHARE) do not deadlock with it. SQLite needs nothing: BEGIN IMMEDIATE already
    // serialises writers.
    void lockRow(const QString &table, qint64 id);
    // Closes this thread's connection now (threads that are not QThreads must call it).
    void releaseThreadConnection();

    // Highest version in schema_version (0 for an empty database).
    int schemaVersion();
    // Highest version of the migrations this Database was opened with.
    int knownSchemaVersion() const { return m_knownVersion; }

    // A QueryFailed error for `query`, with the driver text and the statement.
    static StoreError queryError(const QSqlQuery &query, const QString &sql);
    // The same for a statement run through SQLite's C API on `handle`.
    static StoreError sqliteError(sqlite3 *handle, const QString &sql);

private:
    friend class Transaction;
    struct ThreadConnection;
    struct Shared;

    Database(DatabaseLocation location, DatabaseOptions options);
    ThreadConnection &threadConnection();
    ThreadConnection &lookUpThreadConnection();
    // Open Transaction objects on this thread's connection (savepoints beyond the first).
    int &transactionDepth();
    std::shared_ptr<ThreadConnection> openThreadConnection();
    void configure(QSqlDatabase &db);

    DatabaseLocation m_location;
    DatabaseOptions m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    quint64 m_serial = 0;
    int m_knownVersion = 0;
    std::shared_ptr<Shared> m_shared;
};

} // namespace sb

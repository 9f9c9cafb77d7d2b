#pragma once

#include "Clock.h"
#include "Database.h"
#include "DatabaseLocation.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Every store test runs against both backends: a real SQLite file in a temporary directory, and
// a real PostgreSQL server from SB_TEST_PG_URL (scripts/test.sh starts one). Each test process
// creates its own throwaway PostgreSQL database and resets its schema before each test.
Q_DECLARE_METATYPE(sb::Dialect)

namespace storetest {

inline const QDateTime T0(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC);

inline QString pgUrl()
{
    return qEnvironmentVariable("SB_TEST_PG_URL");
}

inline void addBackendColumn()
{
    QTest::addColumn<sb::Dialect>("dialect");
}

// "sqlite" and "postgresql" rows for tests without further data.
inline void addBackendRows()
{
    addBackendColumn();
    QTest::newRow("sqlite") << sb::Dialect::SQLite;
    QTest::newRow("postgresql") << sb::Dialect::PostgreSQL;
}

inline QString dialectTag(sb::Dialect dialect)
{
    return dialect == sb::Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

struct FreshResult
{
    std::unique_ptr<sb::Database> db;
    bool skip = false;
    QString message;
};

class Backends
{
public:
    ~Backends() { dropPgDatabase(); }

    // A fresh, migrated database of `dialect`.
    FreshResult fresh(sb::Dialect dialect, sb::DatabaseOptions options = {})
    {
        FreshResult result;
        const std::optional<sb::DatabaseLocation> location = freshLocation(dialect, &result);
        if (!location)
            return result;
        sb::Database::OpenResult opened = sb::Database::open(*location, std::move(options));
        if (!opened.database)
            result.message = opened.error.toString();
        result.db = std::move(opened.database);
        return result;
    }

    // Where a fresh database of `dialect` lives (PostgreSQL: the schema is emptied first).
    std::optional<sb::DatabaseLocation> freshLocation(sb::Dialect dialect, FreshResult *result)
    {
        sb::StoreError error;
        if (dialect == sb::Dialect::SQLite) {
            const QString file = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
            return sb::DatabaseLocation::parse(file, &error);
        }
        if (pgUrl().isEmpty()) {
            result->skip = true;
            result->message = QStringLiteral(
                "SB_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL server for it");
            return std::nullopt;
        }
        if (!ensurePgDatabase(&result->message))
            return std::nullopt;
        if (!resetPgSchema(&result->message))
            return std::nullopt;
        return m_pgLocation;
    }

    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // Runs `sql` on the test process's PostgreSQL database outside the store.
    bool pgExec(const QString &sql, QString *message)
    {
        QSqlDatabase db = QSqlDatabase::database(m_pgConnection, false);
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *message = q.lastError().text();
            return false;
        }
        return true;
    }

    void dropPgDatabase()
    {
        if (m_pgName.isEmpty())
            return;
        {
            QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
            QSqlDatabase::database(m_pgConnection, false).close();
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_pgConnection);
        QSqlDatabase::removeDatabase(m_adminConnection);
        m_pgName.clear();
    }

private:
    bool ensurePgDatabase(QString *message)
    {
        if (!m_pgName.isEmpty())
            return true;
        sb::StoreError error;
        const auto server = sb::DatabaseLocation::parse(pgUrl(), &error);
        if (!server) {
            *message = QStringLiteral("SB_TEST_PG_URL is unusable: ") + error.toString();
            return false;
        }
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
            admin.setHostName(server->host());
            admin.setPort(server->port());
            admin.setUserName(server->userName());
            admin.setPassword(server->password());
            admin.setDatabaseName(server->databaseName());
            admin.setConnectOptions(server->connectOptions());
            if (!admin.open()) {
                *message = QStringLiteral("SB_TEST_PG_URL is set but the server is unreachable: ")
                    + admin.lastError().text();
                return false;
            }
            const QString name = QStringLiteral("sbtest_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QRandomGenerator::global()->generate());
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                            .arg(name))) {
                *message = QStringLiteral("Cannot create a test database: ") + q.lastError().text();
                return false;
            }
            m_pgName = name;
        }
        m_pgLocation = server->withDatabaseName(m_pgName);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_pgConnection);
        db.setHostName(m_pgLocation.host());
        db.setPort(m_pgLocation.port());
        db.setUserName(m_pgLocation.userName());
        db.setPassword(m_pgLocation.password());
        db.setDatabaseName(m_pgName);
        db.setConnectOptions(m_pgLocation.connectOptions());
        if (!db.open()) {
            *message = QStringLiteral("Cannot open the test database: ") + db.lastError().text();
            return false;
        }
        return pgExec(QStringLiteral("SET client_min_messages TO WARNING"), message);
    }

    bool resetPgSchema(QString *message)
    {
        return pgExec(QStringLiteral("DROP SCHEMA public CASCADE"), message)
            && pgExec(QStringLiteral("CREATE SCHEMA public"), message);
    }

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_pgName;
    sb::DatabaseLocation m_pgLocation;
    const QString m_adminConnection = QStringLiteral("storetest.admin");
    const QString m_pgConnection = QStringLiteral("storetest.pg");
};

// Every stored row of every table, in a stable order: two equal dumps mean nothing changed.
inline QString dumpTables(sb::Database &db)
{
    static const QStringList tables{
        QStringLiteral("phone_numbers"),    QStringLiteral("business_accounts"),
        QStringLiteral("health_history"),   QStringLiteral("contacts"),
        QStringLiteral("conversations"),    QStringLiteral("conversation_labels"),
        QStringLiteral("webhook_payloads"), QStringLiteral("dead_letters"),
        QStringLiteral("messages"),         QStringLiteral("message_status_events"),
        QStringLiteral("outbox"),           QStringLiteral("templates"),
        QStringLiteral("alerts"),           QStringLiteral("alert_sources")};
    QString dump;
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QLatin1String("SELECT * FROM ") + table + QLatin1String(" ORDER BY 1")))
            return QLatin1String("error: ") + q.lastError().text();
        dump += table + QLatin1String(":\n");
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                dump += q.value(i).toString() + u'|';
            dump += u'\n';
        }
    }
    return dump;
}

inline qint64 count(sb::Database &db, const QString &sqlFromWhere)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QLatin1String("SELECT COUNT(*) FROM ") + sqlFromWhere) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace storetest

// Opens a fresh database of the row's dialect into `var`: QSKIP when PostgreSQL is not
// configured, QFAIL when it is configured but unusable.
#define SB_FRESH_DB(backends, var, dialect, ...)                                                   \
    std::unique_ptr<sb::Database> var;                                                             \
    do {                                                                                           \
        storetest::FreshResult fresh_ = (backends).fresh(dialect __VA_OPT__(, ) __VA_ARGS__);      \
        if (fresh_.skip)                                                                           \
            QSKIP(qPrintable(fresh_.message));                                                     \
        if (!fresh_.db)                                                                            \
            QFAIL(qPrintable(fresh_.message));                                                     \
        var = std::move(fresh_.db);                                                                \
    } while (false)

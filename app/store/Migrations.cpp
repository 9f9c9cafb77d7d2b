#include "Migrations.h"

#include "Database.h"
#include "Logging.h"
#include "SqlScript.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

// Any number will do as long as it is ours and fixed: it serialises migrating processes.
constexpr qint64 MigrationLockKey = 0x5357'4254'4348; // "SWBTCH"

void ensureVersionTable(Database &db)
{
    Transaction tx(db);
    db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                              "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                              "applied_at BIGINT NOT NULL)"));
    tx.commit();
}

} // namespace

QList<Migration> Migrations::builtin(Dialect dialect)
{
    return load(QStringLiteral(":/sb/store/migrations"), dialect);
}

QList<Migration> Migrations::load(const QString &directory, Dialect dialect)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.(sqlite|pg)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch() || match.captured(3) != dialectFileTag(dialect))
            continue;
        QFile source(QDir(directory).filePath(file));
        if (!source.open(QIODevice::ReadOnly)) {
            qCWarning(lcStore) << "Cannot read migration" << source.fileName();
            continue;
        }
        migrations.append({match.captured(1).toInt(), match.captured(2),
                           SqlScript::split(QString::fromUtf8(source.readAll()))});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrations::currentVersion(Database &db)
{
    SqlStatement q(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

StoreError Migrations::migrate(Database &db, const QList<Migration> &given)
{
    QList<Migration> migrations = given;
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    try {
        ensureVersionTable(db);
        const int current = currentVersion(db);
        if (current > known) {
            return {StoreErrorKind::SchemaTooNew,
                    tr("The database %1 was written by a newer version of Switchboard (schema "
                       "%2; this version knows up to %3). Update Switchboard to open it.")
                        .arg(db.location().displayName())
                        .arg(current)
                        .arg(known),
                    {}};
        }
    } catch (const StoreException &e) {
        return e.error();
    }
    for (const Migration &m : std::as_const(migrations)) {
        int step = 0;
        try {
            Transaction tx(db);
            if (db.dialect() == Dialect::PostgreSQL) {
                SqlStatement lock(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
                lock.bind(MigrationLockKey).exec();
            }
            // Another process may have migrated while we waited for the lock.
            if (currentVersion(db) >= m.version)
                continue;
            for (const QString &statement : m.statements) {
                ++step;
                db.execute(statement);
            }
            SqlStatement record(
                db,
                QStringLiteral(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
            record.bind(m.version).bind(m.name).bind(db.nowMs()).exec();
            tx.commit();
            qCInfo(lcStore) << "Applied migration" << m.version << m.name;
        } catch (const StoreException &e) {
            return {StoreErrorKind::MigrationFailed,
                    tr("Updating the database schema to version %1 (%2) failed at statement %3 "
                       "and was rolled back; the database stays at the previous version.")
                        .arg(m.version)
                        .arg(m.name)
                        .arg(step),
                    e.error().detail.isEmpty() ? e.error().message
                                               : e.error().message + u' ' + e.error().detail};
        }
    }
    return {};
}

} // namespace sb

#pragma once

#include "Dialect.h"
#include "Migration.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QList>

namespace sb {

class Database;

// Numbered schema migrations. Files: app/store/migrations/NNNN_name.sqlite.sql and
// NNNN_name.pg.sql, compiled into :/sb/store/migrations/; every version exists for both
// dialects. Each pending migration runs in its own transaction together with its row in
// schema_version(version, name, applied_at), so a failing one leaves the schema exactly as
// the previous one left it. Concurrent openers are serialised (SQLite's write lock, a
// PostgreSQL advisory lock) and re-check the version inside the transaction.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(sb::Migrations)

public:
    Migrations() = delete;

    // The built-in migrations for `dialect`, in version order.
    static QList<Migration> builtin(Dialect dialect);
    // Reads NNNN_name.<tag>.sql files from `directory` (a resource or file-system path).
    static QList<Migration> load(const QString &directory, Dialect dialect);

    // Brings `db` to the newest of `migrations`. Refuses (SchemaTooNew) a database whose
    // schema_version is above every migration given: it was written by a newer build.
    static StoreError migrate(Database &db, const QList<Migration> &migrations);
    // Highest applied version; 0 when the database is empty.
    static int currentVersion(Database &db);
};

} // namespace sb

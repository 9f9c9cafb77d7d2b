#pragma once

#include "Dialect.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb {

// Where the data lives, parsed from what the administrator typed:
//   a file path (absolute or relative), "sqlite:///abs/path" or "file:///abs/path" -> SQLite;
//   "postgresql://user[:password]@host[:port]/dbname[?sslmode=...]" (or postgres://) -> PostgreSQL.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(sb::DatabaseLocation)

public:
    // nullopt with `error` set (InvalidLocation or UnsupportedScheme) when unusable.
    static std::optional<DatabaseLocation> parse(const QString &text, StoreError *error);

    Dialect dialect() const { return m_dialect; }
    // SQLite: the absolute file path.
    QString filePath() const { return m_filePath; }
    // PostgreSQL parts.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // QPSQL connect options, "key=value;key=value" (connect_timeout defaults to 5 s).
    QString connectOptions() const { return m_connectOptions; }
    // For logs and messages: the file path, or the URL without its password.
    QString displayName() const;
    // The same server with another database name (tests create throwaway databases).
    DatabaseLocation withDatabaseName(const QString &name) const;

private:
    static std::optional<DatabaseLocation> parseFile(const QString &path, StoreError *error);
    static std::optional<DatabaseLocation> parsePostgres(const QString &text, StoreError *error);

    Dialect m_dialect = Dialect::SQLite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace sb

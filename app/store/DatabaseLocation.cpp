#include "DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sb {

namespace {

StoreError invalid(const QString &message)
{
    return StoreError{StoreErrorKind::InvalidLocation, message, {}};
}

// libpq parameters that make sense in a URL typed by an administrator.
bool isAllowedOption(const QString &key)
{
    static const QStringList allowed{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs")};
    return allowed.contains(key);
}

} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, StoreError *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = invalid(tr("No database location was given. Enter a file path for SQLite or a "
                            "postgresql:// URL."));
        return std::nullopt;
    }
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch match = schemePattern.match(trimmed);
    // One letter before ':' is a Windows drive, not a scheme.
    if (match.hasMatch() && match.captured(1).size() > 1) {
        const QString scheme = match.captured(1).toLower();
        if (scheme == u"postgresql" || scheme == u"postgres")
            return parsePostgres(trimmed, error);
        if (scheme == u"sqlite" || scheme == u"file") {
            QString path = trimmed.mid(match.capturedLength());
            if (path.startsWith(QLatin1String("//")))
                path = QUrl(trimmed).path();
            return parseFile(path, error);
        }
        *error = StoreError{StoreErrorKind::UnsupportedScheme,
                            tr("\"%1\" databases are not supported. Use a SQLite file path or a "
                               "postgresql:// URL.")
                                .arg(match.captured(1)),
                            {}};
        return std::nullopt;
    }
    return parseFile(trimmed, error);
}

std::optional<DatabaseLocation> DatabaseLocation::parseFile(const QString &path, StoreError *error)
{
    if (path.isEmpty()) {
        *error = invalid(tr("The SQLite location has no file path."));
        return std::nullopt;
    }
    if (path == u":memory:" || path.startsWith(QLatin1String("file::memory:"))) {
        *error = invalid(tr("An in-memory SQLite database cannot be shared between the app's "
                            "threads. Use a file path."));
        return std::nullopt;
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = invalid(tr("\"%1\" is a folder. Give the path of a database file inside it, "
                            "e.g. \"%2\".")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                                  QDir::toNativeSeparators(
                                      QDir(info.absoluteFilePath())
                                          .filePath(QStringLiteral("switchboard.sqlite")))));
        return std::nullopt;
    }
    if (!info.absoluteDir().exists()) {
        *error = invalid(tr("The folder \"%1\" does not exist. Create it or choose another "
                            "location for the database file.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_dialect = Dialect::SQLite;
    location.m_filePath = info.absoluteFilePath();
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parsePostgres(const QString &text,
                                                                StoreError *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = invalid(tr("The PostgreSQL URL is malformed: %1. Expected "
                            "postgresql://user@host:port/database.")
                             .arg(url.errorString()));
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_dialect = Dialect::PostgreSQL;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(u'/')) {
        *error = invalid(tr("The PostgreSQL URL names no database. Add it after the host, e.g. "
                            "postgresql://user@host:5432/switchboard."));
        return std::nullopt;
    }
    if (location.m_port <= 0 || location.m_port > 65535) {
        *error = invalid(tr("The PostgreSQL port must be between 1 and 65535."));
        return std::nullopt;
    }
    QStringList options;
    bool hasTimeout = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!isAllowedOption(key)) {
            *error = invalid(tr("The PostgreSQL URL option \"%1\" is not supported. Supported: "
                                "sslmode, sslrootcert, sslcert, sslkey, connect_timeout, "
                                "application_name, target_session_attrs.")
                                 .arg(key));
            return std::nullopt;
        }
        static const QRegularExpression unsafe(QStringLiteral("[;\\s'\"\\\\]"));
        if (value.isEmpty() || value.contains(unsafe)) {
            *error = invalid(tr("The value of the PostgreSQL URL option \"%1\" is empty or "
                                "contains spaces, quotes or semicolons.")
                                 .arg(key));
            return std::nullopt;
        }
        hasTimeout = hasTimeout || key == u"connect_timeout";
        options.append(key + u'=' + value);
    }
    if (!hasTimeout)
        options.append(QStringLiteral("connect_timeout=5"));
    location.m_connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_dialect == Dialect::SQLite)
        return QDir::toNativeSeparators(m_filePath);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    return url.toString();
}

DatabaseLocation DatabaseLocation::withDatabaseName(const QString &name) const
{
    DatabaseLocation copy = *this;
    copy.m_databaseName = name;
    return copy;
}

} // namespace sb

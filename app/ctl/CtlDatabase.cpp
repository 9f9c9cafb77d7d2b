#include "CtlDatabase.h"

#include "Commands.h"
#include "CtlIo.h"
#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

// What the administrator typed, with any password replaced, for messages.
QString redacted(const QString &location)
{
    static const QRegularExpression password(QStringLiteral("(://[^/@:]*):[^@/]*@"));
    QString text = location;
    return text.replace(password, QStringLiteral("\\1:***@"));
}

} // namespace

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        tr("The database: an SQLite file, or postgresql://user@host:port/dbname. Default: %1.")
            .arg(defaultDatabasePath()),
        QStringLiteral("path|url"));
}

QString defaultDatabasePath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    // The XDG spec: a relative value is invalid and must be ignored.
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(base + QStringLiteral("/switchboard/switchboard.db"));
}

std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser,
                                       const QCommandLineOption &option, OpenMode mode)
{
    const bool explicitLocation = parser.isSet(option);
    const QString text = explicitLocation ? parser.value(option) : defaultDatabasePath();
    if (text.trimmed().isEmpty()) {
        err(tr("--db is empty: give an SQLite file path or a postgresql:// URL"));
        return nullptr;
    }
    StoreError error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(text, &error);
    if (!location) {
        err(tr("cannot use the database %1: %2").arg(redacted(text), error.toString()));
        return nullptr;
    }
    if (location->dialect() == Dialect::SQLite) {
        const QFileInfo file(location->filePath());
        if (file.exists() && !file.isFile()) {
            err(tr("cannot use the database %1: it is not a file").arg(location->displayName()));
            return nullptr;
        }
        if (!file.exists() && mode == OpenMode::Existing) {
            err(tr("no database at %1: ingest a webhook payload or send a message first, or "
                   "name another one with --db")
                    .arg(location->displayName()));
            return nullptr;
        }
        // Only the default location's folder is created: a typo in an explicit --db should not
        // grow a directory tree.
        if (!file.exists() && !explicitLocation && !QDir().mkpath(file.absolutePath())) {
            err(tr("cannot create the folder %1 for the database").arg(file.absolutePath()));
            return nullptr;
        }
        if (!file.dir().exists()) {
            err(tr("cannot create the database %1: the folder %2 does not exist")
                    .arg(location->displayName(), file.absolutePath()));
            return nullptr;
        }
    }
    Database::OpenResult opened = Database::open(*location);
    if (!opened.database) {
        err(tr("cannot open the database %1: %2")
                .arg(location->displayName(), opened.error.toString()));
        return nullptr;
    }
    return std::move(opened.database);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

int storeFailure(const QString &what, const StoreError &error)
{
    err(tr("%1: the database refused: %2").arg(what, error.toString()));
    return StoreFailed;
}

} // namespace sb::ctl

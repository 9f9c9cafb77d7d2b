#pragma once

#include "Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace sb::ctl {

// The --db option every command that touches data takes: an SQLite file path (or sqlite:///…)
// or a postgresql://user@host:port/db URL. Default: $XDG_DATA_HOME/switchboard/switchboard.db
// (~/.local/share when XDG_DATA_HOME is unset), the desktop app's solo database.
QCommandLineOption databaseOption();
QString defaultDatabasePath();

enum class OpenMode {
    Existing, // reading commands: a missing SQLite file is an error, not a new empty database
    Create, // writing commands: a missing SQLite file is created (and the default folder)
};

// Opens the database named by --db (or the default). On failure prints a clear error naming
// the location (never a password) and returns null; the command then exits with Unreadable.
std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser,
                                       const QCommandLineOption &option, OpenMode mode);

// "2025-06-15T23:27:53.000Z"; empty for an invalid time.
QString isoTime(const QDateTime &time);

// Prints a store failure in the middle of a command (after the database opened) and returns
// StoreFailed.
int storeFailure(const QString &what, const StoreError &error);

} // namespace sb::ctl

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sb {

// Where the app keeps its files, per user (QStandardPaths::AppDataLocation unless a root is
// given, e.g. by tests). Directories are created on first use.
class AppPaths
{
    Q_DECLARE_TR_FUNCTIONS(sb::AppPaths)

public:
    explicit AppPaths(QString root = {});

    QString dataDir() const { return m_root; }
    // The SQLite database of the connected account.
    QString databasePath() const;
    // Downloaded media, named by the app, never by the sender.
    QString mediaCacheDir() const;

    // Creates the data and media directories; nullopt on success, else a translated problem.
    std::optional<QString> ensureExists() const;

private:
    QString m_root;
};

} // namespace sb

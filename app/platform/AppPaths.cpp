#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace sb {

AppPaths::AppPaths(QString root)
    : m_root(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : std::move(root))
{
}

QString AppPaths::databasePath() const
{
    return QDir(m_root).filePath(QStringLiteral("switchboard.db"));
}

QString AppPaths::mediaCacheDir() const
{
    return QDir(m_root).filePath(QStringLiteral("media"));
}

std::optional<QString> AppPaths::ensureExists() const
{
    if (m_root.isEmpty())
        return tr("The system does not name a folder for application data.");
    for (const QString &dir : {m_root, mediaCacheDir()}) {
        if (!QDir().mkpath(dir))
            return tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir));
    }
    return std::nullopt;
}

} // namespace sb

#include "CtlIo.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace sb::ctl {

std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    QFile file;
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                 : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QCoreApplication::translate("switchboardctl", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

void out(const QString &line)
{
    QTextStream stream(stdout);
    stream << line << '\n';
}

void err(const QString &line)
{
    QTextStream stream(stderr);
    stream << line << '\n';
}

} // namespace sb::ctl

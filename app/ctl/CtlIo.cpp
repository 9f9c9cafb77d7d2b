#include "CtlIo.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
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

void outJson(const QJsonObject &object)
{
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

void outJson(const QJsonArray &array)
{
    out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage, const std::function<bool()> &argumentsOk)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(usage);
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }
    if (argumentsOk && !argumentsOk()) {
        err(usage);
        return Usage;
    }
    return std::nullopt;
}

} // namespace sb::ctl

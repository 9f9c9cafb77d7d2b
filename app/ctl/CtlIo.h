#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace sb::ctl {

// Reads a whole file, or standard input for "-". nullopt (with `error` set) when unreadable.
std::optional<QByteArray> readInput(const QString &path, QString *error);

void out(const QString &line);
void err(const QString &line);
// Indented JSON on stdout.
void outJson(const QJsonObject &object);
void outJson(const QJsonArray &array);

// Parses a command's arguments (--help included). nullopt: go on. Otherwise the exit code to
// return: Ok after printing the help, Usage after printing the parser's error, or `usage` when
// `argumentsOk` rejects what was parsed.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  const QString &usage,
                                  const std::function<bool()> &argumentsOk = {});

} // namespace sb::ctl

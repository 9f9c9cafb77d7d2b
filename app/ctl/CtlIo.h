#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sb::ctl {

// Reads a whole file, or standard input for "-". nullopt (with `error` set) when unreadable.
std::optional<QByteArray> readInput(const QString &path, QString *error);

void out(const QString &line);
void err(const QString &line);

} // namespace sb::ctl

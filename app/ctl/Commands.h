#pragma once

#include <QStringList>

// switchboardctl's commands. Each takes its own arguments (after the command name) and returns
// the process exit code; the codes are documented in docs/switchboardctl.md.
namespace sb::ctl {

enum ExitCode { Ok = 0, Invalid = 1, Unreadable = 2, SignatureRefused = 3, Usage = 64 };

int validateCommand(const QStringList &arguments);
int parseWebhookCommand(const QStringList &arguments);

} // namespace sb::ctl

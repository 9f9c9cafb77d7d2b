#pragma once

#include <QStringList>

// switchboardctl's commands. Each takes its own arguments (after the command name) and returns
// the process exit code; the codes are documented in docs/switchboardctl.md.
namespace sb::ctl {

enum ExitCode {
    Ok = 0,
    Invalid = 1, // invalid message / payload with problems / dispatched messages that failed
    Unreadable = 2, // unreadable input, or the database cannot be opened
    SignatureRefused = 3,
    StoreFailed = 4, // the database opened but refused a read or write
    DispatchStopped = 5, // dispatch ended with messages still queued (paused, long retry)
    Usage = 64,
};

int validateCommand(const QStringList &arguments);
int parseWebhookCommand(const QStringList &arguments);
int ingestCommand(const QStringList &arguments);
int conversationsCommand(const QStringList &arguments);
int sendCommand(const QStringList &arguments);
int dispatchCommand(const QStringList &arguments);
int searchCommand(const QStringList &arguments);
int statusCommand(const QStringList &arguments);

} // namespace sb::ctl

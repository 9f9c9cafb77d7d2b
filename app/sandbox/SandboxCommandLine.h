#pragma once

#include "SandboxConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

struct SandboxCommandLine
{
    std::optional<SandboxConfig> config; // empty: print `message` and exit with `exitCode`
    QString message;
    int exitCode = 0;
};

// switchboard-sandbox --listen 127.0.0.1:PORT --webhook URL (repeatable) --app-secret S
// --access-token T [--seed N] [--scenario demo|empty] [--waba-id W] [--phone-number-id P]
// [--frozen-clock] [--no-customer-replies]. Also the SANDBOX_APP_SECRET and
// SANDBOX_ACCESS_TOKEN environment variables, so secrets need not show in `ps`.
SandboxCommandLine parseSandboxCommandLine(const QStringList &arguments);

} // namespace sb

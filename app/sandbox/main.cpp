// switchboard-sandbox: the Cloud API stand-in as its own process. Everything lives in sb_sandbox;
// this file only turns the command line into a SandboxConfig.
#include "Sandbox.h"
#include "SandboxCommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QTextStream err(stderr);
    const auto parsed = sb::parseSandboxCommandLine(app.arguments());
    if (!parsed.config) {
        err << parsed.message << '\n';
        return parsed.exitCode;
    }
    sb::Sandbox sandbox(*parsed.config);
    const quint16 port = sandbox.listen();
    if (port == 0) {
        err << QCoreApplication::translate("main", "Cannot listen: %1").arg(sandbox.errorString())
            << '\n';
        return 3;
    }
    // The first line tells scripts where to point the client.
    QTextStream out(stdout);
    out << QCoreApplication::translate("main", "switchboard-sandbox listening on %1")
               .arg(sandbox.baseUrl().toString())
        << Qt::endl;
    return QCoreApplication::exec();
}

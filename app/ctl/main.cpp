#include "Commands.h"
#include "CtlIo.h"

#include <QCoreApplication>

#include <functional>
#include <map>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboardctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));

    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("validate"), sb::ctl::validateCommand},
        {QStringLiteral("parse-webhook"), sb::ctl::parseWebhookCommand},
    };

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"--version") {
        sb::ctl::out(QStringLiteral("switchboardctl ") + QCoreApplication::applicationVersion());
        return sb::ctl::Ok;
    }
    const auto found = commands.find(command);
    if (found == commands.end()) {
        sb::ctl::err(QCoreApplication::translate(
            "switchboardctl",
            "usage: switchboardctl COMMAND [options]\n"
            "commands:\n"
            "  validate FILE|- [--json]        check an outbound message against the platform's "
            "rules\n"
            "  parse-webhook FILE|- [--app-secret S --signature H]\n"
            "                                  print a webhook payload's events as JSON lines"));
        return command.isEmpty() || command == u"--help" || command == u"-h" ? sb::ctl::Ok
                                                                             : sb::ctl::Usage;
    }
    // The command's own parser sees "switchboardctl <command> ..." as its program and arguments.
    args.removeAt(1);
    return found->second(args);
}

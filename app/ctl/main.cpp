#include "Commands.h"
#include "CtlIo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboardctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    // Standard output is the command's answer: the libraries' chatter stays out of it unless
    // QT_LOGGING_RULES (which wins over these) asks for it. Warnings still go to stderr.
    QLoggingCategory::setFilterRules(QStringLiteral("sb.*.debug=false\nsb.*.info=false"));

    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("validate"), sb::ctl::validateCommand},
        {QStringLiteral("parse-webhook"), sb::ctl::parseWebhookCommand},
        {QStringLiteral("ingest"), sb::ctl::ingestCommand},
        {QStringLiteral("conversations"), sb::ctl::conversationsCommand},
        {QStringLiteral("send"), sb::ctl::sendCommand},
        {QStringLiteral("dispatch"), sb::ctl::dispatchCommand},
        {QStringLiteral("search"), sb::ctl::searchCommand},
        {QStringLiteral("status"), sb::ctl::statusCommand},
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
            "                                  print a webhook payload's events as JSON lines\n"
            "  ingest FILE|- [--json]          store a webhook payload in the database\n"
            "  conversations [--json]          list conversations with their window and deadline\n"
            "  send --to ID (--text T | --json FILE) [--from PHONE_NUMBER_ID]\n"
            "                                  check a message and queue it in the outbox\n"
            "  dispatch (--once | --follow) [--graph-url URL]\n"
            "                                  send the outbox (token from SB_ACCESS_TOKEN)\n"
            "  search QUERY [--json]           find messages by their words\n"
            "  status [--json]                 numbers, quality, messaging limit, queue depth\n"
            "commands that touch data take --db PATH|postgresql://… (default "
            "$XDG_DATA_HOME/switchboard/switchboard.db); COMMAND --help describes each"));
        return command.isEmpty() || command == u"--help" || command == u"-h" ? sb::ctl::Ok
                                                                             : sb::ctl::Usage;
    }
    // The command's own parser sees "switchboardctl <command> ..." as its program and arguments.
    args.removeAt(1);
    return found->second(args);
}

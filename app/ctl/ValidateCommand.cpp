#include "Commands.h"
#include "CtlIo.h"
#include "MessageJson.h"
#include "Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

// A structural problem found while reading the JSON is reported like a rule violation, so one
// list (and one output format) covers both.
Violation fromIssue(const ParseIssue &issue)
{
    Violation v;
    v.path = issue.path;
    v.rule = QStringLiteral("invalid");
    v.fix = issue.description;
    return v;
}

} // namespace

int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an outbound Cloud API message (the JSON body of POST /messages) against the "
           "platform's rules and prints every violation with its field, rule, limit and fix."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("Message JSON file, or - for stdin."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1) {
        err(parser.errorText().isEmpty() ? tr("usage: switchboardctl validate [--json] FILE|-")
                                         : parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }

    QString error;
    const auto bytes = readInput(parser.positionalArguments().constFirst(), &error);
    if (!bytes) {
        err(error);
        return Unreadable;
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        err(jsonError.error != QJsonParseError::NoError
                ? tr("not JSON: %1 at byte %2").arg(jsonError.errorString()).arg(jsonError.offset)
                : tr("not a JSON object: a message body is an object"));
        return Unreadable;
    }

    const RequestParseResult parsed = fromRequestBody(doc.object());
    QList<Violation> violations;
    for (const ParseIssue &issue : parsed.issues)
        violations.append(fromIssue(issue));
    if (parsed.message)
        violations.append(validate(*parsed.message));
    const bool valid = !hasErrors(violations);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Violation &v : std::as_const(violations))
            list.append(toJson(v));
        const QJsonObject result{{QStringLiteral("valid"), valid},
                                 {QStringLiteral("violations"), list}};
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
    } else if (violations.isEmpty()) {
        out(tr("valid"));
    } else {
        out(toText(violations));
    }
    return valid ? Ok : Invalid;
}

} // namespace sb::ctl

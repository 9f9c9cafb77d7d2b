#include "Commands.h"
#include "CtlIo.h"
#include "WebhookEventJson.h"
#include "WebhookParser.h"
#include "WebhookReceiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

} // namespace

int parseWebhookCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Parses a webhook payload and prints the normalised events, one JSON object per line. "
           "With --app-secret the X-Hub-Signature-256 value must match, as the receiver demands."));
    const QCommandLineOption secret(QStringLiteral("app-secret"),
                                    tr("App secret to check the signature with."),
                                    QStringLiteral("secret"));
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       tr("The X-Hub-Signature-256 header value (sha256=...)."),
                                       QStringLiteral("header"));
    parser.addOption(secret);
    parser.addOption(signature);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("Payload file, or - for stdin."));
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 1
        || parser.isSet(secret) != parser.isSet(signature)) {
        err(!parser.errorText().isEmpty()
                ? parser.errorText()
                : tr("usage: switchboardctl parse-webhook FILE|- [--app-secret S --signature "
                     "HEADER] (the secret and the signature go together)"));
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return Ok;
    }

    QString error;
    const auto raw = readInput(parser.positionalArguments().constFirst(), &error);
    if (!raw) {
        err(error);
        return Unreadable;
    }
    // Like the receiver: the signature is checked on the raw bytes before anything is parsed.
    if (parser.isSet(secret)
        && !WebhookReceiver::isSignatureValid(parser.value(signature).toUtf8(), *raw,
                                              parser.value(secret).toUtf8())) {
        err(tr("signature refused: the X-Hub-Signature-256 value does not match this payload "
               "and app secret"));
        return SignatureRefused;
    }

    const WebhookParseResult result = parseWebhook(*raw);
    if (!result.validJson) {
        err(tr("not a webhook payload: the body is not a JSON object"));
        return Unreadable;
    }
    for (const WebhookEvent &event : result.events)
        out(QString::fromUtf8(QJsonDocument(toJson(event)).toJson(QJsonDocument::Compact)));
    for (const ParseProblem &problem : result.problems)
        err(tr("problem: %1: %2").arg(problem.path, problem.description));
    return result.problems.isEmpty() ? Ok : Invalid;
}

} // namespace sb::ctl

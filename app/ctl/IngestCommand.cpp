#include "Commands.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "Ingestor.h"
#include "StoreWebhookSink.h"
#include "WebhookParser.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

QJsonObject toJson(const IngestResult &r)
{
    QJsonArray conversations;
    for (const qint64 id : r.conversationIds)
        conversations.append(id);
    return QJsonObject{{QStringLiteral("inbound_stored"), r.inboundStored},
                       {QStringLiteral("inbound_duplicates"), r.inboundDuplicates},
                       {QStringLiteral("statuses_applied"), r.statusesApplied},
                       {QStringLiteral("statuses_unchanged"), r.statusesUnchanged},
                       {QStringLiteral("statuses_pending"), r.statusesPending},
                       {QStringLiteral("statuses_duplicate"), r.statusesDuplicate},
                       {QStringLiteral("opt_outs"), r.optOuts},
                       {QStringLiteral("preference_updates"), r.preferenceUpdates},
                       {QStringLiteral("template_updates"), r.templateUpdates},
                       {QStringLiteral("health_changes"), r.healthChanges},
                       {QStringLiteral("alerts_raised"), r.alertsRaised},
                       {QStringLiteral("skipped"), r.skipped},
                       {QStringLiteral("conversations"), conversations}};
}

QString toText(const IngestResult &r)
{
    return tr("stored %1 inbound messages (%2 duplicates), %3 statuses applied (%4 unchanged, %5 "
              "waiting for their message, %6 duplicates), %7 opt-outs, %8 template updates, %9 "
              "health changes, %10 alerts, %11 events skipped; %12 conversations changed")
        .arg(r.inboundStored)
        .arg(r.inboundDuplicates)
        .arg(r.statusesApplied)
        .arg(r.statusesUnchanged)
        .arg(r.statusesPending)
        .arg(r.statusesDuplicate)
        .arg(r.optOuts)
        .arg(r.templateUpdates)
        .arg(r.healthChanges)
        .arg(r.alertsRaised)
        .arg(r.skipped)
        .arg(r.conversationIds.size());
}

} // namespace

int ingestCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stores a webhook payload file in the database exactly as the webhook receiver does: "
           "the raw body first, then every event in one transaction. Ingesting the same payload "
           "again changes nothing."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({db, json});
    parser.addPositionalArgument(QStringLiteral("file"), tr("Payload file, or - for stdin."));
    const QString usage = tr("usage: switchboardctl ingest [--db PATH|URL] [--json] FILE|-");
    if (const auto code = parseArguments(parser, arguments, usage,
                                         [&] { return parser.positionalArguments().size() == 1; }))
        return *code;

    QString error;
    const auto raw = readInput(parser.positionalArguments().constFirst(), &error);
    if (!raw) {
        err(error);
        return Unreadable;
    }
    // The receiver never hands a non-object to the store; neither does this.
    const WebhookParseResult parsed = parseWebhook(*raw);
    if (!parsed.validJson) {
        err(tr("not a webhook payload: the body is not a JSON object"));
        return Unreadable;
    }

    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Create);
    if (!database)
        return Unreadable;
    StoreWebhookSink sink(*database);
    std::optional<IngestResult> result;
    QString failure;
    QObject::connect(&sink, &StoreWebhookSink::ingested, &sink,
                     [&result](const IngestResult &r) { result = r; });
    QObject::connect(&sink, &StoreWebhookSink::storeFailed, &sink,
                     [&failure](const QString &message) { failure = message; });
    if (!sink.accept(*raw)) {
        err(tr("the payload was not stored: %1").arg(failure));
        return StoreFailed;
    }

    for (const ParseProblem &problem : parsed.problems)
        err(tr("problem: %1: %2").arg(problem.path, problem.description));
    const bool again = !result; // an identical body was ingested before
    if (parser.isSet(json)) {
        QJsonObject object = toJson(result.value_or(IngestResult{}));
        object.insert(QStringLiteral("already_ingested"), again);
        object.insert(QStringLiteral("problems"), int(parsed.problems.size()));
        outJson(object);
    } else {
        out(again ? tr("already ingested: an identical payload was stored before; nothing changed")
                  : toText(*result));
    }
    return parsed.problems.isEmpty() ? Ok : Invalid;
}

} // namespace sb::ctl

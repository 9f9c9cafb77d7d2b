#include "Commands.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "SearchRepository.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

QString directionName(Direction direction)
{
    return direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

} // namespace

int searchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds messages whose text contains every word of QUERY (the last word may be the "
           "start of a word), newest first. Query syntax characters are just separators."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption conversation(QStringLiteral("conversation"),
                                          tr("Only this conversation."), QStringLiteral("id"));
    const QCommandLineOption number(QStringLiteral("phone-number-id"),
                                    tr("Only this business phone number."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 50)."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({db, json, conversation, number, limit});
    parser.addPositionalArgument(QStringLiteral("query"), tr("The words to find."),
                                 QStringLiteral("QUERY..."));
    const QString usage = tr("usage: switchboardctl search [--db PATH|URL] [--json] "
                             "[--conversation ID] [--phone-number-id ID] [--limit N] QUERY");
    SearchQuery query;
    if (const auto code = parseArguments(parser, arguments, usage, [&] {
            bool limitOk = false;
            query.limit = parser.value(limit).toInt(&limitOk);
            if (parser.isSet(conversation)) {
                bool idOk = false;
                query.conversationId = parser.value(conversation).toLongLong(&idOk);
                if (!idOk)
                    return false;
            }
            query.phoneNumberId = parser.value(number);
            query.text = parser.positionalArguments().join(QLatin1Char(' '));
            return limitOk && query.limit > 0 && !query.text.trimmed().isEmpty();
        }))
        return *code;
    if (SearchRepository::terms(query.text).isEmpty()) {
        err(tr("the query has no words to search for"));
        return Usage;
    }

    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Existing);
    if (!database)
        return Unreadable;
    QList<SearchHit> hits;
    try {
        hits = SearchRepository(*database).search(query);
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot search"), e.error());
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const SearchHit &hit : std::as_const(hits)) {
            list.append(QJsonObject{{QStringLiteral("message_id"), hit.messageId},
                                    {QStringLiteral("conversation_id"), hit.conversationId},
                                    {QStringLiteral("direction"), directionName(hit.direction)},
                                    {QStringLiteral("kind"), hit.kind},
                                    {QStringLiteral("text"), hit.bodyText},
                                    {QStringLiteral("at"), isoTime(hit.createdAt)}});
        }
        outJson(list);
    } else {
        for (const SearchHit &hit : std::as_const(hits)) {
            out(QStringLiteral("%1  %2 #%3 %4  %5")
                    .arg(isoTime(hit.createdAt), directionName(hit.direction))
                    .arg(hit.conversationId)
                    .arg(hit.kind, hit.bodyText));
        }
        if (hits.isEmpty())
            out(tr("no messages found"));
    }
    return Ok;
}

} // namespace sb::ctl

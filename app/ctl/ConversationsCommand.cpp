#include "Commands.h"
#include "ConversationRepository.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "ServiceWindow.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

QString phaseName(WindowPhase phase)
{
    switch (phase) {
    case WindowPhase::Never:
        return QStringLiteral("never");
    case WindowPhase::Open:
        return QStringLiteral("open");
    case WindowPhase::ClosingSoon:
        return QStringLiteral("closing_soon");
    case WindowPhase::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

QString directionName(const std::optional<Direction> &direction)
{
    if (!direction)
        return QString();
    return *direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

QJsonObject toJson(const ConversationRecord &c, const WindowState &window)
{
    QJsonObject windowJson{
        {QStringLiteral("state"), phaseName(window.phase)},
        {QStringLiteral("can_send_free_form"), window.canSendFreeForm()},
        {QStringLiteral("deadline"),
         window.deadline.isValid() ? QJsonValue(isoTime(window.deadline)) : QJsonValue()},
        {QStringLiteral("remaining_seconds"),
         qint64(std::chrono::duration_cast<std::chrono::seconds>(window.remaining).count())},
        {QStringLiteral("free_entry_point"), window.freeEntryPointActive},
    };
    if (window.freeEntryPointUntil)
        windowJson.insert(QStringLiteral("free_entry_point_until"),
                          isoTime(*window.freeEntryPointUntil));
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("phone_number_id"), c.phoneNumberId},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("key"), c.contactKey},
                     {QStringLiteral("name"), c.contactName},
                     {QStringLiteral("wa_id"), c.contactWaId}}},
        {QStringLiteral("window"), windowJson},
        {QStringLiteral("last_message"),
         QJsonObject{{QStringLiteral("at"), isoTime(c.lastMessageAt)},
                     {QStringLiteral("direction"), directionName(c.lastMessageDirection)},
                     {QStringLiteral("kind"), c.lastMessageKind},
                     {QStringLiteral("preview"), c.lastMessagePreview}}},
        {QStringLiteral("needs_reply"), c.needsReply()},
        {QStringLiteral("unread"), c.unreadCount},
        {QStringLiteral("assignee"), c.assignee},
        {QStringLiteral("labels"), QJsonArray::fromStringList(c.labels)},
    };
}

QString toText(const ConversationRecord &c, const WindowState &window)
{
    const QString who = c.contactName.isEmpty()
        ? c.contactWaId
        : (c.contactWaId.isEmpty() ? c.contactName
                                   : QStringLiteral("%1 (%2)").arg(c.contactName, c.contactWaId));
    QString windowText;
    switch (window.phase) {
    case WindowPhase::Never:
        windowText = tr("templates only (the customer never wrote)");
        break;
    case WindowPhase::Open:
    case WindowPhase::ClosingSoon:
        windowText = tr("open %1 until %2")
                         .arg(ServiceWindow::formatRemaining(window), isoTime(window.deadline));
        break;
    case WindowPhase::Closed:
        windowText = tr("templates only, %1 (deadline %2)")
                         .arg(ServiceWindow::formatRemaining(window), isoTime(window.deadline));
        break;
    }
    QString line = QStringLiteral("%1  %2  %3").arg(c.id).arg(who, windowText);
    if (c.unreadCount > 0)
        line += tr("  %1 unread").arg(c.unreadCount);
    if (!c.lastMessagePreview.isEmpty())
        line += QStringLiteral("  \u201c%1\u201d").arg(c.lastMessagePreview.left(60));
    return line;
}

} // namespace

int conversationsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists conversations with their customer-service window: open ones first, the soonest "
           "deadline first, then the rest, most recent first."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("all (default), needs-reply, unread or unassigned."),
                                    QStringLiteral("filter"), QStringLiteral("all"));
    const QCommandLineOption assignee(QStringLiteral("assignee"),
                                      tr("Only conversations assigned to this agent."),
                                      QStringLiteral("agent"));
    const QCommandLineOption number(QStringLiteral("phone-number-id"),
                                    tr("Only this business phone number."), QStringLiteral("id"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many (default 200)."),
                                   QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({db, json, filter, assignee, number, limit});
    const QString usage = tr("usage: switchboardctl conversations [--db PATH|URL] [--json] "
                             "[--filter all|needs-reply|unread|unassigned] [--assignee AGENT] "
                             "[--phone-number-id ID] [--limit N]");
    ConversationQuery query;
    if (const auto code = parseArguments(parser, arguments, usage, [&] {
            bool limitOk = false;
            query.limit = parser.value(limit).toInt(&limitOk);
            const QString f = parser.value(filter);
            if (f == u"needs-reply")
                query.filter = ConversationFilter::NeedsReply;
            else if (f == u"unread")
                query.filter = ConversationFilter::Unread;
            else if (f == u"unassigned")
                query.filter = ConversationFilter::Unassigned;
            else if (f != u"all")
                return false;
            if (parser.isSet(assignee)) {
                if (query.filter != ConversationFilter::All)
                    return false;
                query.filter = ConversationFilter::AssignedTo;
                query.assignee = parser.value(assignee);
            }
            query.phoneNumberId = parser.value(number);
            return limitOk && query.limit > 0 && parser.positionalArguments().isEmpty();
        }))
        return *code;

    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Existing);
    if (!database)
        return Unreadable;
    QList<ConversationRecord> conversations;
    const QDateTime now = database->now();
    try {
        conversations = ConversationRepository(*database).list(query, now);
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot list conversations"), e.error());
    }

    QJsonArray list;
    for (const ConversationRecord &c : std::as_const(conversations)) {
        const WindowState window = ServiceWindow::evaluate(c.window, now);
        if (parser.isSet(json))
            list.append(toJson(c, window));
        else
            out(toText(c, window));
    }
    if (parser.isSet(json))
        outJson(list);
    else if (conversations.isEmpty())
        out(tr("no conversations"));
    return Ok;
}

} // namespace sb::ctl

#include "AlertRepository.h"
#include "Commands.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "MessagingTier.h"
#include "OutboxRepository.h"
#include "PhoneNumberRepository.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? tr("unknown") : value;
}

struct NumberStatus
{
    PhoneNumberRecord number;
    OutboxCounts queue;
};

QJsonObject toJson(const NumberStatus &s)
{
    QJsonObject states;
    for (const OutboxState state :
         {OutboxState::Queued, OutboxState::Sending, OutboxState::Accepted, OutboxState::Unknown,
          OutboxState::Failed, OutboxState::Cancelled})
        states.insert(outboxStateName(state), s.queue.of(state));
    const PhoneNumberRecord &n = s.number;
    return QJsonObject{{QStringLiteral("phone_number_id"), n.phoneNumberId},
                       {QStringLiteral("display_phone_number"), n.displayPhoneNumber},
                       {QStringLiteral("verified_name"), n.verifiedName},
                       {QStringLiteral("waba_id"), n.wabaId},
                       {QStringLiteral("quality_rating"), n.qualityRating},
                       {QStringLiteral("messaging_tier"), n.messagingTier},
                       {QStringLiteral("throughput_level"), n.throughputLevel},
                       {QStringLiteral("status"), n.status},
                       {QStringLiteral("queue_depth"), s.queue.depth()},
                       {QStringLiteral("outbox"), states}};
}

QString toText(const NumberStatus &s)
{
    const PhoneNumberRecord &n = s.number;
    const QString name =
        n.verifiedName.isEmpty() ? QString() : QStringLiteral(" ") + n.verifiedName;
    const QString tier = n.messagingTier.isEmpty()
        ? tr("unknown")
        : messagingTierDisplayName(messagingTierFromString(n.messagingTier));
    return tr("%1 %2%3\n  quality %4, messaging limit %5, throughput %6, status %7\n"
              "  queue depth %8 (%9 queued, %10 sending); %11 unknown outcome, %12 failed")
        .arg(orUnknown(n.phoneNumberId), n.displayPhoneNumber, name, orUnknown(n.qualityRating),
             tier, orUnknown(n.throughputLevel), orUnknown(n.status))
        .arg(s.queue.depth())
        .arg(s.queue.of(OutboxState::Queued))
        .arg(s.queue.of(OutboxState::Sending))
        .arg(s.queue.of(OutboxState::Unknown))
        .arg(s.queue.of(OutboxState::Failed));
}

} // namespace

int statusCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints each business phone number with its quality rating, messaging limit, "
           "throughput, status and outbox queue, and the open alerts."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({db, json});
    const QString usage = tr("usage: switchboardctl status [--db PATH|URL] [--json]");
    if (const auto code = parseArguments(parser, arguments, usage,
                                         [&] { return parser.positionalArguments().isEmpty(); }))
        return *code;

    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Existing);
    if (!database)
        return Unreadable;
    QList<NumberStatus> numbers;
    QList<AlertRecord> alerts;
    try {
        OutboxRepository outbox(*database);
        const QList<PhoneNumberRecord> records = PhoneNumberRepository(*database).list();
        for (const PhoneNumberRecord &record : records) {
            NumberStatus status{record, {}};
            if (!record.phoneNumberId.isEmpty())
                status.queue = outbox.counts(record.phoneNumberId);
            numbers.append(status);
        }
        alerts = AlertRepository(*database).listOpen();
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot read the status"), e.error());
    }

    if (parser.isSet(json)) {
        QJsonArray numberList;
        for (const NumberStatus &s : std::as_const(numbers))
            numberList.append(toJson(s));
        QJsonArray alertList;
        for (const AlertRecord &a : std::as_const(alerts)) {
            alertList.append(
                QJsonObject{{QStringLiteral("id"), a.id},
                            {QStringLiteral("kind"), a.kind},
                            {QStringLiteral("severity"), alertSeverityName(a.severity)},
                            {QStringLiteral("subject"), a.subject},
                            {QStringLiteral("title"), a.title},
                            {QStringLiteral("text"), a.text},
                            {QStringLiteral("raised_at"), isoTime(a.lastRaisedAt)},
                            {QStringLiteral("occurrences"), a.occurrences}});
        }
        outJson(QJsonObject{{QStringLiteral("phone_numbers"), numberList},
                            {QStringLiteral("open_alerts"), alertList}});
        return Ok;
    }
    if (numbers.isEmpty())
        out(tr("no business phone numbers yet"));
    for (const NumberStatus &s : std::as_const(numbers))
        out(toText(s));
    if (!alerts.isEmpty())
        out(tr("open alerts:"));
    for (const AlertRecord &a : std::as_const(alerts)) {
        out(QStringLiteral("  [%1] %2: %3")
                .arg(alertSeverityName(a.severity), a.title, a.text.simplified()));
    }
    return Ok;
}

} // namespace sb::ctl

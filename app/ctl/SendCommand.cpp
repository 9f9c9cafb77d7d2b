#include "Clock.h"
#include "Commands.h"
#include "ContactKey.h"
#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "CtlDatabase.h"
#include "CtlIo.h"
#include "E164.h"
#include "MessageJson.h"
#include "Outbox.h"
#include "PhoneNumberRepository.h"
#include "SendClassification.h"
#include "ServiceWindow.h"
#include "StoreError.h"
#include "TemplateRepository.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sb::ctl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboardctl", text);
}

Violation refusal(const QString &path, const QString &fix)
{
    Violation v;
    v.path = path;
    v.rule = QStringLiteral("not_allowed");
    v.fix = fix;
    return v;
}

// The message from --text or --json FILE. nullopt with the exit code in `code` when unusable.
std::optional<Message> readMessage(const QCommandLineParser &parser, const QString &to,
                                   const QCommandLineOption &text, const QCommandLineOption &json,
                                   int *code)
{
    if (parser.isSet(text))
        return makeText(to, parser.value(text));
    QString error;
    const auto bytes = readInput(parser.value(json), &error);
    if (!bytes) {
        err(error);
        *code = Unreadable;
        return std::nullopt;
    }
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        err(jsonError.error != QJsonParseError::NoError
                ? tr("not JSON: %1 at byte %2").arg(jsonError.errorString()).arg(jsonError.offset)
                : tr("not a JSON object: a message body is an object"));
        *code = Unreadable;
        return std::nullopt;
    }
    QJsonObject body = doc.object();
    body.insert(QStringLiteral("to"), to); // --to decides, whatever the file says
    if (!body.contains(u"messaging_product"))
        body.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    const RequestParseResult parsed = fromRequestBody(body);
    if (!parsed.message || !parsed.issues.isEmpty()) {
        err(tr("refused: the message cannot be read:"));
        for (const ParseIssue &issue : parsed.issues)
            err(QStringLiteral("%1: %2").arg(issue.path, issue.description));
        *code = Invalid;
        return std::nullopt;
    }
    return parsed.message;
}

// The business number to send from: --from, else the only one the database knows.
QString senderNumber(Database &db, const QCommandLineParser &parser, const QCommandLineOption &from)
{
    if (parser.isSet(from))
        return parser.value(from).trimmed();
    QStringList known;
    for (const PhoneNumberRecord &n : PhoneNumberRepository(db).list()) {
        if (!n.phoneNumberId.isEmpty())
            known.append(n.phoneNumberId);
    }
    if (known.size() == 1)
        return known.constFirst();
    err(known.isEmpty()
            ? tr("no business phone number is known yet: name the sending number with --from "
                 "PHONE_NUMBER_ID")
            : tr("several business phone numbers are known (%1): choose one with --from")
                  .arg(known.join(QStringLiteral(", "))));
    return QString();
}

ContactIdentity identityOf(const QString &to)
{
    ContactIdentity identity;
    const QString recipient = to.trimmed();
    if (isBsuid(recipient)) {
        identity.userId = recipient;
    } else if (const E164Result phone = normalizeE164(recipient); phone.ok()) {
        identity.phone = *phone.e164;
        identity.waId = waIdFromE164(*phone.e164);
    }
    return identity;
}

} // namespace

int sendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Queues a message in the outbox after the same checks the composer makes: the "
           "platform's limits, the customer-service window and opt-outs. `dispatch` sends it."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The recipient: a phone number (E.164) or a BSUID."),
                                QStringLiteral("id"));
    const QCommandLineOption text(QStringLiteral("text"), tr("Send this text."),
                                  QStringLiteral("text"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Send the message in this file (a POST /messages body; its "
                                     "`to` is replaced by --to), or - for stdin."),
                                  QStringLiteral("file"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("The sending business phone number id (default: the only one known)."),
        QStringLiteral("phone-number-id"));
    parser.addOptions({db, to, text, json, from});
    const QString usage = tr("usage: switchboardctl send [--db PATH|URL] --to ID (--text TEXT | "
                             "--json FILE) [--from PHONE_NUMBER_ID]");
    if (const auto code = parseArguments(parser, arguments, usage, [&] {
            return parser.isSet(to) && !parser.value(to).trimmed().isEmpty()
                && parser.isSet(text) != parser.isSet(json)
                && parser.positionalArguments().isEmpty();
        }))
        return *code;

    const QString recipient = parser.value(to).trimmed();
    int code = Ok;
    const std::optional<Message> message = readMessage(parser, recipient, text, json, &code);
    if (!message)
        return code;
    const std::unique_ptr<Database> database = openDatabase(parser, db, OpenMode::Create);
    if (!database)
        return Unreadable;
    SystemClock clock;
    const QDateTime now = clock.now();

    OutboundMessage outbound;
    outbound.message = *message;
    QList<Violation> refusals;
    try {
        outbound.phoneNumberId = senderNumber(*database, parser, from);
        if (outbound.phoneNumberId.isEmpty())
            return Usage;
        const std::optional<PhoneNumberRecord> number =
            PhoneNumberRepository(*database).findByPhoneNumberId(outbound.phoneNumberId);
        const std::optional<ContactRecord> contact =
            ContactRepository(*database).findByIdentity(identityOf(recipient));
        std::optional<ConversationRecord> conversation;
        if (contact)
            conversation =
                ConversationRepository(*database).find(contact->id, outbound.phoneNumberId);
        const WindowState window =
            ServiceWindow::evaluate(conversation ? conversation->window : WindowInputs{}, now);
        if (conversation)
            outbound.conversationId = conversation->id;

        if (const auto *tmpl = message->as<TemplateContent>(); tmpl && number) {
            if (const auto known = TemplateRepository(*database).find(number->wabaId, tmpl->name,
                                                                      tmpl->languageCode)) {
                outbound.templateCategory = known->definition.category;
                if (known->definition.status != TemplateStatus::Approved) {
                    refusals.append(refusal(
                        QStringLiteral("template.name"),
                        tr("The template is %1, not approved: the platform refuses it (132001).")
                            .arg(templateStatusWireName(known->definition.status))));
                }
            }
        }
        const SendClassification classification =
            classifySend(message->kind, outbound.templateCategory, window.canSendFreeForm(),
                         window.freeEntryPointActive, now.date());
        if (!classification.allowed)
            refusals.append(refusal(QStringLiteral("type"), classification.explanation));
        outbound.businessInitiated =
            message->kind == MessageKind::Template && !window.canSendFreeForm();
        if (contact && contact->isOptedOut()) {
            refusals.append(
                refusal(QStringLiteral("to"),
                        tr("The customer opted out (%1); record their opt-in before "
                           "writing to them again.")
                            .arg(contact->optOutDetail.isEmpty() ? contact->optOutMethod
                                                                 : contact->optOutDetail)));
        } else if (contact && contact->marketingStopped()
                   && outbound.templateCategory == TemplateCategory::Marketing) {
            refusals.append(refusal(QStringLiteral("to"),
                                    tr("The customer stopped marketing messages in WhatsApp; "
                                       "the platform refuses them (131050).")));
        }
    } catch (const StoreException &e) {
        return storeFailure(tr("cannot check the recipient"), e.error());
    }

    Outbox outbox(*database, clock);
    EnqueueResult result;
    if (refusals.isEmpty())
        result = outbox.enqueue(outbound);
    else
        result.violations = refusals + validate(outbound.message);
    switch (result.status) {
    case EnqueueResult::Status::Queued:
        for (const Violation &warning : std::as_const(result.violations))
            err(toText(warning));
        out(tr("queued %1 from %2 to %3").arg(result.localId, outbound.phoneNumberId, recipient));
        return Ok;
    case EnqueueResult::Status::Refused:
        err(tr("refused: nothing was queued"));
        err(toText(result.violations));
        return Invalid;
    case EnqueueResult::Status::StorageFailed:
    case EnqueueResult::Status::NotRetryable:
        err(tr("not queued: %1").arg(result.error));
        return StoreFailed;
    }
    return StoreFailed;
}

} // namespace sb::ctl

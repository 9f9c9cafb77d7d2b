#include "WebhookParser.h"

#include "Logging.h"
#include "MessageJson.h"
#include "WebhookParserDetail.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sb {

namespace webhook {

QDateTime unixTime(const JsonCursor &object, QStringView key, Need need)
{
    const auto seconds = object.integer(key, need);
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
}

QList<WebhookError> errorsFromJson(const JsonCursor &parent, QStringView key)
{
    QList<WebhookError> errors;
    for (const auto &e : parent.objects(key)) {
        errors.append({static_cast<int>(e.integer(u"code", Need::Required).value_or(0)),
                       e.string(u"title"), e.string(u"message"),
                       e.object(u"error_data").string(u"details"), e.string(u"href")});
    }
    return errors;
}

WebhookContact contactFromJson(const JsonCursor &contact)
{
    const JsonCursor profile = contact.object(u"profile");
    return {profile.string(u"name"),     contact.stringOrNumber(u"wa_id"),
            contact.string(u"user_id"),  contact.string(u"parent_user_id"),
            profile.string(u"username"), contact.string(u"identity_key_hash")};
}

TemplateRef templateRefFromJson(const JsonCursor &value)
{
    return {value.stringOrNumber(u"message_template_id"), value.string(u"message_template_name"),
            value.string(u"message_template_language")};
}

} // namespace webhook

namespace {

using namespace webhook;

// The customer's entry in contacts[]: by wa_id or BSUID, else the only one there is.
WebhookContact contactFor(const Message &m, const QList<WebhookContact> &contacts)
{
    for (const auto &c : contacts) {
        if ((!c.waId.isEmpty() && c.waId == m.from)
            || (!c.userId.isEmpty() && c.userId == m.fromUserId)) {
            return c;
        }
    }
    // `from` is the phone as the business knows it and may differ from wa_id (spec §5.3).
    if (contacts.size() == 1 && m.kind != MessageKind::System)
        return contacts.first();
    return {};
}

StatusEvent statusFromJson(const JsonCursor &s, const WebhookOrigin &origin)
{
    StatusEvent e;
    e.origin = origin;
    e.messageId = s.string(u"id", Need::Required);
    e.status = s.string(u"status", Need::Required);
    e.state = deliveryStateFromWire(e.status);
    if (!e.status.isEmpty() && !e.state)
        s.report(u"status",
                 QCoreApplication::translate("sb::WebhookParser",
                                             "Unknown status \"%1\"; the event is kept as is.")
                     .arg(e.status));
    e.timestamp = unixTime(s, u"timestamp", Need::Required);
    e.recipientId = s.stringOrNumber(u"recipient_id");
    e.recipientUserId = s.string(u"recipient_user_id");
    e.recipientParentUserId = s.string(u"recipient_parent_user_id");
    e.recipientType = s.string(u"recipient_type");
    e.recipientParticipantId = s.stringOrNumber(u"recipient_participant_id");
    e.recipientIdentityKeyHash = s.string(u"recipient_identity_key_hash");
    e.bizOpaqueCallbackData = s.string(u"biz_opaque_callback_data");
    const JsonCursor conversation = s.object(u"conversation");
    if (conversation.isValid()) {
        e.conversation = StatusConversation{conversation.string(u"id"),
                                            unixTime(conversation, u"expiration_timestamp"),
                                            conversation.object(u"origin").string(u"type")};
    }
    const JsonCursor pricing = s.object(u"pricing");
    if (pricing.isValid()) {
        e.pricing =
            StatusPricing{pricing.optionalBoolean(u"billable"), pricing.string(u"pricing_model"),
                          pricing.string(u"type"), pricing.string(u"category")};
    }
    e.errors = errorsFromJson(s, u"errors");
    return e;
}

void parseMessagesChange(const JsonCursor &value, const WebhookOrigin &origin,
                         QList<WebhookEvent> &events)
{
    QList<WebhookContact> contacts;
    for (const auto &c : value.objects(u"contacts"))
        contacts.append(contactFromJson(c));

    const auto messages = value.objects(u"messages");
    for (const auto &m : messages) {
        QList<ParseIssue> local;
        InboundMessageEvent e;
        e.origin = origin;
        e.message = fromInboundMessage(m.json(), &local);
        e.contact = contactFor(e.message, contacts);
        e.fromParentUserId = m.string(u"from_parent_user_id");
        if (QList<ParseIssue> *sink = value.issues()) {
            for (const auto &issue : local) {
                sink->append({issue.path.isEmpty() ? m.path() : m.path() + u'.' + issue.path,
                              issue.description});
            }
        }
        events.append(std::move(e));
    }
    const auto statuses = value.objects(u"statuses");
    for (const auto &s : statuses)
        events.append(statusFromJson(s, origin));

    const QList<WebhookError> errors = errorsFromJson(value, u"errors");
    if (!errors.isEmpty())
        events.append(SystemErrorEvent{origin, errors});
    if (messages.isEmpty() && statuses.isEmpty() && errors.isEmpty()) {
        value.reportHere(QCoreApplication::translate(
            "sb::WebhookParser", "A \"messages\" change carries no messages, statuses or errors."));
    }
}

class Parser
{
public:
    WebhookParseResult result;

    void parse(const QJsonObject &payload)
    {
        result.validJson = true;
        const JsonCursor root(payload, QString(), &result.problems);
        const QString object = root.string(u"object", Need::Required);
        if (!object.isEmpty() && object != u"whatsapp_business_account") {
            root.report(
                u"object",
                QCoreApplication::translate(
                    "sb::WebhookParser",
                    "Expected \"whatsapp_business_account\" but found \"%1\"; parsed anyway.")
                    .arg(object));
        }
        for (const auto &entry : root.objects(u"entry", Need::Required))
            parseEntry(entry);
    }

private:
    void parseEntry(const JsonCursor &entry)
    {
        WebhookOrigin base;
        base.wabaId = entry.stringOrNumber(u"id", Need::Required);
        base.entryTime = unixTime(entry, u"time");
        for (const auto &change : entry.objects(u"changes", Need::Required))
            parseChange(change, base);
    }

    void parseChange(const JsonCursor &change, WebhookOrigin origin)
    {
        origin.field = change.string(u"field", Need::Required);
        if (origin.field.isEmpty())
            return;
        const QJsonValue raw = change.value(u"value");
        if (raw.isObject()) {
            origin.value = raw.toObject();
            const JsonCursor metadata =
                JsonCursor(origin.value, change.pathOf(u"value"), &result.problems)
                    .object(u"metadata");
            origin.phoneNumberId = metadata.stringOrNumber(u"phone_number_id");
            origin.displayPhoneNumber = metadata.stringOrNumber(u"display_phone_number");
        }
        const bool modelled = origin.field == u"messages" || isManagementField(origin.field);
        if (!modelled) {
            result.events.append(UnknownFieldEvent{origin, origin.field, raw});
            return;
        }
        const JsonCursor value = change.object(u"value", Need::Required);
        if (!value.isValid())
            return;
        if (origin.field == u"messages")
            parseMessagesChange(value, origin, result.events);
        else
            parseManagementChange(origin.field, value, origin, result.events);
    }
};

} // namespace

WebhookParseResult parseWebhook(const QJsonObject &payload)
{
    Parser parser;
    parser.parse(payload);
    return std::move(parser.result);
}

WebhookParseResult parseWebhook(const QByteArray &rawBody)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(rawBody, &error);
    if (error.error != QJsonParseError::NoError) {
        WebhookParseResult result;
        result.problems.append(
            {QString(),
             QCoreApplication::translate("sb::WebhookParser",
                                         "The body is not valid JSON: %1 (at byte %2).")
                 .arg(error.errorString())
                 .arg(error.offset)});
        qCWarning(lcCloudApi) << "Webhook body is not JSON:" << error.errorString();
        return result;
    }
    if (!document.isObject()) {
        WebhookParseResult result;
        result.problems.append({QString(),
                                QCoreApplication::translate(
                                    "sb::WebhookParser", "The body is JSON but not an object.")});
        return result;
    }
    return parseWebhook(document.object());
}

} // namespace sb

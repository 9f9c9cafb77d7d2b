#include "WebhookParser.h"
#include "WebhookSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

using samples::only;
using samples::problemPaths;
using samples::utc;

class TestWebhookParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundMessageWithContact();
    void bsuidContactJoin();
    void contactFallbackWhenFromDiffers();
    void unknownMessageTypeIsUnsupported();
    void statusSentWithPricing();
    void statusFailedWithErrors();
    void statusBsuidAndGroup();
    void unknownStatusIsKept();
    void systemErrors();
    void batchOrder();
    void duplicatesReturned();
    void problemsDoNotAbortBatch();
    void notJson();
    void wrongObjectStillParsed();
    void hugeBatch();
};

void TestWebhookParser::inboundMessageWithContact()
{
    const auto e = only<InboundMessageEvent>(samples::single("messages", samples::kInboundText));
    QCOMPARE(e.origin.wabaId, u"102290129340398"_s);
    QCOMPARE(e.origin.entryTime, utc(1750030073));
    QCOMPARE(e.origin.field, u"messages"_s);
    QCOMPARE(e.origin.phoneNumberId, u"106540352242922"_s);
    QCOMPARE(e.origin.displayPhoneNumber, u"15550783881"_s);
    QCOMPARE(e.origin.value, QJsonDocument::fromJson(samples::kInboundText).object());
    QCOMPARE(e.contact.profileName, u"Sheena Nelson"_s);
    QCOMPARE(e.contact.waId, u"16505551234"_s);
    QCOMPARE(e.message.kind, MessageKind::Text);
    QCOMPARE(e.message.direction, Direction::Inbound);
    QCOMPARE(e.message.as<TextContent>()->body, u"Does it come in another color?"_s);
    QCOMPARE(e.message.platformId, u"wamid.HBgLMTY1MDU1NTEyMzQ"_s);
    QCOMPARE(e.message.from, u"16505551234"_s);
    QCOMPARE(e.message.timestamp, utc(1749416383));
}

void TestWebhookParser::bsuidContactJoin()
{
    const auto e = only<InboundMessageEvent>(samples::single("messages", samples::kInboundBsuid));
    QVERIFY(e.message.from.isEmpty());
    QCOMPARE(e.message.fromUserId, u"US.13491208655302741918"_s);
    QCOMPARE(e.fromParentUserId, u"US.ENT.11815799212886844830"_s);
    QCOMPARE(e.contact.profileName, u"Ana"_s); // the second contact, joined by user_id
    QCOMPARE(e.contact.userId, u"US.13491208655302741918"_s);
    QCOMPARE(e.contact.parentUserId, u"US.ENT.11815799212886844830"_s);
    QCOMPARE(e.contact.username, u"@ana"_s);
    QCOMPARE(e.contact.identityKeyHash, u"DF2lS5v2W6x="_s);
    QVERIFY(e.contact.waId.isEmpty());
    QCOMPARE(e.message.kind, MessageKind::Image);
    QCOMPARE(e.message.as<MediaContent>()->url, u"https://lookaside.fbsbx.com/x"_s);
}

void TestWebhookParser::contactFallbackWhenFromDiffers()
{
    // `from` is the phone as the business typed it; wa_id is WhatsApp's id (spec §5.3).
    const QByteArray value = R"({"contacts":[{"profile":{"name":"Bo"},"wa_id":"5215512345678"}],
        "messages":[{"from":"525512345678","id":"wamid.M","timestamp":"1","type":"text","text":{"body":"x"}}]})";
    const auto e = only<InboundMessageEvent>(samples::single("messages", value));
    QCOMPARE(e.contact.waId, u"5215512345678"_s);
    QCOMPARE(e.contact.profileName, u"Bo"_s);

    // Two contacts and two messages: each message gets its own sender.
    const QByteArray two =
        R"({"contacts":[{"profile":{"name":"A"},"wa_id":"1"},{"profile":{"name":"B"},"wa_id":"2"}],
        "messages":[{"from":"2","id":"m1","timestamp":"1","type":"text","text":{"body":"x"}},
                    {"from":"1","id":"m2","timestamp":"1","type":"text","text":{"body":"y"}},
                    {"from":"3","id":"m3","timestamp":"1","type":"text","text":{"body":"z"}}]})";
    const auto result = parseWebhook(samples::single("messages", two));
    QCOMPARE(result.events.size(), 3);
    QCOMPARE(std::get<InboundMessageEvent>(result.events[0]).contact.profileName, u"B"_s);
    QCOMPARE(std::get<InboundMessageEvent>(result.events[1]).contact.profileName, u"A"_s);
    QCOMPARE(std::get<InboundMessageEvent>(result.events[2]).contact, WebhookContact{});
}

void TestWebhookParser::unknownMessageTypeIsUnsupported()
{
    const QByteArray value = R"({"contacts":[{"profile":{"name":"A"},"wa_id":"1"}],
        "messages":[{"from":"1","id":"wamid.P","timestamp":"1","type":"poll_creation","poll_creation":{"q":"?"}},
                    {"from":"1","id":"wamid.E","timestamp":"2","type":"unsupported","unsupported":{"type":"edit"},
                     "errors":[{"code":131051,"title":"Message type unknown"}]}]})";
    const auto result = parseWebhook(samples::single("messages", value));
    QVERIFY(result.isClean());
    QCOMPARE(result.events.size(), 2);
    const auto &poll = std::get<InboundMessageEvent>(result.events[0]).message;
    QCOMPARE(poll.kind, MessageKind::Unsupported);
    QCOMPARE(poll.as<UnsupportedContent>()->originalType, u"poll_creation"_s);
    QVERIFY(poll.as<UnsupportedContent>()->rawJson.contains(u"poll_creation"));
    QCOMPARE(poll.platformId, u"wamid.P"_s);
    const auto &edit = std::get<InboundMessageEvent>(result.events[1]).message;
    QCOMPARE(edit.as<UnsupportedContent>()->originalType, u"edit"_s);
    QCOMPARE(edit.as<UnsupportedContent>()->errorCode, 131051);
}

void TestWebhookParser::statusSentWithPricing()
{
    const auto s = only<StatusEvent>(samples::single("messages", samples::kStatusSent));
    QCOMPARE(s.messageId, u"wamid.HBgL.SENT"_s);
    QCOMPARE(s.status, u"sent"_s);
    QCOMPARE(s.state, std::optional(DeliveryState::Sent));
    QCOMPARE(s.timestamp, utc(1750030073));
    QCOMPARE(s.recipientId, u"16505551234"_s);
    QCOMPARE(s.bizOpaqueCallbackData, u"order-42"_s);
    QVERIFY(s.conversation);
    QCOMPARE(s.conversation->id, u"72b14d6b5a1b2c3d"_s);
    QCOMPARE(s.conversation->expiration, utc(1750116480));
    QCOMPARE(s.conversation->originType, u"marketing"_s);
    QVERIFY(s.pricing);
    QCOMPARE(s.pricing->billable, std::optional(true));
    QCOMPARE(s.pricing->pricingModel, u"PMP"_s);
    QCOMPARE(s.pricing->type, u"regular"_s);
    QCOMPARE(s.pricing->category, u"marketing"_s);
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.origin.phoneNumberId, u"106540352242922"_s);
}

void TestWebhookParser::statusFailedWithErrors()
{
    const auto s = only<StatusEvent>(samples::single("messages", samples::kStatusFailed));
    QCOMPARE(s.state, std::optional(DeliveryState::Failed));
    QVERIFY(!s.conversation);
    QVERIFY(!s.pricing);
    QCOMPARE(s.errors.size(), 1);
    const WebhookError &e = s.errors.first();
    QCOMPARE(e.code, 131049);
    QCOMPARE(e.title,
             u"This message was not delivered to maintain healthy ecosystem engagement."_s);
    QCOMPARE(e.message, e.title);
    QVERIFY(e.details.startsWith(u"In order to maintain"));
    QCOMPARE(e.href, u"/documentation/business-messaging/whatsapp/support/error-codes"_s);
    QCOMPARE(e.toStatusError(), (StatusError{131049, e.title, e.details}));
}

void TestWebhookParser::statusBsuidAndGroup()
{
    const auto s = only<StatusEvent>(samples::single("messages", samples::kStatusBsuidGroup));
    QCOMPARE(s.state, std::optional(DeliveryState::Played));
    QVERIFY(s.recipientId.isEmpty());
    QCOMPARE(s.recipientUserId, u"US.13491208655302741918"_s);
    QCOMPARE(s.recipientParentUserId, u"US.ENT.11815799212886844830"_s);
    QCOMPARE(s.recipientType, u"group"_s);
    QCOMPARE(s.recipientParticipantId, u"16505550000"_s);
    QCOMPARE(s.recipientIdentityKeyHash, u"k1="_s);
    QCOMPARE(s.pricing->billable, std::nullopt);
    QCOMPARE(s.pricing->type, u"free_customer_service"_s);
}

void TestWebhookParser::unknownStatusIsKept()
{
    const QByteArray value =
        R"({"statuses":[{"id":"wamid.D","status":"deleted","timestamp":"5","recipient_id":"1"}]})";
    WebhookParseResult result;
    const auto s = only<StatusEvent>(samples::single("messages", value), &result);
    QCOMPARE(s.status, u"deleted"_s);
    QCOMPARE(s.state, std::nullopt);
    QCOMPARE(problemPaths(result), QStringList{u"entry[0].changes[0].value.statuses[0].status"_s});
}

void TestWebhookParser::systemErrors()
{
    const auto e = only<SystemErrorEvent>(samples::single("messages", samples::kSystemErrors));
    QCOMPARE(e.errors.size(), 1);
    QCOMPARE(e.errors[0].code, 130429);
    QCOMPARE(e.errors[0].title, u"Rate limit hit"_s);
    QCOMPARE(e.errors[0].details, u"Cloud API message throughput has been reached."_s);
    QCOMPARE(e.origin.phoneNumberId, u"106540352242922"_s);
}

void TestWebhookParser::batchOrder()
{
    const WebhookParseResult result = parseWebhook(samples::richPayload());
    for (const auto &p : result.problems)
        qWarning("problem at %s: %s", qPrintable(p.path), qPrintable(p.description));
    QVERIFY(result.isClean());
    const QList<std::size_t> expected{
        0, 1, 0, // entry 0: text, sent status, BSUID image
        1, 1, 2, // entry 1: failed, played, system errors
        3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, // entry 2: management fields and an unknown one
    };
    QList<std::size_t> got;
    for (const auto &e : result.events)
        got.append(e.index());
    QCOMPARE(got, expected);
    QCOMPARE(std::get<StatusEvent>(result.events[3]).origin.wabaId, u"102290129340399"_s);
    QCOMPARE(std::get<InboundMessageEvent>(result.events[2]).message.platformId, u"wamid.BSUID1"_s);
    QCOMPARE(std::get<UnknownFieldEvent>(result.events.last()).field, u"calls"_s);
}

void TestWebhookParser::duplicatesReturned()
{
    const QByteArray body =
        samples::payload({samples::entry({samples::change("messages", samples::kStatusSent),
                                          samples::change("messages", samples::kStatusSent)}),
                          samples::entry({samples::change("messages", samples::kInboundText)}),
                          samples::entry({samples::change("messages", samples::kInboundText)})});
    const WebhookParseResult result = parseWebhook(body);
    QCOMPARE(result.events.size(), 4);
    QCOMPARE(result.events[0], result.events[1]);
    QCOMPARE(result.events[2], result.events[3]);
}

void TestWebhookParser::problemsDoNotAbortBatch()
{
    const QByteArray body = samples::payload({
        samples::entry({samples::change("messages", R"({"messages":["not an object",
            {"from":"1","id":"wamid.OK","timestamp":"1","type":"text","text":{"body":"fine"}},
            {"from":"1","id":"wamid.BAD","timestamp":"later","type":"text","text":7}]})"),
                        samples::change("account_update", R"("not an object")"),
                        R"({"field":42,"value":{}})", R"("not a change")",
                        samples::change("messages", samples::kStatusSent)}),
        R"(["not an entry"])",
        R"({"id":"1","changes":"nope"})",
        samples::entry(
            {samples::change("messages",
                             R"({"statuses":[{"id":"wamid.S","status":"read","timestamp":{}}]})"),
             samples::change("messages", R"({"messaging_product":"whatsapp"})")}),
    });
    const WebhookParseResult result = parseWebhook(body);
    QVERIFY(result.validJson);
    QCOMPARE(result.events.size(), 4);
    const auto &ok = std::get<InboundMessageEvent>(result.events[0]).message;
    QCOMPARE(ok.platformId, u"wamid.OK"_s);
    QCOMPARE(ok.kind, MessageKind::Text);
    const auto &bad = std::get<InboundMessageEvent>(result.events[1]).message;
    QCOMPARE(bad.kind, MessageKind::Unsupported); // kept, with why
    QCOMPARE(bad.platformId, u"wamid.BAD"_s);
    QVERIFY(std::holds_alternative<StatusEvent>(result.events[2]));
    const auto &read = std::get<StatusEvent>(result.events[3]);
    QCOMPARE(read.state, std::optional(DeliveryState::Read));
    QVERIFY(!read.timestamp.isValid());

    const QStringList paths = problemPaths(result);
    for (const QString &expected : {
             u"entry[0].changes[0].value.messages[0]"_s,
             u"entry[0].changes[0].value.messages[2].timestamp"_s,
             u"entry[0].changes[0].value.messages[2].text"_s,
             u"entry[0].changes[1].value"_s,
             u"entry[0].changes[2].field"_s,
             u"entry[0].changes[3]"_s,
             u"entry[1]"_s,
             u"entry[2].changes"_s,
             u"entry[3].changes[0].value.statuses[0].timestamp"_s,
             u"entry[3].changes[1].value"_s,
         }) {
        QVERIFY2(paths.contains(expected),
                 qPrintable(expected + u" not in: "_s + paths.join(u", "_s)));
    }
    for (const auto &p : result.problems)
        QVERIFY(!p.description.isEmpty());
}

void TestWebhookParser::notJson()
{
    for (const QByteArray &body :
         {QByteArray(), QByteArray("{"), QByteArray("not json"), QByteArray("[1,2]"),
          QByteArray("\"str\""), QByteArray("null")}) {
        const WebhookParseResult result = parseWebhook(body);
        QVERIFY(!result.validJson);
        QVERIFY(result.events.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(!result.problems[0].description.isEmpty());
    }
    const WebhookParseResult empty = parseWebhook(QByteArray("{}"));
    QVERIFY(empty.validJson);
    QVERIFY(empty.events.isEmpty());
    QCOMPARE(problemPaths(empty), (QStringList{u"object"_s, u"entry"_s}));
}

void TestWebhookParser::wrongObjectStillParsed()
{
    QByteArray body = samples::single("messages", samples::kInboundText);
    body.replace("whatsapp_business_account", "page");
    const WebhookParseResult result = parseWebhook(body);
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(problemPaths(result), QStringList{u"object"_s});
}

void TestWebhookParser::hugeBatch()
{
    // 1000 updates is the documented batch maximum; go well past it.
    constexpr int count = 3000;
    QJsonArray messages;
    QJsonArray statuses;
    for (int i = 0; i < count; ++i) {
        messages.append(QJsonObject{{u"from"_s, u"1"_s},
                                    {u"id"_s, QString(u"wamid.in"_s + QString::number(i))},
                                    {u"timestamp"_s, QString::number(1700000000 + i)},
                                    {u"type"_s, u"text"_s},
                                    {u"text"_s, QJsonObject{{u"body"_s, QString::number(i)}}}});
        statuses.append(QJsonObject{{u"id"_s, QString(u"wamid.out"_s + QString::number(i))},
                                    {u"status"_s, u"delivered"_s},
                                    {u"timestamp"_s, QString::number(1700000000 + i)},
                                    {u"recipient_id"_s, u"1"_s}});
    }
    const QJsonObject value{{u"contacts"_s, QJsonArray{QJsonObject{{u"wa_id"_s, u"1"_s}}}},
                            {u"messages"_s, messages},
                            {u"statuses"_s, statuses}};
    const QByteArray body =
        samples::single("messages", QJsonDocument(value).toJson(QJsonDocument::Compact));
    const WebhookParseResult result = parseWebhook(body);
    QVERIFY(result.isClean());
    QCOMPARE(result.events.size(), 2 * count);
    for (int i = 0; i < count; ++i) {
        const auto &in = std::get<InboundMessageEvent>(result.events[i]);
        QCOMPARE(in.message.platformId, u"wamid.in"_s + QString::number(i));
        const auto &out = std::get<StatusEvent>(result.events[count + i]);
        QCOMPARE(out.messageId, u"wamid.out"_s + QString::number(i));
        QCOMPARE(out.timestamp, utc(1700000000 + i));
    }
}

QTEST_APPLESS_MAIN(TestWebhookParser)
#include "tst_webhookparser.moc"

#include "MessageJson.h"
#include "MessageJsonTestUtil.h"

#include <QTest>

using namespace sb;
using namespace testutil;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::Message)

// fromRequestBody: tolerant where the platform is, precise about what it cannot read.
class TestMessageJsonRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toWinsOverRecipient();
    void tolerantReading();
    void requestIssues_data();
    void requestIssues();
};

void TestMessageJsonRequest::toWinsOverRecipient()
{
    const auto result =
        fromRequestBody(parse(R"({"messaging_product":"whatsapp","to":"+16505551234",
        "recipient":"US.1349","type":"text","text":{"body":"x"}})"));
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.message->to, kPhone);
}

void TestMessageJsonRequest::tolerantReading()
{
    // Numbers where the wire writes strings are accepted without complaint.
    auto result = fromRequestBody(parse(R"({"messaging_product":"whatsapp","to":"+16505551234",
        "type":"location","location":{"latitude":37.5,"longitude":-122.25}})"));
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.message->as<LocationContent>()->latitude, 37.5);
    QCOMPARE(result.message->as<LocationContent>()->longitude, -122.25);

    result = fromRequestBody(parse(R"({"messaging_product":"whatsapp","to":"+16505551234",
        "type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"BUTTON","sub_type":"quick_reply","index":2,
                       "parameters":[{"type":"payload","payload":"P"}]}]}})"));
    QVERIFY(result.issues.isEmpty());
    const auto *tmpl = result.message->as<TemplateContent>();
    QVERIFY(tmpl);
    QCOMPARE(tmpl->components.size(), 1);
    QCOMPARE(tmpl->components[0].kind, TemplateComponentKind::Button);
    QCOMPARE(tmpl->components[0].index, 2);

    // A caption on audio is kept, so the validator (not the parser) can reject it.
    result = fromRequestBody(parse(R"({"messaging_product":"whatsapp","to":"+16505551234",
        "type":"audio","audio":{"id":"1","caption":"no"}})"));
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.message->kind, MessageKind::Audio);
    QCOMPARE(result.message->as<MediaContent>()->caption, u"no"_s);

    // An absent flow_action means the platform default.
    result = fromRequestBody(parse(R"({"messaging_product":"whatsapp","to":"+16505551234",
        "type":"interactive","interactive":{"type":"flow","body":{"text":"b"},
        "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1","flow_cta":"Go"}}}})"));
    QVERIFY(result.issues.isEmpty());
    QCOMPARE(result.message->as<InteractiveContent>()->flow.action, u"navigate"_s);
}

void TestMessageJsonRequest::requestIssues_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hasMessage");

    const QByteArray head = R"({"messaging_product":"whatsapp","to":"+16505551234",)";
    auto row = [&](const char *name, const char *rest, const QString &path, bool hasMessage) {
        QTest::newRow(name) << (head + rest) << path << hasMessage;
    };
    row("no type", R"("text":{"body":"x"}})", u"type"_s, false);
    row("type not a string", R"("type":5,"text":{"body":"x"}})", u"type"_s, false);
    row("unknown type", R"("type":"poll","poll":{}})", u"type"_s, false);
    row("type object missing", R"("type":"text"})", u"text"_s, false);
    row("text is a string", R"("type":"text","text":"hi"})", u"text"_s, false);
    row("body is a number", R"("type":"text","text":{"body":5}})", u"text.body"_s, true);
    row("body missing", R"("type":"text","text":{}})", u"text.body"_s, true);
    row("preview_url not bool", R"("type":"text","text":{"body":"x","preview_url":"yes"}})",
        u"text.preview_url"_s, true);
    row("image is an array", R"("type":"image","image":[]})", u"image"_s, false);
    row("latitude not numeric",
        R"("type":"location","location":{"latitude":"north","longitude":"1"}})",
        u"location.latitude"_s, true);
    row("longitude missing", R"("type":"location","location":{"latitude":"1"}})",
        u"location.longitude"_s, true);
    row("contacts not an array", R"("type":"contacts","contacts":{}})", u"contacts"_s, false);
    row("formatted_name missing", R"("type":"contacts","contacts":[{"name":{"first_name":"A"}}]})",
        u"contacts[0].name.formatted_name"_s, true);
    row("list rows missing",
        R"("type":"interactive","interactive":{"type":"list","body":{"text":"b"},
        "action":{"button":"B","sections":[{"title":"S"}]}}})",
        u"interactive.action.sections[0].rows"_s, true);
    row("list rows not an array",
        R"("type":"interactive","interactive":{"type":"list","body":{"text":"b"},
        "action":{"button":"B","sections":[{"title":"S","rows":{}}]}}})",
        u"interactive.action.sections[0].rows"_s, true);
    row("row title wrong type",
        R"("type":"interactive","interactive":{"type":"list","body":{"text":"b"},
        "action":{"button":"B","sections":[{"rows":[{"id":"1","title":"a"},{"id":"2","title":[]}]}]}}})",
        u"interactive.action.sections[0].rows[1].title"_s, true);
    row("unknown interactive type", R"("type":"interactive","interactive":{"type":"carousel"}})",
        u"interactive.type"_s, false);
    row("interactive action missing",
        R"("type":"interactive","interactive":{"type":"button","body":{"text":"b"}}})",
        u"interactive.action"_s, true);
    row("button reply title missing",
        R"("type":"interactive","interactive":{"type":"button","body":{"text":"b"},
        "action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}},{"type":"reply","reply":{"id":"b"}}]}}})",
        u"interactive.action.buttons[1].reply.title"_s, true);
    row("button is not an object",
        R"("type":"interactive","interactive":{"type":"button","body":{"text":"b"},
        "action":{"buttons":["yes"]}}})",
        u"interactive.action.buttons[0]"_s, true);
    row("button type not reply",
        R"("type":"interactive","interactive":{"type":"button","body":{"text":"b"},
        "action":{"buttons":[{"type":"url","reply":{"id":"a","title":"A"}}]}}})",
        u"interactive.action.buttons[0].type"_s, true);
    row("unknown header type",
        R"("type":"interactive","interactive":{"type":"button","header":{"type":"gif"},
        "body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}}})",
        u"interactive.header.type"_s, true);
    row("header media missing",
        R"("type":"interactive","interactive":{"type":"button","header":{"type":"image"},
        "body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A"}}]}}})",
        u"interactive.header.image"_s, true);
    row("flow data not an object",
        R"("type":"interactive","interactive":{"type":"flow","body":{"text":"b"},
        "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1","flow_cta":"Go",
        "flow_action_payload":{"screen":"S","data":"k=v"}}}}})",
        u"interactive.action.parameters.flow_action_payload.data"_s, true);
    row("location request wrong action",
        R"("type":"interactive","interactive":{"type":"location_request_message",
        "body":{"text":"b"},"action":{"name":"send"}}})",
        u"interactive.action.name"_s, true);
    row("template language missing", R"("type":"template","template":{"name":"t"}})",
        u"template.language"_s, true);
    row("template language a string",
        R"("type":"template","template":{"name":"t","language":"en"}})", u"template.language"_s,
        true);
    row("unknown parameter type",
        R"("type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"body","parameters":[{"type":"text","text":"a"}]},
                      {"type":"header","parameters":[{"type":"gif","gif":{}}]}]}})",
        u"template.components[1].parameters[0].type"_s, true);
    row("unknown component type",
        R"("type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"footer"}]}})",
        u"template.components[0].type"_s, true);
    row("button index not a number",
        R"("type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"button","sub_type":"url","index":"x","parameters":[]}]}})",
        u"template.components[0].index"_s, true);
    row("amount_1000 fractional",
        R"("type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"body","parameters":[{"type":"currency","currency":{"fallback_value":"$1",
        "code":"USD","amount_1000":1.5}}]}]}})",
        u"template.components[0].parameters[0].currency.amount_1000"_s, true);
    row("text parameter not a string",
        R"("type":"template","template":{"name":"t","language":{"code":"en"},
        "components":[{"type":"body","parameters":[{"type":"text","text":{"a":1}}]}]}})",
        u"template.components[0].parameters[0].text"_s, true);
    row("reaction message_id missing", R"("type":"reaction","reaction":{"emoji":"x"}})",
        u"reaction.message_id"_s, true);
    row("context without message_id", R"("type":"text","text":{"body":"x"},"context":{}})",
        u"context.message_id"_s, true);

    QTest::newRow("no recipient") << QByteArray(
        R"({"messaging_product":"whatsapp","type":"text","text":{"body":"x"}})")
                                  << u"to"_s << true;
    QTest::newRow("wrong product")
        << QByteArray(R"({"messaging_product":"sms","to":"1","type":"text","text":{"body":"x"}})")
        << u"messaging_product"_s << true;
    QTest::newRow("group recipient")
        << QByteArray(R"({"messaging_product":"whatsapp","recipient_type":"group","to":"g",
                         "type":"text","text":{"body":"x"}})")
        << u"recipient_type"_s << true;
    QTest::newRow("empty body") << QByteArray("{}") << u"type"_s << false;
}

void TestMessageJsonRequest::requestIssues()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, path);
    QFETCH(bool, hasMessage);
    const RequestParseResult result = fromRequestBody(parse(body.constData()));
    QStringList paths;
    for (const auto &issue : result.issues) {
        paths.append(issue.path);
        QVERIFY2(!issue.description.isEmpty(), qPrintable(issue.path));
    }
    QVERIFY2(paths.contains(path), qPrintable(u"issues at: "_s + paths.join(u", "_s)));
    QCOMPARE(result.message.has_value(), hasMessage);
}

QTEST_APPLESS_MAIN(TestMessageJsonRequest)
#include "tst_messagejsonrequest.moc"

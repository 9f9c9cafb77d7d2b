#include "MessageJson.h"
#include "MessageJsonTestUtil.h"

#include <QTest>

using namespace sb;
using namespace testutil;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::Message)

// Field names exactly as the spec's example shapes (§1.2-§1.8, §2) spell them.
class TestMessageJsonGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
};

void TestMessageJsonGolden::golden_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QByteArray>("expected");

    // The spec's example shapes (§1.2-§1.8), with the §1.1 envelope our sender always adds.
    QTest::newRow("text §1.2")
        << makeText(kPhone, u"See https://example.com"_s, true)
        << QByteArray(
               R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text",
 "text":{"preview_url":true,"body":"See https://example.com"}})");
    {
        MediaContent doc = media(MediaKind::Document, u"1376223850470843"_s);
        doc.filename = u"order_abc123.pdf"_s;
        doc.caption = u"Your invoice"_s;
        QTest::newRow("document §1.3")
            << makeMedia(kPhone, doc)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"document",
 "document":{"id":"1376223850470843","filename":"order_abc123.pdf","caption":"Your invoice"}})");
        MediaContent voice = media(MediaKind::Audio, u"1013859600285441"_s);
        voice.voice = true;
        voice.caption = u"not allowed on audio"_s;
        QTest::newRow("audio §1.3 (caption dropped)")
            << makeMedia(kPhone, voice)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"audio","audio":{"id":"1013859600285441","voice":true}})");
    }
    QTest::newRow("location §1.4")
        << withBody(MessageKind::Location,
                    LocationContent{37.4421, -122.1615, u"Philz"_s, u"101 Forest Ave"_s, {}})
        << QByteArray(
               R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"location","location":{"latitude":"37.4421","longitude":"-122.1615","name":"Philz","address":"101 Forest Ave"}})");
    QTest::newRow("location request §1.4")
        << withBody(MessageKind::LocationRequest, LocationRequestContent{u"Share pickup?"_s})
        << QByteArray(
               R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"interactive","interactive":{"type":"location_request_message","body":{"text":"Share pickup?"},
 "action":{"name":"send_location"}}})");
    {
        ContactCard card;
        card.name.formattedName = u"Barbara J. Johnson"_s;
        card.name.firstName = u"Barbara"_s;
        card.phones = {{u"+19175559999"_s, u"Mobile"_s, u"19175559999"_s}};
        card.emails = {{u"b@x.com"_s, u"Work"_s}};
        card.org = ContactOrg{u"Lucky Shrub"_s, {}, {}};
        card.birthday = u"1999-01-23"_s;
        card.addresses = {{u"1 Way"_s, u"Menlo Park"_s, u"CA"_s, u"94025"_s, u"United States"_s,
                           u"US"_s, u"Office"_s}};
        card.urls = {{u"https://x.com"_s, u"Company"_s}};
        QTest::newRow("contacts §1.5")
            << withBody(MessageKind::Contacts, ContactsContent{{card}})
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"contacts","contacts":[{"name":{"formatted_name":"Barbara J. Johnson","first_name":"Barbara"},
  "phones":[{"phone":"+19175559999","type":"Mobile","wa_id":"19175559999"}],
  "emails":[{"email":"b@x.com","type":"Work"}],"org":{"company":"Lucky Shrub"},"birthday":"1999-01-23",
  "addresses":[{"street":"1 Way","city":"Menlo Park","state":"CA","zip":"94025","country":"United States",
                "country_code":"US","type":"Office"}],"urls":[{"url":"https://x.com","type":"Company"}]}]})");
    }
    {
        InteractiveContent in = interactive(InteractiveKind::Button, u"Reschedule?"_s);
        in.header.kind = InteractiveHeaderKind::Image;
        in.header.media = media(MediaKind::Image, u"2762702990552401"_s);
        in.footer = u"Lucky Shrub"_s;
        in.buttons = {{u"change-button"_s, u"Change"_s}, {u"cancel-button"_s, u"Cancel"_s}};
        QTest::newRow("reply buttons §1.6")
            << makeInteractive(kPhone, in)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"interactive","interactive":{"type":"button",
 "header":{"type":"image","image":{"id":"2762702990552401"}},
 "body":{"text":"Reschedule?"},"footer":{"text":"Lucky Shrub"},
 "action":{"buttons":[{"type":"reply","reply":{"id":"change-button","title":"Change"}},
                      {"type":"reply","reply":{"id":"cancel-button","title":"Cancel"}}]}}})");
    }
    {
        InteractiveContent in = interactive(InteractiveKind::List, u"Pick one"_s);
        in.header = InteractiveHeader{InteractiveHeaderKind::Text, u"Shipping"_s, {}};
        in.footer = u"…"_s;
        in.listButton = u"Options"_s;
        in.sections = {
            {u"Fast"_s, {{u"priority_express"_s, u"Priority Mail Express"_s, u"Next day"_s}}}};
        QTest::newRow("list §1.6")
            << makeInteractive(kPhone, in)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"interactive","interactive":{"type":"list","header":{"type":"text","text":"Shipping"},
 "body":{"text":"Pick one"},"footer":{"text":"…"},
 "action":{"button":"Options","sections":[{"title":"Fast","rows":[
   {"id":"priority_express","title":"Priority Mail Express","description":"Next day"}]}]}}})");
    }
    {
        InteractiveContent in = interactive(InteractiveKind::CtaUrl, u"See dates"_s);
        in.ctaDisplayText = u"See Dates"_s;
        in.ctaUrl = u"https://example.com/x"_s;
        QTest::newRow("cta_url §1.6")
            << makeInteractive(kPhone, in)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"interactive","interactive":{"type":"cta_url","body":{"text":"See dates"},
 "action":{"name":"cta_url","parameters":{"display_text":"See Dates","url":"https://example.com/x"}}}})");
    }
    {
        InteractiveContent in = interactive(InteractiveKind::Flow, u"Book"_s);
        in.flow.token = u"tok"_s;
        in.flow.id = u"123456"_s;
        in.flow.cta = u"Book!"_s;
        in.flow.screen = u"START"_s;
        in.flow.payloadDataJson = u"{\"k\":\"v\"}"_s;
        QTest::newRow("flow §1.6")
            << makeInteractive(kPhone, in)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"interactive","interactive":{"type":"flow","body":{"text":"Book"},
 "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_token":"tok","flow_id":"123456",
   "flow_cta":"Book!","flow_action":"navigate","flow_action_payload":{"screen":"START","data":{"k":"v"}}}}}})");
    }
    {
        TemplateContent t{u"order_confirmation"_s, u"en_US"_s, {}, {}};
        TemplateParameter header;
        header.kind = TemplateParameterKind::Image;
        header.media = media(MediaKind::Image, u"2871834006348767"_s);
        TemplateParameter payload;
        payload.kind = TemplateParameterKind::Payload;
        payload.text = u"STOP"_s;
        t.components = {
            component(TemplateComponentKind::Header, {header}),
            component(TemplateComponentKind::Body,
                      {textParam(u"Jessica"_s), textParam(u"SKBUP2-4CPIG9"_s)}),
            component(TemplateComponentKind::Button, {textParam(u"Gon%C3%A7alves"_s)}, u"url"_s, 0),
            component(TemplateComponentKind::Button, {payload}, u"quick_reply"_s, 1),
        };
        QTest::newRow("template §1.7")
            << makeTemplate(kPhone, t)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
 "template":{"name":"order_confirmation","language":{"code":"en_US"},
  "components":[
   {"type":"header","parameters":[{"type":"image","image":{"id":"2871834006348767"}}]},
   {"type":"body","parameters":[{"type":"text","text":"Jessica"},{"type":"text","text":"SKBUP2-4CPIG9"}]},
   {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"Gon%C3%A7alves"}]},
   {"type":"button","sub_type":"quick_reply","index":"1","parameters":[{"type":"payload","payload":"STOP"}]}]}})");
        t = TemplateContent{u"welcome"_s, u"en"_s, {}, {}};
        t.components = {
            component(TemplateComponentKind::Body, {textParam(u"Ana"_s, u"first_name"_s)})};
        QTest::newRow("named parameter §1.7")
            << makeTemplate(kPhone, t)
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"template",
 "template":{"name":"welcome","language":{"code":"en"},
  "components":[{"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"}]}]}})");
    }
    QTest::newRow("reaction §1.8")
        << withBody(MessageKind::Reaction, ReactionContent{u"wamid.HBgL"_s, u"\U0001F600"_s})
        << QByteArray(
               R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"reaction","reaction":{"message_id":"wamid.HBgL","emoji":"\uD83D\uDE00"}})");
    {
        Message m = makeText(kPhone, u"You're welcome"_s);
        m.context = ReplyContext{u"wamid.HBgL"_s, {}, {}, {}};
        QTest::newRow("contextual reply §1.8")
            << m
            << QByteArray(
                   R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234",
 "type":"text","context":{"message_id":"wamid.HBgL"},"text":{"body":"You're welcome"}})");
    }
}

void TestMessageJsonGolden::golden()
{
    QFETCH(Message, message);
    QFETCH(QByteArray, expected);
    const QJsonObject want = parse(expected.constData());
    QVERIFY(!want.isEmpty());
    const QJsonObject got = toRequestBody(message);
    QVERIFY2(got == want, qPrintable(u"got  "_s + compact(got) + u"\nwant "_s + compact(want)));
}

QTEST_APPLESS_MAIN(TestMessageJsonGolden)
#include "tst_messagejsongolden.moc"

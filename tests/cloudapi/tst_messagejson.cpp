#include "ContactKey.h"
#include "MessageJson.h"
#include "MessageJsonTestUtil.h"

#include <QTest>

using namespace sb;
using namespace testutil;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::Message)

namespace {

ContactCard fullCard()
{
    ContactCard card;
    card.name = {
        u"Barbara J. Johnson"_s, u"Barbara"_s, u"Johnson"_s, u"Joana"_s, u"Dr."_s, u"Jr."_s};
    card.phones = {{u"+19175559999"_s, u"Mobile"_s, u"19175559999"_s},
                   {u"+19175550000"_s, u"Work"_s, {}}};
    card.emails = {{u"b@x.com"_s, u"Work"_s}};
    card.addresses = {{u"1 Way"_s, u"Menlo Park"_s, u"CA"_s, u"94025"_s, u"United States"_s,
                       u"US"_s, u"Office"_s}};
    card.org = ContactOrg{u"Lucky Shrub"_s, u"Sales"_s, u"Manager"_s};
    card.urls = {{u"https://x.com"_s, u"Company"_s}};
    card.birthday = u"1999-01-23"_s;
    return card;
}

} // namespace

class TestMessageJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void markRead();
    void bsuidRecipient();
    void inboundOnlyHasNoSendShape();
};

void TestMessageJson::roundTrip_data()
{
    QTest::addColumn<Message>("message");

    QTest::newRow("text") << makeText(kPhone, u"Hello"_s);
    {
        Message m = makeText(kPhone, u"See https://example.com"_s, true);
        m.context = ReplyContext{
            u"wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="_s, {}, {}, {}};
        m.bizOpaqueCallbackData = u"local-42"_s;
        QTest::newRow("text: preview, reply, callback data") << m;
    }
    QTest::newRow("text to a BSUID") << makeText(u"US.13491208655302741918"_s, u"Hi"_s);
    QTest::newRow("text to a parent BSUID") << makeText(u"US.ENT.11815799212886844830"_s, u"Hi"_s);
    QTest::newRow("text with emoji and newlines") << makeText(kPhone, u"a\nb \U0001F600 \"q\""_s);

    {
        MediaContent image = media(MediaKind::Image, u"1479537139650973"_s);
        image.caption = u"Hi"_s;
        QTest::newRow("image by id with caption") << makeMedia(kPhone, image);
    }
    QTest::newRow("image by link")
        << makeMedia(kPhone, media(MediaKind::Image, {}, u"https://example.com/a.png?x=1"_s));
    {
        MediaContent video = media(MediaKind::Video, u"42"_s);
        video.caption = u"Clip"_s;
        QTest::newRow("video") << makeMedia(kPhone, video);
    }
    {
        MediaContent voice = media(MediaKind::Audio, u"1013859600285441"_s);
        voice.voice = true;
        QTest::newRow("audio voice") << makeMedia(kPhone, voice);
    }
    QTest::newRow("audio by link")
        << makeMedia(kPhone, media(MediaKind::Audio, {}, u"https://example.com/a.mp3"_s));
    {
        MediaContent doc = media(MediaKind::Document, u"1376223850470843"_s);
        doc.filename = u"order_abc123.pdf"_s;
        doc.caption = u"Your invoice"_s;
        QTest::newRow("document") << makeMedia(kPhone, doc);
    }
    QTest::newRow("sticker") << makeMedia(kPhone, media(MediaKind::Sticker, u"798882015472548"_s));

    QTest::newRow("location") << withBody(
        MessageKind::Location,
        LocationContent{37.4421, -122.1615, u"Philz"_s, u"101 Forest Ave"_s, {}});
    QTest::newRow("location: many decimals, no name")
        << withBody(MessageKind::Location,
                    LocationContent{-33.868820100000001, 151.20929550000001, {}, {}, {}});
    QTest::newRow("location request")
        << withBody(MessageKind::LocationRequest, LocationRequestContent{u"Share pickup?"_s});

    QTest::newRow("contacts: full")
        << withBody(MessageKind::Contacts, ContactsContent{{fullCard(), fullCard()}});
    {
        ContactCard minimal;
        minimal.name.formattedName = u"Ann"_s;
        QTest::newRow("contacts: name only")
            << withBody(MessageKind::Contacts, ContactsContent{{minimal}});
        minimal.org = ContactOrg{};
        QTest::newRow("contacts: empty org")
            << withBody(MessageKind::Contacts, ContactsContent{{minimal}});
    }

    {
        InteractiveContent in = interactive(InteractiveKind::Button, u"Reschedule?"_s);
        in.header.kind = InteractiveHeaderKind::Image;
        in.header.media = media(MediaKind::Image, u"2762702990552401"_s);
        in.footer = u"Lucky Shrub"_s;
        in.buttons = {{u"change-button"_s, u"Change"_s}, {u"cancel-button"_s, u"Cancel"_s}};
        QTest::newRow("buttons, image header") << makeInteractive(kPhone, in);
        in.header = InteractiveHeader{InteractiveHeaderKind::Text, u"Appointment"_s, {}};
        QTest::newRow("buttons, text header") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::List, u"Pick one"_s);
        in.header = InteractiveHeader{InteractiveHeaderKind::Text, u"Shipping"_s, {}};
        in.footer = u"Lucky Shrub"_s;
        in.listButton = u"Options"_s;
        in.sections = {{u"Fast"_s,
                        {{u"priority_express"_s, u"Priority Mail Express"_s, u"Next day"_s},
                         {u"priority"_s, u"Priority Mail"_s, {}}}},
                       {u"Slow"_s, {{u"ground"_s, u"Ground"_s, u"5 days"_s}}}};
        QTest::newRow("list") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::CtaUrl, u"See dates"_s);
        in.header.kind = InteractiveHeaderKind::Video;
        in.header.media = media(MediaKind::Video, {}, u"https://example.com/v.mp4"_s);
        in.ctaDisplayText = u"See Dates"_s;
        in.ctaUrl = u"https://example.com/x"_s;
        QTest::newRow("cta_url, video header") << makeInteractive(kPhone, in);
        in.header.kind = InteractiveHeaderKind::Document;
        in.header.media = media(MediaKind::Document, u"77"_s);
        in.header.media.filename = u"menu.pdf"_s;
        QTest::newRow("cta_url, document header") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::Product, u"Our best seller"_s);
        in.catalogId = u"367025965434465"_s;
        in.productRetailerId = u"SKU-1"_s;
        QTest::newRow("product") << makeInteractive(kPhone, in);
        in.body.clear();
        QTest::newRow("product without body") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::ProductList, u"Pick"_s);
        in.header = InteractiveHeader{InteractiveHeaderKind::Text, u"Menu"_s, {}};
        in.catalogId = u"367025965434465"_s;
        in.productSections = {{u"Drinks"_s, {u"D1"_s, u"D2"_s}}, {u"Food"_s, {u"F1"_s}}};
        QTest::newRow("product_list") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::Catalog, u"Browse"_s);
        in.footer = u"Tap below"_s;
        QTest::newRow("catalog_message") << makeInteractive(kPhone, in);
        in.thumbnailProductRetailerId = u"SKU-9"_s;
        QTest::newRow("catalog_message with thumbnail") << makeInteractive(kPhone, in);
    }
    {
        InteractiveContent in = interactive(InteractiveKind::Flow, u"Book"_s);
        in.header = InteractiveHeader{InteractiveHeaderKind::Text, u"Booking"_s, {}};
        in.flow.token = u"tok"_s;
        in.flow.id = u"123456"_s;
        in.flow.cta = u"Book!"_s;
        in.flow.screen = u"START"_s;
        in.flow.payloadDataJson = u"{\"k\":\"v\",\"n\":[1,2]}"_s;
        QTest::newRow("flow: navigate with payload") << makeInteractive(kPhone, in);
        in.flow.id.clear();
        in.flow.name = u"booking_flow"_s;
        in.flow.action = u"data_exchange"_s;
        in.flow.mode = u"draft"_s;
        in.flow.screen.clear();
        in.flow.payloadDataJson.clear();
        QTest::newRow("flow: by name, data_exchange, draft") << makeInteractive(kPhone, in);
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
        QTest::newRow("template: positional, image header, buttons") << makeTemplate(kPhone, t);
    }
    {
        TemplateContent t{u"welcome"_s, u"pt_BR"_s, u"deterministic"_s, {}};
        t.components = {component(
            TemplateComponentKind::Body,
            {textParam(u"Order 7"_s, u"order_id"_s), textParam(u"Ana"_s, u"first_name"_s)})};
        QTest::newRow("template: named parameters, policy") << makeTemplate(kPhone, t);
    }
    {
        TemplateParameter currency;
        currency.kind = TemplateParameterKind::Currency;
        currency.fallbackValue = u"$100.99"_s;
        currency.currencyCode = u"USD"_s;
        currency.amount1000 = 100990;
        TemplateParameter date;
        date.kind = TemplateParameterKind::DateTime;
        date.text = u"February 25, 1977"_s;
        TemplateContent t{u"payment_due"_s, u"en"_s, {}, {}};
        t.components = {component(TemplateComponentKind::Body, {currency, date})};
        QTest::newRow("template: currency and date_time") << makeTemplate(kPhone, t);
    }
    {
        TemplateParameter video;
        video.kind = TemplateParameterKind::Video;
        video.media = media(MediaKind::Video, {}, u"https://example.com/v.mp4"_s);
        TemplateContent t{u"promo_video"_s, u"en"_s, {}, {}};
        t.components = {component(TemplateComponentKind::Header, {video})};
        QTest::newRow("template: video header") << makeTemplate(kPhone, t);
        TemplateParameter doc;
        doc.kind = TemplateParameterKind::Document;
        doc.media = media(MediaKind::Document, u"55"_s);
        doc.media.filename = u"ticket.pdf"_s;
        t.components = {component(TemplateComponentKind::Header, {doc})};
        QTest::newRow("template: document header") << makeTemplate(kPhone, t);
        TemplateParameter location;
        location.kind = TemplateParameterKind::Location;
        location.location = LocationContent{
            37.483307, 122.148981, u"Pablo Morales"_s, u"1 Hacker Way, Menlo Park, CA 94025"_s, {}};
        t.components = {component(TemplateComponentKind::Header, {location})};
        QTest::newRow("template: location header") << makeTemplate(kPhone, t);
        t.components = {component(TemplateComponentKind::Header, {textParam(u"Summer"_s)})};
        QTest::newRow("template: text header") << makeTemplate(kPhone, t);
    }
    {
        TemplateParameter code;
        code.kind = TemplateParameterKind::CouponCode;
        code.text = u"SAVE20"_s;
        TemplateContent t{u"coupon"_s, u"en"_s, {}, {}};
        t.components = {component(TemplateComponentKind::Button, {code}, u"copy_code"_s, 2),
                        component(TemplateComponentKind::Button, {}, u"flow"_s, 3)};
        QTest::newRow("template: copy code and a flow button") << makeTemplate(kPhone, t);
    }
    QTest::newRow("template: no components")
        << makeTemplate(kPhone, TemplateContent{u"hello_world"_s, u"en_US"_s, {}, {}});

    QTest::newRow("reaction") << withBody(MessageKind::Reaction,
                                          ReactionContent{u"wamid.X"_s, u"\U0001F600"_s});
    QTest::newRow("reaction removal")
        << withBody(MessageKind::Reaction, ReactionContent{u"wamid.X"_s, {}});
}

void TestMessageJson::roundTrip()
{
    QFETCH(Message, message);
    const QJsonObject body = toRequestBody(message);
    QVERIFY(!body.isEmpty());
    // Through bytes, as it travels.
    const QJsonObject wire =
        QJsonDocument::fromJson(QJsonDocument(body).toJson(QJsonDocument::Compact)).object();
    const RequestParseResult back = fromRequestBody(wire);
    for (const auto &issue : back.issues)
        qWarning("issue at %s: %s", qPrintable(issue.path), qPrintable(issue.description));
    QVERIFY(back.issues.isEmpty());
    QVERIFY(back.message.has_value());
    QVERIFY2(*back.message == message,
             qPrintable(u"sent "_s + compact(body) + u"\nread back as "_s
                        + compact(toRequestBody(*back.message))));
}

void TestMessageJson::markRead()
{
    QCOMPARE(
        markReadBody(u"wamid.HBgL"_s),
        parse(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.HBgL"})"));
    QCOMPARE(markReadBody(u"wamid.HBgL"_s, true),
             parse(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.HBgL",
                       "typing_indicator":{"type":"text"}})"));
}

void TestMessageJson::bsuidRecipient()
{
    QVERIFY(isBsuid(u"US.13491208655302741918"_s));
    QVERIFY(isBsuid(u"US.ENT.11815799212886844830"_s));
    QVERIFY(!isBsuid(u"+16505551234"_s));
    QVERIFY(!isBsuid(u"16505551234"_s));
    QVERIFY(!isBsuid(u"us.123"_s));
    QVERIFY(!isBsuid(u"US."_s));

    const QJsonObject body = toRequestBody(makeText(u"US.13491208655302741918"_s, u"Hi"_s));
    QCOMPARE(body.value(u"recipient").toString(), u"US.13491208655302741918"_s);
    QVERIFY(!body.contains(u"to"));
    const QJsonObject phone = toRequestBody(makeText(kPhone, u"Hi"_s));
    QCOMPARE(phone.value(u"to").toString(), kPhone);
    QVERIFY(!phone.contains(u"recipient"));
}

void TestMessageJson::inboundOnlyHasNoSendShape()
{
    Message m;
    m.kind = MessageKind::ButtonTap;
    m.body = ButtonTapContent{u"p"_s, u"t"_s};
    QVERIFY(toRequestBody(m).isEmpty());
    QVERIFY(toRequestBody(makeUnsupported(u"edit"_s, u"x"_s)).isEmpty());
}

QTEST_APPLESS_MAIN(TestMessageJson)
#include "tst_messagejson.moc"

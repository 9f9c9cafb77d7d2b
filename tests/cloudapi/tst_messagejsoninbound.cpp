#include "MessageJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::Message)

namespace {

const QString kFrom = u"16505551234"_s;
const QString kId = u"wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdCNTg5RjY1MEMyRjlGMjRGNgA="_s;
const QDateTime kTime = QDateTime::fromSecsSinceEpoch(1749416383, Qt::UTC);

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON literal in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// `{"from":..,"id":..,"timestamp":..,` + rest: the common head of every spec example.
QByteArray shape(const char *rest)
{
    return QByteArray(R"({"from":"16505551234","id":")") + kId.toLatin1()
        + QByteArray(R"(","timestamp":"1749416383",)") + rest;
}

Message inbound(MessageKind kind, MessageBody body)
{
    Message m;
    m.kind = kind;
    m.direction = Direction::Inbound;
    m.body = std::move(body);
    m.platformId = kId;
    m.from = kFrom;
    m.timestamp = kTime;
    return m;
}

MediaContent media(MediaKind kind, const QString &mime)
{
    MediaContent m;
    m.kind = kind;
    m.id = u"1003383421387256"_s;
    m.mimeType = mime;
    m.sha256 = u"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM="_s;
    m.url = u"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"_s;
    return m;
}

Message unsupportedFrom(const QByteArray &json, const QString &type, const QString &reason,
                        int code)
{
    Message m = makeUnsupported(type, reason, code, compact(parse(json)));
    m.platformId = kId;
    m.from = kFrom;
    m.timestamp = kTime;
    return m;
}

} // namespace

class TestMessageJsonInbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSpecShapes_data();
    void parseSpecShapes();
    void malformed_data();
    void malformed();
    void bsuidSender();
    void roundTrip_data();
    void roundTrip();
};

void TestMessageJsonInbound::parseSpecShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Message>("expected");

    QTest::newRow("text") << shape(
        R"("type":"text","text":{"body":"Does it come in another color?"}})")
                          << inbound(MessageKind::Text,
                                     TextContent{u"Does it come in another color?"_s, false});
    {
        Message m = inbound(MessageKind::Text, TextContent{u"Is this in stock?"_s, false});
        m.context =
            ReplyContext{u"wamid.ORIG"_s, u"15550783881"_s, u"194836987003835"_s, u"di9ozbzfi4"_s};
        QTest::newRow("text with referred_product")
            << shape(R"("type":"text","text":{"body":"Is this in stock?"},
            "context":{"from":"15550783881","id":"wamid.ORIG","referred_product":{"catalog_id":"194836987003835","product_retailer_id":"di9ozbzfi4"}}})")
            << m;
    }
    {
        Message m = inbound(MessageKind::Text, TextContent{u"Hi"_s, false});
        m.referral = Referral{
            u"https://fb.me/3cr4Wqqkv"_s,
            u"120226305854810726"_s,
            u"ad"_s,
            u"Chat with us"_s,
            u"Spring sale"_s,
            u"image"_s,
            u"https://scontent.xx.fbcdn.net/a.jpg"_s,
            {},
            u"https://scontent.xx.fbcdn.net/t.jpg"_s,
            u"Aff-n8ZTODiE79d22KtAwQKj9e_mIEOOj27vDVwFjN80dp4_0NiNhEgpGo0AHemvuSoifXaytfTzcchptiErTKCqTrJ5nW1h7IHYeYymGb5K5J5iDAVVdO5Vy5HFg"_s,
            u"Hi! I'm interested"_s};
        QTest::newRow("text with CTWA referral") << shape(R"("type":"text","text":{"body":"Hi"},
            "referral":{"source_url":"https://fb.me/3cr4Wqqkv","source_id":"120226305854810726","source_type":"ad",
              "body":"Chat with us","headline":"Spring sale","media_type":"image",
              "image_url":"https://scontent.xx.fbcdn.net/a.jpg","thumbnail_url":"https://scontent.xx.fbcdn.net/t.jpg",
              "ctwa_clid":"Aff-n8ZTODiE79d22KtAwQKj9e_mIEOOj27vDVwFjN80dp4_0NiNhEgpGo0AHemvuSoifXaytfTzcchptiErTKCqTrJ5nW1h7IHYeYymGb5K5J5iDAVVdO5Vy5HFg",
              "welcome_message":{"text":"Hi! I'm interested"}}})")
                                                 << m;
    }
    {
        MediaContent image = media(MediaKind::Image, u"image/jpeg"_s);
        image.caption = u"Look"_s;
        image.forwarded = true;
        QTest::newRow("image, forwarded") << shape(R"("type":"image","context":{"forwarded":true},
            "image":{"caption":"Look","mime_type":"image/jpeg","sha256":"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM=",
                     "id":"1003383421387256","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"}})")
                                          << inbound(MessageKind::Image, image);
        MediaContent video = media(MediaKind::Video, u"video/mp4"_s);
        video.frequentlyForwarded = true;
        QTest::newRow("video, frequently forwarded")
            << shape(R"("type":"video","context":{"frequently_forwarded":true},
            "video":{"mime_type":"video/mp4","sha256":"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM=",
                     "id":"1003383421387256","url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"}})")
            << inbound(MessageKind::Video, video);
        MediaContent audio = media(MediaKind::Audio, u"audio/ogg; codecs=opus"_s);
        audio.voice = true;
        QTest::newRow("audio, voice")
            << shape(R"("type":"audio","audio":{"mime_type":"audio/ogg; codecs=opus",
            "sha256":"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM=","id":"1003383421387256",
            "url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1","voice":true}})")
            << inbound(MessageKind::Audio, audio);
        MediaContent doc = media(MediaKind::Document, u"application/pdf"_s);
        doc.caption = u"Invoice"_s;
        doc.filename = u"inv.pdf"_s;
        QTest::newRow("document") << shape(
            R"("type":"document","document":{"caption":"Invoice","filename":"inv.pdf",
            "mime_type":"application/pdf","sha256":"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM=","id":"1003383421387256",
            "url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"}})")
                                  << inbound(MessageKind::Document, doc);
        MediaContent sticker = media(MediaKind::Sticker, u"image/webp"_s);
        sticker.animated = true;
        QTest::newRow("sticker, animated")
            << shape(R"("type":"sticker","sticker":{"mime_type":"image/webp",
            "sha256":"uJ6X4VXPX/lQqf3NmrhBK8jJlt2LITM8ZjXmvTlYnTM=","id":"1003383421387256",
            "url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1","animated":true}})")
            << inbound(MessageKind::Sticker, sticker);
    }
    QTest::newRow("location (floats)")
        << shape(R"("type":"location","location":{"latitude":37.483307,"longitude":-122.148981,
            "name":"Philz Coffee","address":"101 Forest Ave, Palo Alto, CA 94301","url":"https://philz.com"}})")
        << inbound(MessageKind::Location,
                   LocationContent{37.483307, -122.148981, u"Philz Coffee"_s,
                                   u"101 Forest Ave, Palo Alto, CA 94301"_s,
                                   u"https://philz.com"_s});
    {
        ContactCard card;
        card.name.formattedName = u"Barbara J. Johnson"_s;
        card.name.firstName = u"Barbara"_s;
        card.phones = {{u"+1 (917) 555-9999"_s, u"MOBILE"_s, u"19175559999"_s}};
        QTest::newRow("contacts") << shape(
            R"("type":"contacts","contacts":[{"name":{"formatted_name":"Barbara J. Johnson",
            "first_name":"Barbara"},"phones":[{"phone":"+1 (917) 555-9999","type":"MOBILE","wa_id":"19175559999"}]}]})")
                                  << inbound(MessageKind::Contacts, ContactsContent{{card}});
        ContactCard bare;
        QTest::newRow("contacts, fields omitted")
            << shape(R"("type":"contacts","contacts":[{}]})")
            << inbound(MessageKind::Contacts, ContactsContent{{bare}});
    }
    {
        Message m =
            inbound(MessageKind::ButtonReply, ReplyContent{u"change-button"_s, u"Change"_s, {}});
        m.context = ReplyContext{u"wamid.ORIG"_s, u"15550783881"_s, {}, {}};
        QTest::newRow("button_reply")
            << shape(R"("type":"interactive","context":{"from":"15550783881","id":"wamid.ORIG"},
            "interactive":{"type":"button_reply","button_reply":{"id":"change-button","title":"Change"}}})")
            << m;
        m.kind = MessageKind::ListReply;
        m.body = ReplyContent{u"priority_express"_s, u"Priority Mail Express"_s, u"Next day"_s};
        QTest::newRow("list_reply")
            << shape(R"("type":"interactive","context":{"from":"15550783881","id":"wamid.ORIG"},
            "interactive":{"type":"list_reply","list_reply":{"id":"priority_express","title":"Priority Mail Express","description":"Next day"}}})")
            << m;
        m.kind = MessageKind::FlowReply;
        m.body = FlowReplyContent{u"flow"_s, u"Sent"_s,
                                  u"{\"flow_token\":\"tok\",\"date\":\"2026-01-02\"}"_s};
        QTest::newRow("nfm_reply")
            << shape(R"("type":"interactive","context":{"from":"15550783881","id":"wamid.ORIG"},
            "interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent","response_json":"{\"flow_token\":\"tok\",\"date\":\"2026-01-02\"}"}}})")
            << m;
        m.kind = MessageKind::ButtonTap;
        m.body = ButtonTapContent{u"STOP"_s, u"Stop promotions"_s};
        QTest::newRow("button (template quick reply)")
            << shape(R"("type":"button","context":{"from":"15550783881","id":"wamid.ORIG"},
            "button":{"payload":"STOP","text":"Stop promotions"}})")
            << m;
    }
    {
        const QByteArray json =
            shape(R"("type":"interactive","interactive":{"type":"call_permission_reply",
            "call_permission_reply":{"response":"accept"}}})");
        QTest::newRow("call_permission_reply -> unsupported")
            << json
            << unsupportedFrom(
                   json, u"call_permission_reply"_s,
                   u"Interactive reply type \"call_permission_reply\" is not supported."_s, 0);
    }
    QTest::newRow("reaction") << shape(
        R"("type":"reaction","reaction":{"message_id":"wamid.MINE","emoji":"\uD83D\uDE00"}})")
                              << inbound(MessageKind::Reaction,
                                         ReactionContent{u"wamid.MINE"_s, u"\U0001F600"_s});
    QTest::newRow("reaction removed (emoji omitted)")
        << shape(R"("type":"reaction","reaction":{"message_id":"wamid.MINE"}})")
        << inbound(MessageKind::Reaction, ReactionContent{u"wamid.MINE"_s, {}});
    QTest::newRow("order") << shape(
        R"("type":"order","order":{"catalog_id":"194836987003835","text":"Thanks",
            "product_items":[{"product_retailer_id":"di9ozbzfi4","quantity":2,"item_price":30.5,"currency":"USD"},
                             {"product_retailer_id":"nqryix03ez","quantity":"1","item_price":"9.99","currency":"USD"}]}})")
                           << inbound(MessageKind::Order,
                                      OrderContent{u"194836987003835"_s,
                                                   u"Thanks"_s,
                                                   {{u"di9ozbzfi4"_s, 2, 30.5, u"USD"_s},
                                                    {u"nqryix03ez"_s, 1, 9.99, u"USD"_s}}});
    QTest::newRow("system: user_changed_number")
        << shape(
               R"("type":"system","system":{"body":"User A changed from 16505551234 to 16505550000",
            "wa_id":"16505550000","type":"user_changed_number"}})")
        << inbound(MessageKind::System,
                   SystemContent{u"user_changed_number"_s,
                                 u"User A changed from 16505551234 to 16505550000"_s,
                                 u"16505550000"_s,
                                 {}});
    QTest::newRow("system: legacy new_wa_id") << shape(
        R"("type":"system","system":{"body":"changed","new_wa_id":"16505550000","type":"customer_changed_number"}})")
                                              << inbound(MessageKind::System,
                                                         SystemContent{u"customer_changed_number"_s,
                                                                       u"changed"_s,
                                                                       u"16505550000"_s,
                                                                       {}});
    QTest::newRow("system: user_changed_user_id") << shape(
        R"("type":"system","system":{"body":"new id","user_id":"US.999","type":"user_changed_user_id"}})")
                                                  << inbound(
                                                         MessageKind::System,
                                                         SystemContent{u"user_changed_user_id"_s,
                                                                       u"new id"_s,
                                                                       {},
                                                                       u"US.999"_s});
    {
        const QByteArray json = shape(R"("type":"unsupported","unsupported":{"type":"edit"},
            "errors":[{"code":131051,"title":"Message type unknown","message":"Message type unknown",
                       "error_data":{"details":"Message type is currently not supported."}}]})");
        QTest::newRow("unsupported (edit, 131051)")
            << json << unsupportedFrom(json, u"edit"_s, u"Message type unknown"_s, 131051);
        const QByteArray unavailable = shape(R"("type":"unsupported","errors":[{"code":131060,
            "message":"Message currently unavailable"}]})");
        QTest::newRow("unsupported (131060, no title)")
            << unavailable
            << unsupportedFrom(unavailable, u"unsupported"_s, u"Message currently unavailable"_s,
                               131060);
        const QByteArray poll =
            shape(R"("type":"poll_creation","poll_creation":{"name":"Lunch?"}})");
        QTest::newRow("unknown type")
            << poll
            << unsupportedFrom(poll, u"poll_creation"_s,
                               u"Message type \"poll_creation\" is not supported."_s, 0);
        const QByteArray legacy = shape(
            R"("type":"unknown","errors":[{"code":131051,"details":"x","title":"Unsupported message type"}]})");
        QTest::newRow("legacy unknown type")
            << legacy
            << unsupportedFrom(legacy, u"unknown"_s, u"Unsupported message type"_s, 131051);
    }
}

void TestMessageJsonInbound::parseSpecShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(Message, expected);
    QList<ParseIssue> issues;
    const Message got = fromInboundMessage(parse(json), &issues);
    for (const auto &issue : issues)
        qWarning("issue at %s: %s", qPrintable(issue.path), qPrintable(issue.description));
    QVERIFY(issues.isEmpty());
    QCOMPARE(got.kind, expected.kind);
    QCOMPARE(got.timestamp.timeSpec(), Qt::UTC);
    QVERIFY(got == expected);
}

void TestMessageJsonInbound::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind");

    QTest::newRow("text object is a string")
        << shape(R"("type":"text","text":"hello"})") << u"text"_s << int(MessageKind::Unsupported);
    QTest::newRow("type missing") << QByteArray(R"({"from":"1","id":"wamid.1","timestamp":"1"})")
                                  << u"type"_s << int(MessageKind::Unsupported);
    QTest::newRow("type not a string")
        << shape(R"("type":["text"]})") << u"type"_s << int(MessageKind::Unsupported);
    QTest::newRow("image object missing")
        << shape(R"("type":"image"})") << u"image"_s << int(MessageKind::Unsupported);
    QTest::newRow("timestamp garbage") << QByteArray(
        R"({"from":"1","id":"wamid.1","timestamp":"soon","type":"text","text":{"body":"x"}})")
                                       << u"timestamp"_s << int(MessageKind::Text);
    QTest::newRow("id missing") << QByteArray(
        R"({"from":"1","timestamp":"1","type":"text","text":{"body":"x"}})")
                                << u"id"_s << int(MessageKind::Text);
    QTest::newRow("latitude object")
        << shape(R"("type":"location","location":{"latitude":{},"longitude":1}})")
        << u"location.latitude"_s << int(MessageKind::Location);
    QTest::newRow("order items not objects")
        << shape(R"("type":"order","order":{"product_items":[1]}})") << u"order.product_items[0]"_s
        << int(MessageKind::Order);
    QTest::newRow("contacts not an array") << shape(R"("type":"contacts","contacts":"x"})")
                                           << u"contacts"_s << int(MessageKind::Unsupported);
    QTest::newRow("reply id missing") << shape(
        R"("type":"interactive","interactive":{"type":"button_reply","button_reply":{"title":"T"}}})")
                                      << u"interactive.button_reply.id"_s
                                      << int(MessageKind::ButtonReply);
    QTest::newRow("reply object missing")
        << shape(R"("type":"interactive","interactive":{"type":"button_reply"}})")
        << u"interactive.button_reply"_s << int(MessageKind::Unsupported);
    QTest::newRow("reply type missing")
        << shape(R"("type":"interactive","interactive":{"list_reply":{"id":"1"}}})")
        << u"interactive.type"_s << int(MessageKind::Unsupported);
    QTest::newRow("voice not bool") << shape(R"("type":"audio","audio":{"id":"1","voice":"yes"}})")
                                    << u"audio.voice"_s << int(MessageKind::Audio);
}

void TestMessageJsonInbound::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QList<ParseIssue> issues;
    const QJsonObject object = parse(json);
    const Message got = fromInboundMessage(object, &issues);
    QStringList paths;
    for (const auto &issue : issues)
        paths.append(issue.path);
    QVERIFY2(paths.contains(path), qPrintable(u"issues at: "_s + paths.join(u", "_s)));
    QCOMPARE(int(got.kind), kind);
    QCOMPARE(got.direction, Direction::Inbound);
    if (const auto *u = got.as<UnsupportedContent>()) {
        QVERIFY(!u->reason.isEmpty());
        QCOMPARE(u->rawJson, compact(object)); // never dropped: the original travels along
    }
    // Without a sink the same input is read the same way.
    QVERIFY(fromInboundMessage(object) == got);
}

void TestMessageJsonInbound::bsuidSender()
{
    const Message m = fromInboundMessage(parse(R"({"from_user_id":"US.13491208655302741918",
        "id":"wamid.1","timestamp":"1749416383","type":"text","text":{"body":"hi"}})"));
    QVERIFY(m.from.isEmpty());
    QCOMPARE(m.fromUserId, u"US.13491208655302741918"_s);
    QCOMPARE(m.timestamp, kTime);
}

void TestMessageJsonInbound::roundTrip_data()
{
    QTest::addColumn<Message>("message");
    Message text = inbound(MessageKind::Text, TextContent{u"hi"_s, false});
    text.fromUserId = u"US.1349"_s;
    text.referral = Referral{u"u"_s, u"1"_s, u"ad"_s, u"b"_s, u"h"_s, u"video"_s,
                             {},     u"v"_s, u"t"_s,  u"c"_s, u"w"_s};
    QTest::newRow("text, referral, bsuid") << text;
    text.referral.reset();
    text.context = ReplyContext{{}, {}, u"cat"_s, u"sku"_s};
    QTest::newRow("text, referred product") << text;
    for (auto kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio, MediaKind::Document,
                      MediaKind::Sticker}) {
        MediaContent m = media(kind, u"x/y"_s);
        if (kind == MediaKind::Image || kind == MediaKind::Video || kind == MediaKind::Document)
            m.caption = u"c"_s;
        if (kind == MediaKind::Document)
            m.filename = u"f.pdf"_s;
        m.voice = kind == MediaKind::Audio;
        m.animated = kind == MediaKind::Sticker;
        m.forwarded = kind == MediaKind::Image;
        m.frequentlyForwarded = kind == MediaKind::Video;
        QTest::newRow(qPrintable(mediaKindWireName(kind))) << inbound(messageKindOf(kind), m);
    }
    QTest::newRow("location") << inbound(MessageKind::Location,
                                         LocationContent{1.5, -2.25, u"n"_s, u"a"_s, u"u"_s});
    ContactCard card;
    card.name.formattedName = u"A"_s;
    card.emails = {{u"a@b.c"_s, {}}};
    QTest::newRow("contacts") << inbound(MessageKind::Contacts, ContactsContent{{card}});
    Message reply = inbound(MessageKind::ButtonReply, ReplyContent{u"id"_s, u"T"_s, {}});
    reply.context = ReplyContext{u"wamid.O"_s, u"1555"_s, {}, {}};
    QTest::newRow("button_reply") << reply;
    reply.kind = MessageKind::ListReply;
    reply.body = ReplyContent{u"id"_s, u"T"_s, u"D"_s};
    QTest::newRow("list_reply") << reply;
    reply.kind = MessageKind::FlowReply;
    reply.body = FlowReplyContent{u"flow"_s, u"Sent"_s, u"{}"_s};
    QTest::newRow("nfm_reply") << reply;
    reply.kind = MessageKind::ButtonTap;
    reply.body = ButtonTapContent{u"P"_s, u"T"_s};
    QTest::newRow("button") << reply;
    QTest::newRow("reaction") << inbound(MessageKind::Reaction,
                                         ReactionContent{u"wamid.M"_s, u"x"_s});
    QTest::newRow("reaction removed")
        << inbound(MessageKind::Reaction, ReactionContent{u"wamid.M"_s, {}});
    QTest::newRow("order") << inbound(MessageKind::Order,
                                      OrderContent{u"c"_s, u"t"_s, {{u"s"_s, 3, 1.25, u"EUR"_s}}});
    QTest::newRow("system") << inbound(MessageKind::System,
                                       SystemContent{u"user_changed_number"_s, u"b"_s, u"1"_s, {}});
    QTest::newRow("unsupported with raw JSON")
        << unsupportedFrom(shape(R"("type":"gif","gif":{}})"), u"gif"_s,
                           u"Message type \"gif\" is not supported."_s, 0);
}

void TestMessageJsonInbound::roundTrip()
{
    QFETCH(Message, message);
    const QJsonObject json = toInboundMessage(message);
    QVERIFY(!json.isEmpty());
    QList<ParseIssue> issues;
    const Message back = fromInboundMessage(json, &issues);
    QVERIFY(issues.isEmpty());
    QVERIFY2(back == message,
             qPrintable(compact(json) + u"\n"_s + compact(toInboundMessage(back))));
}

QTEST_APPLESS_MAIN(TestMessageJsonInbound)
#include "tst_messagejsoninbound.moc"

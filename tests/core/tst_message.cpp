#include "Message.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireKinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("interactiveType");
        QTest::addColumn<MessageKind>("kind");
        QTest::newRow("text") << u"text"_s << QString() << MessageKind::Text;
        QTest::newRow("image") << u"image"_s << QString() << MessageKind::Image;
        QTest::newRow("video") << u"video"_s << QString() << MessageKind::Video;
        QTest::newRow("audio") << u"audio"_s << QString() << MessageKind::Audio;
        QTest::newRow("document") << u"document"_s << QString() << MessageKind::Document;
        QTest::newRow("sticker") << u"sticker"_s << QString() << MessageKind::Sticker;
        QTest::newRow("location") << u"location"_s << QString() << MessageKind::Location;
        QTest::newRow("contacts") << u"contacts"_s << QString() << MessageKind::Contacts;
        QTest::newRow("template") << u"template"_s << QString() << MessageKind::Template;
        QTest::newRow("reaction") << u"reaction"_s << QString() << MessageKind::Reaction;
        QTest::newRow("button tap") << u"button"_s << QString() << MessageKind::ButtonTap;
        QTest::newRow("order") << u"order"_s << QString() << MessageKind::Order;
        QTest::newRow("system") << u"system"_s << QString() << MessageKind::System;
        QTest::newRow("unsupported") << u"unsupported"_s << QString() << MessageKind::Unsupported;
        QTest::newRow("button_reply")
            << u"interactive"_s << u"button_reply"_s << MessageKind::ButtonReply;
        QTest::newRow("list_reply")
            << u"interactive"_s << u"list_reply"_s << MessageKind::ListReply;
        QTest::newRow("nfm_reply") << u"interactive"_s << u"nfm_reply"_s << MessageKind::FlowReply;
        QTest::newRow("location request")
            << u"interactive"_s << u"location_request_message"_s << MessageKind::LocationRequest;
        for (const char *sub :
             {"button", "list", "cta_url", "product", "product_list", "catalog_message", "flow"})
            QTest::newRow(sub) << u"interactive"_s << QString::fromLatin1(sub)
                               << MessageKind::Interactive;
    }

    void wireKinds()
    {
        QFETCH(QString, type);
        QFETCH(QString, interactiveType);
        QFETCH(MessageKind, kind);
        QCOMPARE(messageKindFromWire(type, interactiveType), kind);
        if (interactiveType.isEmpty())
            QCOMPARE(messageKindWireName(kind), type);
    }

    // The platform adds types over time: none of them may crash or be mistaken for another kind.
    void unknownKindsBecomeUnsupported_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("interactiveType");
        QTest::newRow("poll") << u"poll_creation"_s << QString();
        QTest::newRow("edit") << u"edit"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("case") << u"TEXT"_s << QString();
        QTest::newRow("interactive unknown") << u"interactive"_s << u"call_permission_reply"_s;
        QTest::newRow("interactive empty") << u"interactive"_s << QString();
        QTest::newRow("garbage") << u"\u0000\uFFFF"_s << u"x"_s;
    }

    void unknownKindsBecomeUnsupported()
    {
        QFETCH(QString, type);
        QFETCH(QString, interactiveType);
        QCOMPARE(messageKindFromWire(type, interactiveType), MessageKind::Unsupported);
    }

    void mediaKinds()
    {
        for (auto kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio, MediaKind::Document,
                          MediaKind::Sticker}) {
            const QString wire = mediaKindWireName(kind);
            QCOMPARE(mediaKindFromWire(wire), kind);
            QCOMPARE(messageKindWireName(messageKindOf(kind)), wire);
        }
        QVERIFY(!mediaKindFromWire(u"gif"_s));
    }

    void interactiveKinds()
    {
        for (auto kind : {InteractiveKind::Button, InteractiveKind::List, InteractiveKind::CtaUrl,
                          InteractiveKind::Product, InteractiveKind::ProductList,
                          InteractiveKind::Catalog, InteractiveKind::Flow})
            QCOMPARE(interactiveKindFromWire(interactiveKindWireName(kind)), kind);
        QVERIFY(!interactiveKindFromWire(u"carousel_v2"_s));
    }

    void inboundOnly()
    {
        QVERIFY(isInboundOnly(MessageKind::ButtonReply));
        QVERIFY(isInboundOnly(MessageKind::Order));
        QVERIFY(isInboundOnly(MessageKind::Unsupported));
        QVERIFY(!isInboundOnly(MessageKind::Text));
        QVERIFY(!isInboundOnly(MessageKind::Template));
        QVERIFY(!isInboundOnly(MessageKind::LocationRequest));
    }

    void buildersKeepKindAndBodyInStep()
    {
        const Message text = makeText(u"+4915112345678"_s, u"Hallo"_s, true);
        QCOMPARE(text.kind, MessageKind::Text);
        QCOMPARE(text.direction, Direction::Outbound);
        QVERIFY(text.as<TextContent>());
        QCOMPARE(text.as<TextContent>()->body, u"Hallo"_s);
        QVERIFY(text.as<TextContent>()->previewUrl);
        QVERIFY(!text.as<MediaContent>());

        MediaContent doc;
        doc.kind = MediaKind::Document;
        doc.id = u"123"_s;
        doc.filename = u"invoice.pdf"_s;
        const Message media = makeMedia(u"+4915112345678"_s, doc);
        QCOMPARE(media.kind, MessageKind::Document);
        QCOMPARE(media.as<MediaContent>()->filename, u"invoice.pdf"_s);

        const Message unsupported = makeUnsupported(u"poll_creation"_s, u"Polls"_s, 131051);
        QCOMPARE(unsupported.kind, MessageKind::Unsupported);
        QCOMPARE(unsupported.direction, Direction::Inbound);
        QCOMPARE(unsupported.as<UnsupportedContent>()->errorCode, 131051);
    }

    void valueSemantics()
    {
        Message a = makeText(u"+1"_s, u"x"_s);
        Message b = a;
        QCOMPARE(a, b);
        b.context = ReplyContext{u"wamid.1"_s, {}, {}, {}};
        QVERIFY(a != b);
    }
};

QTEST_APPLESS_MAIN(TestMessage)
#include "tst_message.moc"

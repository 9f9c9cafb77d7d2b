#include "LimitCheck.h"
#include "TemplateButtonRules.h"
#include "ValidMessages.h"
#include "Validator.h"

#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <utility>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

using Expected = QList<std::pair<QString, LimitId>>;

Expected found(const QList<Violation> &violations)
{
    Expected result;
    for (const auto &violation : violations)
        result.append({violation.path, violation.limitId.value_or(LimitId::Count)});
    return result;
}

Message withBody(Message message, MessageBody body)
{
    message.body = std::move(body);
    return message;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validExamples_data()
    {
        QTest::addColumn<Message>("message");
        QTest::newRow("text") << validText();
        for (auto kind : {MediaKind::Image, MediaKind::Video, MediaKind::Audio, MediaKind::Document,
                          MediaKind::Sticker}) {
            QTest::newRow(qPrintable(mediaKindWireName(kind))) << validMedia(kind);
        }
        MediaContent voice = media(MediaKind::Audio);
        voice.voice = true;
        voice.mimeType = u"audio/ogg; codecs=opus"_s;
        voice.fileSize = 512'000;
        QTest::newRow("voice") << makeMedia(recipient(), voice);
        MediaContent document = media(MediaKind::Document);
        document.id.clear();
        document.link = u"https://example.com/invoice.pdf"_s;
        document.filename = u"order_abc123.pdf"_s;
        document.caption = u"Your invoice"_s;
        document.mimeType = u"application/pdf"_s;
        document.fileSize = 100'000'000;
        QTest::newRow("document by link") << makeMedia(recipient(), document);
        MediaContent sticker = media(MediaKind::Sticker);
        sticker.animated = true;
        sticker.mimeType = u"image/webp"_s;
        sticker.fileSize = 500'000;
        QTest::newRow("animated sticker") << makeMedia(recipient(), sticker);
        QTest::newRow("location") << validLocation();
        QTest::newRow("location request") << validLocationRequest();
        QTest::newRow("contacts") << validContacts(257);
        QTest::newRow("buttons") << validInteractive(buttonContent(3));
        QTest::newRow("list") << validInteractive(listContent());
        QTest::newRow("cta_url") << validInteractive(ctaContent());
        QTest::newRow("product") << validInteractive(productContent());
        QTest::newRow("product_list") << validInteractive(productListContent());
        QTest::newRow("catalog_message") << validInteractive(catalogContent());
        QTest::newRow("flow") << validInteractive(flowContent());
        QTest::newRow("template") << validTemplate();
        QTest::newRow("reaction") << validReaction();
        QTest::newRow("reaction removed") << validReaction(QString());
        Message reply = validText();
        reply.context = ReplyContext{u"wamid.HBgL"_s, {}, {}, {}};
        QTest::newRow("contextual reply") << reply;
    }

    void validExamples()
    {
        QFETCH(Message, message);
        const auto violations = validate(message);
        QVERIFY2(violations.isEmpty(), qPrintable(toText(violations)));
    }

    void listReportsEveryViolation()
    {
        InteractiveContent list = listContent();
        list.header = InteractiveHeader{InteractiveHeaderKind::Image, {}, media(MediaKind::Image)};
        list.body.clear();
        list.listButton = u"Choose one of these options"_s; // 27
        list.sections = {listSection(u"Fast"_s, 6), listSection(u"Slow"_s, 6, 6)};
        list.sections[1].rows[3].title = u"Priority Mail Express Overnight"_s; // 31
        list.sections[1].rows[4].id = list.sections[0].rows[0].id;
        const auto violations = validate(validInteractive(list));
        const Expected expected{
            {u"interactive.header.type"_s, LimitId::ListHeaderTextOnly},
            {u"interactive.body.text"_s, LimitId::ListBody},
            {u"interactive.action.button"_s, LimitId::ListButtonLabel},
            {u"interactive.action.sections"_s, LimitId::ListRowsTotal},
            {u"interactive.action.sections[1].rows[3].title"_s, LimitId::ListRowTitle},
            {u"interactive.action.sections[1].rows[4].id"_s, LimitId::ListRowIdUnique},
        };
        QCOMPARE(found(violations), expected);
        QCOMPARE(violations[3].actual, u"12"_s);
        QCOMPARE(violations[3].limit, u"10"_s);
        const Violation &title = violations[4];
        QCOMPARE(title.rule, u"too_long"_s);
        QCOMPARE(title.actual, u"31"_s);
        QCOMPARE(title.limit, u"24"_s);
        QCOMPARE(title.fix, u"Shorten the row title to 24 characters or fewer (it has 31)."_s);
        QCOMPARE(violations[1].rule, u"required"_s);
    }

    void envelopeAndTextTogether()
    {
        Message message = makeText(QString(), QString(4097, u'a'));
        message.context = ReplyContext{};
        const Expected expected{{u"to"_s, LimitId::RecipientTo},
                                {u"context.message_id"_s, LimitId::ContextMessageId},
                                {u"text.body"_s, LimitId::TextBody}};
        QCOMPARE(found(validate(message)), expected);
    }

    void mediaReportsEveryViolation()
    {
        MediaContent image = media(MediaKind::Image);
        image.id.clear();
        image.caption = QString(1025, u'c');
        image.filename = u"photo.webp"_s;
        image.mimeType = u"image/webp"_s;
        image.fileSize = 6'200'000;
        const auto violations = validate(makeMedia(recipient(), image));
        const Expected expected{{u"image"_s, LimitId::MediaSource},
                                {u"image.mime_type"_s, LimitId::MediaMimeType},
                                {u"image.file_size"_s, LimitId::ImageFileSize},
                                {u"image.caption"_s, LimitId::MediaCaption},
                                {u"image.filename"_s, LimitId::MediaFilenameNotAllowed}};
        QCOMPARE(found(violations), expected);
        QVERIFY(violations[1].fix.contains(u"stickers"_s));
        QCOMPARE(violations[2].fix,
                 u"Reduce the image file to 5 MB or less (it is 6.2 MB). "
                 "Compress or scale down the image."_s);
    }

    void audioRules()
    {
        MediaContent audio = media(MediaKind::Audio);
        audio.caption = u"listen"_s;
        audio.voice = true;
        audio.mimeType = u"audio/ogg; codecs=vorbis"_s;
        audio.fileSize = 16'000'001;
        const auto violations = validate(makeMedia(recipient(), audio));
        const Expected expected{{u"audio.file_size"_s, LimitId::AudioFileSize},
                                {u"audio.caption"_s, LimitId::MediaCaptionNotAllowed},
                                {u"audio.mime_type"_s, LimitId::VoiceMimeType},
                                {u"audio.file_size"_s, LimitId::VoicePlayIconSize}};
        QCOMPARE(found(violations), expected);
        QCOMPARE(violations[3].severity, Severity::Warning);
    }

    void sizesNearTheLimitStayDistinct()
    {
        const auto violation =
            LimitCheck::amount(LimitId::ImageFileSize, u"image.file_size"_s, 5'000'001);
        QVERIFY(violation);
        QVERIFY2(violation->fix.contains(u"5000001 bytes"_s), qPrintable(violation->fix));
        QCOMPARE(LimitCheck::formatBytes(999), u"999 bytes"_s);
        QCOMPARE(LimitCheck::formatBytes(100'000), u"100 KB"_s);
        QCOMPARE(LimitCheck::formatBytes(999'999), u"1 MB"_s);
        QCOMPARE(LimitCheck::formatBytes(16'000'000), u"16 MB"_s);
    }

    void documentTypeIsOnlyAWarning()
    {
        MediaContent document = media(MediaKind::Document);
        document.mimeType = u"application/zip"_s;
        const auto violations = validate(makeMedia(recipient(), document));
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations[0].severity, Severity::Warning);
        QVERIFY(!hasErrors(violations));
        QVERIFY(toText(violations).startsWith(u"warning: document.mime_type: "_s));
    }

    void contactsAndLocation()
    {
        Message contacts = validContacts(258);
        auto &cards = std::get<ContactsContent>(contacts.body).contacts;
        cards[0].name.formattedName.clear();
        cards[257].name.formattedName = u"   "_s;
        const Expected expectedContacts{
            {u"contacts"_s, LimitId::ContactsCount},
            {u"contacts[0].name.formatted_name"_s, LimitId::ContactFormattedName},
            {u"contacts[257].name.formatted_name"_s, LimitId::ContactFormattedName}};
        QCOMPARE(found(validate(contacts)), expectedContacts);

        const Message location =
            withBody(validLocation(), LocationContent{double(NAN), -180.5, {}, {}, {}});
        const auto violations = validate(location);
        const Expected expectedLocation{{u"location.latitude"_s, LimitId::LocationLatitude},
                                        {u"location.longitude"_s, LimitId::LocationLongitude}};
        QCOMPARE(found(violations), expectedLocation);
        QCOMPARE(violations[1].fix, u"Use a longitude between -180 and 180 (it is -180.5)."_s);
    }

    void reactionRules()
    {
        Message reaction = validReaction(u"\U0001F44D\U0001F44D"_s);
        reaction.context = ReplyContext{u"wamid.X"_s, {}, {}, {}};
        std::get<ReactionContent>(reaction.body).messageId.clear();
        const Expected expected{{u"context"_s, LimitId::ReactionNoContext},
                                {u"reaction.message_id"_s, LimitId::ReactionMessageId},
                                {u"reaction.emoji"_s, LimitId::ReactionEmoji}};
        QCOMPARE(found(validate(reaction)), expected);
        QVERIFY(validate(validReaction(u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s)).isEmpty());
    }

    void inboundOnlyKindsAreRefused_data()
    {
        QTest::addColumn<Message>("message");
        QTest::newRow("button tap") << outbound(MessageKind::ButtonTap, ButtonTapContent{});
        QTest::newRow("button reply") << outbound(MessageKind::ButtonReply, ReplyContent{});
        QTest::newRow("list reply") << outbound(MessageKind::ListReply, ReplyContent{});
        QTest::newRow("flow reply") << outbound(MessageKind::FlowReply, FlowReplyContent{});
        QTest::newRow("order") << outbound(MessageKind::Order, OrderContent{});
        QTest::newRow("system") << outbound(MessageKind::System, SystemContent{});
        QTest::newRow("unsupported") << outbound(MessageKind::Unsupported, UnsupportedContent{});
    }

    void inboundOnlyKindsAreRefused()
    {
        QFETCH(Message, message);
        const Expected expected{{u"type"_s, LimitId::OutboundKind}};
        QCOMPARE(found(validate(message)), expected);
    }

    void bodyMustMatchKind()
    {
        const Expected expected{{u"type"_s, LimitId::BodyMatchesKind}};
        QCOMPARE(found(validate(outbound(MessageKind::Video, media(MediaKind::Image)))), expected);
        QCOMPARE(found(validate(outbound(MessageKind::Template, TextContent{}))), expected);
        QCOMPARE(found(validate(outbound(MessageKind::Interactive, LocationRequestContent{}))),
                 expected);
    }

    void buttonsCtaAndHeaders()
    {
        InteractiveContent buttons = buttonContent(4);
        buttons.header.media.link = u"https://example.com/a.png"_s; // and an id
        buttons.buttons[3].title = buttons.buttons[1].title;
        const Expected expectedButtons{
            {u"interactive.header.image"_s, LimitId::MediaSource},
            {u"interactive.action.buttons"_s, LimitId::ReplyButtonCount},
            {u"interactive.action.buttons[3].reply.title"_s, LimitId::ReplyButtonTitleUnique}};
        QCOMPARE(found(validate(validInteractive(buttons))), expectedButtons);

        InteractiveContent cta = ctaContent();
        cta.ctaUrl = u"http://example.com"_s;
        cta.ctaDisplayText = u"See all the dates now"_s; // 21
        cta.header =
            InteractiveHeader{InteractiveHeaderKind::Document, {}, media(MediaKind::Image)};
        cta.header.media.mimeType = u"image/png"_s; // not a document type: a warning
        const Expected expectedCta{
            {u"interactive.header.document.mime_type"_s, LimitId::DocumentMimeType},
            {u"interactive.action.parameters.display_text"_s, LimitId::CtaDisplayText},
            {u"interactive.action.parameters.url"_s, LimitId::CtaUrl}};
        QCOMPARE(found(validate(validInteractive(cta))), expectedCta);
    }

    void productListAndFlow()
    {
        InteractiveContent products = productListContent();
        products.header = InteractiveHeader{};
        products.productSections = {productSection(u"Indoor"_s, 20), productSection({}, 11)};
        const Expected expectedProducts{
            {u"interactive.header"_s, LimitId::ProductListHeaderRequired},
            {u"interactive.action.sections"_s, LimitId::MultiProductTotal},
            {u"interactive.action.sections[1].title"_s, LimitId::MultiProductSectionTitleRequired}};
        QCOMPARE(found(validate(validInteractive(products))), expectedProducts);

        InteractiveContent flow = flowContent();
        flow.flow.name = u"booking"_s;
        flow.flow.cta = u"\U0001F4C5 Book a table for tonight, quickly"_s; // 35, with emoji
        flow.flow.payloadDataJson = u"{not json"_s;
        const auto violations = validate(validInteractive(flow));
        const QString parameters = u"interactive.action.parameters."_s;
        const Expected expectedFlow{
            {parameters + u"flow_name"_s, LimitId::FlowIdOrName},
            {parameters + u"flow_cta"_s, LimitId::FlowCtaLength},
            {parameters + u"flow_cta"_s, LimitId::FlowCtaEmoji},
            {parameters + u"flow_action_payload.data"_s, LimitId::FlowPayloadData}};
        QCOMPARE(found(violations), expectedFlow);
        QCOMPARE(violations[1].severity, Severity::Warning);
    }

    void templateSendStructure()
    {
        TemplateContent tmpl = templateContent();
        tmpl.name = u"Order Update"_s;
        tmpl.languageCode.clear();
        tmpl.components[0].parameters.append(textParameter(u"extra"_s));
        tmpl.components[2].subType.clear();
        tmpl.components[3].index = 12;
        tmpl.components[4].index = 12;
        tmpl.components[4].parameters[0].text = u"CODE-2025-SUMMER-SALE"_s; // 21
        const auto violations = validate(makeTemplate(recipient(), tmpl));
        const Expected expected{
            {u"template.name"_s, LimitId::TemplateNamePattern},
            {u"template.language.code"_s, LimitId::TemplateLanguageCode},
            {u"template.components[0].parameters"_s, LimitId::TemplateHeaderVariables},
            {u"template.components[2].sub_type"_s, LimitId::TemplateButtonSubType},
            {u"template.components[3].index"_s, LimitId::TemplateButtonIndex},
            {u"template.components[4].index"_s, LimitId::TemplateButtonIndex},
            {u"template.components[4].index"_s, LimitId::TemplateButtonIndexUnique},
            {u"template.components[4].parameters[0].coupon_code"_s,
             LimitId::TemplateCopyCodeValue}};
        QCOMPARE(found(violations), expected);
        QCOMPARE(violations[0].rule, u"pattern"_s);
        QCOMPARE(violations[3].rule, u"required"_s);
    }

    void templateButtonContiguity_data()
    {
        QTest::addColumn<QString>("sequence");
        QTest::addColumn<QStringList>("strayPaths");
        const QString at = u"components[2].buttons[%1]"_s;
        QTest::newRow("QR,QR,URL,PHONE") << u"QR,QR,URL,PHONE"_s << QStringList{};
        QTest::newRow("URL,PHONE,QR,QR") << u"URL,PHONE,QR,QR"_s << QStringList{};
        QTest::newRow("QR alone") << u"QR"_s << QStringList{};
        QTest::newRow("no QR") << u"URL,PHONE,COPY"_s << QStringList{};
        QTest::newRow("QR,URL,QR") << u"QR,URL,QR"_s << QStringList{at.arg(2)};
        QTest::newRow("QR,QR,COPY,QR") << u"QR,QR,COPY,QR"_s << QStringList{at.arg(3)};
        QTest::newRow("QR,URL,QR,PHONE,QR")
            << u"QR,URL,QR,PHONE,QR"_s << QStringList{at.arg(2), at.arg(4)};
        QTest::newRow("URL,QR,URL,QR,QR") << u"URL,QR,URL,QR,QR"_s << QStringList{at.arg(3)};
    }

    void templateButtonContiguity()
    {
        QFETCH(QString, sequence);
        QFETCH(QStringList, strayPaths);
        const QHash<QString, TemplateButtonDef> kinds{
            {u"QR"_s, {TemplateButtonType::QuickReply, u"Stop"_s, {}, {}, {}}},
            {u"URL"_s, {TemplateButtonType::Url, u"Shop"_s, u"https://x.com/{{1}}"_s, {}, {}}},
            {u"PHONE"_s, {TemplateButtonType::PhoneNumber, u"Call"_s, {}, u"15550051310"_s, {}}},
            {u"COPY"_s, {TemplateButtonType::CopyCode, {}, {}, {}, u"250FF"_s}},
        };
        QList<TemplateButtonDef> buttons;
        for (const auto &name : sequence.split(u','))
            buttons.append(kinds.value(name));
        QStringList paths;
        for (const auto &violation : TemplateButtonRules::check(buttons, u"components[2]"_s)) {
            QCOMPARE(violation.limitId, LimitId::TemplateQuickReplyContiguous);
            QCOMPARE(violation.rule, u"not_contiguous"_s);
            paths.append(violation.path);
        }
        QCOMPARE(paths, strayPaths);
    }

    void templateButtonCountsAndTexts()
    {
        using T = TemplateButtonType;
        const QList<TemplateButtonDef> buttons{
            {T::Url, u"Open the order in your browser"_s, u"https://x.com/{{1}}/{{2}}"_s, {}, {}},
            {T::Url, u"Track"_s, u"https://x.com/{{1}}/track"_s, {}, {}},
            {T::Url, u"Shop"_s, QString(2001, u'u'), {}, {}},
            {T::PhoneNumber, u"Call"_s, {}, u"+1 (555) 005-1310 ext 99"_s, {}},
            {T::VoiceCall, u"Call us on WhatsApp now"_s, {}, {}, {}},
        };
        const Expected expected{
            {u"components[3].buttons"_s, LimitId::TemplateUrlButtonCount},
            {u"components[3].buttons[0].text"_s, LimitId::TemplateButtonLabel},
            {u"components[3].buttons[0].url"_s, LimitId::TemplateUrlVariable},
            {u"components[3].buttons[1].url"_s, LimitId::TemplateUrlVariable},
            {u"components[3].buttons[2].url"_s, LimitId::TemplateUrl},
            {u"components[3].buttons[3].phone_number"_s, LimitId::TemplatePhoneNumber},
            {u"components[3].buttons[4].text"_s, LimitId::TemplateVoiceCallLabel}};
        QCOMPARE(found(TemplateButtonRules::check(buttons, u"components[3]"_s)), expected);
        const auto none = TemplateButtonRules::check({}, u"components[3]"_s);
        QCOMPARE(found(none),
                 (Expected{{u"components[3].buttons"_s, LimitId::TemplateButtonsTotal}}));
    }

    void rendering()
    {
        Violation violation;
        violation.path = u"text.body"_s;
        violation.rule = u"too_long"_s;
        violation.actual = u"4097"_s;
        violation.limit = u"4096"_s;
        violation.fix = u"Shorten it."_s;
        violation.limitId = LimitId::TextBody;
        QCOMPARE(toText(violation), u"text.body: Shorten it."_s);
        const QJsonObject json = toJson(violation);
        QCOMPARE(json.value(u"limit_id"_s).toString(), u"TextBody"_s);
        QCOMPARE(json.value(u"source"_s).toString(), u"§1.2 M-TEXT"_s);
        QCOMPARE(json.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(json.value(u"actual"_s).toString(), u"4097"_s);
        QVERIFY(hasErrors({violation}));
        violation.severity = Severity::Warning;
        QVERIFY(!hasErrors({violation}));
        QCOMPARE(toText(QList<Violation>{violation, violation}).count(u'\n'), 1);
    }
};

QTEST_APPLESS_MAIN(TestValidator)
#include "tst_validator.moc"

#include "TemplateSendCheck.h"
#include "TemplateSendFixtures.h"

#include <QTest>

#include <limits>

using namespace sb;
using namespace sb::sendfixtures;
using namespace Qt::StringLiterals;

// Header kinds and buttons of TemplateSendCheck::check() (the rules live in TemplateSendRules).
class TestTemplateSendRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers_data()
    {
        columns();
        using D = TemplateDefinition;
        using S = TemplateContent;
        using F = TemplateHeaderFormat;
        positional(
            "text header component missing", [](D &, S &s) { s.components.removeAt(0); },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "text header without parameters", [](D &, S &s) { s.components[0].parameters.clear(); },
            TemplateParamCountMismatch, c(0), 1);
        positional(
            "text header with two parameters",
            [](D &, S &s) { s.components[0].parameters.append(text(u"B"_s)); },
            TemplateParamCountMismatch, c(0), 1);
        positional(
            "currency in a text header",
            [](D &, S &s) { s.components[0].parameters[0] = currency(u"$1"_s, u"USD"_s, 1000); },
            TemplateParamFormatMismatch, p(0, 0), 1);
        positional(
            "static text header gets a parameter",
            [](D &d, S &) { d.header->text = u"Order update"_s; }, TemplateParamCountMismatch, c(0),
            1);
        positional("static text header without component", [](D &d, S &s) {
            d.header->text = u"Order update"_s;
            s.components.removeAt(0);
        });
        positional(
            "no header defined but parameters sent", [](D &d, S &) { d.header.reset(); },
            TemplateParamCountMismatch, c(0), 1);
        positional("no header defined, empty header component", [](D &d, S &s) {
            d.header.reset();
            s.components[0].parameters.clear();
        });
        positional("image header by id", [](D &d, S &s) {
            setHeader(d, F::Image);
            s.components[0].parameters = {media(PK::Image, u"2871834006348767"_s)};
        });
        positional("image header by link", [](D &d, S &s) {
            setHeader(d, F::Image);
            s.components[0].parameters = {media(PK::Image, {}, u"https://x.example/a.png"_s)};
        });
        positional(
            "image header gets a video",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components[0].parameters = {media(PK::Video, u"1"_s)};
            },
            TemplateParamFormatMismatch, p(0, 0), 1);
        positional(
            "image header gets text",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components[0].parameters = {text(u"a.png"_s)};
            },
            TemplateParamFormatMismatch, p(0, 0), 1);
        positional(
            "image without id or link",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components[0].parameters = {media(PK::Image, {})};
            },
            RequiredParameterMissing, p(0, 0), 1);
        positional(
            "image header component missing",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components.removeAt(0);
            },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "image header without parameters",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components[0].parameters.clear();
            },
            TemplateParamCountMismatch, c(0), 1);
        positional(
            "image header with two images",
            [](D &d, S &s) {
                setHeader(d, F::Image);
                s.components[0].parameters = {media(PK::Image, u"1"_s), media(PK::Image, u"2"_s)};
            },
            TemplateParamCountMismatch, c(0), 1);
        positional("video header", [](D &d, S &s) {
            setHeader(d, F::Video);
            s.components[0].parameters = {media(PK::Video, u"1"_s)};
        });
        positional("gif header travels as video", [](D &d, S &s) {
            setHeader(d, F::Gif);
            s.components[0].parameters = {media(PK::Video, u"1"_s)};
        });
        positional("document header", [](D &d, S &s) {
            setHeader(d, F::Document);
            s.components[0].parameters = {media(PK::Document, u"1"_s)};
        });
        positional(
            "document header gets an image",
            [](D &d, S &s) {
                setHeader(d, F::Document);
                s.components[0].parameters = {media(PK::Image, u"1"_s)};
            },
            TemplateParamFormatMismatch, p(0, 0), 1);
        positional("location header", [](D &d, S &s) {
            setHeader(d, F::Location);
            s.components[0].parameters = {location(52.52, 13.40)};
        });
        positional("location header at the limits", [](D &d, S &s) {
            setHeader(d, F::Location);
            s.components[0].parameters = {location(-90, 180)};
        });
        positional(
            "location latitude out of range",
            [](D &d, S &s) {
                setHeader(d, F::Location);
                s.components[0].parameters = {location(90.5, 13.4)};
            },
            ParameterValueInvalid, p(0, 0) + u".location"_s, 1);
        positional(
            "location longitude not a number",
            [](D &d, S &s) {
                setHeader(d, F::Location);
                s.components[0].parameters = {
                    location(1, std::numeric_limits<double>::quiet_NaN())};
            },
            ParameterValueInvalid, p(0, 0) + u".location"_s, 1);
        positional(
            "location header gets an image",
            [](D &d, S &s) {
                setHeader(d, F::Location);
                s.components[0].parameters = {media(PK::Image, u"1"_s)};
            },
            TemplateParamFormatMismatch, p(0, 0), 1);
        positional(
            "location header missing",
            [](D &d, S &s) {
                setHeader(d, F::Location);
                s.components.removeAt(0);
            },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional("unknown header format is left to the platform",
                   [](D &d, S &) { setHeader(d, F::Unknown); });
    }

    void headers() { verifyRow(); }

    void buttons_data()
    {
        columns();
        using D = TemplateDefinition;
        using S = TemplateContent;
        positional(
            "url parameter missing", [](D &, S &s) { s.components.removeAt(2); },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "url component without parameters",
            [](D &, S &s) { s.components[2].parameters.clear(); }, TemplateParamCountMismatch, c(2),
            1);
        positional(
            "url parameter not percent-encoded",
            [](D &, S &s) { s.components[2].parameters[0].text = u"Gonçalves"_s; },
            ParameterValueInvalid, p(2, 0), 1);
        positional(
            "url parameter with a space",
            [](D &, S &s) { s.components[2].parameters[0].text = u"ABC 123"_s; },
            ParameterValueInvalid, p(2, 0), 1);
        positional(
            "url parameter with a broken escape",
            [](D &, S &s) { s.components[2].parameters[0].text = u"50%"_s; }, ParameterValueInvalid,
            p(2, 0), 1);
        positional("url parameter with query characters",
                   [](D &, S &s) { s.components[2].parameters[0].text = u"a/b?c=d&e"_s; });
        positional(
            "url parameter empty", [](D &, S &s) { s.components[2].parameters[0].text.clear(); },
            RequiredParameterMissing, p(2, 0), 1);
        positional(
            "url parameter of kind payload",
            [](D &, S &s) { s.components[2].parameters[0] = payload(u"x"_s); },
            TemplateParamFormatMismatch, p(2, 0), 1);
        positional(
            "url with two parameters",
            [](D &, S &s) { s.components[2].parameters.append(text(u"b"_s)); },
            TemplateParamCountMismatch, c(2), 1);
        positional(
            "url button with the wrong sub_type",
            [](D &, S &s) { s.components[2].subType = u"quick_reply"_s; },
            TemplateParamFormatMismatch, c(2) + u".sub_type"_s, 1);
        positional("sub_type is case-insensitive",
                   [](D &, S &s) { s.components[2].subType = u"URL"_s; });
        positional(
            "static url gets a parameter",
            [](D &d, S &) { d.buttons[1].url = u"https://shop.example/track"_s; },
            TemplateParamCountMismatch, c(2), 1);
        positional("static url without component", [](D &d, S &s) {
            d.buttons[1].url = u"https://shop.example/track"_s;
            s.components.removeAt(2);
        });
        positional(
            "quick reply with text",
            [](D &, S &s) { s.components[3].parameters[0] = text(u"STOP"_s); },
            TemplateParamFormatMismatch, p(3, 0), 1);
        positional(
            "quick reply with an empty payload",
            [](D &, S &s) { s.components[3].parameters[0].text.clear(); }, RequiredParameterMissing,
            p(3, 0) + u".payload"_s, 1);
        positional(
            "quick reply with two payloads",
            [](D &, S &s) { s.components[3].parameters.append(payload(u"B"_s)); },
            TemplateParamCountMismatch, c(3), 1);
        positional("quick reply without parameters",
                   [](D &, S &s) { s.components[3].parameters.clear(); });
        positional(
            "copy code missing", [](D &, S &s) { s.components.removeAt(4); },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "copy code without parameters", [](D &, S &s) { s.components[4].parameters.clear(); },
            TemplateParamCountMismatch, c(4), 1);
        positional(
            "copy code empty", [](D &, S &s) { s.components[4].parameters[0].text.clear(); },
            RequiredParameterMissing, p(4, 0) + u".coupon_code"_s, 1);
        positional(
            "copy code as text",
            [](D &, S &s) { s.components[4].parameters[0] = text(u"SAVE10"_s); },
            TemplateParamFormatMismatch, p(4, 0), 1);
        positional(
            "phone button gets a parameter",
            [](D &, S &s) { s.components.append(button(u"phone_number"_s, 3, {text(u"x"_s)})); },
            TemplateParamCountMismatch, c(5), 1);
        positional("phone button component without parameters",
                   [](D &, S &s) { s.components.append(button(u"phone_number"_s, 3, {})); });
        positional(
            "button index past the end",
            [](D &, S &s) { s.components.append(button(u"url"_s, 4, {text(u"a"_s)})); },
            TemplateParamCountMismatch, c(5) + u".index"_s, 1);
        positional(
            "negative button index",
            [](D &, S &s) { s.components.append(button(u"url"_s, -1, {text(u"a"_s)})); },
            TemplateParamCountMismatch, c(5) + u".index"_s, 1);
        positional(
            "two components for one button",
            [](D &, S &s) { s.components.append(button(u"url"_s, 1, {text(u"a"_s)})); },
            TemplateParamCountMismatch, c(5), 1);
        positional(
            "button component on a template without buttons",
            [](D &d, S &s) {
                d.buttons.clear();
                s.components.resize(2);
                s.components.append(button(u"url"_s, 0, {text(u"a"_s)}));
            },
            TemplateParamCountMismatch, c(2) + u".index"_s, 1);

        // Authentication: the code fills the body and travels as the OTP button's URL parameter.
        const auto otp = [](D &d, S &s) {
            d.category = TemplateCategory::Authentication;
            d.header.reset();
            d.footer.reset();
            d.body.text = u"*{{1}}* is your verification code."_s;
            d.buttons = {buttonDef(TemplateButtonType::Otp, u"Copy code"_s)};
            s.components = {component(TemplateComponentKind::Body, {text(u"123456"_s)}),
                            button(u"url"_s, 0, {text(u"123456"_s)})};
        };
        positional("otp button", otp);
        positional(
            "otp button missing",
            [otp](D &d, S &s) {
                otp(d, s);
                s.components.removeAt(1);
            },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "otp button as copy_code",
            [otp](D &d, S &s) {
                otp(d, s);
                s.components[1].subType = u"copy_code"_s;
            },
            TemplateParamFormatMismatch, c(1) + u".sub_type"_s, 1);
    }

    void buttons() { verifyRow(); }

    void urlFixSuggestsTheEncodedValue()
    {
        TemplateContent send = positionalSend();
        send.components[2].parameters[0].text = u"Gonçalves"_s;
        const auto result = TemplateSendCheck::check(positionalDefinition(), send);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems[0].fix.contains(u"Gon%C3%A7alves"_s));
    }

    // A label from the definition is text, never a place marker for the next argument.
    void labelsWithPercentSignsStayIntact()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.buttons[0].text = u"Save 50%2 now"_s;
        TemplateContent send = positionalSend();
        send.components[3].parameters.append(payload(u"LATER"_s));
        const auto result = TemplateSendCheck::check(definition, send);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems[0].message.contains(u"“Save 50%2 now”"_s));
        QVERIFY(result.problems[0].message.contains(u"but 2 were sent"_s));
    }
};

QTEST_APPLESS_MAIN(TestTemplateSendRules)
#include "tst_templatesendrules.moc"

#include "TemplateDefinitionCheck.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sb::TemplateDefinition)

namespace {

TemplateButtonDef buttonDef(TemplateButtonType type, const QString &label)
{
    TemplateButtonDef result;
    result.type = type;
    result.text = label;
    return result;
}

QList<TemplateExampleValue> positionalExamples(const QStringList &values)
{
    QList<TemplateExampleValue> examples;
    for (const QString &value : values)
        examples.append({QString(), value});
    return examples;
}

// Components in the create payload: [0] header, [1] body, [2] footer, [3] buttons.
TemplateDefinition validDefinition()
{
    TemplateDefinition definition;
    definition.name = u"order_confirmation"_s;
    definition.language = u"en_US"_s;
    definition.category = TemplateCategory::Utility;
    definition.header = TemplateHeaderDef{
        TemplateHeaderFormat::Text, u"Order {{1}} update"_s, positionalExamples({u"A-1"_s}), {}};
    definition.body.text = u"Hi {{1}}, order {{2}} ships {{3}}."_s;
    definition.body.examples = positionalExamples({u"Pablo"_s, u"860198"_s, u"today"_s});
    definition.footer = u"Reply STOP to opt out"_s;
    TemplateButtonDef track = buttonDef(TemplateButtonType::Url, u"Track"_s);
    track.url = u"https://shop.example/t/{{1}}"_s;
    track.example = u"abc"_s;
    TemplateButtonDef call = buttonDef(TemplateButtonType::PhoneNumber, u"Call"_s);
    call.phoneNumber = u"15550051310"_s;
    definition.buttons = {buttonDef(TemplateButtonType::QuickReply, u"Stop"_s), track, call};
    return definition;
}

TemplateDefinition namedDefinition()
{
    TemplateDefinition definition = validDefinition();
    definition.parameterFormat = TemplateParameterFormat::Named;
    definition.header->text = u"Order {{order_id}} update"_s;
    definition.header->examples = {{u"order_id"_s, u"A-1"_s}};
    definition.body.text = u"Hi {{first_name}}, order {{order_id}} ships soon."_s;
    definition.body.examples = {{u"order_id"_s, u"860198"_s}, {u"first_name"_s, u"Pablo"_s}};
    return definition;
}

void setHeader(TemplateDefinition &definition, TemplateHeaderFormat format,
               const QString &mediaExample = {})
{
    definition.header = TemplateHeaderDef{format, {}, {}, mediaExample};
}

QString padded(const QString &text, qsizetype length)
{
    return text + QString(length - text.size(), u'x') + u'.';
}

constexpr int kNoLimit = -1;
constexpr int kAnyCount = -1;

} // namespace

class TestTemplateDefinitionCheck : public QObject
{
    Q_OBJECT

private:
    template<typename Mutate>
    static void row(const char *name, Mutate mutate, const QString &path = {},
                    const QString &rule = {}, int limitId = kNoLimit, int count = 1,
                    TemplateDefinition base = validDefinition())
    {
        mutate(base);
        QTest::newRow(name) << base << path << rule << limitId << (path.isEmpty() ? 0 : count);
    }

    static int id(LimitId limitId) { return static_cast<int>(limitId); }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<TemplateDefinition>("definition");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("limitId");
        QTest::addColumn<int>("count");
        using D = TemplateDefinition;
        using F = TemplateHeaderFormat;

        row("valid", [](D &) {});
        row(
            "valid named", [](D &) {}, {}, {}, kNoLimit, 0, namedDefinition());
        // name and identity
        row("name of 512", [](D &d) { d.name = QString(512, u'a'); });
        row(
            "name of 513", [](D &d) { d.name = QString(513, u'a'); }, u"name"_s, u"too_long"_s,
            id(LimitId::TemplateName));
        row(
            "name with capitals", [](D &d) { d.name = u"Order_confirmation"_s; }, u"name"_s,
            u"pattern"_s, id(LimitId::TemplateNamePattern));
        row(
            "name with a hyphen", [](D &d) { d.name = u"order-confirmation"_s; }, u"name"_s,
            u"pattern"_s, id(LimitId::TemplateNamePattern));
        row(
            "name with a space", [](D &d) { d.name = u"order confirmation"_s; }, u"name"_s,
            u"pattern"_s, id(LimitId::TemplateNamePattern));
        row(
            "name empty", [](D &d) { d.name.clear(); }, u"name"_s, u"required"_s,
            id(LimitId::TemplateName));
        row(
            "language empty", [](D &d) { d.language.clear(); }, u"language"_s, u"required"_s,
            id(LimitId::TemplateLanguageCode));
        row(
            "category unknown", [](D &d) { d.category = TemplateCategory::Unknown; }, u"category"_s,
            u"required"_s);
        // header
        row("header text of 60", [](D &d) { d.header->text = QString(60, u'h'); });
        row(
            "header text of 61", [](D &d) { d.header->text = QString(61, u'h'); },
            u"components[0].text"_s, u"too_long"_s, id(LimitId::TemplateHeaderText));
        row(
            "header with two variables",
            [](D &d) {
                d.header->text = u"Order {{1}} for {{2}} now"_s;
                d.header->examples = positionalExamples({u"a"_s, u"b"_s});
            },
            u"components[0].text"_s, u"too_many"_s, id(LimitId::TemplateHeaderVariables));
        row(
            "malformed header variable", [](D &d) { d.header->text = u"Order {{First}} now"_s; },
            u"components[0].text"_s, u"invalid"_s);
        row(
            "header example missing", [](D &d) { d.header->examples.clear(); },
            u"components[0].example"_s, u"required"_s);
        row("location header in a utility template", [](D &d) { setHeader(d, F::Location); });
        row("location header in a marketing template", [](D &d) {
            setHeader(d, F::Location);
            d.category = TemplateCategory::Marketing;
        });
        row(
            "location header in an authentication template",
            [](D &d) {
                setHeader(d, F::Location);
                d.category = TemplateCategory::Authentication;
            },
            u"components[0].format"_s, u"not_allowed"_s);
        row("image header with an example", [](D &d) { setHeader(d, F::Image, u"4::aW1n"_s); });
        row(
            "image header without an example", [](D &d) { setHeader(d, F::Image); },
            u"components[0].example.header_handle"_s, u"required"_s);
        row(
            "document header without an example", [](D &d) { setHeader(d, F::Document); },
            u"components[0].example.header_handle"_s, u"required"_s);
        row("gif header in a marketing template", [](D &d) {
            setHeader(d, F::Gif, u"4::Z2lm"_s);
            d.category = TemplateCategory::Marketing;
        });
        row(
            "gif header in a utility template", [](D &d) { setHeader(d, F::Gif, u"4::Z2lm"_s); },
            u"components[0].format"_s, u"not_allowed"_s);
        row(
            "unknown header format", [](D &d) { setHeader(d, F::Unknown); },
            u"components[0].format"_s, u"invalid"_s);
        // body
        row("body of 1024", [](D &d) { d.body.text = padded(d.body.text, 1023); });
        row(
            "body of 1025", [](D &d) { d.body.text = padded(d.body.text, 1024); },
            u"components[1].text"_s, u"too_long"_s, id(LimitId::TemplateBody));
        row(
            "body empty",
            [](D &d) {
                d.body.text.clear();
                d.body.examples.clear();
            },
            u"components[1].text"_s, u"required"_s, id(LimitId::TemplateBody));
        row(
            "body starts with a variable",
            [](D &d) { d.body.text = u"{{1}}, order {{2}} ships {{3}}."_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "body starts with a variable after blanks",
            [](D &d) { d.body.text = u"  {{1}}, order {{2}} ships {{3}}."_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "body ends with a variable",
            [](D &d) { d.body.text = u"Hi {{1}}, order {{2}} ships {{3}}"_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "body ends with a variable before blanks",
            [](D &d) { d.body.text = u"Hi {{1}}, order {{2}} ships {{3}} \n"_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "adjacent variables", [](D &d) { d.body.text = u"Hi {{1}}{{2}}, ships {{3}}."_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "variables separated by a blank only",
            [](D &d) { d.body.text = u"Hi {{1}} {{2}}, ships {{3}}."_s; }, u"components[1].text"_s,
            u"invalid"_s);
        row(
            "gap in the numbering",
            [](D &d) {
                d.body.text = u"Hi {{1}}, order {{3}} ships {{4}}."_s;
                d.body.examples = positionalExamples({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
            },
            u"components[1].text"_s, u"invalid"_s);
        row("numbers out of text order are fine",
            [](D &d) { d.body.text = u"Hi {{2}}, order {{1}} ships {{3}}."_s; });
        row(
            "empty variable in the body",
            [](D &d) { d.body.text = u"Hi {{1}}, see {{}} order {{2}} ships {{3}}."_s; },
            u"components[1].text"_s, u"invalid"_s);
        row(
            "body example missing", [](D &d) { d.body.examples.removeLast(); },
            u"components[1].example"_s, u"required"_s);
        row(
            "body example blank", [](D &d) { d.body.examples[1].value = u" "_s; },
            u"components[1].example"_s, u"required"_s);
        row(
            "named variable in a positional template",
            [](D &d) {
                d.body.text = u"Hi {{first_name}}, order {{1}} ships {{2}}."_s;
                d.body.examples.append({u"first_name"_s, u"Pablo"_s});
            },
            u"components[1].text"_s, u"conflict"_s);
        row(
            "numbered variable in a named template",
            [](D &d) { d.body.text = u"Hi {{1}}, order {{order_id}} ships soon."_s; },
            u"components[1].text"_s, u"conflict"_s, kNoLimit, 1, namedDefinition());
        row(
            "named example missing", [](D &d) { d.body.examples.removeFirst(); },
            u"components[1].example"_s, u"required"_s, kNoLimit, 1, namedDefinition());
        row(
            "no header moves the body to components[0]",
            [](D &d) {
                d.header.reset();
                d.body.text = padded(d.body.text, 1024);
            },
            u"components[0].text"_s, u"too_long"_s, id(LimitId::TemplateBody));
        // footer
        row("footer of 60", [](D &d) { d.footer = QString(60, u'f'); });
        row(
            "footer of 61", [](D &d) { d.footer = QString(61, u'f'); }, u"components[2].text"_s,
            u"too_long"_s, id(LimitId::TemplateFooter));
        row(
            "footer with a variable", [](D &d) { d.footer = u"Reply {{1}} to stop"_s; },
            u"components[2].text"_s, u"not_allowed"_s);
        // buttons (the rules themselves are TemplateButtonRules'; here: wired in, right path)
        row("button label of 25", [](D &d) { d.buttons[0].text = QString(25, u'b'); });
        row(
            "button label of 26", [](D &d) { d.buttons[0].text = QString(26, u'b'); },
            u"components[3].buttons[0].text"_s, u"too_long"_s, id(LimitId::TemplateButtonLabel));
        row(
            "quick replies split",
            [](D &d) { d.buttons.append(buttonDef(TemplateButtonType::QuickReply, u"Later"_s)); },
            u"components[3].buttons[3]"_s, u"not_contiguous"_s,
            id(LimitId::TemplateQuickReplyContiguous));
        row(
            "url variable not at the end",
            [](D &d) { d.buttons[1].url = u"https://shop.example/{{1}}/track"_s; },
            u"components[3].buttons[1].url"_s, u"invalid"_s, id(LimitId::TemplateUrlVariable));
        row(
            "eleven buttons",
            [](D &d) {
                d.buttons.clear();
                for (int i = 0; i < 11; ++i)
                    d.buttons.append(buttonDef(TemplateButtonType::QuickReply, u"Reply"_s));
            },
            u"components[3].buttons"_s, u"too_many"_s, id(LimitId::TemplateButtonsTotal),
            kAnyCount);
        row(
            "url example missing", [](D &d) { d.buttons[1].example.clear(); },
            u"components[3].buttons[1].example"_s, u"required"_s);
        row("static url needs no example", [](D &d) {
            d.buttons[1].url = u"https://shop.example/track"_s;
            d.buttons[1].example.clear();
        });
        row(
            "no footer moves the buttons to components[2]",
            [](D &d) {
                d.footer.reset();
                d.buttons[0].text = QString(26, u'b');
            },
            u"components[2].buttons[0].text"_s, u"too_long"_s, id(LimitId::TemplateButtonLabel));
    }

    void rules()
    {
        QFETCH(TemplateDefinition, definition);
        QFETCH(QString, path);
        QFETCH(QString, rule);
        QFETCH(int, limitId);
        QFETCH(int, count);
        const QList<Violation> violations = TemplateDefinitionCheck::check(definition);
        const QString found = toText(violations);
        for (const Violation &violation : violations)
            QVERIFY2(!violation.fix.isEmpty(), qPrintable(violation.path));
        if (path.isEmpty()) {
            QVERIFY2(violations.isEmpty(), qPrintable(found));
            return;
        }
        QVERIFY(hasErrors(violations));
        const bool matched =
            std::any_of(violations.cbegin(), violations.cend(), [&](const Violation &v) {
                return v.path == path && v.rule == rule
                    && (limitId == kNoLimit || (v.limitId && int(*v.limitId) == limitId));
            });
        QVERIFY2(matched, qPrintable(found));
        if (count != kAnyCount)
            QVERIFY2(violations.size() == count, qPrintable(found));
    }

    void everythingWrongAtOnce()
    {
        TemplateDefinition definition;
        definition.header = TemplateHeaderDef{TemplateHeaderFormat::Unknown, {}, {}, {}};
        definition.footer = QString();
        const QList<Violation> violations = TemplateDefinitionCheck::check(definition);
        QStringList paths;
        for (const Violation &violation : violations)
            paths.append(violation.path);
        QCOMPARE(paths,
                 (QStringList{u"name"_s, u"language"_s, u"category"_s, u"components[0].format"_s,
                              u"components[1].text"_s, u"components[2].text"_s}));
    }
};

QTEST_APPLESS_MAIN(TestTemplateDefinitionCheck)
#include "tst_templatedefinitioncheck.moc"

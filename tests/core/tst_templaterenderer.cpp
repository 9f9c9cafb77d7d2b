#include "TemplateRenderer.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

using PK = TemplateParameterKind;
using Part = MissingParameter::Part;

TemplateParameter param(PK kind, const QString &value, const QString &name = {})
{
    TemplateParameter parameter;
    parameter.kind = kind;
    parameter.name = name;
    if (kind == PK::Currency)
        parameter.fallbackValue = value;
    else
        parameter.text = value;
    return parameter;
}

TemplateComponent component(TemplateComponentKind kind, const QList<TemplateParameter> &params,
                            int index = 0)
{
    TemplateComponent result;
    result.kind = kind;
    result.parameters = params;
    result.index = index;
    return result;
}

TemplateButtonDef buttonDef(TemplateButtonType type, const QString &label, const QString &url = {},
                            const QString &example = {})
{
    TemplateButtonDef result;
    result.type = type;
    result.text = label;
    result.url = url;
    result.example = example;
    return result;
}

TemplateDefinition positionalDefinition()
{
    TemplateDefinition definition;
    definition.name = u"order_confirmation"_s;
    definition.language = u"en_US"_s;
    definition.status = TemplateStatus::Approved;
    definition.header = TemplateHeaderDef{
        TemplateHeaderFormat::Text, u"Our {{1}} is on!"_s, {{QString(), u"Summer Sale"_s}}, {}};
    definition.body.text = u"Hi {{1}}, order {{2}} costs {{3}}, due {{4}}."_s;
    definition.body.examples = {{QString(), u"Pablo"_s},
                                {QString(), u"860198"_s},
                                {QString(), u"$10"_s},
                                {QString(), u"today"_s}};
    definition.footer = u"Reply STOP to opt out"_s;
    definition.buttons = {
        buttonDef(TemplateButtonType::QuickReply, u"Unsubscribe"_s),
        buttonDef(TemplateButtonType::Url, u"Shop"_s, u"https://x.com/s?p={{1}}"_s, u"summer"_s),
        buttonDef(TemplateButtonType::PhoneNumber, u"Call"_s),
        buttonDef(TemplateButtonType::CopyCode, u"Copy"_s, {}, u"250FF"_s),
    };
    definition.buttons[2].phoneNumber = u"15550051310"_s;
    return definition;
}

TemplateContent positionalSend()
{
    TemplateContent send;
    send.name = u"order_confirmation"_s;
    send.languageCode = u"en_US"_s;
    send.components = {
        component(TemplateComponentKind::Header, {param(PK::Text, u"Winter Sale"_s)}),
        component(TemplateComponentKind::Body,
                  {param(PK::Text, u"Jessica"_s), param(PK::Text, u"SKBUP2"_s),
                   param(PK::Currency, u"$12.50"_s), param(PK::DateTime, u"May 5"_s)}),
        component(TemplateComponentKind::Button, {param(PK::Text, u"winter"_s)}, 1),
        component(TemplateComponentKind::Button, {param(PK::CouponCode, u"SAVE10"_s)}, 3),
    };
    return send;
}

} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsPositionalParameters()
    {
        const RenderedTemplate out =
            TemplateRenderer::render(positionalDefinition(), positionalSend());
        QCOMPARE(out.headerFormat, TemplateHeaderFormat::Text);
        QCOMPARE(out.headerText, u"Our Winter Sale is on!"_s);
        QCOMPARE(out.body, u"Hi Jessica, order SKBUP2 costs $12.50, due May 5."_s);
        QCOMPARE(out.footer, u"Reply STOP to opt out"_s);
        QCOMPARE(out.buttons.size(), 4);
        QCOMPARE(out.buttons[0].label, u"Unsubscribe"_s);
        QCOMPARE(out.buttons[1].type, TemplateButtonType::Url);
        QCOMPARE(out.buttons[1].label, u"Shop"_s);
        QCOMPARE(out.buttons[1].target, u"https://x.com/s?p=winter"_s);
        QCOMPARE(out.buttons[2].target, u"15550051310"_s);
        QCOMPARE(out.buttons[3].target, u"SAVE10"_s);
        QVERIFY(out.isComplete());
    }

    void missingParametersStayVisible()
    {
        TemplateContent send = positionalSend();
        send.components[1].parameters.resize(1); // only {{1}}
        send.components.removeAt(2); // no URL parameter
        const RenderedTemplate out = TemplateRenderer::render(positionalDefinition(), send);
        QCOMPARE(out.body, u"Hi Jessica, order {{2}} costs {{3}}, due {{4}}."_s);
        QCOMPARE(out.buttons[1].target, u"https://x.com/s?p={{1}}"_s);
        QVERIFY(!out.isComplete());
        const QList<MissingParameter> expected{{Part::Body, -1, u"{{2}}"_s},
                                               {Part::Body, -1, u"{{3}}"_s},
                                               {Part::Body, -1, u"{{4}}"_s},
                                               {Part::Button, 1, u"{{1}}"_s}};
        QCOMPARE(out.missing, expected);
    }

    void emptyValueCountsAsMissing()
    {
        TemplateContent send = positionalSend();
        send.components[1].parameters[1].text.clear();
        const RenderedTemplate out = TemplateRenderer::render(positionalDefinition(), send);
        QCOMPARE(out.body, u"Hi Jessica, order {{2}} costs $12.50, due May 5."_s);
        QCOMPARE(out.missing.size(), 1);
    }

    void nothingSent()
    {
        const RenderedTemplate out = TemplateRenderer::render(positionalDefinition(), {});
        QCOMPARE(out.headerText, u"Our {{1}} is on!"_s);
        QCOMPARE(out.body, u"Hi {{1}}, order {{2}} costs {{3}}, due {{4}}."_s);
        // header {{1}}, four body variables, URL {{1}}, the coupon code
        QCOMPARE(out.missing.size(), 7);
        QCOMPARE(out.missing.last(), (MissingParameter{Part::Button, 3, QString()}));
    }

    void repeatedVariableUsesOneValue()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.body.text = u"{{1}}, yes {{1}}: {{2}}"_s;
        TemplateContent send = positionalSend();
        send.components[1].parameters.resize(1);
        const RenderedTemplate out = TemplateRenderer::render(definition, send);
        QCOMPARE(out.body, u"Jessica, yes Jessica: {{2}}"_s);
        QCOMPARE(out.missing.size(), 1);
    }

    void fillsNamedParametersByName()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.parameterFormat = TemplateParameterFormat::Named;
        definition.header.reset();
        definition.buttons.clear();
        definition.body.text = u"Hi {{first_name}}, order {{order_id}} ({{first_name}})"_s;
        TemplateContent send;
        send.components = {component(TemplateComponentKind::Body,
                                     {param(PK::Text, u"860198"_s, u"order_id"_s),
                                      param(PK::Text, u"Pablo"_s, u"first_name"_s)})};
        const RenderedTemplate out = TemplateRenderer::render(definition, send);
        QVERIFY(!out.headerFormat);
        QCOMPARE(out.body, u"Hi Pablo, order 860198 (Pablo)"_s);
        QVERIFY(out.isComplete());

        send.components[0].parameters[1].name = u"firstname"_s;
        const RenderedTemplate wrong = TemplateRenderer::render(definition, send);
        QCOMPARE(wrong.body, u"Hi {{first_name}}, order 860198 ({{first_name}})"_s);
        QCOMPARE(wrong.missing, (QList<MissingParameter>{{Part::Body, -1, u"{{first_name}}"_s}}));
    }

    void malformedVariablesAreLiteralText()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.body.text = u"{{1}} {{Bad}} {{1"_s;
        const RenderedTemplate out = TemplateRenderer::render(definition, positionalSend());
        QCOMPARE(out.body, u"Jessica {{Bad}} {{1"_s);
    }

    void mediaHeader()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.header = TemplateHeaderDef{TemplateHeaderFormat::Image, {}, {}, u"4::aW1n"_s};
        TemplateContent send = positionalSend();
        TemplateParameter image;
        image.kind = PK::Image;
        image.media.id = u"2871834006348767"_s;
        send.components[0].parameters = {image};
        RenderedTemplate out = TemplateRenderer::render(definition, send);
        QCOMPARE(out.headerFormat, TemplateHeaderFormat::Image);
        QCOMPARE(out.headerMedia, u"2871834006348767"_s);
        QVERIFY(out.headerText.isEmpty());
        QVERIFY(out.isComplete());

        send.components[0].parameters[0].media.link = u"https://x.example/a.png"_s;
        QCOMPARE(TemplateRenderer::render(definition, send).headerMedia,
                 u"https://x.example/a.png"_s);

        send.components[0].parameters.clear();
        out = TemplateRenderer::render(definition, send);
        QVERIFY(out.headerMedia.isEmpty());
        QCOMPARE(out.missing.first(), (MissingParameter{Part::Header, -1, QString()}));

        QCOMPARE(TemplateRenderer::renderExample(definition).headerMedia, u"4::aW1n"_s);
    }

    void locationHeader()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.header = TemplateHeaderDef{TemplateHeaderFormat::Location, {}, {}, {}};
        TemplateContent send = positionalSend();
        TemplateParameter place;
        place.kind = PK::Location;
        place.location.address = u"1 Hacker Way"_s;
        send.components[0].parameters = {place};
        QCOMPARE(TemplateRenderer::render(definition, send).headerText, u"1 Hacker Way"_s);
        send.components[0].parameters[0].location.name = u"Depot"_s;
        QCOMPARE(TemplateRenderer::render(definition, send).headerText, u"Depot"_s);
        send.components[0].parameters[0].kind = PK::Text;
        QVERIFY(!TemplateRenderer::render(definition, send).isComplete());
    }

    void exampleValues()
    {
        const RenderedTemplate out = TemplateRenderer::renderExample(positionalDefinition());
        QCOMPARE(out.headerText, u"Our Summer Sale is on!"_s);
        QCOMPARE(out.body, u"Hi Pablo, order 860198 costs $10, due today."_s);
        QCOMPARE(out.footer, u"Reply STOP to opt out"_s);
        QCOMPARE(out.buttons[1].target, u"https://x.com/s?p=summer"_s);
        QCOMPARE(out.buttons[3].target, u"250FF"_s);
        QVERIFY(out.isComplete());
    }

    void exampleUrlMayBeAWholeUrl()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.buttons[1].example = u"https://x.com/s?p=summer_lily"_s;
        QCOMPARE(TemplateRenderer::renderExample(definition).buttons[1].target,
                 u"https://x.com/s?p=summer_lily"_s);
    }

    void namedExamples()
    {
        TemplateDefinition definition;
        definition.parameterFormat = TemplateParameterFormat::Named;
        definition.body.text = u"Hi {{first_name}}, {{order_id}}"_s;
        definition.body.examples = {{u"order_id"_s, u"860198"_s}, {u"first_name"_s, u"Pablo"_s}};
        QCOMPARE(TemplateRenderer::renderExample(definition).body, u"Hi Pablo, 860198"_s);
    }

    void missingExamplesStayVisible()
    {
        TemplateDefinition definition = positionalDefinition();
        definition.body.examples.resize(2);
        definition.buttons[1].example.clear();
        const RenderedTemplate out = TemplateRenderer::renderExample(definition);
        QCOMPARE(out.body, u"Hi Pablo, order 860198 costs {{3}}, due {{4}}."_s);
        QCOMPARE(out.buttons[1].target, u"https://x.com/s?p={{1}}"_s);
        QCOMPARE(out.missing.size(), 3);
    }

    void emptyDefinition()
    {
        const RenderedTemplate out = TemplateRenderer::renderExample({});
        QVERIFY(!out.headerFormat);
        QVERIFY(out.body.isEmpty());
        QVERIFY(out.footer.isEmpty());
        QVERIFY(out.buttons.isEmpty());
        QVERIFY(out.isComplete());
    }
};

QTEST_APPLESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"

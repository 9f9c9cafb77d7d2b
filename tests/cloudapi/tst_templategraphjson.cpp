// Reading templates as GET /{waba-id}/message_templates lists them (spec §6.1): every component
// with its examples, named and positional parameters, buttons, status, quality and category;
// gaps a listing may have stay Unknown; a template without name, language or body is refused.

#include "TemplateGraphJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestTemplateGraphJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryComponent()
    {
        const auto d = templateFromGraphJson(obj(
            R"({)"
            R"("name":"summer_sale","language":"en_US","status":"APPROVED","category":"MARKETING",)"
            R"("id":"594425479261596","parameter_format":"POSITIONAL",)"
            R"("quality_score":{"score":"GREEN"},)"
            R"("components":[)"
            R"({"type":"HEADER","format":"TEXT","text":"Our {{1}} is on!",)"
            R"("example":{"header_text":["Summer Sale"]}},)"
            R"({"type":"BODY","text":"Hi {{1}}, order {{2}}","example":{"body_text":[["Pablo","860198"]]}},)"
            R"({"type":"FOOTER","text":"Reply STOP to opt out"},)"
            R"({"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Unsubscribe"},)"
            R"({"type":"URL","text":"Shop","url":"https://x.com/s?p={{1}}","example":["summer"]},)"
            R"({"type":"PHONE_NUMBER","text":"Call","phone_number":"15550051310"},)"
            R"({"type":"COPY_CODE","example":"250FF"}]}]})"));
        QVERIFY(d);
        QCOMPARE(d->id, QStringLiteral("594425479261596"));
        QCOMPARE(d->name, QStringLiteral("summer_sale"));
        QCOMPARE(d->language, QStringLiteral("en_US"));
        QCOMPARE(d->status, TemplateStatus::Approved);
        QCOMPARE(d->category, TemplateCategory::Marketing);
        QCOMPARE(d->quality, TemplateQuality::Green);
        QVERIFY(d->header);
        QCOMPARE(d->header->format, TemplateHeaderFormat::Text);
        QCOMPARE(d->header->text, QStringLiteral("Our {{1}} is on!"));
        QCOMPARE(d->header->examples.size(), 1);
        QCOMPARE(d->header->examples.first().value, QStringLiteral("Summer Sale"));
        QCOMPARE(d->body.text, QStringLiteral("Hi {{1}}, order {{2}}"));
        QCOMPARE(d->body.examples.size(), 2);
        QCOMPARE(d->body.examples.at(1).value, QStringLiteral("860198"));
        QCOMPARE(d->footer, std::optional(QStringLiteral("Reply STOP to opt out")));
        QCOMPARE(d->buttons.size(), 4);
        QCOMPARE(d->buttons.at(0).type, TemplateButtonType::QuickReply);
        QCOMPARE(d->buttons.at(1).url, QStringLiteral("https://x.com/s?p={{1}}"));
        QCOMPARE(d->buttons.at(1).example, QStringLiteral("summer"));
        QCOMPARE(d->buttons.at(2).phoneNumber, QStringLiteral("15550051310"));
        QCOMPARE(d->buttons.at(3).type, TemplateButtonType::CopyCode);
        QCOMPARE(d->buttons.at(3).example, QStringLiteral("250FF"));
    }

    void readsNamedParametersAndRejections()
    {
        const auto d = templateFromGraphJson(obj(
            R"({)"
            R"("name":"winback","language":"de","status":"REJECTED","category":"MARKETING",)"
            R"("rejected_reason":"INCORRECT_CATEGORY","parameter_format":"NAMED",)"
            R"("components":[{"type":"body","text":"Hi {{first_name}}",)"
            R"("example":{"body_text_named_params":[{"param_name":"first_name","example":"Pablo"}]}}]})"));
        QVERIFY(d);
        QCOMPARE(d->status, TemplateStatus::Rejected);
        QCOMPARE(d->rejectionReason, QStringLiteral("INCORRECT_CATEGORY"));
        QCOMPARE(d->parameterFormat, TemplateParameterFormat::Named);
        QCOMPARE(d->body.examples.size(), 1);
        QCOMPARE(d->body.examples.first().name, QStringLiteral("first_name"));
        QCOMPARE(d->body.examples.first().value, QStringLiteral("Pablo"));
        QVERIFY(!d->header);
        QVERIFY(!d->footer);
    }

    void toleratesWhatAListingLeavesOut()
    {
        // ?fields=name,language,components: no status, category or quality.
        const auto d = templateFromGraphJson(
            obj(R"({"name":"hello_world","language":"en_US",)"
                R"("components":[{"type":"BODY","text":"Hello"}],"rejected_reason":"NONE"})"));
        QVERIFY(d);
        QCOMPARE(d->status, TemplateStatus::Unknown);
        QCOMPARE(d->category, TemplateCategory::Unknown);
        QCOMPARE(d->quality, TemplateQuality::Unknown);
        QVERIFY(d->rejectionReason.isEmpty());
    }

    void refusesWhatCannotBeShown_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no name") << QByteArray(
            R"({"language":"en_US","components":[{"type":"BODY","text":"x"}]})");
        QTest::newRow("no language")
            << QByteArray(R"({"name":"a","components":[{"type":"BODY","text":"x"}]})");
        QTest::newRow("no body") << QByteArray(
            R"({"name":"a","language":"en_US","components":[{"type":"FOOTER","text":"x"}]})");
        QTest::newRow("components not a list") << QByteArray(
            R"({"name":"a","language":"en_US","components":{"type":"BODY","text":"x"}})");
        QTest::newRow("empty") << QByteArray("{}");
    }
    void refusesWhatCannotBeShown()
    {
        QFETCH(QByteArray, json);
        QString problem;
        QVERIFY(!templateFromGraphJson(QJsonDocument::fromJson(json).object(), &problem));
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTemplateGraphJson)
#include "tst_templategraphjson.moc"

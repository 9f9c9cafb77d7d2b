#include "TemplateSendCheck.h"
#include "TemplateSendFixtures.h"

#include <QTest>

using namespace sb;
using namespace sb::sendfixtures;
using namespace Qt::StringLiterals;

// Status, identity, body and named parameters of TemplateSendCheck::check().
class TestTemplateSendCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityAndBody_data()
    {
        columns();
        using D = TemplateDefinition;
        using S = TemplateContent;
        positional("valid", [](D &, S &) {});
        positional("valid without the optional quick reply",
                   [](D &, S &s) { s.components.removeAt(3); });
        positional(
            "wrong name", [](D &, S &s) { s.name = u"order_update"_s; }, TemplateDoesNotExist,
            u"template.name"_s, 1);
        positional(
            "wrong language", [](D &, S &s) { s.languageCode = u"en_GB"_s; }, TemplateDoesNotExist,
            u"template.language.code"_s, 1);
        positional("deterministic policy",
                   [](D &, S &s) { s.languagePolicy = u"deterministic"_s; });
        positional(
            "unknown policy", [](D &, S &s) { s.languagePolicy = u"fallback"_s; },
            ParameterValueInvalid, u"template.language.policy"_s, 1);
        positional(
            "body one parameter short", [](D &, S &s) { s.components[1].parameters.removeLast(); },
            TemplateParamCountMismatch, c(1), 1);
        positional(
            "body one parameter too many",
            [](D &, S &s) { s.components[1].parameters.append(text(u"x"_s)); },
            TemplateParamCountMismatch, c(1), 1);
        positional(
            "body component missing", [](D &, S &s) { s.components.removeAt(1); },
            TemplateParamCountMismatch, u"template.components"_s, 1);
        positional(
            "body without variables gets parameters",
            [](D &d, S &) { d.body.text = u"Thanks for your order."_s; },
            TemplateParamCountMismatch, c(1), 1);
        positional("body without variables, no component", [](D &d, S &s) {
            d.body.text = u"Thanks for your order."_s;
            s.components.removeAt(1);
        });
        positional("body without variables, empty component", [](D &d, S &s) {
            d.body.text = u"Thanks for your order."_s;
            s.components[1].parameters.clear();
        });
        positional(
            "duplicate body", [](D &, S &s) { s.components.append(s.components[1]); },
            TemplateParamCountMismatch, c(5), 1);
        positional(
            "duplicate header", [](D &, S &s) { s.components.append(s.components[0]); },
            TemplateParamCountMismatch, c(5), 1);
        positional(
            "positional parameter with a name",
            [](D &, S &s) { s.components[1].parameters[0].name = u"first_name"_s; },
            TemplateParamFormatMismatch, p(1, 0), 1);
        positional(
            "image in the body",
            [](D &, S &s) { s.components[1].parameters[0] = media(PK::Image, u"1"_s); },
            TemplateParamFormatMismatch, p(1, 0), 1);
        positional(
            "payload in the body",
            [](D &, S &s) { s.components[1].parameters[0] = payload(u"x"_s); },
            TemplateParamFormatMismatch, p(1, 0), 1);
        positional(
            "empty text", [](D &, S &s) { s.components[1].parameters[0].text.clear(); },
            RequiredParameterMissing, p(1, 0), 1);
        positional(
            "blank text", [](D &, S &s) { s.components[1].parameters[0].text = u"   "_s; },
            RequiredParameterMissing, p(1, 0), 1);
        positional(
            "new line in text", [](D &, S &s) { s.components[1].parameters[0].text = u"a\nb"_s; },
            TemplateParamValidation, p(1, 0), 1);
        positional(
            "tab in text", [](D &, S &s) { s.components[1].parameters[0].text = u"a\tb"_s; },
            TemplateParamValidation, p(1, 0), 1);
        positional(
            "five spaces in text",
            [](D &, S &s) { s.components[1].parameters[0].text = u"a     b"_s; },
            TemplateParamValidation, p(1, 0), 1);
        positional("four spaces in text",
                   [](D &, S &s) { s.components[1].parameters[0].text = u"a    b"_s; });
        positional("valid currency", [](D &, S &s) {
            s.components[1].parameters[2] = currency(u"$12.50"_s, u"USD"_s, 12500);
        });
        positional("currency amount zero", [](D &, S &s) {
            s.components[1].parameters[2] = currency(u"free"_s, u"EUR"_s, 0);
        });
        positional(
            "currency without fallback",
            [](D &, S &s) { s.components[1].parameters[2] = currency({}, u"USD"_s, 12500); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.fallback_value"_s, 1);
        positional(
            "currency code lower case",
            [](D &, S &s) { s.components[1].parameters[2] = currency(u"$1"_s, u"usd"_s, 1000); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.code"_s, 1);
        positional(
            "currency code two letters",
            [](D &, S &s) { s.components[1].parameters[2] = currency(u"$1"_s, u"US"_s, 1000); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.code"_s, 1);
        positional(
            "currency code four letters",
            [](D &, S &s) { s.components[1].parameters[2] = currency(u"$1"_s, u"USDT"_s, 1000); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.code"_s, 1);
        positional(
            "currency code missing",
            [](D &, S &s) { s.components[1].parameters[2] = currency(u"$1"_s, {}, 1000); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.code"_s, 1);
        positional(
            "currency negative amount",
            [](D &, S &s) { s.components[1].parameters[2] = currency(u"$1"_s, u"USD"_s, -1); },
            TemplateParamFormatMismatch, p(1, 2) + u".currency.amount_1000"_s, 1);
        positional(
            "date_time without fallback",
            [](D &, S &s) { s.components[1].parameters[2] = dateTime({}); },
            TemplateParamFormatMismatch, p(1, 2) + u".date_time.fallback_value"_s, 1);
    }

    void identityAndBody() { verifyRow(); }

    void namedParameters_data()
    {
        columns();
        using D = TemplateDefinition;
        using S = TemplateContent;
        named("valid in any order", [](D &, S &) {});
        named(
            "body parameter without a name",
            [](D &, S &s) { s.components[1].parameters[0].name.clear(); },
            TemplateParamFormatMismatch, p(1, 0), 2);
        named(
            "missing name is reported on the component",
            [](D &, S &s) { s.components[1].parameters[0].name.clear(); },
            TemplateParamFormatMismatch, c(1), 2);
        named(
            "unknown name",
            [](D &, S &s) { s.components[1].parameters[0].name = u"order_number"_s; },
            TemplateParamFormatMismatch, p(1, 0), 2);
        named(
            "name given twice",
            [](D &, S &s) { s.components[1].parameters[1].name = u"order_id"_s; },
            TemplateParamFormatMismatch, p(1, 1), 2);
        named(
            "one parameter short", [](D &, S &s) { s.components[1].parameters.removeLast(); },
            TemplateParamCountMismatch, c(1), 1);
        named(
            "header parameter without a name",
            [](D &, S &s) { s.components[0].parameters[0].name.clear(); },
            TemplateParamFormatMismatch, p(0, 0), 2);
        named(
            "header parameter with the body's name",
            [](D &, S &s) { s.components[0].parameters[0].name = u"first_name"_s; },
            TemplateParamFormatMismatch, p(0, 0), 2);
        named("named currency", [](D &, S &s) {
            TemplateParameter amount = currency(u"€5"_s, u"EUR"_s, 5000);
            amount.name = u"order_id"_s;
            s.components[1].parameters[0] = amount;
        });
    }

    void namedParameters() { verifyRow(); }

    void status_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("paused") << TemplateStatus::Paused << int(TemplatePaused);
        QTest::newRow("disabled") << TemplateStatus::Disabled << int(TemplateDisabled);
        QTest::newRow("pending") << TemplateStatus::Pending << int(TemplateDoesNotExist);
        QTest::newRow("rejected") << TemplateStatus::Rejected << int(TemplateDoesNotExist);
        QTest::newRow("in appeal") << TemplateStatus::InAppeal << int(TemplateDoesNotExist);
        QTest::newRow("archived") << TemplateStatus::Archived << int(TemplateDoesNotExist);
        QTest::newRow("pending deletion")
            << TemplateStatus::PendingDeletion << int(TemplateDoesNotExist);
        QTest::newRow("locked") << TemplateStatus::Locked << int(TemplateDoesNotExist);
        QTest::newRow("limit exceeded")
            << TemplateStatus::LimitExceeded << int(TemplateDoesNotExist);
        QTest::newRow("flagged") << TemplateStatus::Flagged << int(TemplateDoesNotExist);
        QTest::newRow("unknown") << TemplateStatus::Unknown << int(TemplateDoesNotExist);
    }

    // Only APPROVED is sendable; everything else is one problem on "template", however good the
    // parameters are.
    void status()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(int, code);
        TemplateDefinition definition = positionalDefinition();
        definition.status = status;
        const TemplateCheckResult result = TemplateSendCheck::check(definition, positionalSend());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems[0].errorCode, code);
        QCOMPARE(result.problems[0].path, u"template"_s);
        QVERIFY(result.problems[0].message.contains(definition.name));
        if (code == TemplateDoesNotExist)
            QVERIFY(result.problems[0].message.contains(TemplateSendCheck::statusLabel(status)));
        QVERIFY(!TemplateSendCheck::isSendable(definition));
        QVERIFY(!TemplateSendCheck::unsendableReason(definition).isEmpty());
    }

    void approvedIsSendable()
    {
        const TemplateDefinition definition = positionalDefinition();
        QVERIFY(TemplateSendCheck::isSendable(definition));
        QVERIFY(TemplateSendCheck::unsendableReason(definition).isEmpty());
        QVERIFY(TemplateSendCheck::check(definition, positionalSend()).isOk());
    }

    void unsendableReasons_data()
    {
        QTest::addColumn<TemplateStatus>("status");
        QTest::addColumn<QString>("rejection");
        QTest::addColumn<QString>("reason");
        QTest::newRow("paused") << TemplateStatus::Paused << QString()
                                << u"Paused by Meta because of low quality"_s;
        QTest::newRow("pending") << TemplateStatus::Pending << QString() << u"Pending review"_s;
        QTest::newRow("rejected, known reason")
            << TemplateStatus::Rejected << u"INCORRECT_CATEGORY"_s
            << u"Rejected: incorrect category"_s;
        QTest::newRow("rejected, unknown reason")
            << TemplateStatus::Rejected << u"NEW_REASON"_s << u"Rejected: NEW_REASON"_s;
        QTest::newRow("rejected, no reason")
            << TemplateStatus::Rejected << QString() << u"Rejected"_s;
        QTest::newRow("rejected, reason NONE")
            << TemplateStatus::Rejected << u"NONE"_s << u"Rejected"_s;
        QTest::newRow("disabled") << TemplateStatus::Disabled << QString()
                                  << u"Disabled after repeated pauses for low quality"_s;
        QTest::newRow("in appeal")
            << TemplateStatus::InAppeal << QString() << u"Appeal requested"_s;
    }

    void unsendableReasons()
    {
        QFETCH(TemplateStatus, status);
        QFETCH(QString, rejection);
        QFETCH(QString, reason);
        TemplateDefinition definition = positionalDefinition();
        definition.status = status;
        definition.rejectionReason = rejection;
        QCOMPARE(TemplateSendCheck::unsendableReason(definition), reason);
    }

    void countMessageNamesTheVariables()
    {
        TemplateContent send = positionalSend();
        send.components[1].parameters.removeLast();
        const auto result = TemplateSendCheck::check(positionalDefinition(), send);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems[0].message.contains(u"{{1}}, {{2}}, {{3}}"_s));
    }
};

QTEST_APPLESS_MAIN(TestTemplateSendCheck)
#include "tst_templatesendcheck.moc"

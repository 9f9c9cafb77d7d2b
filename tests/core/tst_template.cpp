#include "Template.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

// Wire names round-trip; case and surrounding blanks do not matter; garbage becomes Unknown.
class TestTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<TemplateStatus>("status");
        QTest::newRow("approved") << u"APPROVED"_s << TemplateStatus::Approved;
        QTest::newRow("pending") << u"PENDING"_s << TemplateStatus::Pending;
        QTest::newRow("rejected") << u"REJECTED"_s << TemplateStatus::Rejected;
        QTest::newRow("paused") << u"PAUSED"_s << TemplateStatus::Paused;
        QTest::newRow("disabled") << u"DISABLED"_s << TemplateStatus::Disabled;
        QTest::newRow("in appeal") << u"IN_APPEAL"_s << TemplateStatus::InAppeal;
        QTest::newRow("archived") << u"ARCHIVED"_s << TemplateStatus::Archived;
        QTest::newRow("pending deletion")
            << u"PENDING_DELETION"_s << TemplateStatus::PendingDeletion;
        QTest::newRow("locked") << u"LOCKED"_s << TemplateStatus::Locked;
        QTest::newRow("limit exceeded") << u"LIMIT_EXCEEDED"_s << TemplateStatus::LimitExceeded;
        QTest::newRow("flagged") << u"FLAGGED"_s << TemplateStatus::Flagged;
    }

    void statuses()
    {
        QFETCH(QString, wire);
        QFETCH(TemplateStatus, status);
        QCOMPARE(templateStatusFromWire(wire), status);
        QCOMPARE(templateStatusFromWire(wire.toLower()), status);
        QCOMPARE(templateStatusFromWire(QString(u"  "_s + wire + u"\n"_s)), status);
        QCOMPARE(templateStatusWireName(status), wire);
    }

    void reinstatedMeansApproved()
    {
        QCOMPARE(templateStatusFromWire(u"REINSTATED"), TemplateStatus::Approved);
        QCOMPARE(templateStatusFromWire(u"reinstated"), TemplateStatus::Approved);
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("new value") << u"SOMETHING_NEW"_s;
        QTest::newRow("spaced") << u"IN APPEAL"_s;
        QTest::newRow("prefix") << u"APPROVEDX"_s;
        QTest::newRow("unicode") << u"ÄPPROVED"_s;
        QTest::newRow("control") << QString(QChar(0)) + u"URL"_s;
        QTest::newRow("long") << QString(100000, u'A');
    }

    void garbage()
    {
        QFETCH(QString, wire);
        QCOMPARE(templateStatusFromWire(wire), TemplateStatus::Unknown);
        QCOMPARE(templateCategoryFromWire(wire), TemplateCategory::Unknown);
        QCOMPARE(templateQualityFromWire(wire), TemplateQuality::Unknown);
        QCOMPARE(templateHeaderFormatFromWire(wire), TemplateHeaderFormat::Unknown);
        QCOMPARE(templateButtonTypeFromWire(wire), TemplateButtonType::Unknown);
        QCOMPARE(templateParameterFormatFromWire(wire), TemplateParameterFormat::Positional);
    }

    void categories()
    {
        QCOMPARE(templateCategoryFromWire(u"MARKETING"), TemplateCategory::Marketing);
        QCOMPARE(templateCategoryFromWire(u"utility"), TemplateCategory::Utility);
        QCOMPARE(templateCategoryFromWire(u"Authentication"), TemplateCategory::Authentication);
        QCOMPARE(templateCategoryWireName(TemplateCategory::Marketing), u"MARKETING"_s);
        QCOMPARE(templateCategoryWireName(TemplateCategory::Utility), u"UTILITY"_s);
        QCOMPARE(templateCategoryWireName(TemplateCategory::Authentication), u"AUTHENTICATION"_s);
        QVERIFY(templateCategoryWireName(TemplateCategory::Unknown).isEmpty());
    }

    void qualities()
    {
        QCOMPARE(templateQualityFromWire(u"GREEN"), TemplateQuality::Green);
        QCOMPARE(templateQualityFromWire(u"yellow"), TemplateQuality::Yellow);
        QCOMPARE(templateQualityFromWire(u"Red"), TemplateQuality::Red);
        QCOMPARE(templateQualityFromWire(u"UNKNOWN"), TemplateQuality::Unknown);
        QCOMPARE(templateQualityFromWire(u"NA"), TemplateQuality::Unknown);
        QCOMPARE(templateQualityWireName(TemplateQuality::Yellow), u"YELLOW"_s);
        // UNKNOWN is itself a wire value of the quality score.
        QCOMPARE(templateQualityWireName(TemplateQuality::Unknown), u"UNKNOWN"_s);
    }

    void parameterFormats()
    {
        QCOMPARE(templateParameterFormatFromWire(u"NAMED"), TemplateParameterFormat::Named);
        QCOMPARE(templateParameterFormatFromWire(u"named"), TemplateParameterFormat::Named);
        QCOMPARE(templateParameterFormatFromWire(u"POSITIONAL"),
                 TemplateParameterFormat::Positional);
        // Absent means the platform default.
        QCOMPARE(templateParameterFormatFromWire(u""), TemplateParameterFormat::Positional);
        QCOMPARE(templateParameterFormatWireName(TemplateParameterFormat::Named), u"NAMED"_s);
        QCOMPARE(templateParameterFormatWireName(TemplateParameterFormat::Positional),
                 u"POSITIONAL"_s);
    }

    void headerFormats_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<TemplateHeaderFormat>("format");
        QTest::newRow("text") << u"TEXT"_s << TemplateHeaderFormat::Text;
        QTest::newRow("image") << u"IMAGE"_s << TemplateHeaderFormat::Image;
        QTest::newRow("video") << u"VIDEO"_s << TemplateHeaderFormat::Video;
        QTest::newRow("gif") << u"GIF"_s << TemplateHeaderFormat::Gif;
        QTest::newRow("document") << u"DOCUMENT"_s << TemplateHeaderFormat::Document;
        QTest::newRow("location") << u"LOCATION"_s << TemplateHeaderFormat::Location;
    }

    void headerFormats()
    {
        QFETCH(QString, wire);
        QFETCH(TemplateHeaderFormat, format);
        QCOMPARE(templateHeaderFormatFromWire(wire), format);
        QCOMPARE(templateHeaderFormatFromWire(wire.toLower()), format);
        QCOMPARE(templateHeaderFormatWireName(format), wire);
    }

    void buttonTypes_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<TemplateButtonType>("type");
        QTest::newRow("quick reply") << u"QUICK_REPLY"_s << TemplateButtonType::QuickReply;
        QTest::newRow("url") << u"URL"_s << TemplateButtonType::Url;
        QTest::newRow("phone") << u"PHONE_NUMBER"_s << TemplateButtonType::PhoneNumber;
        QTest::newRow("copy code") << u"COPY_CODE"_s << TemplateButtonType::CopyCode;
        QTest::newRow("flow") << u"FLOW"_s << TemplateButtonType::Flow;
        QTest::newRow("otp") << u"OTP"_s << TemplateButtonType::Otp;
        QTest::newRow("catalog") << u"CATALOG"_s << TemplateButtonType::Catalog;
        QTest::newRow("mpm") << u"MPM"_s << TemplateButtonType::Mpm;
        QTest::newRow("spm") << u"SPM"_s << TemplateButtonType::Spm;
        QTest::newRow("voice call") << u"VOICE_CALL"_s << TemplateButtonType::VoiceCall;
        QTest::newRow("send location") << u"SEND_LOCATION"_s << TemplateButtonType::SendLocation;
        QTest::newRow("order details") << u"ORDER_DETAILS"_s << TemplateButtonType::OrderDetails;
        QTest::newRow("extension") << u"EXTENSION"_s << TemplateButtonType::Extension;
        QTest::newRow("postback") << u"POSTBACK"_s << TemplateButtonType::Postback;
        QTest::newRow("reminder") << u"REMINDER"_s << TemplateButtonType::Reminder;
    }

    void buttonTypes()
    {
        QFETCH(QString, wire);
        QFETCH(TemplateButtonType, type);
        QCOMPARE(templateButtonTypeFromWire(wire), type);
        QCOMPARE(templateButtonTypeFromWire(wire.toLower()), type);
        QCOMPARE(templateButtonTypeWireName(type), wire);
    }

    void unknownValuesHaveNoWireName()
    {
        QVERIFY(templateStatusWireName(TemplateStatus::Unknown).isEmpty());
        QVERIFY(templateHeaderFormatWireName(TemplateHeaderFormat::Unknown).isEmpty());
        QVERIFY(templateButtonTypeWireName(TemplateButtonType::Unknown).isEmpty());
    }

    void definitionDefaultsAreSafe()
    {
        const TemplateDefinition definition;
        QCOMPARE(definition.status, TemplateStatus::Unknown);
        QCOMPARE(definition.category, TemplateCategory::Unknown);
        QCOMPARE(definition.quality, TemplateQuality::Unknown);
        QCOMPARE(definition.parameterFormat, TemplateParameterFormat::Positional);
        QVERIFY(!definition.header);
        QVERIFY(!definition.footer);
        QVERIFY(definition.buttons.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTemplate)
#include "tst_template.moc"

#include "Clock.h"
#include "ComposerContact.h"
#include "Message.h"
#include "TemplateForm.h"
#include "TemplatePicker.h"
#include "TemplatePreview.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

TemplateDefinition namedTemplate()
{
    TemplateDefinition def;
    def.name = QStringLiteral("order_ready");
    def.language = QStringLiteral("en_US");
    def.category = TemplateCategory::Utility;
    def.status = TemplateStatus::Approved;
    def.parameterFormat = TemplateParameterFormat::Named;
    def.body.text = QStringLiteral("Hi {{first_name}}, your order {{order_id}} is *ready*.");
    def.body.examples = {{QStringLiteral("first_name"), QStringLiteral("Jessica")},
                         {QStringLiteral("order_id"), QStringLiteral("SKBUP2")}};
    def.footer = QStringLiteral("Reply STOP to opt out");
    return def;
}

TemplateDefinition positionalTemplate()
{
    TemplateDefinition def;
    def.name = QStringLiteral("shipping_update");
    def.language = QStringLiteral("de_DE");
    def.category = TemplateCategory::Utility;
    def.status = TemplateStatus::Approved;
    def.header = TemplateHeaderDef{TemplateHeaderFormat::Text,
                                   QStringLiteral("Order {{1}}"),
                                   {{QString(), QStringLiteral("A-1")}},
                                   QString()};
    def.body.text = QStringLiteral("Hello {{1}}, parcel {{2}} leaves today.");
    TemplateButtonDef track;
    track.type = TemplateButtonType::Url;
    track.text = QStringLiteral("Track");
    track.url = QStringLiteral("https://example.com/track/{{1}}");
    track.example = QStringLiteral("ABC");
    TemplateButtonDef stop;
    stop.type = TemplateButtonType::QuickReply;
    stop.text = QStringLiteral("Stop updates");
    def.buttons = {track, stop};
    return def;
}

TemplateDefinition marketingTemplate()
{
    TemplateDefinition def;
    def.name = QStringLiteral("summer_sale");
    def.language = QStringLiteral("en_US");
    def.category = TemplateCategory::Marketing;
    def.status = TemplateStatus::Approved;
    def.body.text = QStringLiteral("Our summer sale starts today!");
    return def;
}

TemplateDefinition imageHeaderTemplate()
{
    TemplateDefinition def = marketingTemplate();
    def.name = QStringLiteral("new_arrivals");
    def.header = TemplateHeaderDef{TemplateHeaderFormat::Image, {}, {}, QStringLiteral("4::aW")};
    def.body.text = QStringLiteral("New in, {{1}}!");
    return def;
}

ComposerContact maria(bool optedOut)
{
    ComposerContact contact;
    contact.name = QStringLiteral("Maria");
    contact.to = QStringLiteral("+4915112345678");
    contact.optedOutMarketing = optedOut;
    if (optedOut) {
        contact.optOutSource = QStringLiteral("STOP");
        contact.optOutAt = QDateTime(QDate(2025, 5, 3), QTime(9, 30), Qt::UTC);
    } else {
        contact.optInSource = QStringLiteral("checkout form");
        contact.optInAt = QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC);
    }
    return contact;
}

} // namespace

class TestTemplateForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void namedFieldsUpdatePreviewAndSend()
    {
        ManualClock clock(kNow);
        TemplateForm form;
        form.setClock(&clock);
        form.setContact(maria(false));
        form.setTemplate(namedTemplate());
        QCOMPARE(form.fieldKeys(),
                 QStringList({QStringLiteral("body.first_name"), QStringLiteral("body.order_id")}));
        QCOMPARE(form.field(QStringLiteral("body.first_name"))->placeholderText(),
                 QStringLiteral("e.g. Jessica"));
        QVERIFY(!form.canSend());
        QCOMPARE(form.preview()->bodyText(),
                 QStringLiteral("Hi {{first_name}}, your order {{order_id}} is *ready*."));
        QVERIFY(form.problemText().contains(QStringLiteral("131008")));

        QTest::keyClicks(form.field(QStringLiteral("body.first_name")), QStringLiteral("Maria"));
        QCOMPARE(form.preview()->bodyText(),
                 QStringLiteral("Hi Maria, your order {{order_id}} is *ready*."));
        QVERIFY(!form.canSend());
        QTest::keyClicks(form.field(QStringLiteral("body.order_id")), QStringLiteral("XK-42"));
        QCOMPARE(form.preview()->bodyText(),
                 QStringLiteral("Hi Maria, your order XK-42 is *ready*."));
        QCOMPARE(form.preview()->footerText(), QStringLiteral("Reply STOP to opt out"));
        QVERIFY2(form.problemText().isEmpty(), qPrintable(form.problemText()));
        QVERIFY(form.canSend());

        TemplateContent expected;
        expected.name = QStringLiteral("order_ready");
        expected.languageCode = QStringLiteral("en_US");
        TemplateComponent body;
        body.kind = TemplateComponentKind::Body;
        TemplateParameter first;
        first.name = QStringLiteral("first_name");
        first.text = QStringLiteral("Maria");
        TemplateParameter order;
        order.name = QStringLiteral("order_id");
        order.text = QStringLiteral("XK-42");
        body.parameters = {first, order};
        expected.components = {body};

        QSignalSpy spy(&form, &TemplateForm::sendRequested);
        QVERIFY(form.send());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Message>(),
                 makeTemplate(QStringLiteral("+4915112345678"), expected));
        QCOMPARE(spy.at(0).at(1).toString(), QString());
    }

    void positionalHeaderAndUrlButton()
    {
        TemplateForm form;
        form.setContact(maria(false));
        form.setTemplate(positionalTemplate());
        QCOMPARE(form.fieldKeys(),
                 QStringList({QStringLiteral("header.1"), QStringLiteral("body.1"),
                              QStringLiteral("body.2"), QStringLiteral("button.0")}));
        QVERIFY(form.setFieldValue(QStringLiteral("header.1"), QStringLiteral("A-77")));
        QVERIFY(form.setFieldValue(QStringLiteral("body.1"), QStringLiteral("Jörg")));
        QCOMPARE(form.preview()->headerText(), QStringLiteral("Order A-77"));
        QCOMPARE(form.preview()->bodyText(),
                 QStringLiteral("Hello Jörg, parcel {{2}} leaves today."));
        QVERIFY(form.setFieldValue(QStringLiteral("body.2"), QStringLiteral("P 9")));
        QVERIFY(!form.canSend()); // the URL variable is still empty
        QVERIFY(form.problemText().contains(QStringLiteral("“Track” link {{1}}")));
        QVERIFY(form.setFieldValue(QStringLiteral("button.0"), QStringLiteral("Gonçalves 7")));
        QVERIFY2(form.canSend(), qPrintable(form.problemText()));
        QCOMPARE(form.preview()->buttonLabels().constFirst(),
                 QStringLiteral("Track → https://example.com/track/Gon%C3%A7alves%207"));

        QSignalSpy spy(&form, &TemplateForm::sendRequested);
        QVERIFY(form.send());
        const Message sent = spy.at(0).at(0).value<Message>();
        const TemplateContent *content = sent.as<TemplateContent>();
        QVERIFY(content);
        QCOMPARE(sent.kind, MessageKind::Template);
        QCOMPARE(content->components.size(), 3);
        QCOMPARE(content->components[0].kind, TemplateComponentKind::Header);
        QCOMPARE(content->components[0].parameters.constFirst().text, QStringLiteral("A-77"));
        QCOMPARE(content->components[1].parameters.size(), 2);
        QCOMPARE(content->components[1].parameters[0].text, QStringLiteral("Jörg"));
        QVERIFY(content->components[1].parameters[0].name.isEmpty());
        QCOMPARE(content->components[1].parameters[1].text, QStringLiteral("P 9"));
        QCOMPARE(content->components[2].kind, TemplateComponentKind::Button);
        QCOMPARE(content->components[2].subType, QStringLiteral("url"));
        QCOMPARE(content->components[2].index, 0);
        QCOMPARE(content->components[2].parameters.constFirst().text,
                 QStringLiteral("Gon%C3%A7alves%207"));
    }

    void parameterProblemsShownInline()
    {
        TemplateForm form;
        form.setContact(maria(false));
        form.setTemplate(namedTemplate());
        form.setFieldValue(QStringLiteral("body.first_name"), QStringLiteral("Maria\tK"));
        form.setFieldValue(QStringLiteral("body.order_id"), QStringLiteral("7"));
        QVERIFY(!form.canSend());
        QVERIFY(form.problemText().startsWith(QStringLiteral("{{first_name}}: ")));
        QVERIFY(form.problemText().contains(QStringLiteral("error 132018")));
        QSignalSpy spy(&form, &TemplateForm::sendRequested);
        QVERIFY(!form.send());
        QCOMPARE(spy.size(), 0);
        form.setFieldValue(QStringLiteral("body.first_name"), QStringLiteral("Maria K"));
        QVERIFY(form.canSend());
    }

    void marketingToOptedOutRefused()
    {
        ManualClock clock(kNow);
        TemplateForm form;
        form.setClock(&clock);
        form.setContact(maria(true));
        form.setTemplate(marketingTemplate());
        QCOMPARE(form.categoryText(), QStringLiteral("Marketing"));
        QCOMPARE(form.optInText(),
                 QStringLiteral("Maria opted out of marketing on 3 May via “STOP”."));
        QCOMPARE(form.refusal(),
                 QStringLiteral("Maria opted out of marketing on 3 May via “STOP”: send a "
                                "utility template or wait for Maria to write."));
        QVERIFY(!form.canSend());
        QSignalSpy spy(&form, &TemplateForm::sendRequested);
        QVERIFY(!form.send());
        QCOMPARE(spy.size(), 0);

        // The opt-out stops marketing only: a utility template still goes.
        form.setTemplate(namedTemplate());
        form.setFieldValue(QStringLiteral("body.first_name"), QStringLiteral("Maria"));
        form.setFieldValue(QStringLiteral("body.order_id"), QStringLiteral("1"));
        QVERIFY(form.refusal().isEmpty());
        QVERIFY(form.canSend());

        // The same marketing template to a contact who did not opt out.
        form.setContact(maria(false));
        form.setTemplate(marketingTemplate());
        QCOMPARE(form.optInText(), QStringLiteral("Maria opted in via checkout form on 2 March."));
        QVERIFY(form.refusal().isEmpty());
        QVERIFY(form.canSend());
    }

    void imageHeaderFromLocalFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("arrivals.png"));
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(png, "PNG"));
        const QString pdf = dir.filePath(QStringLiteral("terms.pdf"));
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        }

        TemplateForm form;
        form.setContact(maria(false));
        form.setTemplate(imageHeaderTemplate());
        form.setFieldValue(QStringLiteral("body.1"), QStringLiteral("Maria"));
        QVERIFY(!form.canSend()); // no header image yet
        QVERIFY(form.preview()->headerText().contains(QStringLiteral("not chosen yet")));

        QVERIFY(!form.setHeaderMediaFile(pdf));
        QVERIFY(form.headerMediaMessage().contains(QStringLiteral("terms.pdf")));
        QVERIFY(form.headerMediaMessage().contains(QStringLiteral("JPEG or PNG")));
        QVERIFY(!form.canSend());

        QVERIFY(form.setHeaderMediaFile(png));
        QVERIFY(form.headerMediaMessage().isEmpty());
        QCOMPARE(form.preview()->headerText(), QStringLiteral("Image: arrivals.png"));
        QVERIFY2(form.canSend(), qPrintable(form.problemText()));
        QSignalSpy spy(&form, &TemplateForm::sendRequested);
        QVERIFY(form.send());
        QCOMPARE(spy.at(0).at(1).toString(), png);
        const TemplateContent *content = spy.at(0).at(0).value<Message>().as<TemplateContent>();
        QVERIFY(content);
        const TemplateParameter &header = content->components.constFirst().parameters.constFirst();
        QCOMPARE(header.kind, TemplateParameterKind::Image);
        QCOMPARE(header.media.mimeType, QStringLiteral("image/png"));
        QCOMPARE(header.media.fileSize, QFileInfo(png).size());
    }

    void locationHeader()
    {
        TemplateDefinition def = namedTemplate();
        def.header = TemplateHeaderDef{TemplateHeaderFormat::Location, {}, {}, {}};
        TemplateForm form;
        form.setContact(maria(false));
        form.setTemplate(def);
        form.setFieldValue(QStringLiteral("body.first_name"), QStringLiteral("Maria"));
        form.setFieldValue(QStringLiteral("body.order_id"), QStringLiteral("1"));
        form.setFieldValue(QStringLiteral("location.latitude"), QStringLiteral("95"));
        form.setFieldValue(QStringLiteral("location.longitude"), QStringLiteral("13.4"));
        QVERIFY(!form.canSend());
        QVERIFY(form.problemText().contains(QStringLiteral("Location: ")));
        form.setFieldValue(QStringLiteral("location.latitude"), QStringLiteral("52.52"));
        form.setFieldValue(QStringLiteral("location.name"), QStringLiteral("Pickup point"));
        QVERIFY2(form.canSend(), qPrintable(form.problemText()));
        QCOMPARE(form.preview()->headerText(), QStringLiteral("Location: Pickup point"));
    }

    void pickerGreysUnsendableTemplates()
    {
        TemplateDefinition paused = marketingTemplate();
        paused.name = QStringLiteral("spring_sale");
        paused.status = TemplateStatus::Paused;
        TemplateDefinition rejected = namedTemplate();
        rejected.name = QStringLiteral("bad_one");
        rejected.status = TemplateStatus::Rejected;
        rejected.rejectionReason = QStringLiteral("INCORRECT_CATEGORY");

        TemplatePicker picker;
        QSignalSpy selected(&picker, &TemplatePicker::templateSelected);
        picker.setTemplates({paused, namedTemplate(), rejected, positionalTemplate()});
        // Sendable ones come first.
        QCOMPARE(picker.visibleTemplates().at(0).name, QStringLiteral("order_ready"));
        QCOMPARE(picker.visibleTemplates().at(1).name, QStringLiteral("shipping_update"));

        QVERIFY(!picker.isSelectable(QStringLiteral("spring_sale"), QStringLiteral("en_US")));
        QCOMPARE(picker.rowToolTip(QStringLiteral("spring_sale"), QStringLiteral("en_US")),
                 QStringLiteral("Paused by Meta because of low quality"));
        QVERIFY(!picker.selectTemplate(QStringLiteral("spring_sale"), QStringLiteral("en_US")));
        QCOMPARE(picker.rowToolTip(QStringLiteral("bad_one"), QStringLiteral("en_US")),
                 QStringLiteral("Rejected: incorrect category"));
        // A click on the greyed row selects nothing.
        QListWidgetItem *row = picker.list()->item(3);
        QVERIFY(!(row->flags() & Qt::ItemIsEnabled));
        QTest::mouseClick(picker.list()->viewport(), Qt::LeftButton, {},
                          picker.list()->visualItemRect(row).center());
        QVERIFY(!picker.currentTemplate());
        QCOMPARE(selected.size(), 0);

        QVERIFY(picker.selectTemplate(QStringLiteral("order_ready"), QStringLiteral("en_US")));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.at(0).at(0).value<TemplateDefinition>().name,
                 QStringLiteral("order_ready"));

        // Paused while selected (a status webhook refresh): the selection goes away.
        QSignalSpy cleared(&picker, &TemplatePicker::selectionCleared);
        TemplateDefinition nowPaused = namedTemplate();
        nowPaused.status = TemplateStatus::Paused;
        picker.setTemplates({paused, nowPaused});
        QVERIFY(!picker.currentTemplate());
        QCOMPARE(cleared.size(), 1);
    }

    void pickerFilters()
    {
        TemplatePicker picker;
        picker.setTemplates({namedTemplate(), positionalTemplate(), marketingTemplate()});
        QCOMPARE(picker.visibleTemplates().size(), 3);
        picker.setSearchText(QStringLiteral("PARCEL"));
        QCOMPARE(picker.visibleTemplates().size(), 1);
        QCOMPARE(picker.visibleTemplates().constFirst().name, QStringLiteral("shipping_update"));
        picker.setSearchText(QString());
        picker.setLanguageFilter(QStringLiteral("en_US"));
        QCOMPARE(picker.visibleTemplates().size(), 2);
        picker.setCategoryFilter(TemplateCategory::Marketing);
        QCOMPARE(picker.visibleTemplates().size(), 1);
        QCOMPARE(picker.visibleTemplates().constFirst().name, QStringLiteral("summer_sale"));
        picker.setLanguageFilter(QStringLiteral("de_DE"));
        QVERIFY(picker.visibleTemplates().isEmpty());
        picker.setLanguageFilter(QString());
        picker.setCategoryFilter(std::nullopt);
        QCOMPARE(picker.visibleTemplates().size(), 3);
    }
};

QTEST_MAIN(TestTemplateForm)
#include "tst_templateform.moc"

#include "ComposerTestSupport.h"
#include "SettingsDraftStore.h"
#include "TemplateForm.h"
#include "TemplatePicker.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sbtest;

namespace {

TemplateDefinition utilityTemplate()
{
    TemplateDefinition def;
    def.name = QStringLiteral("order_ready");
    def.language = QStringLiteral("en_US");
    def.category = TemplateCategory::Utility;
    def.status = TemplateStatus::Approved;
    def.body.text = QStringLiteral("Hi {{1}}, your order is ready.");
    return def;
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void switchesToTemplatesAtExpiryKeepingTheText()
    {
        Fixture f(windowClosingIn(1min));
        f.composer.show();
        f.composer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.composer));
        QCOMPARE(f.composer.scheduledWindowCheck(), kStart.addSecs(60));
        QVERIFY(!f.composer.isTemplateMode());
        QVERIFY(f.editor()->isVisible());

        f.editor()->setFocus();
        QVERIFY(f.editor()->hasFocus());
        QTest::keyClicks(f.editor(), QStringLiteral("Your parcel is on its way"));
        QSignalSpy modeSpy(&f.composer, &Composer::templateModeChanged);

        // One millisecond before the deadline nothing changes.
        f.clock.advance(60s - 1ms);
        f.composer.checkWindowNow();
        QVERIFY(!f.composer.isTemplateMode());
        QCOMPARE(modeSpy.size(), 0);

        f.clock.advance(1ms + 2min);
        f.composer.checkWindowNow();
        QVERIFY(f.composer.isTemplateMode());
        QVERIFY(f.composer.isWindowClosed());
        QCOMPARE(modeSpy.size(), 1);
        QCOMPARE(modeSpy.at(0).at(0).toBool(), true);
        QVERIFY(!f.editor()->isVisible());
        QVERIFY(f.composer.templatePicker()->isVisible());
        QCOMPARE(f.composer.bannerText(),
                 QStringLiteral("The 24-hour window closed 2 min ago: only approved templates "
                                "can be sent."));
        QCOMPARE(f.composer.text(), QStringLiteral("Your parcel is on its way"));
        QVERIFY(f.composer.keptDraftText().startsWith(QStringLiteral("Your draft is kept")));
        QVERIFY(f.composer.keptDraftText().contains(QStringLiteral("Your parcel is on its way")));
        QVERIFY(!f.composer.scheduledWindowCheck().isValid()); // nothing changes any more
        // Keystrokes go to the template list, never into the hidden editor.
        QVERIFY(f.composer.templatePicker()->list()->hasFocus());

        // The minutes are computed live.
        f.clock.advance(3min);
        f.composer.checkWindowNow();
        QVERIFY(f.composer.bannerText().startsWith(
            QStringLiteral("The 24-hour window closed 5 min ago")));

        // A customer message reopens the window: free text again, with the draft.
        WindowInputs reopened;
        reopened.lastInbound = f.clock.now();
        f.composer.setWindow(reopened);
        QVERIFY(!f.composer.isTemplateMode());
        QVERIFY(f.editor()->isVisible());
        QCOMPARE(f.editor()->toPlainText(), QStringLiteral("Your parcel is on its way"));
        QVERIFY(f.composer.bannerText().isEmpty());
        QVERIFY(f.composer.keptDraftText().isEmpty());
        QCOMPARE(modeSpy.size(), 2);
    }

    void realTimerFiresAtTheDeadline()
    {
        SystemClock clock;
        Composer composer;
        composer.setClock(&clock);
        WindowInputs inputs;
        inputs.lastInbound = clock.now().addMSecs(300 - 24 * 3600 * 1000LL);
        composer.setConversation(1, inputs, maria());
        QVERIFY(!composer.isTemplateMode());
        QSignalSpy modeSpy(&composer, &Composer::templateModeChanged);
        QVERIFY(modeSpy.wait(5000));
        QVERIFY(composer.isTemplateMode());
        QVERIFY(clock.now() >= inputs.lastInbound->addSecs(24 * 3600));
    }

    void neverWrittenStartsInTemplates()
    {
        Fixture f(WindowInputs{});
        QVERIFY(f.composer.isTemplateMode());
        QCOMPARE(f.composer.bannerText(),
                 QStringLiteral("Maria has not written to you yet: only approved templates can "
                                "be sent."));
    }

    void closingSoonBanner()
    {
        Fixture f(windowClosingIn(42min));
        QVERIFY(!f.composer.isTemplateMode());
        QCOMPARE(f.composer.bannerText(),
                 QStringLiteral("The 24-hour window closes in 00:42: after that only approved "
                                "templates can be sent."));
        QCOMPARE(f.composer.scheduledWindowCheck(), kStart.addSecs(42 * 60));
    }

    void draftsSurviveSwitchingAndRestarts()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("switchboard.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            SettingsDraftStore store(&settings);
            ManualClock clock(kStart);
            Composer composer;
            composer.setClock(&clock);
            composer.setDraftStore(&store);
            composer.setConversation(1, windowClosingIn(2h), maria());
            QTest::keyClicks(composer.freeForm()->editor(), QStringLiteral("draft one"));
            QSignalSpy saved(&composer, &Composer::draftSaved);
            QVERIFY(saved.wait(3000)); // debounced save while typing
            QCOMPARE(store.load(1), QStringLiteral("draft one"));

            composer.setConversation(2, windowClosingIn(2h), maria());
            QVERIFY(composer.text().isEmpty());
            QTest::keyClicks(composer.freeForm()->editor(), QStringLiteral("draft two"));
            composer.setConversation(1, windowClosingIn(2h), maria());
            QCOMPARE(composer.text(), QStringLiteral("draft one"));
            QCOMPARE(store.load(2), QStringLiteral("draft two"));
            QTest::keyClicks(composer.freeForm()->editor(), QStringLiteral(" and more"));
        } // the composer saves on destruction, the settings sync to disk

        QSettings settings(ini, QSettings::IniFormat);
        SettingsDraftStore store(&settings);
        Composer composer;
        composer.setDraftStore(&store);
        composer.setConversation(2, windowClosingIn(2h), maria());
        QCOMPARE(composer.text(), QStringLiteral("draft two"));
        composer.setConversation(1, windowClosingIn(2h), maria());
        QCOMPARE(composer.text(), QStringLiteral("draft one and more"));

        // Sending deletes the draft.
        QTest::keyClick(composer.freeForm()->editor(), Qt::Key_Return);
        QVERIFY(store.load(1).isEmpty());
        composer.setConversation(2, windowClosingIn(2h), maria());
        composer.setConversation(1, windowClosingIn(2h), maria());
        QVERIFY(composer.text().isEmpty());
    }

    void templateSentWhileClosedKeepsTheDraft()
    {
        Fixture f(windowClosingIn(-10min));
        f.composer.setText(QStringLiteral("unsent words"));
        f.composer.setTemplates({utilityTemplate()});
        QVERIFY(f.composer.isTemplateMode());
        QVERIFY(f.composer.templatePicker()->selectTemplate(QStringLiteral("order_ready"),
                                                            QStringLiteral("en_US")));
        QVERIFY(f.composer.templateForm()->hasTemplate());
        QVERIFY(f.composer.templateForm()->setFieldValue(QStringLiteral("body.1"),
                                                         QStringLiteral("Maria")));
        QSignalSpy spy(&f.composer, &Composer::sendRequested);
        QVERIFY(f.composer.templateForm()->send());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Message>().kind, MessageKind::Template);
        QCOMPARE(spy.at(0).at(0).value<Message>().to, kTo);
        QVERIFY(f.composer.isTemplateMode());
        QCOMPARE(f.composer.text(), QStringLiteral("unsent words"));
    }

    void templateButtonWhileOpen()
    {
        Fixture f;
        f.composer.show();
        f.composer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.composer));
        f.composer.openTemplatePicker();
        QVERIFY(f.composer.isTemplateMode());
        QVERIFY(!f.composer.isWindowClosed());
        f.composer.closeTemplatePicker();
        QVERIFY(!f.composer.isTemplateMode());
        f.editor()->setFocus();
        QTest::keyClick(f.editor(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(f.composer.isTemplateMode());
    }

    void readReceiptPolicy_data()
    {
        QTest::addColumn<ReadReceiptPolicy>("policy");
        QTest::addColumn<int>("onOpen");
        QTest::addColumn<int>("onSend");
        QTest::newRow("on open") << ReadReceiptPolicy::OnOpen << 1 << 0;
        QTest::newRow("on reply") << ReadReceiptPolicy::OnReply << 0 << 1;
        QTest::newRow("never") << ReadReceiptPolicy::Never << 0 << 0;
    }

    void readReceiptPolicy()
    {
        QFETCH(ReadReceiptPolicy, policy);
        QFETCH(int, onOpen);
        QFETCH(int, onSend);
        ManualClock clock(kStart);
        Composer composer;
        composer.setClock(&clock);
        composer.setReadReceiptPolicy(policy);
        QSignalSpy reads(&composer, &Composer::markReadRequested);
        QSignalSpy sends(&composer, &Composer::sendRequested);
        composer.setConversation(3, windowClosingIn(2h), maria(), QStringLiteral("wamid.LAST"));
        QCOMPARE(reads.size(), onOpen);
        if (onOpen) {
            QCOMPARE(reads.at(0).at(0).toString(), QStringLiteral("wamid.LAST"));
            QCOMPARE(reads.at(0).at(1).toBool(), false);
        }
        // The order matters: the receipt goes before the reply.
        connect(&composer, &Composer::sendRequested, this,
                [&] { QCOMPARE(reads.size(), onOpen + onSend); });
        QTest::keyClicks(composer.freeForm()->editor(), QStringLiteral("ok"));
        QTest::keyClick(composer.freeForm()->editor(), Qt::Key_Return);
        QCOMPARE(sends.size(), 1);
        QCOMPARE(reads.size(), onOpen + onSend);
        // A second reply does not mark the same message again.
        QTest::keyClicks(composer.freeForm()->editor(), QStringLiteral("again"));
        QTest::keyClick(composer.freeForm()->editor(), Qt::Key_Return);
        QCOMPARE(sends.size(), 2);
        QCOMPARE(reads.size(), onOpen + onSend);
        // A new customer message while the chat is open.
        composer.setLastInboundMessage(QStringLiteral("wamid.NEXT"));
        QCOMPARE(reads.size(), onOpen * 2 + onSend);
        // Coming back to a chat whose newest message was already marked sends nothing new.
        composer.setConversation(4, windowClosingIn(2h), maria());
        composer.setConversation(3, windowClosingIn(2h), maria(), QStringLiteral("wamid.NEXT"));
        QCOMPARE(reads.size(), onOpen * 2 + onSend);
    }

    void typingIndicatorAlsoMarksRead()
    {
        Fixture f;
        f.composer.setReadReceiptPolicy(ReadReceiptPolicy::OnReply);
        f.composer.setTypingIndicatorEnabled(true);
        QSignalSpy reads(&f.composer, &Composer::markReadRequested);
        QTest::keyClicks(f.editor(), QStringLiteral("Let me check"));
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.at(0).at(0).toString(), QStringLiteral("wamid.IN1"));
        QCOMPARE(reads.at(0).at(1).toBool(), true);
        f.clock.advance(19s);
        QTest::keyClicks(f.editor(), QStringLiteral("."));
        QCOMPARE(reads.size(), 1);
        f.clock.advance(2s); // the platform drops "typing…" after 25 s: refresh it
        QTest::keyClicks(f.editor(), QStringLiteral("."));
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads.at(1).at(1).toBool(), true);
        // Already read: the reply itself sends no second receipt.
        QTest::keyClick(f.editor(), Qt::Key_Return);
        QCOMPARE(reads.size(), 2);

        // Receipts set to Never: no typing indicator either, and the option says why.
        f.composer.setReadReceiptPolicy(ReadReceiptPolicy::Never);
        QVERIFY(!f.composer.typingIndicatorEnabled());
        QTest::keyClicks(f.editor(), QStringLiteral("more"));
        QCOMPARE(reads.size(), 2);
    }

    void settingsSpellings()
    {
        for (const ReadReceiptPolicy policy :
             {ReadReceiptPolicy::OnOpen, ReadReceiptPolicy::OnReply, ReadReceiptPolicy::Never}) {
            QCOMPARE(readReceiptPolicyFromSettings(readReceiptPolicySettingsName(policy)), policy);
        }
        // Unknown or damaged settings never report "seen" on open.
        QCOMPARE(readReceiptPolicyFromSettings(u"sometimes"), ReadReceiptPolicy::OnReply);
        QCOMPARE(readReceiptPolicyFromSettings(u" NEVER "), ReadReceiptPolicy::Never);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("d.ini")), QSettings::IniFormat);
        SettingsDraftStore store(&settings);
        store.save(9, QStringLiteral("hello"));
        QCOMPARE(store.load(9), QStringLiteral("hello"));
        store.save(9, QStringLiteral("  \n"));
        QVERIFY(!settings.contains(QStringLiteral("drafts/9")));
        store.save(9, QStringLiteral("again"));
        store.remove(9);
        QVERIFY(store.load(9).isEmpty());
    }

    void noConversationDisablesTheComposer()
    {
        Composer composer;
        QVERIFY(!composer.isEnabled());
        composer.setConversation(5, windowClosingIn(2h), maria());
        QVERIFY(composer.isEnabled());
        composer.clearConversation();
        QVERIFY(!composer.isEnabled());
        QVERIFY(composer.bannerText().isEmpty());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

#include "Composer.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "InboxWiring.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "SandboxSession.h"
#include "SandboxWorld.h"
#include "SettingsDraftStore.h"
#include "TemplatePicker.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace sb;
using namespace Qt::StringLiterals;

// The agent's path through the real window on the offscreen platform: the inbox fills from the
// sandbox's webhooks, a click opens a conversation, Enter sends, and the sandbox receives it.
class TestInboxWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typeAndSendFromTheWindow()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        SettingsDraftStore drafts(&settings);
        ConversationListModel model;
        MainWindow window(true);
        SandboxSession session({});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        InboxWiring inbox(window, session, model, drafts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A customer who just wrote: the window is open, free-form text is allowed.
        const QString customer = u"4915112349999"_s;
        QString problem;
        session.sandbox()->playInbound(customer, u"Erika Muster"_s,
                                       QJsonObject{{u"text"_s, u"Ist mein Paket unterwegs?"_s}},
                                       &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 20, 30000);
        qint64 erika = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model.rowCount(); ++row) {
                    const QModelIndex index = model.index(row);
                    if (index.data(ConversationListModel::ContactNameRole).toString()
                        == u"Erika Muster"_s)
                        erika = index.data(ConversationListModel::IdRole).toLongLong();
                }
                return erika != 0;
            }(),
            15000);

        // Open it as the agent would, from the list.
        auto *view = window.conversations()->findChild<ConversationListView *>();
        QVERIFY(view);
        QVERIFY(view->selectConversation(erika));
        Q_EMIT window.conversations()->conversationActivated(erika);
        QVERIFY(window.composer()->isEnabled());
        QVERIFY(!window.composer()->isTemplateMode());

        QWidget *editor = window.composer()->findChild<QWidget *>(u"composerEditor"_s);
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, u"Ja, es kommt morgen."_s);
        QTest::keyClick(editor, Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const SandboxSentMessage &sent : session.sandbox()->sentMessages()) {
                    const auto *text = sent.message.as<TextContent>();
                    if (sent.waId == customer && text && text->body == u"Ja, es kommt morgen."_s)
                        return true;
                }
                return false;
            }(),
            20000);
        // The conversation no longer needs a reply once ours is the last message.
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.index(model.rowOf(erika)).data(ConversationListModel::NeedsReplyRole).toBool(),
            15000);
    }

    // The composer's template picker gets the account's templates as listed by the Graph API,
    // with body, status and category (the sandbox's catalogue is the reference).
    void templatePickerListsTheAccountsTemplates()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        SettingsDraftStore drafts(&settings);
        ConversationListModel model;
        MainWindow window(true);
        SandboxSession session({});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        InboxWiring inbox(window, session, model, drafts);
        TemplatePicker *picker = window.composer()->templatePicker();
        const qsizetype expected = session.sandbox()->world().templates.all().size();
        QTRY_COMPARE_WITH_TIMEOUT(picker->templates().size(), expected, 15000);
        bool sawPaused = false;
        for (const TemplateDefinition &listed : picker->templates()) {
            const TemplateDefinition *own =
                session.sandbox()->world().templates.find(listed.name, listed.language);
            QVERIFY(own);
            QCOMPARE(listed.body.text, own->body.text);
            QCOMPARE(listed.status, own->status);
            QCOMPARE(listed.category, own->category);
            QVERIFY(!listed.body.text.isEmpty());
            sawPaused = sawPaused || listed.status == TemplateStatus::Paused;
        }
        QVERIFY(sawPaused); // greyed in the picker with its reason
    }
};

QTEST_MAIN(TestInboxWindow)
#include "tst_inboxwindow.moc"

// The window's keyboard: keys pressed with QTest on the offscreen platform, effects checked on the
// list, the composer and the search box; the Go menu and the shortcuts dialog show the same keys.
#include "../ui_models/ConversationFixtures.h"
#include "Clock.h"
#include "Composer.h"
#include "ComposerEditor.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "FreeFormPanel.h"
#include "KeyboardShortcutsDialog.h"
#include "MainWindow.h"
#include "TemplatePicker.h"

#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;

class TestDesktopKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(t0());
        m_model = std::make_unique<sb::ConversationListModel>();
        m_model->setClock(m_clock.get());
        // Time-left order: 1 (1 h), 2 (2 h, answered), 3 (3 h), 4 (5 h).
        auto answered = conversation(2, QStringLiteral("Ben"), 2h);
        answered.lastFromCustomer = false;
        m_model->setConversations({conversation(3, QStringLiteral("Cleo"), 3h), answered,
                                   conversation(4, QStringLiteral("Dan"), 5h),
                                   conversation(1, QStringLiteral("Anna"), 1h)});
        m_window = std::make_unique<sb::MainWindow>(true);
        m_window->conversations()->setSourceModel(m_model.get());
        m_window->conversations()->setClock(m_clock.get());
        m_window->composer()->setClock(m_clock.get());
        // What the composition root does on activation: load the composer.
        connect(m_window->conversations(), &sb::ConversationListPanel::conversationActivated,
                m_window.get(), [this](qint64 id) {
                    m_opened.append(id);
                    sb::ComposerContact contact;
                    contact.name = QStringLiteral("Customer %1").arg(id);
                    contact.to = QStringLiteral("+4915100000%1").arg(id);
                    m_window->composer()->setConversation(id, m_model->conversation(id)->window,
                                                          contact);
                    m_window->showConversation(contact.name, contact.to);
                });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_clock.reset();
        m_opened.clear();
    }

    void nextAndPrevious_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        QTest::addColumn<bool>("fromComposer");
        QTest::addColumn<int>("step");
        const auto add = [](const char *name, Qt::Key key, Qt::KeyboardModifiers modifiers,
                            int step) {
            QTest::newRow(name) << int(key) << modifiers << false << step;
            QTest::newRow(qPrintable(QStringLiteral("%1 in composer").arg(QLatin1String(name))))
                << int(key) << modifiers << true << step;
        };
        add("Ctrl+Down", Qt::Key_Down, Qt::ControlModifier, 1);
        add("Alt+Down", Qt::Key_Down, Qt::AltModifier, 1);
        add("Ctrl+Tab", Qt::Key_Tab, Qt::ControlModifier, 1);
        add("Ctrl+Up", Qt::Key_Up, Qt::ControlModifier, -1);
        add("Alt+Up", Qt::Key_Up, Qt::AltModifier, -1);
        add("Ctrl+Shift+Tab", Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier, -1);
        add("Ctrl+Shift+Backtab", Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier, -1);
    }

    void nextAndPrevious()
    {
        QFETCH(int, key);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QFETCH(bool, fromComposer);
        QFETCH(int, step);
        QVERIFY(m_window->conversations()->openConversation(3)); // row 2 of 0..3
        QCOMPARE(currentRow(), 2);
        m_opened.clear();
        QWidget *target = list();
        if (fromComposer) {
            QVERIFY(m_window->focusComposer());
            target = editor();
            QTRY_VERIFY(editor()->hasFocus());
        }
        QTest::keyClick(target, Qt::Key(key), modifiers);
        QCOMPARE(currentRow(), 2 + step);
        QCOMPARE(m_opened, (QList<qint64>{idAt(2 + step)}));
    }

    void stopsAtTheEnds()
    {
        QVERIFY(m_window->conversations()->openConversation(idAt(0)));
        m_opened.clear();
        QTest::keyClick(list(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(currentRow(), 0);
        QVERIFY(m_opened.isEmpty());
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(list(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(currentRow(), 3);
        QCOMPARE(m_opened.size(), 3);
    }

    void nextNeedingReplySkipsAnswered()
    {
        QVERIFY(m_window->conversations()->openConversation(1)); // row 0; row 1 is answered
        QTest::keyClick(list(), Qt::Key_J, Qt::ControlModifier);
        QCOMPARE(m_window->conversations()->listView()->currentConversationId(), 3);
    }

    void focusComposerWithCtrlLAndEscape()
    {
        QVERIFY(!m_window->focusComposer()); // nothing open yet
        QVERIFY(m_window->conversations()->openConversation(1));
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(editor()->hasFocus());
        list()->setFocus();
        QTRY_VERIFY(list()->hasFocus());
        QTest::keyClick(list(), Qt::Key_Escape);
        QTRY_VERIFY(editor()->hasFocus());
    }

    void templatePickerFromTheList()
    {
        QVERIFY(m_window->conversations()->openConversation(1));
        list()->setFocus();
        QVERIFY(!m_window->composer()->isTemplateMode());
        QTest::keyClick(list(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(m_window->composer()->isTemplateMode());
        // Ctrl+L in template mode goes to the template search.
        list()->setFocus();
        QTest::keyClick(list(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(
            m_window->composer()->templatePicker()->isAncestorOf(QApplication::focusWidget()));
    }

    void searchWithCtrlF()
    {
        QVERIFY(m_window->conversations()->openConversation(1));
        QVERIFY(m_window->focusComposer());
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClick(editor(), Qt::Key_F, Qt::ControlModifier);
        auto *search =
            m_window->conversations()->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
        QVERIFY(search);
        QTRY_VERIFY(search->hasFocus());
    }

    void goMenuShowsTheShortcuts()
    {
        auto *go = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("goMenu"));
        QVERIFY(go);
        QMap<QString, QKeySequence> shown;
        const auto actions = go->actions();
        for (const QAction *action : actions)
            if (!action->isSeparator())
                shown.insert(action->objectName(), action->shortcut());
        QCOMPARE(shown.value(QStringLiteral("nextConversation")),
                 QKeySequence(Qt::CTRL | Qt::Key_Down));
        QCOMPARE(shown.value(QStringLiteral("previousConversation")),
                 QKeySequence(Qt::CTRL | Qt::Key_Up));
        QCOMPARE(shown.value(QStringLiteral("nextNeedingReply")),
                 QKeySequence(Qt::CTRL | Qt::Key_J));
        QCOMPARE(shown.value(QStringLiteral("focusComposer")), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(shown.value(QStringLiteral("openTemplatePicker")),
                 QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(shown.value(QStringLiteral("searchConversations")), QKeySequence::Find);
    }

    void shortcutsDialogListsEveryKey()
    {
        QTest::keyClick(list(), Qt::Key_Slash, Qt::ControlModifier);
        auto *dialog = m_window->findChild<sb::KeyboardShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QStringList rows = dialog->rows();
        QVERIFY2(rows.contains(QStringLiteral("Next Conversation: Ctrl+Down, Alt+Down, Ctrl+Tab")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(
            QStringLiteral("Previous Conversation: Ctrl+Up, Alt+Up, Ctrl+Shift+Tab")));
        QVERIFY(rows.contains(QStringLiteral("Next Conversation Needing a Reply: Ctrl+J")));
        QVERIFY(rows.contains(QStringLiteral("Write a Message: Ctrl+L")));
        QVERIFY(rows.contains(QStringLiteral("Open Template Picker: Ctrl+T")));
        QVERIFY(rows.contains(QStringLiteral("Search Conversations: Ctrl+F")));
        QVERIFY(rows.contains(QStringLiteral("Preferences: Ctrl+,")));
        QCOMPARE(sb::KeyCaps::capsOf(QKeySequence(Qt::CTRL | Qt::Key_Down)),
                 (QStringList{QStringLiteral("Ctrl"), QStringLiteral("↓")}));
    }

    void preferencesFromTheKeyboard()
    {
        QSignalSpy requested(m_window.get(), &sb::MainWindow::preferencesRequested);
        QTest::keyClick(list(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
    }

private:
    sb::ConversationListView *list() const { return m_window->conversations()->listView(); }
    sb::ComposerEditor *editor() const { return m_window->composer()->freeForm()->editor(); }
    int currentRow() const { return list()->currentIndex().row(); }
    qint64 idAt(int row) const
    {
        return m_window->conversations()->filterModel()->conversationId(row);
    }

    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<sb::ConversationListModel> m_model;
    std::unique_ptr<sb::MainWindow> m_window;
    QList<qint64> m_opened;
};

QTEST_MAIN(TestDesktopKeys)
#include "tst_desktopkeys.moc"

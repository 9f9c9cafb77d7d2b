#include "MainWindow.h"

#include "ChatView.h"
#include "Composer.h"
#include "ComposerEditor.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "FreeFormPanel.h"
#include "KeyboardShortcutsDialog.h"
#include "TemplatePicker.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sb {

MainWindow::MainWindow(bool sandbox, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(sandbox ? tr("Switchboard — Sandbox") : tr("Switchboard"));
    resize(1280, 800);

    auto *splitter = new QSplitter(this);
    m_conversations = new ConversationListPanel(splitter);
    splitter->addWidget(m_conversations);

    auto *chat = new QWidget(splitter);
    auto *layout = new QVBoxLayout(chat);
    m_title = new QLabel(tr("No conversation selected"), chat);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(chat);
    m_subtitle->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    // The agent decides how much room the timeline gets against a long draft or a template form.
    auto *conversation = new QSplitter(Qt::Vertical, chat);
    conversation->setObjectName(QStringLiteral("conversationSplitter"));
    conversation->setChildrenCollapsible(false);
    m_chat = new ChatView(nullptr, conversation);
    m_chat->setObjectName(QStringLiteral("chatView"));
    conversation->addWidget(m_chat);
    m_composer = new Composer(conversation);
    m_composer->setEnabled(false);
    conversation->addWidget(m_composer);
    conversation->setStretchFactor(0, 1);
    conversation->setStretchFactor(1, 0);
    layout->addWidget(conversation, 1);
    splitter->addWidget(chat);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 820});
    setCentralWidget(splitter);

    m_account = new QLabel(tr("Connecting…"), this);
    m_account->setObjectName(QStringLiteral("accountSummary"));
    m_account->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_account);
    buildMenus(sandbox);
    statusBar()->showMessage(sandbox ? tr("Connected to the built-in sandbox")
                                     : tr("Not connected"));
}

void MainWindow::showAccount(const AccountSummary &account)
{
    m_account->setText(tr("%1 · %2 · quality %3 · messaging limit %4 · throughput %5 · %6")
                           .arg(account.verifiedName, account.displayPhoneNumber,
                                account.qualityRating, account.messagingTier,
                                account.throughputLevel, account.status));
}

void MainWindow::showAccountError(const QString &explanation)
{
    m_account->setText(tr("Could not read the phone number: %1").arg(explanation));
}

void MainWindow::showConversation(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_composer->setEnabled(true);
}

void MainWindow::buildMenus(bool sandbox)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *connectNumber = file->addAction(tr("&Connect a number…"));
    connectNumber->setObjectName(QStringLiteral("connectNumberAction"));
    connect(connectNumber, &QAction::triggered, this, &MainWindow::connectNumberRequested);
    QAction *forget = file->addAction(tr("&Forget this account…"));
    forget->setObjectName(QStringLiteral("forgetAccountAction"));
    // The sandbox has no saved account to forget.
    forget->setEnabled(!sandbox);
    connect(forget, &QAction::triggered, this, &MainWindow::forgetAccountRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Desktops without a standard Preferences key get the common Ctrl+, instead.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    connect(preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);

    ConversationListView *list = m_conversations->listView();
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    // The list owns these actions (window-wide shortcuts); the menu makes them discoverable.
    go->addAction(list->nextConversationAction());
    go->addAction(list->previousConversationAction());
    go->addAction(list->nextNeedingReplyAction());
    go->addSeparator();
    QAction *composer = go->addAction(tr("&Write a Message"));
    composer->setObjectName(QStringLiteral("focusComposer"));
    composer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(composer, &QAction::triggered, this, &MainWindow::focusComposer);
    QAction *templates = m_composer->templatePickerAction();
    templates->setText(tr("Open &Template Picker"));
    go->addAction(templates);
    QAction *search = go->addAction(tr("&Search Conversations"));
    search->setObjectName(QStringLiteral("searchConversations"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, m_conversations, &ConversationListPanel::focusSearch);
    // Esc in the list goes on to writing, as in other chat clients; not a menu entry.
    auto *listToComposer = new QAction(tr("Write a Message"), list);
    listToComposer->setObjectName(QStringLiteral("listToComposer"));
    listToComposer->setShortcut(QKeySequence(Qt::Key_Escape));
    listToComposer->setShortcutContext(Qt::WidgetShortcut);
    list->addAction(listToComposer);
    connect(listToComposer, &QAction::triggered, this, &MainWindow::focusComposer);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Switchboard"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("Switchboard %1\nA native agent inbox for the WhatsApp Business "
                              "Platform.")
                               .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::focusComposer()
{
    if (!m_composer->isEnabled() || m_composer->conversationId() < 0)
        return false;
    if (m_composer->isTemplateMode())
        m_composer->templatePicker()->focusSearch();
    else
        m_composer->freeForm()->editor()->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void MainWindow::showKeyboardShortcuts()
{
    auto *dialog = findChild<KeyboardShortcutsDialog *>();
    if (!dialog) {
        dialog = new KeyboardShortcutsDialog(this);
        const auto addMenu = [dialog](const QMenu *menu) {
            const auto actions = menu->actions();
            for (const QAction *action : actions)
                dialog->addAction(action);
        };
        dialog->addSection(tr("Conversations"));
        addMenu(menuBar()->findChild<QMenu *>(QStringLiteral("goMenu")));
        dialog->addKeys(tr("Write a Message from the List"), {QKeySequence(Qt::Key_Escape)});
        dialog->addSection(tr("Composer"));
        dialog->addKeys(tr("Send"), {QKeySequence(Qt::Key_Enter)});
        dialog->addKeys(tr("New Line"), {QKeySequence(Qt::SHIFT | Qt::Key_Enter)});
        dialog->addSection(tr("Application"));
        addMenu(menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")));
        addMenu(menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")));
        addMenu(menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu")));
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace sb

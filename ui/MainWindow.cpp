#include "MainWindow.h"

#include "Composer.h"
#include "ConversationListPanel.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
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
    layout->addStretch(1);
    m_composer = new Composer(chat);
    m_composer->setEnabled(false);
    layout->addWidget(m_composer);
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
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = go->addAction(tr("&Search conversations"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, m_conversations, &ConversationListPanel::focusSearch);
    // The composer owns Ctrl+T; the menu entry only makes it discoverable.
    QAction *templates = go->addAction(tr("Open &template picker (Ctrl+T)"));
    connect(templates, &QAction::triggered, m_composer, &Composer::openTemplatePicker);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Switchboard"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("Switchboard %1\nA native agent inbox for the WhatsApp Business "
                              "Platform.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace sb

#include "MainWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace sb {

namespace {
constexpr int kActivityLines = 500;
}

MainWindow::MainWindow(bool sandbox, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(sandbox ? tr("Switchboard — Sandbox") : tr("Switchboard"));
    resize(1200, 760);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_account = new QLabel(tr("Connecting…"), central);
    m_account->setObjectName(QStringLiteral("accountSummary"));
    m_account->setTextFormat(Qt::PlainText);
    layout->addWidget(m_account);
    auto *heading = new QLabel(tr("Live activity"), central);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_activity = new QListWidget(central);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setUniformItemSizes(true);
    layout->addWidget(m_activity, 1);
    setCentralWidget(central);

    buildMenus();
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

void MainWindow::addActivity(const QString &line)
{
    m_activity->insertItem(0, line);
    while (m_activity->count() > kActivityLines)
        delete m_activity->takeItem(m_activity->count() - 1);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

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

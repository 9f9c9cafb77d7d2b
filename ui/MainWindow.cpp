#include "MainWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace sb {

MainWindow::MainWindow(bool sandbox, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(sandbox ? tr("Switchboard — Sandbox") : tr("Switchboard"));
    resize(1200, 760);

    auto *splitter = new QSplitter(this);
    m_placeholder = new QLabel(tr("No conversation selected"), splitter);
    m_placeholder->setAlignment(Qt::AlignCenter);
    splitter->addWidget(m_placeholder);
    setCentralWidget(splitter);

    buildMenus();
    statusBar()->showMessage(sandbox ? tr("Connected to the built-in sandbox")
                                     : tr("Not connected"));
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

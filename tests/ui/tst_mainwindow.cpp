#include "MainWindow.h"

#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxTitleAndStatus()
    {
        sb::MainWindow window(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("sandbox")));
        QVERIFY(!window.menuBar()->actions().isEmpty());
    }

    void connectedTitle()
    {
        sb::MainWindow window(false);
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Sandbox")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

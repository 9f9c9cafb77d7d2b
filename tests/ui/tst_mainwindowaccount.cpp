#include "MainWindow.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// File › Connect a number… and Forget this account… ask the composition root; the sandbox has
// no saved account to forget.
class TestMainWindowAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountActions()
    {
        for (const bool sandbox : {true, false}) {
            sb::MainWindow window(sandbox);
            auto *connectNumber = window.findChild<QAction *>(u"connectNumberAction"_s);
            auto *forget = window.findChild<QAction *>(u"forgetAccountAction"_s);
            QVERIFY(connectNumber && forget);
            QVERIFY(connectNumber->isEnabled());
            QCOMPARE(forget->isEnabled(), !sandbox);
            QSignalSpy connectAsked(&window, &sb::MainWindow::connectNumberRequested);
            QSignalSpy forgetAsked(&window, &sb::MainWindow::forgetAccountRequested);
            connectNumber->trigger();
            forget->trigger();
            QCOMPARE(connectAsked.size(), 1);
            QCOMPARE(forgetAsked.size(), sandbox ? 0 : 1);
        }
    }
};

QTEST_MAIN(TestMainWindowAccount)
#include "tst_mainwindowaccount.moc"

// The tray icon on whatever the platform offers (offscreen has no tray): the badge, the tooltip,
// the menu's actions and notifications, which fall back to the window when there is no tray.
#include "TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

QIcon plainIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(QColor(0x12, 0x8C, 0x7E));
    return QIcon(pixmap);
}

bool isBadgeRed(const QColor &c)
{
    return c.red() > 200 && c.green() < 90 && c.blue() < 90;
}

double redShare(const QImage &image, const QRect &area)
{
    int red = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            red += isBadgeRed(image.pixelColor(x, y)) ? 1 : 0;
    return double(red) / (area.width() * area.height());
}

sb::DesktopNotification notification(qint64 conversation)
{
    sb::DesktopNotification n;
    n.title = QStringLiteral("Anna");
    n.body = QStringLiteral("Is my order on its way?");
    n.conversationId = conversation;
    n.conversationIds = {conversation};
    n.messageCount = 1;
    return n;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeText()
    {
        QCOMPARE(sb::TrayIcon::badgeText(7), QStringLiteral("7"));
        QCOMPARE(sb::TrayIcon::badgeText(99), QStringLiteral("99"));
        QCOMPARE(sb::TrayIcon::badgeText(100), QStringLiteral("99+"));
    }

    void badgePaintedTopRight()
    {
        const QIcon base = plainIcon();
        const QImage plain = sb::TrayIcon::badged(base, 0).pixmap(32, 32).toImage();
        QCOMPARE(plain.pixelColor(28, 6), QColor(0x12, 0x8C, 0x7E));
        for (int size : {16, 32, 64}) {
            const QImage image = sb::TrayIcon::badged(base, 5).pixmap(size, size).toImage();
            QCOMPARE(image.width(), size);
            // Mostly red in the top right quarter (white digits and ring on it); the plain
            // icon at the bottom left.
            QCOMPARE(redShare(image, QRect(size / 2, 0, size / 2, size / 2)) > 0.25, true);
            QCOMPARE(redShare(image, QRect(0, size / 2, size / 2, size / 2)), 0.0);
            QCOMPARE(image.pixelColor(2, size - 3), QColor(0x12, 0x8C, 0x7E));
        }
    }

    void tooltipAndMenuFollowCounts()
    {
        sb::TrayIcon tray(plainIcon());
        QVERIFY(tray.toolTip().contains(QStringLiteral("No unread messages")));
        QVERIFY(!tray.nextNeedingReplyAction()->isEnabled());
        const qint64 plainKey = tray.icon().pixmap(32, 32).toImage().pixelColor(28, 4).rgb();

        tray.setCounts({5, 2, 3});
        QVERIFY2(
            tray.toolTip().contains(QStringLiteral("5 unread message(s) in 2 conversation(s)")),
            qPrintable(tray.toolTip()));
        QVERIFY(tray.toolTip().contains(QStringLiteral("3 customer(s) waiting for a reply")));
        QVERIFY(tray.nextNeedingReplyAction()->isEnabled());
        QCOMPARE(tray.statusAction()->text(),
                 QStringLiteral("5 unread message(s) in 2 conversation(s) · 3 customer(s) waiting "
                                "for a reply"));
        QVERIFY(!tray.statusAction()->isEnabled());
        QVERIFY(redShare(tray.icon().pixmap(32, 32).toImage(), QRect(16, 0, 16, 16)) > 0.25);

        tray.setCounts({});
        QCOMPARE(tray.icon().pixmap(32, 32).toImage().pixelColor(28, 4).rgb(), plainKey);
    }

    void doNotDisturb()
    {
        sb::TrayIcon tray(plainIcon());
        QSignalSpy toggled(&tray, &sb::TrayIcon::doNotDisturbToggled);
        tray.doNotDisturbAction()->trigger(); // the agent, from the menu
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.at(0).at(0).toBool(), true);
        QVERIFY(tray.toolTip().contains(QStringLiteral("Do not disturb is on")));
        tray.setDoNotDisturb(false); // from settings: no echo back
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!tray.doNotDisturbAction()->isChecked());
        QVERIFY(!tray.toolTip().contains(QStringLiteral("Do not disturb")));
    }

    void showHideQuitAndNext()
    {
        sb::TrayIcon tray(plainIcon());
        QSignalSpy show(&tray, &sb::TrayIcon::showWindowRequested);
        QSignalSpy hide(&tray, &sb::TrayIcon::hideWindowRequested);
        QSignalSpy quit(&tray, &sb::TrayIcon::quitRequested);
        QSignalSpy next(&tray, &sb::TrayIcon::nextNeedingReplyRequested);
        tray.setWindowShown(true);
        QVERIFY(tray.showHideAction()->text().contains(QStringLiteral("Hide")));
        tray.showHideAction()->trigger();
        QCOMPARE(hide.size(), 1);
        tray.setWindowShown(false);
        QVERIFY(tray.showHideAction()->text().contains(QStringLiteral("Show")));
        tray.showHideAction()->trigger();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.at(0).at(0).toLongLong(), 0);
        tray.setCounts({1, 1, 1});
        tray.nextNeedingReplyAction()->trigger();
        QCOMPARE(next.size(), 1);
        tray.quitAction()->trigger();
        QCOMPARE(quit.size(), 1);
        const auto actions = tray.menu()->actions();
        QStringList names;
        for (const QAction *action : actions)
            if (!action->isSeparator())
                names << action->objectName();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("trayStatus"), QStringLiteral("trayShowHide"),
                              QStringLiteral("trayNextNeedingReply"),
                              QStringLiteral("trayDoNotDisturb"), QStringLiteral("trayQuit")}));
    }

    void notificationWithoutTrayFallsBackAndClickOpensIt()
    {
        sb::TrayIcon tray(plainIcon());
        QSignalSpy fallback(&tray, &sb::TrayIcon::notificationUnavailable);
        QSignalSpy show(&tray, &sb::TrayIcon::showWindowRequested);
        tray.showNotification(notification(42));
        QCOMPARE(tray.notifiedConversation(), 42);
        if (tray.isAvailable() && QSystemTrayIcon::supportsMessages())
            QCOMPARE(fallback.size(), 0);
        else
            QCOMPARE(fallback.size(), 1); // offscreen: the window must say it instead
        if (!fallback.isEmpty())
            QCOMPARE(fallback.at(0).at(0).value<sb::DesktopNotification>(), notification(42));
        tray.activate(); // a click: show the window with that conversation
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.at(0).at(0).toLongLong(), 42);
        tray.activate(); // the next click only shows the window
        QCOMPARE(show.at(1).at(0).toLongLong(), 0);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"

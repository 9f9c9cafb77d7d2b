// The desktop around the inbox, wired as the app wires it: preferences change the list's pills,
// the composer and the notification schedule live; notifications reach the tray (or, offscreen,
// the status bar) and a click opens the conversation; do-not-disturb is one switch everywhere.
#include "../ui_models/ConversationFixtures.h"
#include "Clock.h"
#include "Composer.h"
#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "ConversationRowStyle.h"
#include "DesktopSettings.h"
#include "DesktopWiring.h"
#include "MainWindow.h"
#include "NotificationPlanner.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using fixtures::conversation;
using fixtures::t0;

namespace {

double shareOf(const QImage &image, const QRect &rect, const QColor &color)
{
    int hits = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            ++total;
            hits += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
        }
    }
    return total == 0 ? 0.0 : double(hits) / total;
}

} // namespace

class TestDesktopWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                  QSettings::IniFormat);
        m_clock = std::make_unique<sb::ManualClock>(t0());
        m_model = std::make_unique<sb::ConversationListModel>();
        m_model->setClock(m_clock.get());
        // Anna: 90 min left; Ben: 3 h left; both waiting for a reply.
        m_model->setConversations({conversation(1, QStringLiteral("Anna"), 90min),
                                   conversation(2, QStringLiteral("Ben"), 3h)});
        m_window = std::make_unique<sb::MainWindow>(true);
        m_window->conversations()->setSourceModel(m_model.get());
        m_window->conversations()->setClock(m_clock.get());
        m_window->composer()->setClock(m_clock.get());
        // What InboxWiring does on activation: load the composer.
        connect(m_window->conversations(), &sb::ConversationListPanel::conversationActivated,
                m_window.get(), [this](qint64 id) {
                    sb::ComposerContact contact;
                    contact.to = QStringLiteral("+491510000%1").arg(id);
                    m_window->composer()->setConversation(id, m_model->conversation(id)->window,
                                                          contact);
                });
        m_settings = std::make_unique<sb::DesktopSettings>(m_qsettings.get());
        m_planner = std::make_unique<sb::NotificationPlanner>();
        m_tray = std::make_unique<sb::TrayIcon>(QIcon());
        sb::wireDesktop(*m_window, *m_model, *m_tray, *m_planner, *m_settings, m_clock.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset(); // first: its dialogs use the settings
        m_tray.reset();
        m_planner.reset();
        m_settings.reset();
        m_model.reset();
        m_clock.reset();
        m_qsettings.reset();
        m_dir.reset();
    }

    void thresholdFromPreferencesIsLive()
    {
        QVERIFY(m_window->conversations()->openConversation(1));
        QCOMPARE(m_window->composer()->windowState().phase, sb::WindowPhase::Open);
        QCOMPARE(lookOf(1), sb::WindowLook::Open);
        QVERIFY(paintedShare(1, sb::WindowLook::Open) > 0.4);
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(30 * 60));

        // Edit > Preferences, 120 minutes, OK.
        triggerMenuAction(QStringLiteral("preferences"));
        auto *dialog = m_window->findChild<sb::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->closingSoonSpin()->setValue(120);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QCOMPARE(m_settings->closingSoonThreshold(), 120min);
        QCOMPARE(lookOf(1), sb::WindowLook::ClosingSoon);
        QVERIFY(paintedShare(1, sb::WindowLook::ClosingSoon) > 0.4); // and as painted
        QCOMPARE(paintedShare(1, sb::WindowLook::Open), 0.0);
        QCOMPARE(lookOf(2), sb::WindowLook::Open);
        QCOMPARE(m_window->composer()->windowState().phase, sb::WindowPhase::ClosingSoon);
        // Anna is now inside the threshold: warned at once; Ben at 3 h - 2 h.
        QCOMPARE(m_planner->warningTimerInterval(), 0);
        m_planner->fireDueWarnings();
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(3600));
        QCOMPARE(m_tray->notifiedConversation(), 1);
        if (!m_tray->isAvailable())
            QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                         QStringLiteral("Reply to Anna soon: ")),
                     qPrintable(m_window->statusBar()->currentMessage()));

        // Down to 30 minutes: Ben's warning moves to 2 h 30 min from now, Anna's pill back to
        // open; she was warned for this window already.
        m_settings->setClosingSoonThreshold(30min);
        QCOMPARE(lookOf(1), sb::WindowLook::Open);
        QCOMPARE(m_planner->nextWarning(), t0().addSecs(150 * 60));
        QCOMPARE(QSettings(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
                     .value(QStringLiteral("inbox/closingSoonMinutes"))
                     .toInt(),
                 30);
    }

    void newMessageReachesTheTrayAndAClickOpensIt()
    {
        QCOMPARE(m_tray->counts().needingReply, 2);
        auto ben = *m_model->conversation(2);
        ben.unread = 2;
        ben.lastPreview = QStringLiteral("Where is my refund?");
        ben.lastMessageAt = t0();
        ben.window.lastInbound = t0();
        m_model->upsert(ben);
        QCOMPARE(m_tray->counts().unreadMessages, 2);
        m_planner->flushPendingMessages();
        QCOMPARE(m_tray->notifiedConversation(), 2);
        if (!m_tray->isAvailable())
            QCOMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("Ben: 2 new message(s)"));

        m_window->hide();
        QVERIFY(m_tray->showHideAction()->text().contains(QStringLiteral("Show")));
        m_tray->activate(); // the agent clicks the notification
        QTRY_VERIFY(m_window->isVisible());
        QCOMPARE(m_window->conversations()->listView()->currentConversationId(), 2);
        QCOMPARE(m_window->composer()->conversationId(), 2);
        QVERIFY(m_tray->showHideAction()->text().contains(QStringLiteral("Hide")));

        // Ben is open in the active window: his next message is not announced, Anna's is.
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        ben.unread = 3;
        ben.lastMessageAt = t0().addSecs(5);
        m_model->upsert(ben);
        QCOMPARE(m_planner->pendingMessageCount(), 0);
        auto anna = *m_model->conversation(1);
        anna.unread = 1;
        anna.lastMessageAt = t0().addSecs(6);
        anna.window.lastInbound = anna.lastMessageAt;
        m_model->upsert(anna);
        QCOMPARE(m_planner->pendingMessageCount(), 1);
    }

    void doNotDisturbIsOneSwitch()
    {
        m_tray->doNotDisturbAction()->trigger();
        QVERIFY(m_settings->doNotDisturb());
        QVERIFY(m_planner->doNotDisturb());
        m_settings->setDoNotDisturb(false);
        QVERIFY(!m_tray->doNotDisturbAction()->isChecked());
        QVERIFY(!m_planner->doNotDisturb());
    }

    void otherPreferencesFollow()
    {
        m_settings->setReadReceiptPolicy(sb::ReadReceiptPolicy::OnOpen);
        QCOMPARE(m_window->composer()->readReceiptPolicy(), sb::ReadReceiptPolicy::OnOpen);
        m_settings->setAgentName(QStringLiteral("Maria"));
        QCOMPARE(m_window->conversations()->filterModel()->agentName(), QStringLiteral("Maria"));
        m_settings->setNotifyClosingWindows(false);
        QVERIFY(!m_planner->nextWarning().isValid());
        m_settings->setNotifyNewMessages(false);
        QVERIFY(!m_planner->newMessagesEnabled());
    }

    void nextNeedingReplyFromTheTray()
    {
        m_tray->nextNeedingReplyAction()->trigger();
        QVERIFY(m_window->conversations()->listView()->currentConversationId() != 0);
        QCOMPARE(m_window->composer()->conversationId(),
                 m_window->conversations()->listView()->currentConversationId());
    }

private:
    QModelIndex indexOf(qint64 id) const
    {
        const sb::ConversationFilterModel &proxy = *m_window->conversations()->filterModel();
        return proxy.index(proxy.proxyRowOf(id), 0);
    }

    sb::WindowLook lookOf(qint64 id) const
    {
        const QModelIndex index = indexOf(id);
        return sb::styleFor(
                   index.data(sb::ConversationListModel::WindowPhaseRole).value<sb::WindowPhase>(),
                   index.data(sb::ConversationListModel::WindowTextRole).toString(), false)
            .look;
    }

    // How much of the row's window pill is painted in `look`'s colour right now.
    double paintedShare(qint64 id, sb::WindowLook look) const
    {
        sb::ConversationListView &view = *m_window->conversations()->listView();
        const QImage image =
            view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        return shareOf(image, view.windowPillRect(indexOf(id)), sb::pillBackground(look));
    }

    void triggerMenuAction(const QString &name)
    {
        auto *action = m_window->menuBar()->findChild<QAction *>(name);
        if (!action) {
            const auto menus = m_window->menuBar()->findChildren<QMenu *>();
            for (const QMenu *menu : menus)
                for (QAction *candidate : menu->actions())
                    if (candidate->objectName() == name)
                        action = candidate;
        }
        QVERIFY(action);
        action->trigger();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<sb::ConversationListModel> m_model;
    std::unique_ptr<sb::MainWindow> m_window;
    std::unique_ptr<sb::DesktopSettings> m_settings;
    std::unique_ptr<sb::NotificationPlanner> m_planner;
    std::unique_ptr<sb::TrayIcon> m_tray;
};

QTEST_MAIN(TestDesktopWiring)
#include "tst_desktopwiring.moc"

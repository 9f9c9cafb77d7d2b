#include "DesktopWiring.h"

#include "Composer.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "DesktopSettings.h"
#include "MainWindow.h"
#include "NotificationPlanner.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QStatusBar>
#include <QWindow>

#include <functional>

namespace sb {

namespace {

constexpr int StatusMessageMs = 10000;

// Calls back whenever the window is shown, hidden, (de)activated or (un)minimized.
class WindowWatcher final : public QObject
{
public:
    WindowWatcher(QWidget *window, std::function<void()> changed)
        : QObject(window)
        , m_changed(std::move(changed))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ActivationChange:
        case QEvent::WindowStateChange:
            m_changed();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

QList<ConversationSummary> summaries(const ConversationListModel &model, int first, int last)
{
    QList<ConversationSummary> rows;
    rows.reserve(std::max(0, last - first + 1));
    for (int row = std::max(0, first); row <= last && row < model.rowCount(); ++row) {
        const qint64 id = model.index(row).data(ConversationListModel::IdRole).toLongLong();
        if (const ConversationSummary *summary = model.conversation(id))
            rows.append(*summary);
    }
    return rows;
}

void raise(MainWindow &window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

void wireSettings(MainWindow &window, ConversationListModel &model, TrayIcon &tray,
                  NotificationPlanner &planner, DesktopSettings &settings)
{
    Composer *composer = window.composer();
    ConversationListPanel *panel = window.conversations();
    const auto applyThreshold = [&model, composer, &planner](int minutes) {
        const std::chrono::minutes threshold(minutes);
        model.setClosingSoonThreshold(threshold);
        composer->setClosingSoonThreshold(threshold);
        planner.setClosingSoonThreshold(threshold);
    };
    applyThreshold(static_cast<int>(settings.closingSoonThreshold().count()));
    composer->setReadReceiptPolicy(settings.readReceiptPolicy());
    panel->setAgentName(settings.agentName());
    planner.setNewMessagesEnabled(settings.notifyNewMessages());
    planner.setClosingWindowsEnabled(settings.notifyClosingWindows());
    planner.setDoNotDisturb(settings.doNotDisturb());
    tray.setDoNotDisturb(settings.doNotDisturb());

    QObject::connect(&settings, &DesktopSettings::closingSoonThresholdChanged, &model,
                     applyThreshold);
    QObject::connect(&settings, &DesktopSettings::readReceiptPolicyChanged, composer,
                     &Composer::setReadReceiptPolicy);
    QObject::connect(&settings, &DesktopSettings::agentNameChanged, panel,
                     &ConversationListPanel::setAgentName);
    QObject::connect(&settings, &DesktopSettings::notifyNewMessagesChanged, &planner,
                     &NotificationPlanner::setNewMessagesEnabled);
    QObject::connect(&settings, &DesktopSettings::notifyClosingWindowsChanged, &planner,
                     &NotificationPlanner::setClosingWindowsEnabled);
    QObject::connect(&settings, &DesktopSettings::doNotDisturbChanged, &planner,
                     &NotificationPlanner::setDoNotDisturb);
    QObject::connect(&settings, &DesktopSettings::doNotDisturbChanged, &tray,
                     &TrayIcon::setDoNotDisturb);
    QObject::connect(&tray, &TrayIcon::doNotDisturbToggled, &settings,
                     &DesktopSettings::setDoNotDisturb);

    QObject::connect(&window, &MainWindow::preferencesRequested, &settings, [&window, &settings] {
        auto *dialog = window.findChild<SettingsDialog *>();
        if (!dialog) {
            dialog = new SettingsDialog(&settings, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
}

void wirePlanner(MainWindow &window, ConversationListModel &model, NotificationPlanner &planner)
{
    planner.setConversations(summaries(model, 0, model.rowCount() - 1)); // the silent baseline
    QObject::connect(&model, &QAbstractItemModel::modelReset, &planner, [&model, &planner] {
        planner.setConversations(summaries(model, 0, model.rowCount() - 1));
    });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &planner,
                     [&model, &planner](const QModelIndex &, int first, int last) {
                         planner.conversationsChanged(summaries(model, first, last));
                     });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &planner,
                     [&model, &planner](const QModelIndex &from, const QModelIndex &to) {
                         planner.conversationsChanged(summaries(model, from.row(), to.row()));
                     });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &planner,
                     [&model, &planner](const QModelIndex &, int first, int last) {
                         QList<qint64> ids;
                         for (const ConversationSummary &row : summaries(model, first, last))
                             ids.append(row.id);
                         planner.conversationsRemoved(ids);
                     });
    QObject::connect(window.conversations(), &ConversationListPanel::conversationActivated,
                     &planner, &NotificationPlanner::setOpenConversation);
}

void wireTray(MainWindow &window, TrayIcon &tray, NotificationPlanner &planner)
{
    tray.setCounts(planner.counts());
    QObject::connect(&planner, &NotificationPlanner::countsChanged, &tray, &TrayIcon::setCounts);
    QObject::connect(&planner, &NotificationPlanner::notificationReady, &tray,
                     &TrayIcon::showNotification);
    QObject::connect(&tray, &TrayIcon::notificationUnavailable, &window,
                     [&window](const DesktopNotification &notification) {
                         const QString firstLine =
                             notification.body.section(QLatin1Char('\n'), 0, 0);
                         window.statusBar()->showMessage(
                             QCoreApplication::translate("sb::DesktopWiring", "%1: %2")
                                 .arg(notification.title, firstLine),
                             StatusMessageMs);
                         QApplication::alert(&window);
                     });
    QObject::connect(&tray, &TrayIcon::showWindowRequested, &window,
                     [&window](qint64 conversationId) {
                         raise(window);
                         if (conversationId != 0)
                             window.conversations()->openConversation(conversationId);
                     });
    QObject::connect(&tray, &TrayIcon::hideWindowRequested, &window, &QWidget::hide);
    QObject::connect(&tray, &TrayIcon::nextNeedingReplyRequested, &window, [&window] {
        raise(window);
        window.conversations()->listView()->selectNextNeedingReply();
    });
    QObject::connect(&tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);

    // The window may outlive both (it is torn down last and hides on the way).
    const auto update = [&window, trayAlive = QPointer<TrayIcon>(&tray),
                         plannerAlive = QPointer<NotificationPlanner>(&planner)] {
        const bool shown = window.isVisible() && !window.isMinimized();
        // The QWindow knows first: QWidget::isActiveWindow() can lag behind a re-shown window.
        const bool active =
            window.isActiveWindow() || (window.windowHandle() && window.windowHandle()->isActive());
        if (trayAlive)
            trayAlive->setWindowShown(shown);
        if (plannerAlive)
            plannerAlive->setWindowActive(shown && active);
    };
    new WindowWatcher(&window, update); // owned by the window
    QObject::connect(qApp, &QGuiApplication::focusWindowChanged, &window, update);
}

} // namespace

void wireDesktop(MainWindow &window, ConversationListModel &model, TrayIcon &tray,
                 NotificationPlanner &planner, DesktopSettings &settings, const Clock *clock)
{
    planner.setClock(clock);
    wireSettings(window, model, tray, planner, settings);
    wirePlanner(window, model, planner);
    wireTray(window, tray, planner);
    tray.setWindowShown(window.isVisible());
    planner.setWindowActive(window.isVisible() && window.isActiveWindow());
}

} // namespace sb

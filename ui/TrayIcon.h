#pragma once

#include "DesktopNotification.h"

#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace sb {

// The app in the system tray: the icon with an unread badge, the counts in its tooltip, a menu
// (Show/Hide, Next needing reply, Do not disturb, Quit) and the desktop notifications. A click
// on the icon or on a notification asks for the window with the notified conversation open.
//
// Where the desktop has no tray (some desktops, the offscreen platform) everything still works:
// the icon is simply not shown and notifications are handed back through
// notificationUnavailable() for the window to show instead.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    static constexpr int MessageDurationMs = 8000;

    explicit TrayIcon(const QIcon &appIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether the desktop has a tray right now.
    bool isAvailable() const;

    void setCounts(const InboxCounts &counts);
    InboxCounts counts() const { return m_counts; }
    // Checks the menu entry without emitting doNotDisturbToggled.
    void setDoNotDisturb(bool on);
    // Words the Show/Hide entry.
    void setWindowShown(bool shown);

    void showNotification(const DesktopNotification &notification);
    // The conversation of the last notification, until a click opens it (0: none).
    qint64 notifiedConversation() const { return m_notified; }

    // What a click on the icon or on the notification does (the tray calls it).
    void activate();

    QIcon icon() const;
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    // The disabled first line of the menu: the counts, for desktops that show no tooltips.
    QAction *statusAction() const { return m_status; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *nextNeedingReplyAction() const { return m_nextNeedingReply; }
    QAction *doNotDisturbAction() const { return m_doNotDisturb; }
    QAction *quitAction() const { return m_quit; }

    // The app icon with `count` in a red badge at its top right (the plain icon for 0).
    static QIcon badged(const QIcon &base, int count);
    // "7", "99+".
    static QString badgeText(int count);

Q_SIGNALS:
    // Show and raise the window; open `conversationId` unless it is 0.
    void showWindowRequested(qint64 conversationId);
    void hideWindowRequested();
    void nextNeedingReplyRequested();
    void doNotDisturbToggled(bool on);
    void quitRequested();
    // No tray to show it in: the window should say it instead.
    void notificationUnavailable(const sb::DesktopNotification &notification);

private:
    void retranslate();
    void refresh();
    QStringList statusLines() const;

    QIcon m_appIcon;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_status;
    QAction *m_showHide;
    QAction *m_nextNeedingReply;
    QAction *m_doNotDisturb;
    QAction *m_quit;
    InboxCounts m_counts;
    bool m_windowShown = true;
    qint64 m_notified = 0;
};

} // namespace sb

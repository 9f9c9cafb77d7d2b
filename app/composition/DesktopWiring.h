#pragma once

namespace sb {

class Clock;
class ConversationListModel;
class DesktopSettings;
class MainWindow;
class NotificationPlanner;
class TrayIcon;

// Everything around the inbox on the desktop, wired to objects that already exist:
//  - settings (applied now and live on every change): the closing-soon threshold to the list
//    model, the composer and the notifications; the read-receipt policy to the composer; the
//    agent's name to the Mine view; notification kinds and do-not-disturb to the planner and tray;
//  - the planner follows the model's rows (reset, insert, change, removal), the conversation the
//    agent opens and whether the window is active; its notifications and counts go to the tray;
//  - the tray shows, hides and raises the window, opens the notified conversation, jumps to the
//    next conversation needing a reply, toggles do-not-disturb and quits; without a tray,
//    notifications go to the status bar and the taskbar entry is flagged;
//  - Edit > Preferences opens the settings dialog.
// `clock` nullptr means the system clock. Every object must outlive the window's event loop.
void wireDesktop(MainWindow &window, ConversationListModel &model, TrayIcon &tray,
                 NotificationPlanner &planner, DesktopSettings &settings, const Clock *clock);

} // namespace sb

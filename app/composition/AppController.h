#pragma once

#include "AccountFields.h"
#include "FirstRunFlow.h"

#include <QObject>

#include <memory>

class QSettings;

namespace sb {

class AccountSettings;
class AccountVault;
class ConversationListModel;
class DesktopSettings;
class InboxWiring;
class NotificationPlanner;
class TrayIcon;
class LiveSession;
class MainWindow;
class SandboxSession;
class SecretStore;
class Session;
class SettingsDraftStore;

// Decides what the app runs on and switches between it: `--sandbox` or the first-run choice ->
// the built-in sandbox; a saved account -> a LiveSession with its secrets from the keychain; no
// account -> the first-run dialog. File › Connect a number… and Forget this account… come back
// here; a switch tears the running window and session down and builds new ones.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // `settings` (drafts, account, preferences) must outlive the controller. `dataDir` holds the
    // connected account's database (empty: the user's application data folder).
    explicit AppController(QSettings &settings, QString dataDir = {}, QObject *parent = nullptr);
    ~AppController() override;

    // False when the user chose to quit (closed the first-run dialog) or the sandbox could not
    // start; the app should then exit with a failure code only in the latter case (`failed`).
    bool begin(bool sandbox, bool *failed);
    MainWindow *window() const { return m_window.get(); }
    Session *session() const;

Q_SIGNALS:
    // Nothing is left to show (the user closed the first-run dialog after forgetting).
    void quitRequested();

private:
    bool startSandbox(QString *error);
    void startLive(const AccountConfig &account);
    // Shows the first-run dialog; true when a session was started from it.
    bool runFirstRun(const FirstRunFlow::Start &start);
    FirstRunFlow::Start firstRunStart() const;
    void connectNumber();
    void forgetAccount();
    void makeWindow(bool sandbox);
    void wireInbox();
    void stop();

    QString m_dataDir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountSettings> m_accountSettings;
    std::unique_ptr<AccountVault> m_vault;
    std::unique_ptr<SettingsDraftStore> m_drafts;
    std::unique_ptr<DesktopSettings> m_desktop;
    // Per window: wireDesktop connects these long-lived objects to each other, so a new window
    // gets new ones instead of a second set of connections.
    std::unique_ptr<NotificationPlanner> m_planner;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SandboxSession> m_sandbox;
    std::unique_ptr<LiveSession> m_live;
    std::unique_ptr<InboxWiring> m_inbox;
};

} // namespace sb

#include "AppController.h"

#include "AccountSettings.h"
#include "AccountVault.h"
#include "AppPaths.h"
#include "ConversationListModel.h"
#include "DesktopSettings.h"
#include "DesktopWiring.h"
#include "InboxWiring.h"
#include "LiveSession.h"
#include "MainWindow.h"
#include "NotificationPlanner.h"
#include "SandboxSession.h"
#include "SecretStore.h"
#include "SettingsDraftStore.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>

namespace sb {

namespace {

// Between the old window going and the next one showing, no window is visible: that must not
// count as the user closing the last window.
auto keepRunningWithoutWindows()
{
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    return qScopeGuard([quitOnClose] { QApplication::setQuitOnLastWindowClosed(quitOnClose); });
}

} // namespace

AppController::AppController(QSettings &settings, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_secrets(std::make_unique<SecretStore>())
    , m_accountSettings(std::make_unique<AccountSettings>(&settings))
    , m_vault(std::make_unique<AccountVault>(*m_accountSettings, *m_secrets))
    , m_drafts(std::make_unique<SettingsDraftStore>(&settings))
    , m_desktop(std::make_unique<DesktopSettings>(&settings))
{
}

AppController::~AppController()
{
    stop();
}

Session *AppController::session() const
{
    if (m_live)
        return m_live.get();
    return m_sandbox.get();
}

bool AppController::begin(bool sandbox, bool *failed)
{
    *failed = false;
    if (sandbox) {
        QString error;
        if (startSandbox(&error))
            return true;
        QMessageBox::critical(nullptr, tr("Switchboard"), error);
        *failed = true;
        return false;
    }
    QString problem;
    if (const auto account = m_accountSettings->load(&problem)) {
        startLive(*account);
        return true;
    }
    if (m_accountSettings->hasAccount())
        QMessageBox::warning(nullptr, tr("Switchboard"),
                             tr("The saved account cannot be used: %1").arg(problem));
    return runFirstRun(firstRunStart());
}

void AppController::makeWindow(bool sandbox)
{
    m_model = std::make_unique<ConversationListModel>();
    m_window = std::make_unique<MainWindow>(sandbox);
    m_planner = std::make_unique<NotificationPlanner>();
    m_tray = std::make_unique<TrayIcon>(QApplication::windowIcon());
    // Queued: both tear the window down, which must not happen inside its own menu's signal.
    connect(m_window.get(), &MainWindow::connectNumberRequested, this,
            &AppController::connectNumber, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::forgetAccountRequested, this,
            &AppController::forgetAccount, Qt::QueuedConnection);
}

bool AppController::startSandbox(QString *error)
{
    makeWindow(true);
    m_sandbox = std::make_unique<SandboxSession>(SandboxSession::Options{});
    if (!m_sandbox->start(error))
        return false;
    wireInbox();
    m_window->show();
    return true;
}

void AppController::startLive(const AccountConfig &account)
{
    makeWindow(false);
    m_window->show();
    const AppPaths paths(m_dataDir);
    if (const auto problem = paths.ensureExists())
        m_window->showAccountError(*problem);
    m_live = std::make_unique<LiveSession>(LiveSession::Options{account, paths.databasePath()},
                                           *m_secrets);
    m_live->open([this, account](const std::optional<QString> &problem) {
        if (!problem) {
            m_window->statusBar()->showMessage(
                tr("Receiving webhooks on %1").arg(m_live->account().webhook.toString()));
            wireInbox();
            return;
        }
        // Not from inside the session's own callback: the answer replaces the session.
        QMetaObject::invokeMethod(
            this,
            [this, account, text = *problem] {
                QMessageBox::warning(m_window.get(), tr("Could not connect"), text);
                FirstRunFlow::Start start;
                start.connectForm = true;
                start.prefill = account;
                m_live.reset();
                if (!runFirstRun(start) && !m_live && !m_sandbox)
                    Q_EMIT quitRequested();
            },
            Qt::QueuedConnection);
    });
}

void AppController::wireInbox()
{
    Session &running = *session();
    m_inbox = std::make_unique<InboxWiring>(*m_window, running, *m_model, *m_drafts);
    // Settings (closing-soon threshold, read receipts, ...), notifications and the tray.
    wireDesktop(*m_window, *m_model, *m_tray, *m_planner, *m_desktop, &running.clock());
}

bool AppController::runFirstRun(const FirstRunFlow::Start &start)
{
    const auto open = keepRunningWithoutWindows();
    FirstRunFlow flow(*m_vault, start, m_window.get());
    flow.dialog().exec();
    switch (flow.dialog().choice()) {
    case FirstRunDialog::Choice::None:
        return false;
    case FirstRunDialog::Choice::Sandbox: {
        stop();
        QString error;
        if (startSandbox(&error))
            return true;
        QMessageBox::critical(nullptr, tr("Switchboard"), error);
        return false;
    }
    case FirstRunDialog::Choice::Connect: {
        const AccountConfig account = *flow.savedAccount();
        stop();
        startLive(account);
        return true;
    }
    }
    return false;
}

FirstRunFlow::Start AppController::firstRunStart() const
{
    FirstRunFlow::Start start;
    if (const QUrl graph = m_accountSettings->graphBaseUrlOverride(); !graph.isEmpty()) {
        start.prefill = AccountConfig{};
        start.prefill->webhook.port = 0; // keep the form's default address
        start.prefill->graphBaseUrl = graph;
    }
    return start;
}

void AppController::connectNumber()
{
    FirstRunFlow::Start start = firstRunStart();
    start.connectForm = true;
    if (m_live) {
        start.prefill = m_live->account();
        start.ownWebhook = m_live->account().webhook;
    }
    // Closing the dialog keeps the running session.
    runFirstRun(start);
}

void AppController::forgetAccount()
{
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Forget this account?"),
        tr("Switchboard will remove the access token, App Secret and verify token from the "
           "system keychain and the account from its settings. The conversations stay in the "
           "inbox database. You can connect again at any time."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_vault->forget(this, [this](const std::optional<QString> &problem) {
        // Out of the keychain's callback before tearing down and opening a modal dialog.
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                if (problem)
                    QMessageBox::warning(m_window.get(), tr("Forget this account"), *problem);
                const auto open = keepRunningWithoutWindows();
                stop();
                if (!runFirstRun(firstRunStart()))
                    Q_EMIT quitRequested();
            },
            Qt::QueuedConnection);
    });
}

void AppController::stop()
{
    // The wiring reads the store and the window's views show the model: both go before the
    // session that owns the store, and nothing runs in between that could emit.
    m_inbox.reset();
    m_window.reset();
    m_tray.reset();
    m_planner.reset();
    m_model.reset();
    m_sandbox.reset();
    m_live.reset();
}

} // namespace sb

#include "AccountSettings.h"
#include "AccountVault.h"
#include "AppController.h"
#include "FirstRunDialog.h"
#include "FirstRunField.h"
#include "LiveSession.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "SecretStore.h"
#include "WebhookReceiver.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"EAAGappcontroller0123456789abcdef"_s;
const QString kAppSecret = u"00112233445566778899aabbccddeeff"_s;

// Acts on the first-run dialog once it shows (it runs modally inside AppController::begin).
void whenDialogShows(std::function<void(FirstRunDialog &)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act = std::move(act)] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<FirstRunDialog *>(widget);
            if (dialog && dialog->isVisible()) {
                poll->deleteLater();
                poll->stop();
                act(*dialog);
                return;
            }
        }
    });
    poll->start();
}

QLineEdit *field(FirstRunDialog &dialog, const QString &name)
{
    return dialog.findChild<FirstRunField *>(name)->edit();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace

// The app's start-up decisions end to end: first run -> sandbox; first run -> connect (tested,
// saved to the real keychain and settings) -> live session; next start -> straight into it.
class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunCanChooseTheSandbox()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        AppController controller(settings, dir.path());
        whenDialogShows([](FirstRunDialog &dialog) {
            QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(u"chooseSandbox"_s),
                              Qt::LeftButton);
        });
        bool failed = true;
        QVERIFY(controller.begin(false, &failed));
        QVERIFY(!failed);
        QVERIFY(controller.session() && controller.session()->isSandbox());
        QVERIFY(controller.window()->isVisible());
        QVERIFY(controller.window()->windowTitle().contains(u"Sandbox"_s));
    }

    void closingTheFirstRunDialogQuits()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        AppController controller(settings, dir.path());
        whenDialogShows([](FirstRunDialog &dialog) { dialog.reject(); });
        bool failed = true;
        QVERIFY(!controller.begin(false, &failed));
        QVERIFY(!failed);
        QVERIFY(!controller.session());
    }

    void connectSavesAndStartsTheLiveSession()
    {
        SandboxConfig sandboxConfig;
        sandboxConfig.accessToken = kToken;
        sandboxConfig.appSecret = kAppSecret;
        sandboxConfig.scenario = SandboxScenarioKind::Empty;
        Sandbox sandbox(sandboxConfig);
        QVERIFY(sandbox.listen() != 0);

        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"s.ini"_s);
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"developer/graphBaseUrl"_s, sandbox.baseUrl().toString());
        const quint16 port = freePort();
        QString testSummary;
        {
            AppController controller(settings, dir.path());
            whenDialogShows([&](FirstRunDialog &dialog) {
                QTest::mouseClick(dialog.findChild<QCommandLinkButton *>(u"chooseConnect"_s),
                                  Qt::LeftButton);
                QTest::keyClicks(field(dialog, u"accessToken"_s), kToken);
                QTest::keyClicks(field(dialog, u"appSecret"_s), kAppSecret);
                QTest::keyClicks(field(dialog, u"phoneNumberIds"_s),
                                 sandboxConfig.phoneNumberId + u", "_s
                                     + sandboxConfig.secondPhoneNumberId);
                QTest::keyClicks(field(dialog, u"wabaId"_s), sandboxConfig.wabaId);
                QLineEdit *webhook = field(dialog, u"webhookListen"_s);
                webhook->selectAll();
                QTest::keyClicks(webhook, u"127.0.0.1:%1/hooks"_s.arg(port));
                QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s),
                                  Qt::LeftButton);
                auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
                // The test's answer arrives over HTTP while the dialog waits.
                auto *wait = new QTimer(&dialog);
                wait->setInterval(20);
                QObject::connect(
                    wait, &QTimer::timeout, &dialog, [&dialog, result, wait, &testSummary] {
                        if (!result->text().contains(u"Connected to"_s)
                            && !result->text().contains(u"problem"_s)
                            && !result->text().contains(u"refused"_s))
                            return;
                        wait->stop();
                        testSummary = result->text();
                        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveAndConnect"_s),
                                          Qt::LeftButton);
                    });
                wait->start();
            });
            bool failed = true;
            QVERIFY(controller.begin(false, &failed));
            QVERIFY2(testSummary.contains(u"Connected to Lucky Shrub"_s), qPrintable(testSummary));
            auto *live = qobject_cast<LiveSession *>(controller.session());
            QVERIFY(live);
            QCOMPARE(live->account().graphBaseUrl, sandbox.baseUrl());
            // Open reads the keychain asynchronously; the status bar then names the number.
            auto *summary = controller.window()->findChild<QLabel *>(u"accountSummary"_s);
            QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"Lucky Shrub"_s), 20000);
            QCOMPARE(live->receiver()->port(), port);
            QVERIFY(controller.window()->statusBar()->currentMessage().contains(
                u"127.0.0.1:%1/hooks"_s.arg(port)));
        }

        // Saved: settings without secrets, secrets in the keychain.
        settings.sync();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(sandboxConfig.wabaId.toUtf8()));
        QVERIFY(!written.contains(kToken.toUtf8()));
        QVERIFY(!written.contains(kAppSecret.toUtf8()));

        // The next start goes straight into the connected account.
        AppController again(settings, dir.path());
        bool failed = true;
        QVERIFY(again.begin(false, &failed));
        QVERIFY(qobject_cast<LiveSession *>(again.session()));
        auto *summary = again.window()->findChild<QLabel *>(u"accountSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"Lucky Shrub"_s), 20000);
    }

    // File › Forget this account…: confirmed, the keychain entries and the settings go, and the
    // first-run dialog comes back (closing it quits).
    void forgetRemovesTheAccount()
    {
        SandboxConfig sandboxConfig;
        sandboxConfig.accessToken = kToken;
        sandboxConfig.appSecret = kAppSecret;
        sandboxConfig.scenario = SandboxScenarioKind::Empty;
        Sandbox sandbox(sandboxConfig);
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        SecretStore secrets; // the app's own service name, inside the private test keyring
        AccountVault vault(accountSettings, secrets);
        AccountConfig account;
        account.wabaId = sandboxConfig.wabaId;
        account.phoneNumberIds = {sandboxConfig.phoneNumberId};
        account.webhook = {u"127.0.0.1"_s, freePort(), u"/webhook"_s};
        account.graphBaseUrl = sandbox.baseUrl();
        bool saved = false;
        vault.save(account, {kToken, kAppSecret, AccountFields::generateVerifyToken()}, nullptr,
                   [&saved](const std::optional<QString> &problem) { saved = !problem; });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);

        AppController controller(settings, dir.path());
        QSignalSpy quit(&controller, &AppController::quitRequested);
        bool failed = true;
        QVERIFY(controller.begin(false, &failed));
        QVERIFY(qobject_cast<LiveSession *>(controller.session()));
        auto *summary = controller.window()->findChild<QLabel *>(u"accountSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"Lucky Shrub"_s), 20000);

        bool confirmed = false;
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, &confirmed] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->isVisible() && !confirmed) {
                    confirmed = true;
                    box->button(QMessageBox::Yes)->click();
                    return;
                }
                auto *dialog = qobject_cast<FirstRunDialog *>(widget);
                if (dialog && dialog->isVisible() && confirmed) {
                    poll->stop();
                    dialog->reject();
                    return;
                }
            }
        });
        poll->start();
        controller.window()->findChild<QAction *>(u"forgetAccountAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(quit.size(), 1, 20000);
        QVERIFY(confirmed);
        QVERIFY(!accountSettings.hasAccount());
        QVERIFY(!controller.session());
        bool gone = false;
        secrets.read(account.accountKey(), SecretKind::AccessToken, nullptr,
                     [&gone](const SecretOutcome<QString> &outcome) {
                         const auto *error = std::get_if<SecretError>(&outcome);
                         gone = error && error->code == SecretError::Code::NotFound;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"

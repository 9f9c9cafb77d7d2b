#include "ConversationListModel.h"
#include "DesktopSettings.h"
#include "DesktopWiring.h"
#include "InboxWiring.h"
#include "MainWindow.h"
#include "NotificationPlanner.h"
#include "SandboxSession.h"
#include "SettingsDraftStore.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SB_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/sb/icons/switchboard.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("switchboard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Agent inbox for the WhatsApp Business Platform"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against the built-in sandbox."));
    parser.addOption(sandbox);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Save a PNG of the window after --screenshot-delay, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Milliseconds to wait before --screenshot (default 4000)."),
        QStringLiteral("ms"), QStringLiteral("4000"));
    parser.addOption(screenshot);
    parser.addOption(screenshotDelay);
    parser.process(app);

    sb::MainWindow window(parser.isSet(sandbox));
    QSettings settings;
    sb::SettingsDraftStore drafts(&settings);
    sb::ConversationListModel conversations;
    std::unique_ptr<sb::SandboxSession> session;
    std::unique_ptr<sb::InboxWiring> inbox;
    if (parser.isSet(sandbox)) {
        session = std::make_unique<sb::SandboxSession>(sb::SandboxSession::Options{});
        QString error;
        if (!session->start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard"), error);
            return 1;
        }
        inbox = std::make_unique<sb::InboxWiring>(window, *session, conversations, drafts);
    }
    sb::DesktopSettings desktopSettings(&settings);
    sb::NotificationPlanner notifications;
    sb::TrayIcon tray(QApplication::windowIcon());
    sb::wireDesktop(window, conversations, tray, notifications, desktopSettings,
                    session ? &session->clock() : nullptr);
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot), "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

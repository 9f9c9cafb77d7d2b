#include "AppController.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

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
    const QCommandLineOption openFirst(
        QStringLiteral("open-first"),
        QApplication::translate("main",
                                "Open the conversation at the top of the list after start-up "
                                "(for demos and screenshots)."));
    parser.addOption(screenshot);
    parser.addOption(screenshotDelay);
    parser.addOption(openFirst);
    parser.process(app);

    // Without --sandbox: the saved account, or the first-run dialog (sandbox or connect).
    QSettings settings;
    sb::AppController controller(settings);
    QObject::connect(&controller, &sb::AppController::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    bool failed = false;
    if (!controller.begin(parser.isSet(sandbox), &failed))
        return failed ? 1 : 0;
    if (parser.isSet(openFirst)) {
        // Half of the screenshot delay: the demo history has arrived, the chat has time to load.
        QTimer::singleShot(parser.value(screenshotDelay).toInt() / 2, &app, [&controller] {
            if (sb::MainWindow *window = controller.window())
                window->conversations()->listView()->selectAdjacentConversation(1);
        });
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &app, [&] {
            sb::MainWindow *window = controller.window();
            const bool saved = window && window->grab().save(parser.value(screenshot), "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

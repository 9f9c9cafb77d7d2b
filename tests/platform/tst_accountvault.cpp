#include "AccountSettings.h"
#include "AccountVault.h"
#include "AppPaths.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstring>
#include <iostream>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

AccountConfig sampleConfig()
{
    AccountConfig config;
    config.wabaId = u"102290129340398"_s;
    config.phoneNumberIds = {u"106540352242922"_s, u"106540352242923"_s};
    config.webhook = {u"0.0.0.0"_s, 8443, u"/hooks/whatsapp"_s};
    config.graphBaseUrl = QUrl(u"http://127.0.0.1:9999"_s);
    return config;
}

AccountSecrets sampleSecrets()
{
    AccountSecrets secrets;
    secrets.accessToken = u"EAAGtokenvalue"_s + QUuid::createUuid().toString(QUuid::Id128);
    secrets.appSecret = QUuid::createUuid().toString(QUuid::Id128);
    secrets.verifyToken = AccountFields::generateVerifyToken();
    return secrets;
}

std::optional<QString> saveNow(AccountVault &vault, const AccountConfig &config,
                               const AccountSecrets &secrets, bool *answered)
{
    std::optional<QString> problem;
    *answered = false;
    vault.save(config, secrets, nullptr, [&](const std::optional<QString> &p) {
        problem = p;
        *answered = true;
    });
    if (!QTest::qWaitFor([answered] { return *answered; }, 20000))
        return u"no answer within 20 s"_s;
    return problem;
}

std::variant<AccountSecrets, SecretError> loadNow(AccountVault &vault, const QString &key)
{
    std::variant<AccountSecrets, SecretError> result = SecretError{};
    bool answered = false;
    vault.loadSecrets(key, nullptr, [&](const std::variant<AccountSecrets, SecretError> &r) {
        result = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 20000))
        return SecretError{SecretError::Code::Failed, u"no answer within 20 s"_s, {}};
    return result;
}

QString serviceName()
{
    return u"io.switchboard.test."_s + QUuid::createUuid().toString(QUuid::Id128);
}

// Child mode: save an account with no keychain reachable; print whether settings were written.
int probeSave(const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    AccountSettings accountSettings(&settings);
    SecretStore store(serviceName());
    AccountVault vault(accountSettings, store);
    bool answered = false;
    const auto problem = saveNow(vault, sampleConfig(), sampleSecrets(), &answered);
    std::cout << (answered ? "answered " : "silent ") << (problem ? "refused " : "saved ")
              << (accountSettings.hasAccount() ? "account-in-settings" : "no-account") << "\n"
              << (problem ? problem->toStdString() : std::string()) << "\n";
    return 0;
}

} // namespace

class TestAccountVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveKeepsSecretsOutOfTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"switchboard.ini"_s);
        QSettings settings(path, QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        SecretStore store(serviceName());
        AccountVault vault(accountSettings, store);
        const AccountConfig config = sampleConfig();
        const AccountSecrets secrets = sampleSecrets();

        bool answered = false;
        const auto problem = saveNow(vault, config, secrets, &answered);
        QVERIFY(answered);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(accountSettings.hasAccount());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(config.wabaId.toUtf8()));
        QVERIFY(written.contains(config.phoneNumberIds.constLast().toUtf8()));
        QVERIFY(written.contains("/hooks/whatsapp"));
        for (const QString &secret :
             {secrets.accessToken, secrets.appSecret, secrets.verifyToken}) {
            QVERIFY2(!written.contains(secret.toUtf8()), written.constData());
            QVERIFY(!written.contains(secret.toUtf8().toBase64()));
        }
        // Nothing else appeared next to the settings file either (no plain-text fallback).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"switchboard.ini"_s});

        QString loadProblem;
        const auto loaded = accountSettings.load(&loadProblem);
        QVERIFY2(loaded, qPrintable(loadProblem));
        QCOMPARE(*loaded, config);

        const auto read = loadNow(vault, config.accountKey());
        QVERIFY(std::holds_alternative<AccountSecrets>(read));
        QCOMPARE(std::get<AccountSecrets>(read).accessToken, secrets.accessToken);
        QCOMPARE(std::get<AccountSecrets>(read).appSecret, secrets.appSecret);
        QCOMPARE(std::get<AccountSecrets>(read).verifyToken, secrets.verifyToken);

        // Forget removes both halves.
        answered = false;
        std::optional<QString> forgetProblem;
        vault.forget(nullptr, [&](const std::optional<QString> &p) {
            forgetProblem = p;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!forgetProblem);
        QVERIFY(!accountSettings.hasAccount());
        const auto gone = loadNow(vault, config.accountKey());
        QVERIFY(std::holds_alternative<SecretError>(gone));
        QCOMPARE(std::get<SecretError>(gone).code, SecretError::Code::NotFound);
    }

    void invalidAccountIsRefusedAndNothingStored()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        SecretStore store(serviceName());
        AccountVault vault(accountSettings, store);
        AccountConfig config = sampleConfig();
        config.phoneNumberIds = {u"+15550783881"_s};
        AccountSecrets secrets = sampleSecrets();
        secrets.appSecret = u"short"_s;

        bool answered = false;
        const auto problem = saveNow(vault, config, secrets, &answered);
        QVERIFY(answered);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"App Secret"_s), qPrintable(*problem));
        QVERIFY2(problem->contains(u"phone number ID"_s), qPrintable(*problem));
        QVERIFY(!accountSettings.hasAccount());
        const auto read = loadNow(vault, config.accountKey());
        QVERIFY(std::holds_alternative<SecretError>(read));
        QCOMPARE(std::get<SecretError>(read).code, SecretError::Code::NotFound);
    }

    // Without a keychain the account is not saved at all: no half account in the settings.
    void noKeychainSavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"switchboard.ini"_s);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sb-bus"_s);
        environment.remove(u"DISPLAY"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {u"--probe-save"_s, path});
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(output.startsWith(u"answered refused no-account"_s), qPrintable(output));
        QVERIFY2(output.contains(u"No system keychain is reachable"_s), qPrintable(output));
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(!AccountSettings(&settings).hasAccount());
    }

    void handEditedSettingsAreExplained()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        accountSettings.save(sampleConfig());
        settings.setValue(u"account/webhookListen"_s, u"example.com:80"_s);
        QString problem;
        QVERIFY(!accountSettings.load(&problem));
        QVERIFY2(problem.contains(u"webhook address"_s), qPrintable(problem));
        settings.setValue(u"account/webhookListen"_s, u"[::1]:8080/in"_s);
        const auto loaded = accountSettings.load(&problem);
        QVERIFY2(loaded, qPrintable(problem));
        QCOMPARE(loaded->webhook.host, u"::1"_s);
        QCOMPARE(loaded->webhook.path, u"/in"_s);
    }

    void graphBaseUrlOverride()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"switchboard.ini"_s), QSettings::IniFormat);
        AccountSettings accountSettings(&settings);
        QVERIFY(accountSettings.graphBaseUrlOverride().isEmpty());
        settings.setValue(u"developer/graphBaseUrl"_s, u"http://127.0.0.1:8099"_s);
        QCOMPARE(accountSettings.graphBaseUrlOverride(), QUrl(u"http://127.0.0.1:8099"_s));
        settings.setValue(u"developer/graphBaseUrl"_s, u"not a url"_s);
        QVERIFY(accountSettings.graphBaseUrlOverride().isEmpty());
        // It is not an account: nothing to start into.
        QVERIFY(!accountSettings.hasAccount());
    }

    void appPathsAreCreated()
    {
        QTemporaryDir dir;
        const AppPaths paths(dir.filePath(u"profile"_s));
        QCOMPARE(paths.databasePath(), dir.filePath(u"profile/switchboard.db"_s));
        QVERIFY(!QDir(paths.mediaCacheDir()).exists());
        QVERIFY(!paths.ensureExists());
        QVERIFY(QDir(paths.mediaCacheDir()).exists());
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto problem = AppPaths(dir.filePath(u"file/profile"_s)).ensureExists();
        QVERIFY(problem);
        QVERIFY(problem->contains(u"could not be created"_s));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && std::strcmp(argv[1], "--probe-save") == 0)
        return probeSave(QString::fromLocal8Bit(argv[2]));
    TestAccountVault test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountvault.moc"

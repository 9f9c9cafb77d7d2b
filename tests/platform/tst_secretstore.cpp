#include "SecretStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstring>
#include <iostream>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

// Waits on the event loop for one asynchronous keychain answer.
template<typename T>
struct Answer
{
    bool arrived = false;
    T value;
};

SecretOutcome<QString> readNow(SecretStore &store, const QString &account, SecretKind kind)
{
    Answer<SecretOutcome<QString>> answer{false, SecretError{}};
    store.read(account, kind, &store, [&answer](const SecretOutcome<QString> &outcome) {
        answer.value = outcome;
        answer.arrived = true;
    });
    if (!QTest::qWaitFor([&answer] { return answer.arrived; }, 20000))
        return SecretError{SecretError::Code::Failed, u"no answer within 20 s"_s, {}};
    return answer.value;
}

std::optional<SecretError> writeNow(SecretStore &store, const QString &account, SecretKind kind,
                                    const QString &value)
{
    Answer<std::optional<SecretError>> answer;
    store.write(account, kind, value, &store, [&answer](const std::optional<SecretError> &error) {
        answer.value = error;
        answer.arrived = true;
    });
    if (!QTest::qWaitFor([&answer] { return answer.arrived; }, 20000))
        return SecretError{SecretError::Code::Failed, u"no answer within 20 s"_s, {}};
    return answer.value;
}

std::optional<SecretError> removeNow(SecretStore &store, const QString &account, SecretKind kind)
{
    Answer<std::optional<SecretError>> answer;
    store.remove(account, kind, &store, [&answer](const std::optional<SecretError> &error) {
        answer.value = error;
        answer.arrived = true;
    });
    if (!QTest::qWaitFor([&answer] { return answer.arrived; }, 20000))
        return SecretError{SecretError::Code::Failed, u"no answer within 20 s"_s, {}};
    return answer.value;
}

QByteArray describe(const SecretOutcome<QString> &outcome)
{
    if (const auto *error = std::get_if<SecretError>(&outcome))
        return (error->message + u" [" + error->detail + u']').toUtf8();
    return "a value";
}

// Child mode: one read with whatever environment the parent gave us, printed as the error code.
int probe()
{
    SecretStore store(u"io.switchboard.test.probe"_s);
    const SecretOutcome<QString> outcome = readNow(store, u"probe"_s, SecretKind::AccessToken);
    if (const auto *error = std::get_if<SecretError>(&outcome)) {
        std::cout << "code=" << int(error->code) << "\n" << error->message.toStdString() << "\n";
        return 0;
    }
    std::cout << "code=value\n";
    return 0;
}

} // namespace

// The keychain against the real Secret Service (gnome-keyring on a private session bus, started
// by scripts/with-keyring.sh, which CTest and scripts/test.sh put around this test).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own per run, so runs never see each other's entries.
    const QString m_service =
        u"io.switchboard.test."_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString m_account = u"102290129340398"_s;

private Q_SLOTS:
    // Without a reachable keychain every test below would be meaningless: say so and fail.
    void initTestCase()
    {
        SecretStore store(m_service);
        const auto error = writeNow(store, u"reachability"_s, SecretKind::VerifyToken, u"probe"_s);
        if (error) {
            const QByteArray text = "No Secret Service is reachable, so the keychain cannot be "
                                    "tested. Run this test through scripts/with-keyring.sh (CTest "
                                    "and scripts/test.sh do). Keychain said: "
                + error->message.toUtf8() + " [" + error->detail.toUtf8() + ']';
            QFAIL(text.constData());
        }
        QVERIFY(!removeNow(store, u"reachability"_s, SecretKind::VerifyToken));
    }

    void writeReadOverwriteDelete()
    {
        SecretStore store(m_service);
        QSignalSpy changed(&store, &SecretStore::changed);
        const QString token = u"EAAG"_s + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(!writeNow(store, m_account, SecretKind::AccessToken, token));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toString(), m_account);
        QCOMPARE(changed.constFirst().at(1).value<SecretKind>(), SecretKind::AccessToken);

        auto read = readNow(store, m_account, SecretKind::AccessToken);
        QVERIFY2(std::holds_alternative<QString>(read), describe(read).constData());
        QCOMPARE(std::get<QString>(read), token);

        // A second store object (as after a restart) reads the same entry.
        SecretStore again(m_service);
        read = readNow(again, m_account, SecretKind::AccessToken);
        QVERIFY2(std::holds_alternative<QString>(read), describe(read).constData());
        QCOMPARE(std::get<QString>(read), token);

        // Kinds and accounts are separate entries.
        const QString secret = u"0123456789abcdef0123456789abcdef"_s;
        QVERIFY(!writeNow(store, m_account, SecretKind::AppSecret, secret));
        QVERIFY(!writeNow(store, u"999999999"_s, SecretKind::AccessToken, u"other-token"_s));
        QCOMPARE(std::get<QString>(readNow(store, m_account, SecretKind::AppSecret)), secret);
        QCOMPARE(std::get<QString>(readNow(store, m_account, SecretKind::AccessToken)), token);

        const QString rotated = token + u"-rotated"_s;
        QVERIFY(!writeNow(store, m_account, SecretKind::AccessToken, rotated));
        QCOMPARE(std::get<QString>(readNow(store, m_account, SecretKind::AccessToken)), rotated);

        QVERIFY(!removeNow(store, m_account, SecretKind::AccessToken));
        read = readNow(store, m_account, SecretKind::AccessToken);
        QVERIFY(std::holds_alternative<SecretError>(read));
        QCOMPARE(std::get<SecretError>(read).code, SecretError::Code::NotFound);
        // Only that entry went.
        QCOMPARE(std::get<QString>(readNow(store, m_account, SecretKind::AppSecret)), secret);
        QVERIFY(!removeNow(store, m_account, SecretKind::AppSecret));
        QVERIFY(!removeNow(store, u"999999999"_s, SecretKind::AccessToken));
    }

    void missingSecretIsNotFound()
    {
        SecretStore store(m_service);
        const auto read = readNow(store, u"never-saved"_s, SecretKind::AppSecret);
        QVERIFY(std::holds_alternative<SecretError>(read));
        const SecretError &error = std::get<SecretError>(read);
        QCOMPARE(error.code, SecretError::Code::NotFound);
        QVERIFY2(error.message.contains(u"App Secret"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"Connect the number again"_s), qPrintable(error.message));
        // Removing what is not there is not an error.
        QVERIFY(!removeNow(store, u"never-saved"_s, SecretKind::AppSecret));
    }

    void contextGoneSkipsTheCallback()
    {
        SecretStore store(m_service);
        auto *context = new QObject;
        bool called = false;
        store.read(u"never-saved"_s, SecretKind::AccessToken, context,
                   [&called](const SecretOutcome<QString> &) { called = true; });
        delete context;
        // A second read on the same store is answered after the first one (jobs run in order).
        const auto later = readNow(store, u"never-saved"_s, SecretKind::AccessToken);
        QVERIFY(std::holds_alternative<SecretError>(later));
        QVERIFY(!called);
    }

    // With no session bus at all (a desktop without a keychain), every call fails as
    // Unavailable with the explanation, and nothing falls back to a file.
    void noKeychainIsExplained()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sb-bus"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {u"--probe"_s});
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(output.startsWith(u"code=%1"_s.arg(int(SecretError::Code::Unavailable))),
                 qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
        QVERIFY2(output.contains(u"never in a file"_s), qPrintable(output));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "--probe") == 0)
        return probe();
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"

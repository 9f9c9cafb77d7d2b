#include "ConnectionTester.h"
#include "Sandbox.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"EAAGsandboxtoken0123456789abcdef"_s;
const QString kSecret = u"0123456789abcdef0123456789abcdef"_s;

SandboxConfig sandboxConfig()
{
    SandboxConfig config;
    config.accessToken = kToken;
    config.appSecret = kSecret;
    config.scenario = SandboxScenarioKind::Empty;
    return config;
}

struct Setup
{
    AccountConfig config;
    AccountSecrets secrets;
};

Setup setupFor(const Sandbox &sandbox)
{
    Setup setup;
    setup.config.wabaId = sandbox.config().wabaId;
    setup.config.phoneNumberIds = {sandbox.config().phoneNumberId,
                                   sandbox.config().secondPhoneNumberId};
    setup.config.graphBaseUrl = sandbox.baseUrl();
    setup.config.webhook = {u"127.0.0.1"_s, 0, u"/webhook"_s};
    setup.secrets = {kToken, kSecret, u"verify-token-1"_s};
    return setup;
}

ConnectionTestResult run(ConnectionTester &tester, const Setup &setup)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.test(setup.config, setup.secrets);
    if (!finished.wait(20000) || finished.size() != 1)
        return {false, u"no single answer"_s, {}};
    return finished.constFirst().constFirst().value<ConnectionTestResult>();
}

QString dump(const ConnectionTestResult &result)
{
    QString text = result.summary;
    for (const ConnectionCheck &check : result.checks)
        text += u"\n  "_s + (check.ok ? u"ok "_s : u"FAIL "_s) + check.subject + u": "_s
            + check.text + u" | "_s + check.fix;
    return text;
}

} // namespace

// "Test connection" against the in-process sandbox acting as Meta, over real loopback HTTP.
class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodTokenShowsTheVerifiedNumbers()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        ConnectionTester tester;
        const ConnectionTestResult result = run(tester, setupFor(sandbox));
        QVERIFY2(result.ok, qPrintable(dump(result)));
        QVERIFY2(result.summary.contains(sandbox.config().verifiedName), qPrintable(dump(result)));
        QVERIFY2(result.summary.contains(u"1 more"_s), qPrintable(dump(result)));
        // WABA + two numbers; the webhook port 0 is always free.
        QCOMPARE(result.checks.size(), 3);
        QVERIFY(result.checks.at(1).text.contains(u"Lucky Shrub"_s));
        QVERIFY(result.checks.at(1).text.contains(u"555"_s));
        QVERIFY(!tester.isRunning());
    }

    void badTokenIsExplainedOnce()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        ConnectionTester tester;
        Setup setup = setupFor(sandbox);
        setup.secrets.accessToken = u"EAAGexpired000000000000000000"_s;
        const ConnectionTestResult result = run(tester, setup);
        QVERIFY(!result.ok);
        QCOMPARE(result.checks.size(), 1); // three calls failed, one cause
        const ConnectionCheck &check = result.checks.constFirst();
        QCOMPARE(check.subject, u"Access token"_s);
        QVERIFY2(check.text.contains(u"expired"_s) && check.text.contains(u"190"_s),
                 qPrintable(dump(result)));
        QVERIFY2(check.fix.contains(u"System users"_s), qPrintable(dump(result)));
    }

    void unknownPhoneNumberIdIsExplained()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        ConnectionTester tester;
        Setup setup = setupFor(sandbox);
        setup.config.phoneNumberIds = {sandbox.config().phoneNumberId, u"999999999999999"_s};
        const ConnectionTestResult result = run(tester, setup);
        QVERIFY(!result.ok);
        QVERIFY2(result.summary.contains(u"1 problem"_s), qPrintable(dump(result)));
        const auto failed = std::find_if(result.checks.cbegin(), result.checks.cend(),
                                         [](const ConnectionCheck &c) { return !c.ok; });
        QVERIFY(failed != result.checks.cend());
        QCOMPARE(failed->subject, u"Phone number ID 999999999999999"_s);
        QVERIFY2(failed->text.contains(u"no phone number with this ID"_s),
                 qPrintable(dump(result)));
        QVERIFY2(failed->fix.contains(u"API Setup"_s), qPrintable(dump(result)));
    }

    void unknownWabaIdIsExplained()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        ConnectionTester tester;
        Setup setup = setupFor(sandbox);
        setup.config.wabaId = u"111111111111111"_s;
        const ConnectionTestResult result = run(tester, setup);
        QVERIFY(!result.ok);
        const ConnectionCheck &waba = result.checks.constFirst();
        QVERIFY(!waba.ok);
        QVERIFY2(waba.text.contains(u"no WhatsApp Business Account"_s), qPrintable(dump(result)));
        QVERIFY2(waba.fix.contains(u"not the app ID"_s), qPrintable(dump(result)));
    }

    void unreachableAndSilentServersAreExplained()
    {
        // A port that was just free: connection refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ConnectionTester tester;
        Setup setup;
        setup.config.wabaId = u"102290129340398"_s;
        setup.config.phoneNumberIds = {u"106540352242922"_s};
        setup.config.webhook = {u"127.0.0.1"_s, 0, u"/webhook"_s};
        setup.config.graphBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        setup.secrets = {kToken, kSecret, u"verify-token-1"_s};
        ConnectionTestResult result = run(tester, setup);
        QVERIFY(!result.ok);
        QCOMPARE(result.checks.size(), 1);
        QVERIFY2(result.summary.contains(u"could not be reached"_s), qPrintable(dump(result)));
        QVERIFY2(result.checks.constFirst().fix.contains(u"firewall"_s), qPrintable(dump(result)));

        // Accepts connections, never answers: the timeout.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        setup.config.graphBaseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        tester.setTimeout(std::chrono::milliseconds(300));
        result = run(tester, setup);
        QVERIFY(!result.ok);
        QVERIFY2(result.checks.constFirst().text.contains(u"did not answer in time"_s),
                 qPrintable(dump(result)));
    }

    void webhookPortInUseIsExplained()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        ConnectionTester tester;
        Setup setup = setupFor(sandbox);
        setup.config.webhook.port = taken.serverPort();
        ConnectionTestResult result = run(tester, setup);
        QVERIFY(!result.ok);
        QVERIFY2(result.checks.constLast().fix.contains(u"Another program uses port"_s),
                 qPrintable(dump(result)));
        // Our own running receiver listening there is not a problem.
        tester.setOwnWebhook(setup.config.webhook);
        result = run(tester, setup);
        QVERIFY2(result.ok, qPrintable(dump(result)));
    }

    void permissionErrorsAreExplained_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("10 permission denied") << 10;
        QTest::newRow("200 permission") << 200;
        QTest::newRow("299 permission") << 299;
        QTest::newRow("131005 access denied") << 131005;
    }

    void permissionErrorsAreExplained()
    {
        QFETCH(int, code);
        GraphFailure failure;
        failure.kind = FailureKind::Api;
        failure.api = ApiError{};
        failure.api->code = code;
        failure.api->message = u"(#%1) Permission denied"_s.arg(code);
        const ConnectionCheck check = ConnectionTester::explain(
            failure, ConnectionTester::Subject::Waba, u"102290129340398"_s);
        QVERIFY(!check.ok);
        QVERIFY2(check.text.contains(u"no permission"_s), qPrintable(check.text));
        QVERIFY2(check.fix.contains(u"whatsapp_business_management"_s), qPrintable(check.fix));
        QVERIFY(!ConnectionTester::isTokenProblem(failure));
    }

    void otherApiErrorsUseTheCatalogue()
    {
        GraphFailure failure;
        failure.kind = FailureKind::Api;
        failure.api = ApiError{};
        failure.api->code = 368;
        failure.api->message = u"Temporarily blocked"_s;
        const ConnectionCheck check = ConnectionTester::explain(
            failure, ConnectionTester::Subject::PhoneNumber, u"106540352242922"_s);
        QVERIFY(check.text.contains(u"368"_s));
        QVERIFY(!check.fix.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"

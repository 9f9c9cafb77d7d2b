#include "ConversationRepository.h"
#include "Database.h"
#include "GraphClient.h"
#include "KeychainTokenProvider.h"
#include "LiveSession.h"
#include "Message.h"
#include "MessageRepository.h"
#include "Outbox.h"
#include "Sandbox.h"
#include "SecretStore.h"
#include "WebhookReceiver.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"EAAGlive"_s + QUuid::createUuid().toString(QUuid::Id128);
const QString kAppSecret = QUuid::createUuid().toString(QUuid::Id128);
const QString kVerifyToken = u"verify-"_s + QUuid::createUuid().toString(QUuid::Id128);

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

bool writeSecret(SecretStore &store, const QString &account, SecretKind kind, const QString &value)
{
    bool answered = false;
    bool ok = false;
    store.write(account, kind, value, nullptr, [&](const std::optional<SecretError> &error) {
        ok = !error;
        if (error)
            qWarning("keychain: %s", qPrintable(error->message));
        answered = true;
    });
    return QTest::qWaitFor([&answered] { return answered; }, 20000) && ok;
}

std::optional<QString> openNow(LiveSession &session)
{
    std::optional<QString> problem = u"no answer"_s;
    bool answered = false;
    session.open([&](const std::optional<QString> &p) {
        problem = p;
        answered = true;
    });
    if (!QTest::qWaitFor([&answered] { return answered; }, 30000))
        return u"no answer within 30 s"_s;
    return problem;
}

} // namespace

// A connected account against the in-process sandbox acting as Meta: the token comes from the
// real keychain (gnome-keyring on a private bus, see scripts/with-keyring.sh), webhooks arrive
// signed with the App Secret at the session's own receiver, replies go out through the Graph API.
class TestLiveSession : public QObject
{
    Q_OBJECT

private:
    const QString m_service =
        u"io.switchboard.test."_s + QUuid::createUuid().toString(QUuid::Id128);

    AccountConfig accountFor(const Sandbox &sandbox) const
    {
        AccountConfig account;
        account.wabaId = sandbox.config().wabaId;
        account.phoneNumberIds = {sandbox.config().phoneNumberId,
                                  sandbox.config().secondPhoneNumberId};
        account.webhook = {u"127.0.0.1"_s, freePort(), u"/hooks/wa"_s};
        account.graphBaseUrl = sandbox.baseUrl();
        return account;
    }

    static SandboxConfig sandboxConfig()
    {
        SandboxConfig config;
        config.accessToken = kToken;
        config.appSecret = kAppSecret;
        config.scenario = SandboxScenarioKind::Empty;
        config.customersReply = false;
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SecretStore store(m_service);
        const QString account = sandboxConfig().wabaId;
        QVERIFY2(writeSecret(store, account, SecretKind::AccessToken, kToken),
                 "No Secret Service reachable: run through scripts/with-keyring.sh (CTest does)");
        QVERIFY(writeSecret(store, account, SecretKind::AppSecret, kAppSecret));
        QVERIFY(writeSecret(store, account, SecretKind::VerifyToken, kVerifyToken));
    }

    void receivesAndReplies()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        SecretStore secrets(m_service);
        LiveSession::Options options;
        options.account = accountFor(sandbox);
        options.databasePath = dir.filePath(u"inbox.db"_s);
        LiveSession session(options, secrets);
        QSignalSpy loaded(&session, &Session::phoneNumberLoaded);
        QSignalSpy ingested(&session, &Session::ingested);

        const auto problem = openNow(session);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(!session.isSandbox());
        QCOMPARE(session.phoneNumberIds(), options.account.phoneNumberIds);
        QCOMPARE(session.receiver()->port(), options.account.webhook.port);
        // The Graph client authenticates with the keychain's token: both numbers' fields arrive.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 15000);
        QCOMPARE(loaded.constFirst().constFirst().value<PhoneNumberInfo>().verifiedName,
                 sandbox.config().verifiedName);

        sandbox.addWebhook(QUrl(u"http://127.0.0.1:%1/hooks/wa"_s.arg(session.receiver()->port())));
        const QString customer = u"4915112340077"_s;
        QString playProblem;
        const QString wamid = sandbox.playInbound(
            customer, u"Lena Vogel"_s, QJsonObject{{u"text"_s, u"Ist mein Paket unterwegs?"_s}},
            &playProblem);
        QVERIFY2(!wamid.isEmpty(), qPrintable(playProblem));
        QTRY_VERIFY_WITH_TIMEOUT(!ingested.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            ConversationRepository(*session.database()).list(ConversationQuery{}).size() == 1,
            15000);
        const ConversationRecord conversation =
            ConversationRepository(*session.database()).list(ConversationQuery{}).constFirst();
        QCOMPARE(conversation.contactName, u"Lena Vogel"_s);
        QCOMPARE(conversation.lastMessagePreview, u"Ist mein Paket unterwegs?"_s);
        QVERIFY(conversation.needsReply());

        OutboundMessage out;
        out.phoneNumberId = session.phoneNumberId();
        out.message = makeText(u'+' + customer, u"Ja, es kommt morgen."_s);
        const EnqueueResult queued = session.outbox()->enqueue(out);
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const SandboxSentMessage &sent : sandbox.sentMessages()) {
                    if (sent.waId == customer && sent.phoneNumberId == out.phoneNumberId)
                        return true;
                }
                return false;
            }(),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto row =
                    MessageRepository(*session.database()).findByLocalId(queued.localId);
                return row && row->delivery.hasReached(DeliveryState::Sent);
            }(),
            20000);

        // The secrets live only in the keychain: not in any file of the store.
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : {kToken, kAppSecret, kVerifyToken})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
        }
    }

    // Meta's subscription handshake answers with the verify token from the keychain.
    void verifyHandshakeUsesTheKeychainToken()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        SecretStore secrets(m_service);
        LiveSession session({accountFor(sandbox), dir.filePath(u"inbox.db"_s)}, secrets);
        QVERIFY(!openNow(session));
        QNetworkAccessManager network;
        const auto get = [&](const QString &token) {
            QUrl url(u"http://127.0.0.1:%1/hooks/wa"_s.arg(session.receiver()->port()));
            url.setQuery(QUrlQuery{{u"hub.mode"_s, u"subscribe"_s},
                                   {u"hub.verify_token"_s, token},
                                   {u"hub.challenge"_s, u"1158201444"_s}});
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return std::make_pair(done ? status : -1, body);
        };
        const auto accepted = get(kVerifyToken);
        QCOMPARE(accepted.first, 200);
        QCOMPARE(accepted.second, QByteArray("1158201444"));
        QCOMPARE(get(u"guessed-token"_s).first, 403);
    }

    // A new token saved to the keychain is used from the next request on.
    void rotatedTokenIsReadAgain()
    {
        SecretStore secrets(m_service);
        const QString account = u"777777777777777"_s;
        QVERIFY(writeSecret(secrets, account, SecretKind::AccessToken, u"first-token-value"_s));
        KeychainTokenProvider tokens(secrets, account);
        bool answered = false;
        tokens.load([&answered](const std::optional<SecretError> &error) {
            QVERIFY(!error);
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(tokens.accessToken(), u"first-token-value"_s);
        QSignalSpy changed(&tokens, &KeychainTokenProvider::tokenChanged);
        QVERIFY(writeSecret(secrets, account, SecretKind::AccessToken, u"second-token-value"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(tokens.accessToken(), u"second-token-value"_s);
        // Another account's entry does not touch it.
        QVERIFY(writeSecret(secrets, u"888888888888888"_s, SecretKind::AccessToken, u"other"_s));
        QVERIFY(writeSecret(secrets, account, SecretKind::AppSecret, kAppSecret));
        // Keychain jobs run in order: once this read is answered, a reload would have been too.
        bool read = false;
        secrets.read(account, SecretKind::AppSecret, nullptr,
                     [&read](const SecretOutcome<QString> &) { read = true; });
        QTRY_VERIFY_WITH_TIMEOUT(read, 20000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tokens.accessToken(), u"second-token-value"_s);
    }

    // A forged webhook (wrong App Secret) is refused by the session's receiver.
    void wrongAppSecretIsRefused()
    {
        SandboxConfig config = sandboxConfig();
        config.appSecret = u"ffffffffffffffffffffffffffffffff"_s;
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        SecretStore secrets(m_service);
        LiveSession session({accountFor(sandbox), dir.filePath(u"inbox.db"_s)}, secrets);
        QVERIFY(!openNow(session));
        QSignalSpy rejected(session.receiver(), &WebhookReceiver::requestRejected);
        sandbox.addWebhook(QUrl(u"http://127.0.0.1:%1/hooks/wa"_s.arg(session.receiver()->port())));
        QString playProblem;
        sandbox.playInbound(u"4915112340078"_s, u"Mallory"_s, QJsonObject{{u"text"_s, u"hi"_s}},
                            &playProblem);
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 15000);
        QCOMPARE(rejected.constFirst().constFirst().toInt(), 401);
        QVERIFY(ConversationRepository(*session.database()).list(ConversationQuery{}).isEmpty());
    }

    void missingSecretsAndBusyPortAreExplained()
    {
        Sandbox sandbox(sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        QTemporaryDir dir;
        SecretStore secrets(m_service);

        AccountConfig unknown = accountFor(sandbox);
        unknown.wabaId = u"555555555555555"_s; // nothing saved under this account
        LiveSession noSecrets({unknown, dir.filePath(u"a.db"_s)}, secrets);
        auto problem = openNow(noSecrets);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"App Secret"_s) && problem->contains(u"Connect the number"_s),
                 qPrintable(*problem));
        QString error;
        QVERIFY(!noSecrets.start(&error));
        QVERIFY(error.contains(u"keychain"_s));

        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        AccountConfig busy = accountFor(sandbox);
        busy.webhook.port = taken.serverPort();
        LiveSession blocked({busy, dir.filePath(u"b.db"_s)}, secrets);
        problem = openNow(blocked);
        QVERIFY(problem);
        QVERIFY2(problem->contains(busy.webhook.toString()), qPrintable(*problem));
    }

    void cleanupTestCase()
    {
        SecretStore store(m_service);
        int pending = 3;
        for (const SecretKind kind :
             {SecretKind::AccessToken, SecretKind::AppSecret, SecretKind::VerifyToken})
            store.remove(sandboxConfig().wabaId, kind, nullptr,
                         [&pending](const std::optional<SecretError> &) { --pending; });
        QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 20000);
    }
};

QTEST_MAIN(TestLiveSession)
#include "tst_livesession.moc"

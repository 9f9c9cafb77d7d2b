#include "WebhookReceiver.h"
#include "WebhookSink.h"
#include "WebhookTcpServer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using sb::WebhookReceiver;
using sb::WebhookReceiverConfig;

namespace {

const QByteArray kSecret = "4f1d2a7be0c94b1e9d6c3a58e2f70b16";
const QString kVerifyToken = QStringLiteral("switchboard-verify-7731");
constexpr int kWait = 15000;

class RecordingSink final : public sb::WebhookSink
{
public:
    bool accept(const QByteArray &rawBody) override
    {
        accepted.append(rawBody);
        return acceptResult;
    }
    void deadLetter(const QByteArray &rawBody, const QString &reason) override
    {
        deadLetters.append({rawBody, reason});
    }

    QList<QByteArray> accepted;
    QList<std::pair<QByteArray, QString>> deadLetters;
    bool acceptResult = true;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

QByteArray sampleBody()
{
    // Deliberately not in QJsonDocument's canonical form: the sink must get these exact bytes.
    return QByteArrayLiteral(
        "{ \"object\" : \"whatsapp_business_account\",\n  \"entry\":[{\"id\":\"102290129340398\","
        "\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
        "\"messages\":[{\"from\":\"16315551181\",\"id\":\"wamid.ABGGFlA5Fpa\",\"timestamp\":"
        "\"1504902988\",\"type\":\"text\",\"text\":{\"body\":\"Ol\xc3\xa1 \\u00e9\"}}]}}]}]}  ");
}

// A JSON object of exactly `size` bytes.
QByteArray jsonOfSize(qsizetype size)
{
    const QByteArray prefix = "{\"pad\":\"";
    const QByteArray suffix = "\"}";
    return prefix + QByteArray(size - prefix.size() - suffix.size(), 'x') + suffix;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signatureHeaderMatchesRfc4231Vector();
    void signatureValidation_data();
    void signatureValidation();
    void listenNeedsSecretAndToken();
    void listenReportsBusyPort();

    void verification_data();
    void verification();
    void validSignatureDeliversExactBytes();
    void uppercaseHexSignatureAccepted();
    void badSignatureRejected_data();
    void badSignatureRejected();
    void bodyAtLimitAccepted();
    void bodyOverLimitRejected();
    void announcedOversizeRejectedBeforeBody();
    void chunkedBodyRejected();
    void duplicateSignatureHeadersRejected();
    void invalidJsonIsDeadLettered_data();
    void invalidJsonIsDeadLettered();
    void sinkRefusalAnswers500();
    void keepAliveConnectionCarriesManyRequests();
    void largePayloadWithDefaultLimit();
    void otherPathsAndMethods();

private:
    QUrl endpoint(const QString &query = QString()) const;
    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QByteArray &body, const QByteArray &signature);
    QByteArray rawExchange(const QByteArray &request);

    static constexpr qint64 kSmallLimit = 64 * 1024;
    RecordingSink m_sink;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    quint16 m_port = 0;
};

void TestWebhookReceiver::init()
{
    m_sink = RecordingSink();
    WebhookReceiverConfig config;
    config.verifyToken = kVerifyToken;
    config.appSecret = kSecret;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.maxBodyBytes = kSmallLimit;
    m_receiver = std::make_unique<WebhookReceiver>(config, &m_sink);
    m_port = m_receiver->listen();
    QVERIFY2(m_port != 0, qPrintable(m_receiver->errorString()));
    QVERIFY(m_receiver->isListening());
    QCOMPARE(m_receiver->port(), m_port);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestWebhookReceiver::cleanup()
{
    m_network.reset();
    m_receiver.reset();
}

QUrl TestWebhookReceiver::endpoint(const QString &query) const
{
    QUrl url(QStringLiteral("http://127.0.0.1/webhook"));
    url.setPort(m_port);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpResult TestWebhookReceiver::send(const QByteArray &verb, const QUrl &url,
                                     const QByteArray &body,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    if (!finished.wait(kWait)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

HttpResult TestWebhookReceiver::post(const QByteArray &body, const QByteArray &signature)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!signature.isNull())
        headers.append({"X-Hub-Signature-256", signature});
    return send("POST", endpoint(), body, headers);
}

// Writes `request` on a plain socket and returns the first complete HTTP answer.
QByteArray TestWebhookReceiver::rawExchange(const QByteArray &request)
{
    // Blocking waitFor*() calls would starve the server, which runs on this thread too.
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!connected.wait(kWait))
        return {};
    socket.write(request);
    QByteArray answer;
    const auto complete = [&answer] {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qint64 length = 0;
        const QList<QByteArray> lines = answer.left(end).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return answer.size() >= end + 4 + length;
    };
    QDeadlineTimer deadline(kWait);
    while (!complete() && !deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !readable.wait(int(deadline.remainingTime())))
            break;
        answer += socket.readAll();
    }
    return answer;
}

void TestWebhookReceiver::signatureHeaderMatchesRfc4231Vector()
{
    // RFC 4231 test case 2.
    QCOMPARE(WebhookReceiver::signatureHeader("what do ya want for nothing?", "Jefe"),
             QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestWebhookReceiver::signatureValidation_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("valid");

    const QByteArray body = sampleBody();
    const QByteArray good = WebhookReceiver::signatureHeader(body, kSecret);
    QTest::newRow("own signature") << good << body << kSecret << true;
    QTest::newRow("surrounding whitespace") << (" " + good + " ") << body << kSecret << true;
    QTest::newRow("uppercase hex")
        << ("sha256=" + good.mid(7).toUpper()) << body << kSecret << true;
    QTest::newRow("one byte of body changed")
        << good << QByteArray(body).replace("Ol", "Ul") << kSecret << false;
    QTest::newRow("other secret") << good << body << QByteArray("another-secret") << false;
    QTest::newRow("empty secret") << WebhookReceiver::signatureHeader(body, {}) << body
                                  << QByteArray() << false;
    QTest::newRow("no prefix") << good.mid(7) << body << kSecret << false;
    QTest::newRow("sha1 prefix") << ("sha1=" + good.mid(7)) << body << kSecret << false;
    QTest::newRow("truncated") << good.chopped(2) << body << kSecret << false;
    QTest::newRow("not hex") << ("sha256=" + QByteArray(64, 'g')) << body << kSecret << false;
    QTest::newRow("last digit flipped")
        << (good.chopped(1) + (good.endsWith('0') ? "1" : "0")) << body << kSecret << false;
    QTest::newRow("empty header") << QByteArray() << body << kSecret << false;
}

void TestWebhookReceiver::signatureValidation()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(bool, valid);
    QCOMPARE(WebhookReceiver::isSignatureValid(header, body, secret), valid);
}

void TestWebhookReceiver::listenNeedsSecretAndToken()
{
    WebhookReceiverConfig noSecret;
    noSecret.verifyToken = kVerifyToken;
    WebhookReceiver first(noSecret, &m_sink);
    QCOMPARE(first.listen(), quint16(0));
    QVERIFY(!first.errorString().isEmpty());
    QVERIFY(!first.isListening());

    WebhookReceiverConfig noToken;
    noToken.appSecret = kSecret;
    WebhookReceiver second(noToken, &m_sink);
    QCOMPARE(second.listen(), quint16(0));
    QVERIFY(!second.errorString().isEmpty());
}

void TestWebhookReceiver::listenReportsBusyPort()
{
    WebhookReceiverConfig config;
    config.verifyToken = kVerifyToken;
    config.appSecret = kSecret;
    config.port = m_port; // taken by the fixture's receiver
    WebhookReceiver clash(config, &m_sink);
    QCOMPARE(clash.listen(), quint16(0));
    QVERIFY(clash.errorString().contains(QString::number(m_port)));
}

void TestWebhookReceiver::verification_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QString token = QString::fromLatin1(QUrl::toPercentEncoding(kVerifyToken));
    QTest::newRow("matching token")
        << (QStringLiteral("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=") + token)
        << 200 << QByteArray("1158201444");
    QTest::newRow("wrong token") << QStringLiteral(
        "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=nope")
                                 << 403 << QByteArray();
    QTest::newRow("token prefix only")
        << (QStringLiteral("hub.mode=subscribe&hub.challenge=1&hub.verify_token=")
            + token.chopped(1))
        << 403 << QByteArray();
    QTest::newRow("no token") << QStringLiteral("hub.mode=subscribe&hub.challenge=1158201444")
                              << 403 << QByteArray();
    QTest::newRow("wrong mode")
        << (QStringLiteral("hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=")
            + token)
        << 403 << QByteArray();
    QTest::newRow("no challenge") << (QStringLiteral("hub.mode=subscribe&hub.verify_token=")
                                      + token)
                                  << 400 << QByteArray();
}

void TestWebhookReceiver::verification()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    QSignalSpy verified(m_receiver.get(), &WebhookReceiver::verificationSucceeded);
    const HttpResult result = send("GET", endpoint(query));
    QCOMPARE(result.status, status);
    if (status == 200) {
        QCOMPARE(result.body, body);
        QVERIFY(result.contentType.startsWith("text/plain"));
    }
    QCOMPARE(verified.count(), status == 200 ? 1 : 0);
    QVERIFY(m_sink.accepted.isEmpty());
}

void TestWebhookReceiver::validSignatureDeliversExactBytes()
{
    QSignalSpy stored(m_receiver.get(), &WebhookReceiver::payloadStored);
    const QByteArray body = sampleBody();
    const HttpResult result = post(body, WebhookReceiver::signatureHeader(body, kSecret));
    QCOMPARE(result.status, 200);
    QCOMPARE(m_sink.accepted.size(), 1);
    QCOMPARE(m_sink.accepted.first(), body);
    QVERIFY(m_sink.deadLetters.isEmpty());
    QCOMPARE(stored.count(), 1);
    QCOMPARE(stored.first().first().toLongLong(), qint64(body.size()));
}

void TestWebhookReceiver::uppercaseHexSignatureAccepted()
{
    const QByteArray body = sampleBody();
    const QByteArray hex = WebhookReceiver::signatureHeader(body, kSecret).mid(7).toUpper();
    QCOMPARE(post(body, "sha256=" + hex).status, 200);
    QCOMPARE(m_sink.accepted.size(), 1);
}

void TestWebhookReceiver::badSignatureRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signature");

    const QByteArray body = sampleBody();
    const QByteArray good = WebhookReceiver::signatureHeader(body, kSecret);
    QTest::newRow("tampered body")
        << QByteArray(body).replace("16315551181", "16315551182") << good;
    QTest::newRow("wrong secret") << body << WebhookReceiver::signatureHeader(body, "not-it");
    QTest::newRow("missing header") << body << QByteArray();
    QTest::newRow("empty header") << body << QByteArray("");
    QTest::newRow("bare hex") << body << good.mid(7);
    QTest::newRow("sha1 scheme") << body << ("sha1=" + good.mid(7, 40));
    QTest::newRow("garbage") << body << QByteArray("sha256=zz");
}

void TestWebhookReceiver::badSignatureRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signature);
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::requestRejected);
    QCOMPARE(post(body, signature).status, 401);
    QVERIFY(m_sink.accepted.isEmpty());
    QVERIFY(m_sink.deadLetters.isEmpty());
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().first().toInt(), 401);
    QVERIFY(!rejected.first().at(1).toString().isEmpty());
}

void TestWebhookReceiver::bodyAtLimitAccepted()
{
    const QByteArray body = jsonOfSize(kSmallLimit);
    QCOMPARE(body.size(), kSmallLimit);
    QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 200);
    QCOMPARE(m_sink.accepted.size(), 1);
    QCOMPARE(m_sink.accepted.first(), body);
}

void TestWebhookReceiver::bodyOverLimitRejected()
{
    QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::requestRejected);
    const QByteArray body = jsonOfSize(kSmallLimit + 1);
    QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 413);
    QVERIFY(m_sink.accepted.isEmpty());
    QVERIFY(m_sink.deadLetters.isEmpty());
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().first().toInt(), 413);

    // The listener keeps serving after a refusal.
    const QByteArray small = sampleBody();
    QCOMPARE(post(small, WebhookReceiver::signatureHeader(small, kSecret)).status, 200);
    QCOMPARE(m_sink.accepted.size(), 1);
}

void TestWebhookReceiver::announcedOversizeRejectedBeforeBody()
{
    // Ten gigabytes announced, none sent: the answer must come from the headers alone.
    const QByteArray answer = rawExchange("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Content-Type: application/json\r\n"
                                          "Content-Length: 10737418240\r\n\r\n{\"a\":");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(m_sink.accepted.isEmpty());
}

void TestWebhookReceiver::chunkedBodyRejected()
{
    const QByteArray body = sampleBody();
    const QByteArray answer =
        rawExchange("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                    "X-Hub-Signature-256: "
                    + WebhookReceiver::signatureHeader(body, kSecret) + "\r\n\r\n"
                    + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    QVERIFY(m_sink.accepted.isEmpty());
}

void TestWebhookReceiver::duplicateSignatureHeadersRejected()
{
    const QByteArray body = sampleBody();
    const QByteArray good = WebhookReceiver::signatureHeader(body, kSecret);
    const QByteArray answer =
        rawExchange("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    "Content-Length: "
                    + QByteArray::number(body.size())
                    + "\r\n"
                      "X-Hub-Signature-256: sha256="
                    + QByteArray(64, '0')
                    + "\r\n"
                      "X-Hub-Signature-256: "
                    + good + "\r\n\r\n" + body);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    QVERIFY(m_sink.accepted.isEmpty());
}

void TestWebhookReceiver::invalidJsonIsDeadLettered_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << sampleBody().left(40);
    QTest::newRow("not json") << QByteArray("hello=world");
    QTest::newRow("array") << QByteArray("[{\"object\":\"whatsapp_business_account\"}]");
    QTest::newRow("empty") << QByteArray();
}

void TestWebhookReceiver::invalidJsonIsDeadLettered()
{
    QFETCH(QByteArray, body);
    QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 400);
    QVERIFY(m_sink.accepted.isEmpty());
    QCOMPARE(m_sink.deadLetters.size(), 1);
    QCOMPARE(m_sink.deadLetters.first().first, body);
    QVERIFY(!m_sink.deadLetters.first().second.isEmpty());
}

void TestWebhookReceiver::sinkRefusalAnswers500()
{
    m_sink.acceptResult = false;
    const QByteArray body = sampleBody();
    QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 500);
    // The sink saw the payload and said no: that is what makes Meta retry.
    QCOMPARE(m_sink.accepted.size(), 1);
    QCOMPARE(m_sink.accepted.first(), body);

    m_sink.acceptResult = true;
    QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 200);
    QCOMPARE(m_sink.accepted.size(), 2);
}

void TestWebhookReceiver::keepAliveConnectionCarriesManyRequests()
{
    // One QNetworkAccessManager reuses its connection: request framing must stay in step.
    QList<QByteArray> sent;
    for (int i = 0; i < 6; ++i) {
        const QByteArray body = i % 2 ? jsonOfSize(20000 + i) : sampleBody() + QByteArray(i, ' ');
        sent.append(body);
        QCOMPARE(post(body, WebhookReceiver::signatureHeader(body, kSecret)).status, 200);
        const QString query =
            QStringLiteral("hub.mode=subscribe&hub.challenge=%1&hub.verify_token=").arg(i)
            + QString::fromLatin1(QUrl::toPercentEncoding(kVerifyToken));
        QCOMPARE(send("GET", endpoint(query)).body, QByteArray::number(i));
    }
    QCOMPARE(m_sink.accepted, sent);
}

void TestWebhookReceiver::largePayloadWithDefaultLimit()
{
    WebhookReceiverConfig config;
    config.verifyToken = kVerifyToken;
    config.appSecret = kSecret;
    QCOMPARE(config.maxBodyBytes, qint64(4 * 1024 * 1024));
    RecordingSink sink;
    WebhookReceiver receiver(config, &sink);
    const quint16 port = receiver.listen();
    QVERIFY(port != 0);
    QUrl url(QStringLiteral("http://127.0.0.1/webhook"));
    url.setPort(port);

    // Meta's payloads reach 3 MB; one that size arrives in many TCP reads.
    const QByteArray body = jsonOfSize(3 * 1000 * 1000);
    QCOMPARE(send("POST", url, body,
                  {{"Content-Type", "application/json"},
                   {"X-Hub-Signature-256", WebhookReceiver::signatureHeader(body, kSecret)}})
                 .status,
             200);
    QCOMPARE(sink.accepted.size(), 1);
    QVERIFY(sink.accepted.first() == body);

    const QByteArray tooBig = jsonOfSize(config.maxBodyBytes + 1);
    QCOMPARE(send("POST", url, tooBig,
                  {{"Content-Type", "application/json"},
                   {"X-Hub-Signature-256", WebhookReceiver::signatureHeader(tooBig, kSecret)}})
                 .status,
             413);
    QCOMPARE(sink.accepted.size(), 1);
}

void TestWebhookReceiver::otherPathsAndMethods()
{
    const QByteArray body = sampleBody();
    QUrl other = endpoint();
    other.setPath(QStringLiteral("/webhook/extra"));
    QCOMPARE(send("POST", other, body,
                  {{"X-Hub-Signature-256", WebhookReceiver::signatureHeader(body, kSecret)}})
                 .status,
             404);
    QCOMPARE(send("PUT", endpoint(), body,
                  {{"X-Hub-Signature-256", WebhookReceiver::signatureHeader(body, kSecret)}})
                 .status,
             405);
    QVERIFY(m_sink.accepted.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"

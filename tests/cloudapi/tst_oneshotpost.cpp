// postOnce and the GraphClient built on it: a POST whose connection closes before the answer
// reaches the server once, never twice (Qt 6.4 would silently send it again).

#include "GraphClient.h"
#include "OneShotPost.h"
#include "SecretProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace sb;

namespace {

// A tiny HTTP/1.1 server: records each complete request, then answers 200 or hangs up.
class RawServer final : public QObject
{
public:
    explicit RawServer(bool hangUp)
        : m_hangUp(hangUp)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QList<QByteArray> methods;
    QList<QByteArray> bodies;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                handle(socket, *buffer);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void handle(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        methods.append(buffer.left(buffer.indexOf(' ')));
        bodies.append(buffer.mid(end + 4, length));
        buffer.remove(0, end + 4 + length);
        if (m_hangUp) {
            socket->abort(); // accepted, but the answer never comes
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "11\r\n\r\n{\"ok\":true}");
    }

    QTcpServer m_server;
    bool m_hangUp;
};

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
};

Outcome finish(QNetworkReply *reply)
{
    Outcome outcome;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
        return Outcome{QNetworkReply::TimeoutError, -1, {}};
    outcome.error = reply->error();
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.body = reply->readAll();
    reply->deleteLater();
    return outcome;
}

class FixedToken final : public TokenProvider
{
public:
    QString accessToken() const override { return QStringLiteral("token"); }
};

} // namespace

class TestOneShotPost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postIsNeverSentTwice()
    {
        RawServer server(true);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(server.url(QStringLiteral("/v25.0/1/messages")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = R"({"to":"+15550100001","type":"text"})";
        const Outcome outcome = finish(postOnce(&network, request, body));
        QVERIFY(outcome.error != QNetworkReply::NoError);
        QCOMPARE(outcome.status, 0); // no answer: the caller must treat the send as unknown
        QCOMPARE(server.bodies.size(), 1);
        QCOMPARE(server.bodies.first(), body);
    }

    void answeredPostKeepsItsBody()
    {
        RawServer server(false);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(server.url(QStringLiteral("/v25.0/1/messages")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body(70'000, 'x'); // larger than one socket write
        for (int i = 0; i < 3; ++i) { // the kept-alive connection is reused between them
            const Outcome outcome =
                finish(postOnce(&network, request, body + QByteArray::number(i)));
            QCOMPARE(outcome.error, QNetworkReply::NoError);
            QCOMPARE(outcome.status, 200);
            QCOMPARE(outcome.body, QByteArray(R"({"ok":true})"));
        }
        QCOMPARE(server.bodies.size(), 3);
        QCOMPARE(server.bodies.at(2), body + '2');
    }

    // The message path itself: GraphClient over a plain QNetworkAccessManager.
    void graphClientSendIsNeverRepeated()
    {
        RawServer server(true);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const FixedToken token;
        GraphClientConfig config;
        config.baseUrl = server.url(QString());
        GraphClient client(&network, &token, config);
        std::optional<GraphResult<SendResult>> result;
        const QJsonObject body{{QStringLiteral("to"), QStringLiteral("+15550100001")},
                               {QStringLiteral("type"), QStringLiteral("text")}};
        client.sendMessage(QStringLiteral("1"), body, this,
                           [&](const GraphResult<SendResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(!result->ok());
        QCOMPARE(result->failure().kind, FailureKind::Network); // unknown outcome, not an answer
        QCOMPARE(server.bodies.size(), 1);
        QCOMPARE(server.methods, QList<QByteArray>{"POST"});
    }
};

QTEST_GUILESS_MAIN(TestOneShotPost)
#include "tst_oneshotpost.moc"

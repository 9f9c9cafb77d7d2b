// The sandbox's own HTTP/1.1 server and multipart reader, fed raw bytes over a real socket:
// keep-alive, chunked bodies, 100-continue, and clear refusals of malformed or oversized input.

#include "SandboxHttpServer.h"
#include "SandboxMultipart.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

constexpr int kWaitMs = 15000;

// Splits complete answers (head + Content-Length body) off the front of `buffer`.
QList<QByteArray> takeAnswers(QByteArray &buffer)
{
    QList<QByteArray> answers;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return answers;
        const QByteArray head = buffer.left(headEnd).toLower();
        qsizetype length = 0;
        if (const qsizetype at = head.indexOf("content-length:"); at >= 0) {
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            length = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return answers;
        answers.append(buffer.left(headEnd + 4 + length));
        buffer.remove(0, headEnd + 4 + length);
    }
}

// Collects answers while the event loop runs (the server lives on this thread too).
QList<QByteArray> readAnswers(QTcpSocket &socket, int count)
{
    QByteArray buffer;
    QList<QByteArray> answers;
    const bool complete = QTest::qWaitFor(
        [&] {
            buffer += socket.readAll();
            answers += takeAnswers(buffer);
            return answers.size() >= count;
        },
        kWaitMs);
    if (!complete)
        qWarning() << "only" << answers.size() << "of" << count << "answers arrived";
    return answers;
}

} // namespace

class TestSandboxHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepAliveServesSeveralRequests();
    void chunkedBody();
    void expectContinue();
    void refusals_data();
    void refusals();
    void multipart();
    void multipartRejectsGarbage_data();
    void multipartRejectsGarbage();

private:
    QTcpSocket *connectSocket();

    std::unique_ptr<sb::SandboxHttpServer> m_server;
    QList<sb::SandboxRequest> m_requests;
    std::unique_ptr<QTcpSocket> m_socket;
};

void TestSandboxHttpServer::init()
{
    m_requests.clear();
    m_server = std::make_unique<sb::SandboxHttpServer>(
        [this](const sb::SandboxRequest &request) {
            m_requests.append(request);
            return sb::SandboxResponse::bytes(200, "text/plain", "echo:" + request.body);
        },
        1024);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestSandboxHttpServer::cleanup()
{
    m_socket.reset();
    m_server.reset();
}

QTcpSocket *TestSandboxHttpServer::connectSocket()
{
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    return m_socket->waitForConnected(kWaitMs) ? m_socket.get() : nullptr;
}

void TestSandboxHttpServer::keepAliveServesSeveralRequests()
{
    QTcpSocket *socket = connectSocket();
    QVERIFY(socket);
    // Two requests in one write: the second waits for the first answer, then is served too.
    socket->write("POST /a?x=1%202 HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nabc"
                  "GET /b HTTP/1.1\r\nHost: h\r\nX-Test: Yes\r\n\r\n");
    const QList<QByteArray> answers = readAnswers(*socket, 2);
    QCOMPARE(answers.size(), 2);
    QVERIFY(answers[0].startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(answers[0].endsWith("echo:abc"));
    QVERIFY(answers[0].contains("Connection: keep-alive"));
    QCOMPARE(m_requests.size(), 2);
    QCOMPARE(m_requests[0].method, QByteArray("POST"));
    QCOMPARE(m_requests[0].path, QStringLiteral("/a"));
    QCOMPARE(m_requests[0].query.queryItemValue(QStringLiteral("x")), QStringLiteral("1 2"));
    QCOMPARE(m_requests[1].header("x-test"), QByteArray("Yes"));
    QVERIFY(m_requests[1].peer.isLoopback());
}

void TestSandboxHttpServer::chunkedBody()
{
    QTcpSocket *socket = connectSocket();
    QVERIFY(socket);
    socket->write("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n");
    // The rest follows in a second write (the parser must cope with either split).
    QVERIFY(QTest::qWaitFor([socket] { return socket->bytesToWrite() == 0; }, kWaitMs));
    socket->write("5;ext=1\r\npedia\r\n0\r\n\r\n");
    const QList<QByteArray> answers = readAnswers(*socket, 1);
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers[0].endsWith("echo:Wikipedia"));
}

void TestSandboxHttpServer::expectContinue()
{
    QTcpSocket *socket = connectSocket();
    QVERIFY(socket);
    socket->write("POST /e HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
    QByteArray interim;
    QVERIFY(QTest::qWaitFor(
        [&] {
            interim += socket->readAll();
            return !interim.isEmpty();
        },
        kWaitMs));
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket->write("hello");
    const QList<QByteArray> answers = readAnswers(*socket, 1);
    QCOMPARE(answers.size(), 1);
    QVERIFY(answers[0].endsWith("echo:hello"));
}

void TestSandboxHttpServer::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("not HTTP/1") << QByteArray("GET / SPDY/3\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -4\r\n\r\n")
                                << 400;
    QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 999999\r\n\r\n")
                               << 413;
    QTest::newRow("bad chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                             "zz\r\n")
                               << 413;
    QTest::newRow("huge header") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70 * 1024, 'a')
                                 << 431;
}

void TestSandboxHttpServer::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QTcpSocket *socket = connectSocket();
    QVERIFY(socket);
    socket->write(request);
    const QList<QByteArray> answers = readAnswers(*socket, 1);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers[0].startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
             answers[0].constData());
    QVERIFY(answers[0].contains("Connection: close"));
    QVERIFY(m_requests.isEmpty()); // the handler never saw it
    QSignalSpy closed(socket, &QTcpSocket::disconnected);
    QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || closed.wait(kWaitMs));
}

void TestSandboxHttpServer::multipart()
{
    const QByteArray body =
        "--b1\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\n"
        "whatsapp\r\n"
        "--b1\r\ncontent-disposition: form-data; name=\"file\"; "
        "filename=\"a;b \\\"x\\\".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        "%PDF\r\n--not-the-boundary\r\n"
        "\r\n--b1--\r\n";
    const auto parts = sb::parseMultipart("multipart/form-data; boundary=\"b1\"", body);
    QVERIFY(parts.has_value());
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).name, QStringLiteral("messaging_product"));
    QCOMPARE(parts->at(0).data, QByteArray("whatsapp"));
    QCOMPARE(parts->at(1).name, QStringLiteral("file"));
    QCOMPARE(parts->at(1).filename, QStringLiteral("a;b \"x\".pdf"));
    QCOMPARE(parts->at(1).contentType, QByteArray("application/pdf"));
    QCOMPARE(parts->at(1).data, QByteArray("%PDF\r\n--not-the-boundary\r\n"));
}

void TestSandboxHttpServer::multipartRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not multipart") << QByteArray("application/json") << QByteArray("{}");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray("--x\r\n");
    QTest::newRow("no delimiter") << QByteArray("multipart/form-data; boundary=x")
                                  << QByteArray("nothing here");
    QTest::newRow("unterminated") << QByteArray("multipart/form-data; boundary=x")
                                  << QByteArray("--x\r\nContent-Disposition: form-data; name=\"a\""
                                                "\r\n\r\nvalue without end");
}

void TestSandboxHttpServer::multipartRejectsGarbage()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QVERIFY(!sb::parseMultipart(contentType, body).has_value());
}

QTEST_GUILESS_MAIN(TestSandboxHttpServer)
#include "tst_sandboxhttpserver.moc"

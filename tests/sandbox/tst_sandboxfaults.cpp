// Faults injected through POST /_sandbox/faults, seen over real loopback HTTP: 5xx answers,
// answers dropped or cut after the message was accepted, slow answers, failing webhooks.

#include "SandboxTestSupport.h"

#include <QTcpSocket>

using namespace sbtest;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fault5xx();
    void faultDroppedResponse();
    void faultTruncatedResponse();
    void faultSlowAnswer();
    void webhookFaults();

private:
    HttpReply control(const QString &what, const QJsonObject &body)
    {
        return m_http->post(QStringLiteral("/_sandbox/") + what, body);
    }
    HttpReply sendText(const QString &to, const QString &text)
    {
        return m_http->post(messagesPath(*m_sandbox), textBody(to, text));
    }
    void play(const QString &text);

    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<sb::Sandbox> m_sandbox;
    std::unique_ptr<Http> m_http;
};

void TestSandboxFaults::init()
{
    m_receiver = std::make_unique<Receiver>();
    m_sandbox = std::make_unique<sb::Sandbox>(testConfig());
    QVERIFY(m_sandbox->listen() > 0);
    m_http = std::make_unique<Http>(m_sandbox->baseUrl());
    const HttpReply registered =
        control(QStringLiteral("webhooks"),
                QJsonObject{{QStringLiteral("url"), m_receiver->url.toString()}});
    QCOMPARE(registered.status, 200);
}

void TestSandboxFaults::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
    m_receiver.reset();
}

void TestSandboxFaults::play(const QString &text)
{
    const HttpReply reply = control(QStringLiteral("inbound"),
                                    QJsonObject{{QStringLiteral("from"), kLena},
                                                {QStringLiteral("name"), QStringLiteral("Lena")},
                                                {QStringLiteral("text"), text}});
    QCOMPARE(reply.status, 200);
}

void TestSandboxFaults::fault5xx()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(control(QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("http_5xx"),
                                  QJsonObject{{QStringLiteral("count"), 2},
                                              {QStringLiteral("status"), 503}}}})
                 .status,
             200);
    for (int i = 0; i < 2; ++i) {
        const HttpReply failed = sendText(kLena, QStringLiteral("Hallo"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.code(), 131000);
    }
    QVERIFY(m_sandbox->sentMessages().isEmpty()); // nothing was accepted
    QCOMPARE(sendText(kLena, QStringLiteral("Hallo")).status, 200);
    QCOMPARE(m_sandbox->sentMessages().size(), 1);
}

void TestSandboxFaults::faultDroppedResponse()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(control(QStringLiteral("faults"), QJsonObject{{QStringLiteral("drop_responses"), 1}})
                 .status,
             200);
    // A raw client sees the connection close without a single byte of answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(kWaitMs));
    const QByteArray body =
        QJsonDocument(textBody(kLena, QStringLiteral("Hallo?"))).toJson(QJsonDocument::Compact);
    socket.write("POST " + messagesPath(*m_sandbox).toUtf8()
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Authorization: Bearer "
                 + kToken.toUtf8()
                 + "\r\nContent-Type: application/json\r\n"
                   "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(kWaitMs));
    QVERIFY(socket.readAll().isEmpty());
    // Yet the platform accepted the message: its statuses follow.
    QCOMPARE(m_sandbox->sentMessages().size(), 1);
    m_sandbox->advanceClock(std::chrono::minutes(1));
    QCOMPARE(m_sandbox->sentMessages().first().lastStatus(), QStringLiteral("read"));
    // The fault was used up.
    QCOMPARE(sendText(kLena, QStringLiteral("again")).status, 200);
}

void TestSandboxFaults::faultTruncatedResponse()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(control(QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("drop_responses"), 1},
                                 {QStringLiteral("drop_mode"), QStringLiteral("truncate")}})
                 .status,
             200);
    const HttpReply reply = sendText(kLena, QStringLiteral("Hallo?"));
    QVERIFY(reply.finished);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.json.isEmpty());
    QCOMPARE(m_sandbox->sentMessages().size(), 1);
}

void TestSandboxFaults::faultSlowAnswer()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(
        control(QStringLiteral("faults"),
                QJsonObject{{QStringLiteral("delay_ms"), 3000}, {QStringLiteral("slow_count"), 1}})
            .status,
        200);
    const QByteArray body = QJsonDocument(textBody(kLena, QStringLiteral("slow"))).toJson();
    const HttpReply timedOut =
        m_http->run("POST", messagesPath(*m_sandbox), body, "application/json", 200);
    QVERIFY(timedOut.error != QNetworkReply::NoError);
    QCOMPARE(m_sandbox->sentMessages().size(), 1); // the slow answer's message was accepted
    // Only one answer was slow.
    const HttpReply fast =
        m_http->run("POST", messagesPath(*m_sandbox), body, "application/json", 5000);
    QCOMPARE(fast.status, 200);
    QCOMPARE(m_http->get(QStringLiteral("/_sandbox/faults")).json.value(u"delay_ms").toInt(), 0);
}

void TestSandboxFaults::webhookFaults()
{
    QCOMPARE(control(QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("webhooks"), QStringLiteral("fail")}})
                 .status,
             200);
    play(QStringLiteral("Hallo"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->webhooks().first().failedAttempts >= 2, kWaitMs);
    QVERIFY(m_receiver->sink.bodies.isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/_sandbox/faults")).json.value(u"webhooks").toString(),
             QStringLiteral("fail"));
    QCOMPARE(control(QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("webhooks"), QStringLiteral("ok")}})
                 .status,
             200);
    control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 3600}});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::InboundMessageEvent>().size(), 1,
                              kWaitMs);
    QCOMPARE(control(QStringLiteral("faults"),
                     QJsonObject{{QStringLiteral("webhooks"), QStringLiteral("maybe")}})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

#pragma once

// The fixture of the send tests: a sandbox with three customers whose windows differ, plus
// checks of the platform's success and error shapes.

#include "SandboxTestSupport.h"

#include <QRegularExpression>

namespace sbtest {

inline const QString kLena = QStringLiteral("4915112345678"); // window open
inline const QString kOmar = QStringLiteral("16505550199"); // wrote 25 h ago: window closed
inline const QString kNew = QStringLiteral("5511999990000"); // never wrote

class SendFixture
{
public:
    // A listening sandbox in which Omar wrote 25 hours ago and Lena just now.
    void start(const sb::SandboxConfig &config)
    {
        m_http.reset();
        sandbox = std::make_unique<sb::Sandbox>(config);
        QVERIFY(sandbox->listen() > 0);
        m_http = std::make_unique<Http>(sandbox->baseUrl());
        QString problem;
        QVERIFY(!sandbox
                     ->playInbound(kOmar, QStringLiteral("Omar"),
                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("hello")}},
                                   &problem)
                     .isEmpty());
        sandbox->advanceClock(std::chrono::hours(25));
        lenaMessage = sandbox->playInbound(
            kLena, QStringLiteral("Lena"),
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Hallo, ist die Monstera da?")}},
            &problem);
        QVERIFY2(!lenaMessage.isEmpty(), qPrintable(problem));
    }

    void stop()
    {
        m_http.reset();
        sandbox.reset();
    }

    Http &http() { return *m_http; }
    HttpReply send(const QJsonObject &body) { return m_http->post(messagesPath(*sandbox), body); }

    QString upload(const QByteArray &data, const QByteArray &mime, const QString &name)
    {
        const HttpReply reply =
            m_http->upload(QStringLiteral("/v25.0/%1/media").arg(sandbox->config().phoneNumberId),
                           data, mime, name);
        if (reply.status != 200)
            qWarning() << "upload failed" << reply.body;
        return reply.json.value(QStringLiteral("id")).toString();
    }

    QString lastStatus(const QString &wamid) const
    {
        for (const sb::SandboxSentMessage &sent : sandbox->sentMessages()) {
            if (sent.wamid == wamid)
                return sent.lastStatus();
        }
        return {};
    }

    std::unique_ptr<sb::Sandbox> sandbox;
    QString lenaMessage; // the wamid of Lena's message

private:
    std::unique_ptr<Http> m_http;
};

// The spec §1.1 success shape for a send to `to`.
inline void verifySuccessShape(const HttpReply &reply, const QString &to)
{
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json.value(QStringLiteral("messaging_product")).toString(),
             QStringLiteral("whatsapp"));
    const QJsonObject contact =
        reply.json.value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QStringLiteral("input")).toString(), to);
    QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(),
             QString(to).remove(QLatin1Char('+')));
    const QString id = reply.json.value(QStringLiteral("messages"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    static const QRegularExpression kWamid(QStringLiteral("^wamid\\.HBg[A-Za-z0-9+/=]{20,}$"));
    QVERIFY2(kWamid.match(id).hasMatch(), qPrintable(id));
}

// The spec §8 error shape with `code` and its HTTP status.
inline void verifyError(const HttpReply &reply, int code, int httpStatus)
{
    QVERIFY2(
        reply.status == httpStatus,
        qPrintable(
            QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
    const QJsonObject error = reply.error_();
    QCOMPARE(error.value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("OAuthException"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QString::number(code))
            || code == 190);
    QVERIFY(!error.value(QStringLiteral("fbtrace_id")).toString().isEmpty());
    QVERIFY(reply.json.value(QStringLiteral("messages")).isUndefined());
}

} // namespace sbtest

#pragma once

// A small stand-in for graph.facebook.com used by the GraphClient tests: a real QHttpServer on
// loopback that records every request and answers with what the test scripted.

#include "SecretProvider.h"

#include <QHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace sb::test {

class FixedToken final : public TokenProvider
{
public:
    explicit FixedToken(QString initial)
        : token(std::move(initial))
    {
    }
    QString accessToken() const override { return token; }
    QString token;
};

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl url;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct ScriptedResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray contentDisposition; // sent only when non-empty
};

inline ScriptedResponse json(const QByteArray &body, int status = 200)
{
    return {status, body, "application/json", {}};
}

class GraphTestServer
{
public:
    using Script = std::function<ScriptedResponse(const RecordedRequest &)>;

    GraphTestServer()
    {
        m_http.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                RecordedRequest recorded;
                recorded.method = methodName(request.method());
                recorded.url = request.url();
                recorded.path = request.url().path();
                recorded.query = request.query();
                recorded.headers = request.headers();
                recorded.body = request.body();
                requests.append(recorded);
                const ScriptedResponse answer =
                    script ? script(recorded) : json(R"({"error":{"message":"no script"}})", 500);
                const auto status = static_cast<QHttpServerResponder::StatusCode>(answer.status);
                if (answer.contentDisposition.isEmpty()) {
                    responder.write(answer.body, {{"Content-Type", answer.contentType}}, status);
                } else {
                    responder.write(answer.body,
                                    {{"Content-Type", answer.contentType},
                                     {"Content-Disposition", answer.contentDisposition}},
                                    status);
                }
            });
        m_port = m_http.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    quint16 port() const { return m_port; }
    QUrl baseUrl() const
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(m_port);
        return url;
    }
    QUrl url(const QString &pathAndQuery) const { return baseUrl().resolved(QUrl(pathAndQuery)); }

    Script script;
    QList<RecordedRequest> requests;

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        default:
            return "OTHER";
        }
    }

    QHttpServer m_http;
    quint16 m_port = 0;
};

// Accepts connections and never answers: the timeout and cancel tests talk to it.
class SilentServer
{
public:
    SilentServer()
    {
        QObject::connect(&m_tcp, &QTcpServer::newConnection, &m_tcp, [this] {
            while (QTcpSocket *socket = m_tcp.nextPendingConnection())
                m_sockets.emplace_back(socket);
        });
        m_tcp.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(m_tcp.serverPort());
        return url;
    }
    int connections() const { return int(m_sockets.size()); }

private:
    QTcpServer m_tcp;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

} // namespace sb::test

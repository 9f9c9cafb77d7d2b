#pragma once

#include "SandboxHttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>
#include <unordered_map>

class QTcpSocket;

namespace sb {

// A small HTTP/1.1 server: keep-alive, Content-Length and chunked bodies, 100-continue. It exists
// (instead of QHttpServer) because the sandbox must be able to answer late or close a connection
// after a request was taken, the way a lost answer looks to a client.
class SandboxHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    explicit SandboxHttpServer(Handler handler, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const { return m_server.errorString(); }
    void close();

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being answered; later ones wait (no pipelining)
        bool sentContinue = false;
    };

    void accept();
    void process(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const SandboxResponse &response, bool keepAlive);
    void finishResponse(QTcpSocket *socket, const SandboxResponse &response, bool keepAlive);

    Handler m_handler;
    qint64 m_maxBodyBytes = 0;
    QTcpServer m_server;
    std::unordered_map<QTcpSocket *, Connection> m_connections;
};

} // namespace sb

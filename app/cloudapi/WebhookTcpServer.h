#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace sb {

// The TCP side of the webhook listener. QHttpServer 6.4 buffers a whole request before any
// handler sees it and has no size limit, so this server watches each connection's bytes as they
// arrive (ahead of the HTTP parser) and answers oversized requests itself:
// - Content-Length above the cap: 413 as soon as the headers are in, without buffering the body;
// - a header block above 64 KiB: 431;
// - Transfer-Encoding (no Content-Length to check up front): 411;
// - a malformed Content-Length: 400.
// Such a connection is then drained (never buffered) and closed. Relies on QHttpServer 6.4
// reading every byte a socket has on each readyRead, which the receiver tests pin down.
class WebhookTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTcpServer)

public:
    explicit WebhookTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

Q_SIGNALS:
    void requestRejected(int httpStatus, const QString &reason);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Framing
    {
        QByteArray head; // header bytes of the request being received
        qint64 bodyLeft = 0; // body bytes still to come for that request
    };

    void inspect(QTcpSocket *socket, Framing &framing);
    // Answers `status` on the raw socket, then drains `bodyStillExpected` bytes and closes.
    void reject(QTcpSocket *socket, int status, qint64 bodyStillExpected, const QString &reason);

    qint64 m_maxBodyBytes;
};

} // namespace sb

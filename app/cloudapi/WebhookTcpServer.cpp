#include "WebhookTcpServer.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <memory>

namespace sb {

namespace {

using namespace std::chrono_literals;

// How long a rejected client may keep sending the body it announced before we hang up.
constexpr auto kDrainTimeout = 10s;

struct HeadVerdict
{
    int status = 0; // 0: acceptable
    qint64 contentLength = 0;
    QString reason;
};

HeadVerdict judgeHead(const QByteArray &head, qint64 maxBodyBytes)
{
    HeadVerdict verdict;
    bool haveLength = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            return {411, 0,
                    QCoreApplication::translate("sb::WebhookTcpServer",
                                                "A webhook request without Content-Length was "
                                                "refused.")};
        }
        if (name != "content-length")
            continue;
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (const char c : value)
            digits = digits && c >= '0' && c <= '9';
        const qint64 length = digits ? value.toLongLong() : -1;
        if (!digits || (haveLength && length != verdict.contentLength)) {
            return {
                400, 0,
                QCoreApplication::translate("sb::WebhookTcpServer",
                                            "A webhook request had an invalid Content-Length.")};
        }
        haveLength = true;
        verdict.contentLength = length;
    }
    if (verdict.contentLength > maxBodyBytes) {
        verdict.status = 413;
        verdict.reason = QCoreApplication::translate("sb::WebhookTcpServer",
                                                     "A webhook request of %1 bytes was refused; "
                                                     "the limit is %2 bytes.")
                             .arg(verdict.contentLength)
                             .arg(maxBodyBytes);
    }
    return verdict;
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 400:
        return "400 Bad Request";
    case 411:
        return "411 Length Required";
    case 413:
        return "413 Payload Too Large";
    case 431:
        return "431 Request Header Fields Too Large";
    default:
        return QByteArray::number(status) + " Error";
    }
}

} // namespace

WebhookTcpServer::WebhookTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void WebhookTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcCloudApi) << "webhook connection could not be set up:" << socket->errorString();
        delete socket;
        return;
    }
    // Connected before the HTTP server takes the socket, so this runs ahead of its parser.
    auto framing = std::make_shared<Framing>();
    connect(socket, &QIODevice::readyRead, socket,
            [this, socket, framing] { inspect(socket, *framing); });
    addPendingConnection(socket);
}

void WebhookTcpServer::inspect(QTcpSocket *socket, Framing &framing)
{
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (framing.bodyLeft > 0) {
            const qint64 take = std::min<qint64>(framing.bodyLeft, chunk.size() - pos);
            framing.bodyLeft -= take;
            pos += take;
            continue;
        }
        if (framing.head.isEmpty()) {
            // Blank lines before a request line are allowed (RFC 9112 §2.2).
            while (pos + 1 < chunk.size() && chunk.at(pos) == '\r' && chunk.at(pos + 1) == '\n')
                pos += 2;
            if (pos >= chunk.size())
                return;
        }
        const qsizetype before = framing.head.size();
        framing.head.append(chunk.constData() + pos, chunk.size() - pos);
        const qsizetype end = framing.head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (framing.head.size() > kMaxHeaderBytes) {
                reject(socket, 431, 0,
                       tr("A webhook request with more than %1 bytes of headers was refused.")
                           .arg(kMaxHeaderBytes));
            }
            return;
        }
        // The terminator was incomplete before this chunk, so this is always positive.
        pos += end + 4 - before;
        const HeadVerdict verdict = judgeHead(framing.head.left(end), m_maxBodyBytes);
        framing.head.clear();
        if (verdict.status != 0) {
            const qint64 inChunk = std::min<qint64>(verdict.contentLength, chunk.size() - pos);
            reject(socket, verdict.status, verdict.contentLength - inChunk, verdict.reason);
            return;
        }
        framing.bodyLeft = verdict.contentLength;
    }
}

void WebhookTcpServer::reject(QTcpSocket *socket, int status, qint64 bodyStillExpected,
                              const QString &reason)
{
    qCInfo(lcCloudApi).noquote() << "webhook request refused with HTTP" << status << "-" << reason;
    Q_EMIT requestRejected(status, reason);

    // Take the socket away from the HTTP parser: it must not buffer what follows.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();

    const QByteArray text = statusLine(status);
    socket->write("HTTP/1.1 " + text + "\r\nContent-Type: text/plain\r\nContent-Length: "
                  + QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
    if (bodyStillExpected <= 0) {
        socket->disconnectFromHost();
        return;
    }
    // Closing while the client still sends would reset the connection before it reads our
    // answer, so swallow the announced body first (bounded in time, never stored).
    auto left = std::make_shared<qint64>(bodyStillExpected);
    connect(socket, &QIODevice::readyRead, socket, [socket, left] {
        *left -= socket->readAll().size();
        if (*left <= 0)
            socket->disconnectFromHost();
    });
    QTimer::singleShot(kDrainTimeout, socket, [socket] { socket->abort(); });
}

} // namespace sb

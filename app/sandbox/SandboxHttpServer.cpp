#include "SandboxHttpServer.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace sb {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? QByteArray("OK") : QByteArray("Error");
    }
}

enum class Parse { NeedMore, Done, Invalid };

// Decodes a chunked body starting at `from`; on Done, `consumedTo` is the index after it.
Parse decodeChunked(const QByteArray &buffer, qsizetype from, qint64 maxBytes, QByteArray &body,
                    qsizetype &consumedTo)
{
    body.clear();
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Parse::NeedMore;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body.size() + size > maxBytes)
            return Parse::Invalid;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers end with an empty line.
            const qsizetype end = buffer.indexOf("\r\n", pos);
            if (end < 0)
                return Parse::NeedMore;
            if (end == pos) {
                consumedTo = end + 2;
                return Parse::Done;
            }
            const qsizetype trailersEnd = buffer.indexOf("\r\n\r\n", pos);
            if (trailersEnd < 0)
                return Parse::NeedMore;
            consumedTo = trailersEnd + 4;
            return Parse::Done;
        }
        if (buffer.size() < pos + size + 2)
            return Parse::NeedMore;
        body.append(buffer.constData() + pos, size);
        pos += size + 2;
    }
}

} // namespace

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxResponse::bytes(int status, const QByteArray &contentType,
                                       const QByteArray &body)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

SandboxResponse SandboxResponse::dropped()
{
    SandboxResponse response;
    response.dropConnection = true;
    return response;
}

SandboxHttpServer::SandboxHttpServer(Handler handler, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SandboxHttpServer::accept);
}

SandboxHttpServer::~SandboxHttpServer() = default;

bool SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 SandboxHttpServer::port() const
{
    return m_server.serverPort();
}

void SandboxHttpServer::close()
{
    m_server.close();
}

void SandboxHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_connections.emplace(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->second.buffer.append(socket->readAll());
            if (!it->second.busy)
                process(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.erase(socket); });
    }
}

void SandboxHttpServer::process(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    QByteArray &buffer = connection.buffer;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            respond(socket, SandboxResponse::bytes(431, "text/plain", "header too large"), false);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, SandboxResponse::bytes(400, "text/plain", "bad request line"), false);
        return;
    }
    SandboxRequest request;
    request.method = requestLine.at(0).toUpper();
    request.peer = socket->peerAddress();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QUrl url(QString::fromUtf8(requestLine.at(1)));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    const QByteArray connectionHeader = request.header("connection").toLower();
    const bool keepAlive = http10 ? connectionHeader == "keep-alive" : connectionHeader != "close";

    const qsizetype bodyStart = headerEnd + 4;
    qsizetype consumedTo = bodyStart;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        const Parse result =
            decodeChunked(buffer, bodyStart, m_maxBodyBytes, request.body, consumedTo);
        if (result == Parse::Invalid) {
            respond(socket, SandboxResponse::bytes(413, "text/plain", "bad or oversized chunk"),
                    false);
            return;
        }
        if (result == Parse::NeedMore)
            return;
    } else {
        bool ok = true;
        const QByteArray lengthText = request.header("content-length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            respond(socket, SandboxResponse::bytes(400, "text/plain", "bad content-length"), false);
            return;
        }
        if (length > m_maxBodyBytes) {
            respond(socket, SandboxResponse::bytes(413, "text/plain", "body too large"), false);
            return;
        }
        if (buffer.size() - bodyStart < length) {
            if (!connection.sentContinue && request.header("expect").toLower() == "100-continue") {
                connection.sentContinue = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        request.body = buffer.mid(bodyStart, length);
        consumedTo = bodyStart + length;
    }
    buffer.remove(0, consumedTo);
    connection.sentContinue = false;
    connection.busy = true;

    const SandboxResponse response = m_handler(request);
    respond(socket, response, keepAlive);
}

void SandboxHttpServer::respond(QTcpSocket *socket, const SandboxResponse &response, bool keepAlive)
{
    if (response.delay.count() > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delay, this, [this, guard, response, keepAlive] {
            if (guard)
                finishResponse(guard, response, keepAlive);
        });
        return;
    }
    finishResponse(socket, response, keepAlive);
}

void SandboxHttpServer::finishResponse(QTcpSocket *socket, const SandboxResponse &response,
                                       bool keepAlive)
{
    if (response.dropConnection) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out +=
        keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    out += "\r\n";
    if (response.truncateBody) {
        out += response.body.left(response.body.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    out += response.body;
    socket->write(out);
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second.busy = false;
    if (!it->second.buffer.isEmpty()) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(0, this, [this, guard] {
            if (guard)
                process(guard);
        });
    }
}

} // namespace sb

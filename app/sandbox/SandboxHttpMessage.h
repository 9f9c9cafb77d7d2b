#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <utility>

namespace sb {

// One HTTP request as the sandbox's server read it off the socket.
struct SandboxRequest
{
    QByteArray method; // upper case
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// What to answer, and how: later, or not at all (the connection is closed instead).
struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds delay{0}; // real time before the answer leaves
    bool dropConnection = false; // close the socket without any answer
    bool truncateBody = false; // send the head and half the body, then close

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse bytes(int status, const QByteArray &contentType, const QByteArray &body);
    static SandboxResponse dropped();
};

} // namespace sb

#pragma once

#include <QByteArray>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sb {

// POSTs `body` so that it can leave at most once.
//
// Qt 6.4's HTTP/1.1 channel silently resends a request when the server closes the connection
// before answering (the idempotency check only arrived in later Qt versions). For POST /messages
// that is a second message to the customer. The body is handed to Qt as a sequential device that
// cannot be rewound, so a resend fails with QNetworkReply::ContentReSendError instead and the
// caller sees a network failure: an unknown outcome, which the outbox never re-sends by itself.
QNetworkReply *postOnce(QNetworkAccessManager *network, const QNetworkRequest &request,
                        const QByteArray &body);

} // namespace sb

#pragma once

#include <QNetworkAccessManager>

namespace sb {

// A QNetworkAccessManager that never sends a POST body twice.
//
// Qt 6.4's HTTP/1.1 channel silently resends a request when the server closes the connection
// before answering (QHttpNetworkConnectionChannel's reconnect attempts; the idempotency check
// only arrived in later Qt versions). For POST /messages that is a second message to the
// customer, exactly what the outbox promises never to do. Here every POST body is handed to Qt as
// a one-shot device that cannot be rewound, so a resend fails with
// QNetworkReply::ContentReSendError instead: the GraphClient reports a network failure and the
// dispatcher records the send as unknown.
//
// Give it to the GraphClient that sends messages (GraphClient does not own its manager).
class NoResendNetworkAccess final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoResendNetworkAccess)

public:
    explicit NoResendNetworkAccess(QObject *parent = nullptr);
    ~NoResendNetworkAccess() override;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

} // namespace sb

#include "NoResendNetworkAccess.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>

namespace sb {

namespace {

// Sequential, read once, and reset() refuses: Qt cannot rewind it for a silent resend.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return -1; // end of the body
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

NoResendNetworkAccess::NoResendNetworkAccess(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

NoResendNetworkAccess::~NoResendNetworkAccess() = default;

QNetworkReply *NoResendNetworkAccess::createRequest(Operation op, const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    // Only in-memory bodies (QNetworkAccessManager::post(request, QByteArray) wraps them in a
    // QBuffer); a multipart media upload keeps Qt's device: uploading a file twice is harmless.
    if (op != PostOperation || !qobject_cast<QBuffer *>(outgoingData))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    auto *body = new OneShotBody(outgoingData->readAll());
    QNetworkRequest once(request);
    once.setHeader(QNetworkRequest::ContentLengthHeader, body->bytesAvailable());
    once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, once, body);
    body->setParent(reply);
    return reply;
}

} // namespace sb

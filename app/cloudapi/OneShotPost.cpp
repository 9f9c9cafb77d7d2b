#include "OneShotPost.h"

#include <QIODevice>
#include <QNetworkAccessManager>
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

QNetworkReply *postOnce(QNetworkAccessManager *network, const QNetworkRequest &request,
                        const QByteArray &body)
{
    auto *device = new OneShotBody(body);
    QNetworkRequest once(request);
    once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = network->post(once, device);
    device->setParent(reply);
    return reply;
}

} // namespace sb

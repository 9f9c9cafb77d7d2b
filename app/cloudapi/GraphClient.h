#pragma once

#include "GraphApi.h"
#include "GraphError.h"
#include "GraphResponses.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <map>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

namespace sb {

class TokenProvider;
namespace graph::detail {
struct Target;
}

struct GraphClientConfig
{
    QUrl baseUrl = QUrl(QString::fromLatin1(graph::kDefaultBaseUrl));
    QString apiVersion = QString::fromLatin1(graph::kDefaultVersion);
    // Longest silence tolerated on one request (QNetworkRequest::setTransferTimeout): for the JSON
    // endpoints that is the whole answer time; a long download is fine as long as data flows.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // Inbound media above 100 MB is never delivered (spec §3); anything larger is not media.
    qint64 maxDownloadBytes = qint64(100) * 1024 * 1024;
    // Stops a list whose paging.next never ends.
    int maxListPages = 500;
};

// A local file to upload. `fileName` is what Meta sees; it defaults to the local file's name
// without its directory.
struct MediaUploadRequest
{
    QString filePath;
    QString mimeType;
    QString fileName;
};

using GraphRequestId = quint64;
using GraphAck = std::monostate; // the value of a `{"success":true}` answer

template<typename T>
using GraphCallback = std::function<void(const GraphResult<T> &)>;

// Asynchronous client for the Graph endpoints the inbox uses (spec §1-3, §6.1, §9-10).
//
// Every operation returns at once and later calls `done` exactly once on this object's thread,
// never from inside the call itself; if `context` is given and has been destroyed by then, the
// callback is skipped. Each request carries `Authorization: Bearer <token>` read from the
// TokenProvider at send time; the token never goes into a URL, a log line or a non-HTTPS request
// to a foreign host. Destroying the client aborts pending requests without calling back.
class GraphClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)

public:
    GraphClient(QNetworkAccessManager *network, const TokenProvider *tokens,
                GraphClientConfig config = {}, QObject *parent = nullptr);
    ~GraphClient() override;

    const GraphClientConfig &config() const { return m_config; }

    // POST /{version}/{phone-number-id}/messages with a ready-made message body.
    GraphRequestId sendMessage(const QString &phoneNumberId, const QJsonObject &body,
                               const QObject *context, GraphCallback<SendResult> done);
    // Marks `messageId` (and every earlier message of that chat) read.
    GraphRequestId markRead(const QString &phoneNumberId, const QString &messageId,
                            const QObject *context, GraphCallback<GraphAck> done);
    // Shows "typing…" to the customer for up to 25 s or until our reply. The platform only offers
    // it together with a read receipt, so this also marks `messageId` read.
    GraphRequestId sendTypingIndicator(const QString &phoneNumberId, const QString &messageId,
                                       const QObject *context, GraphCallback<GraphAck> done);

    // POST /{phone-number-id}/media as multipart (messaging_product, file, type).
    GraphRequestId uploadMedia(const QString &phoneNumberId, const MediaUploadRequest &upload,
                               const QObject *context, GraphCallback<UploadedMedia> done);
    // GET /{media-id}[?phone_number_id=]; `phoneNumberId` may be empty.
    GraphRequestId lookupMedia(const QString &mediaId, const QString &phoneNumberId,
                               const QObject *context, GraphCallback<MediaInfo> done);
    // Fetches `url` with the bearer token into `destinationDir` under a random name (the server's
    // name is never used) and checks it against `expectedSha256` (hex or base64; empty = accept
    // and report the computed hash). A mismatch removes the file and fails with Integrity.
    GraphRequestId downloadMedia(const QUrl &url, const QString &destinationDir,
                                 const QString &expectedSha256, const QObject *context,
                                 GraphCallback<DownloadedMedia> done);

    // GET /{waba-id}/message_templates, following paging.next through every page; the `data`
    // arrays of all pages are concatenated.
    GraphRequestId listTemplates(const QString &wabaId, const QObject *context,
                                 GraphCallback<QJsonArray> done);
    // GET /{phone-number-id}?fields=verified_name,display_phone_number,quality_rating,status,
    // throughput,whatsapp_business_manager_messaging_limit
    GraphRequestId phoneNumberFields(const QString &phoneNumberId, const QObject *context,
                                     GraphCallback<PhoneNumberInfo> done);
    // GET /{waba-id}/phone_numbers (all pages).
    GraphRequestId listPhoneNumbers(const QString &wabaId, const QObject *context,
                                    GraphCallback<QList<PhoneNumberInfo>> done);

    // The request's callback then receives FailureKind::Cancelled. Unknown ids are ignored.
    void cancel(GraphRequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_active.size()); }

private:
    struct HttpAnswer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    using AnswerHandler = std::function<void(const GraphResult<HttpAnswer> &)>;
    using JsonHandler = std::function<void(const GraphResult<QJsonObject> &)>;
    struct DownloadState;

    GraphRequestId nextId() { return ++m_lastId; }
    graph::detail::Target graphUrl(const QStringList &segments, const QUrlQuery &query) const;
    std::optional<GraphFailure> prepare(QNetworkRequest &request, const QUrl &url) const;
    // Owns `reply` from here on and hands its outcome to `handler`.
    void watch(GraphRequestId id, QNetworkReply *reply, AnswerHandler handler);
    static GraphResult<HttpAnswer> outcomeOf(QNetworkReply *reply);
    // Delivers an outcome from the event loop, so callers are never re-entered.
    void deliverLater(std::function<void()> delivery);
    void sendJsonRequest(GraphRequestId id, const QByteArray &verb,
                         const graph::detail::Target &target, const QByteArray &body,
                         JsonHandler handler);
    GraphRequestId postStatus(const QString &phoneNumberId, const QJsonObject &body,
                              const QObject *context, GraphCallback<GraphAck> done);
    void fetchPages(GraphRequestId id, const graph::detail::Target &target, int page,
                    QJsonArray collected,
                    std::function<void(const GraphResult<QJsonArray> &)> done);
    // Streams a 2xx download body into its file as it arrives.
    void pumpDownload(QNetworkReply *reply, DownloadState &state) const;
    GraphResult<DownloadedMedia> finishDownload(const GraphResult<HttpAnswer> &answer,
                                                DownloadState &state) const;

    QNetworkAccessManager *m_network;
    const TokenProvider *m_tokens;
    GraphClientConfig m_config;
    GraphRequestId m_lastId = 0;
    std::map<GraphRequestId, QPointer<QNetworkReply>> m_active;
    QSet<GraphRequestId> m_cancelled;
};

} // namespace sb

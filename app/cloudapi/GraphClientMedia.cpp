// GraphClient: the Media API (spec §3): upload, lookup, verified download.
#include "GraphClient.h"
#include "GraphClientSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

namespace sb {

using graph::detail::guarded;
using graph::detail::invalidRequest;
using graph::detail::invalidResponse;
using graph::detail::readWith;

struct GraphClient::DownloadState
{
    QString directory;
    QByteArray expectedDigest; // empty: accept any content
    std::unique_ptr<QSaveFile> file; // opened on the first byte of a 2xx body
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 received = 0;
    QByteArray contentType;
    std::optional<GraphFailure> failure; // set before we abort the reply ourselves

    // Creates the target file under a random name; the server's file name is never used.
    bool open(QString *error)
    {
        const QString name = QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('.')
            + graph::detail::fileSuffixFor(contentType);
        file = std::make_unique<QSaveFile>(QDir(directory).filePath(name));
        if (file->open(QIODevice::WriteOnly))
            return true;
        *error = GraphClient::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
        file.reset();
        return false;
    }
};

namespace {

QHttpPart formField(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setRawHeader("Content-Disposition", "form-data; name=\"" + name + '"');
    part.setBody(value);
    return part;
}

GraphFailure localFileFailure(const QString &text)
{
    return GraphFailure{FailureKind::LocalFile, std::nullopt, text, 0};
}

} // namespace

GraphRequestId GraphClient::uploadMedia(const QString &phoneNumberId,
                                        const MediaUploadRequest &upload, const QObject *context,
                                        GraphCallback<UploadedMedia> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    auto failLater = [this, deliver](const GraphFailure &failure) {
        deliverLater([deliver, failure] { deliver(failure); });
    };

    const graph::detail::Target target = graphUrl({phoneNumberId, QStringLiteral("media")}, {});
    if (!target.problem.isEmpty()) {
        failLater(invalidRequest(target.problem));
        return id;
    }
    if (!graph::detail::isPlainMimeType(upload.mimeType)) {
        failLater(invalidRequest(tr("“%1” is not a MIME type.").arg(upload.mimeType)));
        return id;
    }
    auto file = std::make_unique<QFile>(upload.filePath);
    if (!file->open(QIODevice::ReadOnly)) {
        failLater(localFileFailure(
            tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(upload.filePath), file->errorString())));
        return id;
    }
    QNetworkRequest request;
    if (std::optional<GraphFailure> refused = prepare(request, target.url)) {
        failLater(*refused);
        return id;
    }

    const QByteArray mime = upload.mimeType.toLatin1();
    const QString shownName =
        upload.fileName.isEmpty() ? QFileInfo(upload.filePath).fileName() : upload.fileName;
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    multiPart->append(formField("messaging_product", "whatsapp"));
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=\""
                              + graph::detail::multipartFileName(shownName) + '"');
    filePart.setRawHeader("Content-Type", mime);
    filePart.setBodyDevice(file.get());
    file.release()->setParent(multiPart);
    multiPart->append(filePart);
    multiPart->append(formField("type", mime));

    QNetworkReply *reply = m_network->post(request, multiPart);
    multiPart->setParent(reply);
    watch(id, reply, [deliver](const GraphResult<HttpAnswer> &answer) {
        if (!answer.ok()) {
            deliver(answer.failure());
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(answer.value().body);
        if (!document.isObject()) {
            deliver(invalidResponse(tr("The answer is not a JSON object."), answer.value().status));
            return;
        }
        deliver(readWith<UploadedMedia>(GraphResult<QJsonObject>(document.object()),
                                        graph::readUploadedMedia));
    });
    return id;
}

GraphRequestId GraphClient::lookupMedia(const QString &mediaId, const QString &phoneNumberId,
                                        const QObject *context, GraphCallback<MediaInfo> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    QUrlQuery query;
    graph::detail::Target target = graphUrl({mediaId}, query);
    if (!phoneNumberId.isEmpty()) {
        if (target.problem.isEmpty() && !graph::detail::isPlainSegment(phoneNumberId))
            target.problem = tr("“%1” is not a valid Graph API id.").arg(phoneNumberId);
        query.addQueryItem(QStringLiteral("phone_number_id"), phoneNumberId);
        target.url.setQuery(query);
    }
    sendJsonRequest(id, "GET", target, QByteArray(),
                    [deliver](const GraphResult<QJsonObject> &answer) {
                        deliver(readWith<MediaInfo>(answer, graph::readMediaInfo));
                    });
    return id;
}

GraphRequestId GraphClient::downloadMedia(const QUrl &url, const QString &destinationDir,
                                          const QString &expectedSha256, const QObject *context,
                                          GraphCallback<DownloadedMedia> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    auto failLater = [this, deliver](const GraphFailure &failure) {
        deliverLater([deliver, failure] { deliver(failure); });
    };

    auto state = std::make_shared<DownloadState>();
    if (!expectedSha256.isEmpty()) {
        state->expectedDigest = graph::detail::decodeSha256(expectedSha256);
        if (state->expectedDigest.isEmpty()) {
            failLater(GraphFailure{
                FailureKind::Integrity, std::nullopt,
                tr("The expected checksum “%1” is not a SHA-256 value.").arg(expectedSha256), 0});
            return id;
        }
    }
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        failLater(invalidRequest(
            tr("“%1” is not a media download URL.").arg(url.toDisplayString(QUrl::RemoveQuery))));
        return id;
    }
    QDir directory(destinationDir);
    if (destinationDir.isEmpty() || !directory.mkpath(QStringLiteral("."))) {
        failLater(localFileFailure(
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(destinationDir))));
        return id;
    }
    state->directory = directory.absolutePath();
    QNetworkRequest request;
    if (std::optional<GraphFailure> refused = prepare(request, url)) {
        failLater(*refused);
        return id;
    }

    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::readyRead, this,
            [this, reply, state] { pumpDownload(reply, *state); });
    watch(id, reply, [this, state, deliver](const GraphResult<HttpAnswer> &answer) {
        deliver(finishDownload(answer, *state));
    });
    return id;
}

void GraphClient::pumpDownload(QNetworkReply *reply, DownloadState &state) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Error bodies stay in the reply for outcomeOf(); only a success body is media.
    if (state.failure || status < 200 || status >= 300)
        return;
    if (!state.file) {
        state.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > m_config.maxDownloadBytes) {
            state.failure = invalidResponse(
                tr("The media file is larger than %1 bytes.").arg(m_config.maxDownloadBytes),
                status);
            reply->abort();
            return;
        }
        QString error;
        if (!state.open(&error)) {
            state.failure = localFileFailure(error);
            reply->abort();
            return;
        }
    }
    const QByteArray chunk = reply->readAll();
    state.received += chunk.size();
    if (state.received > m_config.maxDownloadBytes) {
        state.failure = invalidResponse(
            tr("The media file is larger than %1 bytes.").arg(m_config.maxDownloadBytes), status);
        reply->abort();
        return;
    }
    state.hash.addData(chunk);
    if (state.file->write(chunk) != chunk.size()) {
        state.failure = localFileFailure(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(state.file->fileName()), state.file->errorString()));
        reply->abort();
    }
}

GraphResult<DownloadedMedia> GraphClient::finishDownload(const GraphResult<HttpAnswer> &answer,
                                                         DownloadState &state) const
{
    // An unfinished QSaveFile is discarded when destroyed: no partial file is ever left behind.
    if (state.failure) {
        state.file.reset();
        return *state.failure;
    }
    if (!answer.ok()) {
        state.file.reset();
        return answer.failure();
    }
    const HttpAnswer &http = answer.value();
    if (!state.file) {
        // An empty body never triggered readyRead; give it a file all the same.
        state.contentType = http.contentType;
        QString error;
        if (!state.open(&error))
            return localFileFailure(error);
    }
    if (!http.body.isEmpty()) {
        state.received += http.body.size();
        if (state.received > m_config.maxDownloadBytes) {
            state.file.reset();
            return invalidResponse(
                tr("The media file is larger than %1 bytes.").arg(m_config.maxDownloadBytes),
                http.status);
        }
        state.hash.addData(http.body);
        if (state.file->write(http.body) != http.body.size()) {
            const QString error = state.file->errorString();
            state.file.reset();
            return localFileFailure(error);
        }
    }
    const QByteArray digest = state.hash.result();
    if (!state.expectedDigest.isEmpty() && digest != state.expectedDigest) {
        state.file.reset();
        return GraphFailure{FailureKind::Integrity, std::nullopt,
                            tr("Expected SHA-256 %1 but received %2.")
                                .arg(QString::fromLatin1(state.expectedDigest.toHex()),
                                     QString::fromLatin1(digest.toHex())),
                            http.status};
    }
    const QString path = state.file->fileName();
    if (!state.file->commit()) {
        const QString error = state.file->errorString();
        state.file.reset();
        return localFileFailure(
            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    state.file.reset();
    QByteArray mime = state.contentType;
    if (const qsizetype semicolon = mime.indexOf(';'); semicolon >= 0)
        mime.truncate(semicolon);
    return DownloadedMedia{path, QString::fromLatin1(mime.trimmed()), state.received,
                           QString::fromLatin1(digest.toHex())};
}

} // namespace sb

#include "InboxMediaCache.h"

#include "Clock.h"
#include "ErrorCatalogue.h"
#include "GraphClient.h"
#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTimer>

namespace sb {

namespace {

// Customer media ids live 7 days, ours (uploads) 30 (spec §3).
constexpr int kInboundMediaDays = 7;

} // namespace

InboxMediaCache::InboxMediaCache(GraphClient *graph, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_clock(clock)
{
}

InboxMediaCache::~InboxMediaCache() = default;

void InboxMediaCache::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString InboxMediaCache::fileStem(const QString &mediaId)
{
    // Graph media ids are digits; anything else is hashed so it can never name another path.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,80}$"));
    if (safe.match(mediaId).hasMatch())
        return mediaId;
    return QString::fromLatin1(
        QCryptographicHash::hash(mediaId.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString InboxMediaCache::cachedPath(const QString &mediaId) const
{
    if (mediaId.isEmpty() || m_directory.isEmpty())
        return {};
    const QDir dir(m_directory);
    const QStringList names =
        dir.entryList({fileStem(mediaId) + QStringLiteral(".*")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

void InboxMediaCache::deliver(const Waiter &waiter, const InboxMedia &result)
{
    if (waiter.hasContext && !waiter.context)
        return;
    if (waiter.done)
        waiter.done(result);
}

void InboxMediaCache::fail(const QString &reason, const QObject *context, Callback done)
{
    InboxMedia result;
    result.reason = reason;
    Waiter waiter{context, context != nullptr, std::move(done)};
    QTimer::singleShot(0, this, [waiter, result] { deliver(waiter, result); });
}

void InboxMediaCache::open(const MediaRequest &request, const QObject *context, Callback done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    const QString cached = cachedPath(request.mediaId);
    if (!cached.isEmpty()) {
        InboxMedia result;
        result.ok = true;
        result.fromCache = true;
        result.filePath = cached;
        result.mimeType = QMimeDatabase().mimeTypeForFile(cached).name();
        QTimer::singleShot(0, this, [waiter, result] { deliver(waiter, result); });
        return;
    }
    if (!m_graph) {
        fail(tr("Media cannot be downloaded while the app is not connected to the WhatsApp "
                "Cloud API."),
             context, std::move(waiter.done));
        return;
    }
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory)) {
        fail(tr("The media cache folder %1 cannot be created.").arg(m_directory), context,
             std::move(waiter.done));
        return;
    }
    QList<Waiter> &waiting = m_waiting[request.mediaId];
    waiting.append(std::move(waiter));
    if (waiting.size() > 1)
        return; // joins the download already under way

    const QString mediaId = request.mediaId;
    m_graph->lookupMedia(
        mediaId, request.phoneNumberId, this, [this, request](const GraphResult<MediaInfo> &info) {
            if (!info.ok()) {
                InboxMedia result;
                result.reason = reasonFor(info.failure(), request, m_clock.now());
                finish(request.mediaId, result);
                return;
            }
            const QString mimeType = info.value().mimeType;
            m_graph->downloadMedia(
                info.value().url, m_directory, info.value().sha256, this,
                [this, request, mimeType](const GraphResult<DownloadedMedia> &download) {
                    InboxMedia result;
                    if (!download.ok()) {
                        result.reason = reasonFor(download.failure(), request, m_clock.now());
                        finish(request.mediaId, result);
                        return;
                    }
                    const QString type = mimeType.isEmpty() ? download.value().mimeType : mimeType;
                    // "audio/ogg; codecs=opus" names its type before the parameters.
                    const QString bare = type.section(QLatin1Char(';'), 0, 0).trimmed();
                    QString suffix = QMimeDatabase().mimeTypeForName(bare).preferredSuffix();
                    if (suffix.isEmpty())
                        suffix = QStringLiteral("bin");
                    const QString target =
                        QDir(m_directory)
                            .filePath(fileStem(request.mediaId) + QLatin1Char('.') + suffix);
                    QFile::remove(target);
                    if (!QFile::rename(download.value().filePath, target)) {
                        QFile::remove(download.value().filePath);
                        result.reason =
                            tr("The downloaded media could not be saved in %1.").arg(m_directory);
                        finish(request.mediaId, result);
                        return;
                    }
                    result.ok = true;
                    result.filePath = target;
                    result.mimeType = type;
                    finish(request.mediaId, result);
                });
        });
}

void InboxMediaCache::finish(const QString &mediaId, const InboxMedia &result)
{
    if (!result.ok)
        qCInfo(lcEngine) << "media" << mediaId << "could not be fetched:" << result.reason;
    const QList<Waiter> waiters = m_waiting.take(mediaId);
    for (const Waiter &waiter : waiters)
        deliver(waiter, result);
}

QString InboxMediaCache::reasonFor(const GraphFailure &failure, const MediaRequest &request,
                                   const QDateTime &now)
{
    if (failure.kind == FailureKind::Api && failure.api) {
        const int code = failure.api->code;
        if (code == 100) {
            // "Object does not exist": the id outlived its lifetime or was deleted.
            if (request.direction == Direction::Inbound && request.receivedAt.isValid()
                && request.receivedAt.addDays(kInboundMediaDays) < now) {
                const int days = int(request.receivedAt.daysTo(now));
                return tr("This media has expired: WhatsApp keeps a customer's media for 7 "
                          "days and it was sent %n day(s) ago. Ask the customer to send it "
                          "again if you still need it.",
                          nullptr, days);
            }
            return tr("WhatsApp no longer has this media: it was deleted or has expired. Ask "
                      "the sender to send it again.");
        }
        const ErrorInfo info = ErrorCatalogue::lookup(code);
        return tr("%1 (error %2) %3").arg(info.explanation).arg(code).arg(info.fix);
    }
    return tr("The media could not be downloaded. %1").arg(failure.explanation());
}

} // namespace sb

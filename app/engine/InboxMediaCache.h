#pragma once

#include "InboxTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sb {

class Clock;
class GraphClient;
struct GraphFailure;

// What is known about a message's media when it is opened.
struct MediaRequest
{
    QString mediaId;
    QString phoneNumberId; // for uploads of ours; empty for customer media
    Direction direction = Direction::Inbound;
    QDateTime receivedAt; // when the message came, to tell an expired media id
};

// Downloads media on demand into a cache directory, one file per media id, so the second open
// of the same media is served from disk without any request. Concurrent opens of one media id
// share a single download. Files arrive under a random name and are renamed when complete, so a
// cached name always holds a whole, verified (sha256) file.
class InboxMediaCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxMediaCache)

public:
    using Callback = std::function<void(const InboxMedia &)>;

    // `graph` may be null (every download then fails with a reason); `clock` must outlive this.
    InboxMediaCache(GraphClient *graph, const Clock &clock, QObject *parent = nullptr);
    ~InboxMediaCache() override;

    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    QString cachedPath(const QString &mediaId) const;

    // `done` runs once, from the event loop; skipped when `context` is given and destroyed.
    void open(const MediaRequest &request, const QObject *context, Callback done);
    // Calls `done` later with a failure of `reason`.
    void fail(const QString &reason, const QObject *context, Callback done);

    // The plain reason shown to the agent for a failed lookup or download.
    static QString reasonFor(const GraphFailure &failure, const MediaRequest &request,
                             const QDateTime &now);

private:
    struct Waiter
    {
        QPointer<const QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void finish(const QString &mediaId, const InboxMedia &result);
    static void deliver(const Waiter &waiter, const InboxMedia &result);
    static QString fileStem(const QString &mediaId);

    QPointer<GraphClient> m_graph;
    const Clock &m_clock;
    QString m_directory;
    QHash<QString, QList<Waiter>> m_waiting; // media id -> opens waiting for its download
};

} // namespace sb

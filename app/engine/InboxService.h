#pragma once

#include "InboxTypes.h"
#include "Ingestor.h"
#include "Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace sb {

class Clock;
class Database;
class GraphClient;
class InboxMediaCache;

// The one object the inbox UI calls (issue 4): conversations with their service window, history
// page by page, send and retry through the outbox, unread and read receipts, search, media on
// demand, and change notifications driven by what was committed, so views never poll.
//
// Change notifications: the owner forwards every committed webhook batch (noteIngested) and every
// outbox or dispatcher change (noteOutboxChanged); the service turns them into
// conversationsChanged / messagesChanged. A store failure is logged and answered with an empty
// result; storeFailed() carries a message safe to show.
class InboxService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxService)

public:
    using MediaCallback = std::function<void(const InboxMedia &)>;
    using ReceiptCallback = std::function<void(bool ok, const QString &reason)>;

    // Everything given must outlive the service. Without `graph` there are no read receipts and
    // no media downloads (they fail with a reason).
    InboxService(Database &database, Outbox &outbox, const Clock &clock,
                 GraphClient *graph = nullptr, QObject *parent = nullptr);
    ~InboxService() override;

    // Where downloaded media is kept (created when missing). Default: a "media" folder in the
    // app's cache location.
    void setMediaCacheDir(const QString &directory);
    QString mediaCacheDir() const;
    void setClosingSoonThreshold(std::chrono::minutes threshold);

    // ---- conversations
    // `ok` (when given) tells an empty answer from a store failure.
    QList<InboxConversation> conversations(const ConversationQuery &query = {}, bool *ok = nullptr);
    std::optional<InboxConversation> conversation(qint64 id);
    // Clears the unread count in the store. Says nothing to the customer (see sendReadReceipt).
    bool markRead(qint64 conversationId);
    // Tells the customer their messages up to `platformMessageId` were seen (optionally with the
    // typing indicator, which the platform only offers together with a read receipt).
    void sendReadReceipt(qint64 conversationId, const QString &platformMessageId, bool typing,
                         const QObject *context = nullptr, ReceiptCallback done = {});

    // ---- messages
    // Up to `limit` messages older than `before` (the newest when empty), oldest first.
    InboxMessagePage messages(qint64 conversationId, int limit,
                              const std::optional<MessageCursor> &before = {});
    std::optional<InboxMessage> message(qint64 id);
    std::optional<InboxMessage> messageByLocalId(const QString &localId);
    std::optional<InboxMessage> messageByPlatformId(const QString &platformId);
    // The messages of `ids` (unknown ids skipped, in no particular order), only those of
    // `conversationId` when given.
    QList<InboxMessage> messagesByIds(const QList<qint64> &ids,
                                      std::optional<qint64> conversationId = {});

    // Validates and queues; refused with every violation, nothing stored.
    EnqueueResult send(const OutboundMessage &outbound);
    // An agent's retry of a failed (or unknown) message: a new send with a new local id.
    EnqueueResult retry(const QString &localId);
    // The message a retry of `localId` created in this session; empty when it was not retried.
    QString retriedAs(const QString &localId) const { return m_retriedAs.value(localId); }
    QString retryOf(const QString &newLocalId) const { return m_retryOf.value(newLocalId); }

    // ---- search
    InboxSearchResult search(const QString &text, int limit = 50);

    // ---- media
    // The media of message `messageId`: from the cache when it was fetched before (no network),
    // else looked up and downloaded into the cache. `done` is called once, never from inside
    // the call; skipped when `context` was destroyed meanwhile.
    void openMedia(qint64 messageId, const QObject *context, MediaCallback done);
    // The cached file of a media id; empty when not downloaded yet.
    QString cachedMediaPath(const QString &mediaId) const;

public Q_SLOTS:
    // A webhook batch was committed.
    void noteIngested(const sb::IngestResult &result);
    // An outgoing message was queued, sent, failed or became unknown. Reported from the event
    // loop, gathered: the outbox calls this from inside enqueue(), before send() or retry()
    // have returned to their caller.
    void noteOutboxChanged(const QString &localId);

Q_SIGNALS:
    // Their rows (last message, unread, window) should be read again.
    void conversationsChanged(const QList<qint64> &conversationIds);
    // New or changed messages (content, status) in these conversations.
    void messagesChanged(const QList<qint64> &conversationIds, const QList<qint64> &messageIds);
    void storeFailed(const QString &message);

private:
    InboxConversation toConversation(const ConversationRecord &record,
                                     std::optional<ContactRecord> contact,
                                     const std::optional<MessageRecord> &last);
    QString businessNumber(const QString &phoneNumberId);
    void reportStoreFailure(const QString &what, const QString &message);
    void flushOutboxChanges();

    Database &m_db;
    Outbox &m_outbox;
    const Clock &m_clock;
    QPointer<GraphClient> m_graph;
    std::unique_ptr<InboxMediaCache> m_media;
    std::chrono::minutes m_closingSoon = ServiceWindow::DefaultClosingSoon;
    QHash<QString, QString> m_numbers; // phone number id -> display number
    QHash<QString, QString> m_retriedAs; // old local id -> new local id
    QHash<QString, QString> m_retryOf; // new local id -> old local id
    QStringList m_outboxChanges; // local ids not reported yet
    QTimer m_outboxFlush;
};

} // namespace sb

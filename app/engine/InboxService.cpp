#include "InboxService.h"

#include "Clock.h"
#include "ContactRepository.h"
#include "Database.h"
#include "GraphClient.h"
#include "InboxMediaCache.h"
#include "InboxMessageReader.h"
#include "Logging.h"
#include "OutboxRepository.h"
#include "PhoneNumberRepository.h"
#include "StoreError.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

#include <utility>

namespace sb {

namespace {

template<typename T>
void appendUnique(QList<T> &list, QSet<T> &seen, const T &value)
{
    if (!seen.contains(value)) {
        seen.insert(value);
        list.append(value);
    }
}

} // namespace

InboxService::InboxService(Database &database, Outbox &outbox, const Clock &clock,
                           GraphClient *graph, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_outbox(outbox)
    , m_clock(clock)
    , m_graph(graph)
    , m_media(std::make_unique<InboxMediaCache>(graph, clock))
{
    m_outboxFlush.setSingleShot(true);
    m_outboxFlush.setInterval(0);
    connect(&m_outboxFlush, &QTimer::timeout, this, &InboxService::flushOutboxChanges);
    m_media->setDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                              .filePath(QStringLiteral("media")));
}

InboxService::~InboxService() = default;

void InboxService::setMediaCacheDir(const QString &directory)
{
    m_outboxFlush.setSingleShot(true);
    m_outboxFlush.setInterval(0);
    connect(&m_outboxFlush, &QTimer::timeout, this, &InboxService::flushOutboxChanges);
    m_media->setDirectory(directory);
}

QString InboxService::mediaCacheDir() const
{
    return m_media->directory();
}

void InboxService::setClosingSoonThreshold(std::chrono::minutes threshold)
{
    m_closingSoon = threshold;
}

void InboxService::reportStoreFailure(const QString &what, const QString &message)
{
    qCWarning(lcEngine) << what << "failed:" << message;
    Q_EMIT storeFailed(message);
}

QString InboxService::businessNumber(const QString &phoneNumberId)
{
    const auto known = m_numbers.constFind(phoneNumberId);
    if (known != m_numbers.cend())
        return *known;
    const auto record = PhoneNumberRepository(m_db).findByPhoneNumberId(phoneNumberId);
    if (!record || record->displayPhoneNumber.isEmpty())
        return phoneNumberId; // not cached: the display number may still arrive
    QString display = record->displayPhoneNumber;
    if (!display.startsWith(QLatin1Char('+')))
        display.prepend(QLatin1Char('+'));
    m_numbers.insert(phoneNumberId, display);
    return display;
}

namespace {

// The stored preview is the searchable text: empty for media without a caption, and only the
// bare words for locations, contacts and the like. Those rows also need their last message.
bool needsLastMessage(const ConversationRecord &record)
{
    return record.lastMessageAt.isValid()
        && (record.lastMessagePreview.isEmpty() || record.lastMessageKind != u"text");
}

} // namespace

InboxConversation InboxService::toConversation(const ConversationRecord &record,
                                               std::optional<ContactRecord> contact,
                                               const std::optional<MessageRecord> &last)
{
    InboxConversation out;
    out.record = record;
    out.window = ServiceWindow::evaluate(record.window, m_clock.now(), m_closingSoon);
    out.businessNumber = businessNumber(record.phoneNumberId);
    out.contact = std::move(contact);
    if (last)
        out.lastMessage = inboxMessageFrom(*last);
    return out;
}

QList<InboxConversation> InboxService::conversations(const ConversationQuery &query, bool *ok)
{
    QList<InboxConversation> out;
    if (ok)
        *ok = false;
    try {
        const QList<ConversationRecord> records =
            ConversationRepository(m_db).list(query, m_clock.now());
        // The rows carry the contact's consent flags: no contact reads. Latest messages only
        // where the stored preview cannot say what the message was, in one query.
        QList<qint64> needLast;
        for (const ConversationRecord &record : records) {
            if (needsLastMessage(record))
                needLast.append(record.id);
        }
        QHash<qint64, MessageRecord> last;
        last.reserve(needLast.size());
        for (MessageRecord &message : MessageRepository(m_db).latest(needLast))
            last.insert(message.conversationId, std::move(message));
        out.reserve(records.size());
        for (const ConversationRecord &record : records) {
            const auto message = last.constFind(record.id);
            out.append(
                toConversation(record, std::nullopt,
                               message == last.cend() ? std::nullopt : std::optional(*message)));
        }
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("conversation list"), e.error().message);
        return {};
    }
    if (ok)
        *ok = true;
    return out;
}

std::optional<InboxConversation> InboxService::conversation(qint64 id)
{
    try {
        const auto record = ConversationRepository(m_db).find(id);
        if (!record)
            return std::nullopt;
        std::optional<MessageRecord> last;
        if (needsLastMessage(*record)) {
            const QList<MessageRecord> newest = MessageRepository(m_db).page(id, 1);
            if (!newest.isEmpty())
                last = newest.first();
        }
        return toConversation(*record, ContactRepository(m_db).find(record->contactId), last);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("conversation"), e.error().message);
        return std::nullopt;
    }
}

bool InboxService::markRead(qint64 conversationId)
{
    try {
        ConversationRepository conversations(m_db);
        const auto record = conversations.find(conversationId);
        if (!record)
            return false;
        if (record->unreadCount == 0)
            return true;
        conversations.markRead(conversationId);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("mark read"), e.error().message);
        return false;
    }
    Q_EMIT conversationsChanged({conversationId});
    return true;
}

void InboxService::sendReadReceipt(qint64 conversationId, const QString &platformMessageId,
                                   bool typing, const QObject *context, ReceiptCallback done)
{
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto finish = [guard, hasContext, done](bool ok, const QString &reason) {
        if (done && (!hasContext || guard))
            done(ok, reason);
    };
    const auto record = conversation(conversationId);
    if (!m_graph || !record || platformMessageId.isEmpty()) {
        const QString reason = !m_graph
            ? tr("Read receipts cannot be sent while the app is not connected.")
            : tr("There is no message to mark as read.");
        QMetaObject::invokeMethod(
            this, [finish, reason] { finish(false, reason); }, Qt::QueuedConnection);
        return;
    }
    const auto answered = [finish](const GraphResult<GraphAck> &result) {
        if (result.ok())
            finish(true, QString());
        else
            finish(false, result.failure().explanation());
    };
    const QString number = record->record.phoneNumberId;
    if (typing)
        m_graph->sendTypingIndicator(number, platformMessageId, this, answered);
    else
        m_graph->markRead(number, platformMessageId, this, answered);
}

InboxMessagePage InboxService::messages(qint64 conversationId, int limit,
                                        const std::optional<MessageCursor> &before)
{
    InboxMessagePage page;
    const int wanted = std::max(1, limit);
    try {
        // One more than asked tells whether older messages exist.
        QList<MessageRecord> rows =
            MessageRepository(m_db).page(conversationId, wanted + 1, before);
        page.hasMore = rows.size() > wanted;
        if (page.hasMore)
            rows.removeLast();
        if (!rows.isEmpty())
            page.next = MessageCursor{rows.last().createdAt, rows.last().id};
        page.olderFirst.reserve(rows.size());
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            page.olderFirst.append(inboxMessageFrom(*it));
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("message page"), e.error().message);
        return {};
    }
    return page;
}

std::optional<InboxMessage> InboxService::message(qint64 id)
{
    try {
        if (const auto record = MessageRepository(m_db).find(id))
            return inboxMessageFrom(*record);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("message"), e.error().message);
    }
    return std::nullopt;
}

std::optional<InboxMessage> InboxService::messageByLocalId(const QString &localId)
{
    if (localId.isEmpty())
        return std::nullopt;
    try {
        if (const auto record = MessageRepository(m_db).findByLocalId(localId))
            return inboxMessageFrom(*record);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("message"), e.error().message);
    }
    return std::nullopt;
}

std::optional<InboxMessage> InboxService::messageByPlatformId(const QString &platformId)
{
    try {
        if (const auto record = MessageRepository(m_db).findByPlatformId(platformId))
            return inboxMessageFrom(*record);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("message"), e.error().message);
    }
    return std::nullopt;
}

QList<InboxMessage> InboxService::messagesByIds(const QList<qint64> &ids,
                                                std::optional<qint64> conversationId)
{
    QList<InboxMessage> out;
    try {
        for (const MessageRecord &record : MessageRepository(m_db).findMany(ids)) {
            if (!conversationId || record.conversationId == *conversationId)
                out.append(inboxMessageFrom(record));
        }
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("messages"), e.error().message);
    }
    return out;
}

EnqueueResult InboxService::send(const OutboundMessage &outbound)
{
    return m_outbox.enqueue(outbound);
}

EnqueueResult InboxService::retry(const QString &localId)
{
    EnqueueResult result = m_outbox.retryAsNew(localId);
    if (result.ok()) {
        m_retriedAs.insert(localId, result.localId);
        m_retryOf.insert(result.localId, localId);
    }
    return result;
}

InboxSearchResult InboxService::search(const QString &text, int limit)
{
    InboxSearchResult result;
    result.text = text;
    if (text.trimmed().isEmpty())
        return result;
    QSet<qint64> seen;
    try {
        ConversationQuery byName;
        byName.nameContains = text;
        byName.limit = limit;
        for (const ConversationRecord &record :
             ConversationRepository(m_db).list(byName, m_clock.now()))
            appendUnique(result.conversationIds, seen, record.id);
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        result.hits = SearchRepository(m_db).search(query);
        for (const SearchHit &hit : std::as_const(result.hits))
            appendUnique(result.conversationIds, seen, hit.conversationId);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("search"), e.error().message);
    }
    return result;
}

void InboxService::openMedia(qint64 messageId, const QObject *context, MediaCallback done)
{
    std::optional<MessageRecord> record;
    std::optional<ConversationRecord> conversation;
    try {
        record = MessageRepository(m_db).find(messageId);
        if (record)
            conversation = ConversationRepository(m_db).find(record->conversationId);
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("media"), e.error().message);
        m_media->fail(e.error().message, context, std::move(done));
        return;
    }
    const std::optional<InboxMessage> message =
        record ? std::optional(inboxMessageFrom(*record)) : std::nullopt;
    const MediaContent *media = message ? message->message.as<MediaContent>() : nullptr;
    if (!media) {
        m_media->fail(tr("This message has no media to open."), context, std::move(done));
        return;
    }
    if (media->id.isEmpty()) {
        m_media->fail(!media->link.isEmpty()
                          ? tr("This media was sent as a link; it is not downloaded here.")
                          : tr("This message names no media file."),
                      context, std::move(done));
        return;
    }
    MediaRequest request;
    request.mediaId = media->id;
    request.direction = record->direction;
    request.receivedAt = record->createdAt;
    // phone_number_id must name the uploading number: only ours are uploads of ours.
    if (record->direction == Direction::Outbound && conversation)
        request.phoneNumberId = conversation->phoneNumberId;
    m_media->open(request, context, std::move(done));
}

QString InboxService::cachedMediaPath(const QString &mediaId) const
{
    return m_media->cachedPath(mediaId);
}

void InboxService::noteIngested(const IngestResult &result)
{
    if (!result.ok)
        return;
    if (!result.messageIds.isEmpty())
        Q_EMIT messagesChanged(result.conversationIds, result.messageIds);
    if (!result.conversationIds.isEmpty())
        Q_EMIT conversationsChanged(result.conversationIds);
}

void InboxService::noteOutboxChanged(const QString &localId)
{
    if (!m_outboxChanges.contains(localId))
        m_outboxChanges.append(localId);
    m_outboxFlush.start();
}

void InboxService::flushOutboxChanges()
{
    const QStringList localIds = std::exchange(m_outboxChanges, {});
    QList<qint64> conversations;
    QList<qint64> messages;
    QSet<qint64> seenConversations;
    QSet<qint64> seenMessages;
    try {
        for (const QString &localId : localIds) {
            const std::optional<OutboxRow> row = m_outbox.repository().byLocalId(localId);
            if (!row || !row->conversationId)
                continue;
            appendUnique(conversations, seenConversations, *row->conversationId);
            if (row->messageId)
                appendUnique(messages, seenMessages, *row->messageId);
        }
    } catch (const StoreException &e) {
        reportStoreFailure(QStringLiteral("outbox change"), e.error().message);
    }
    if (!messages.isEmpty())
        Q_EMIT messagesChanged(conversations, messages);
    if (!conversations.isEmpty())
        Q_EMIT conversationsChanged(conversations);
}

} // namespace sb

#pragma once

#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "DeliveryStatus.h"
#include "Message.h"
#include "MessageRepository.h"
#include "SearchRepository.h"
#include "ServiceWindow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The values InboxService hands to the UI side: store rows read back into domain types.
namespace sb {

// One message of a conversation as the chat view shows it.
struct InboxMessage
{
    qint64 id = 0; // the store's row id
    qint64 conversationId = 0;
    // Content, direction, wamid, time and quoted message; outbound: `bizOpaqueCallbackData` and
    // `to` as sent.
    Message message;
    DeliveryStatus delivery; // outbound only
    QString localId; // outbound: the outbox id
    QString author; // the agent who sent it

    friend bool operator==(const InboxMessage &, const InboxMessage &) = default;
};

// One conversation with its service window evaluated at the service clock's now.
struct InboxConversation
{
    ConversationRecord record;
    WindowState window;
    // Our number the conversation belongs to, as displayed ("+1 555-010-0001"); its Graph id when
    // the display number is not known yet.
    QString businessNumber;
    // The customer's full record (consent sources and times, for the composer): read by
    // InboxService::conversation() only; lists leave it empty (the record carries the flags).
    std::optional<ContactRecord> contact;
    // The newest message, read only when it is not a plain text (media, locations, stickers,
    // ...), so the list can say what it was rather than show an empty or bare preview.
    std::optional<InboxMessage> lastMessage;

    qint64 id() const { return record.id; }
    bool optedOutMarketing() const { return record.contactOptedOut; }
};

// A page of history: oldest first, so it can be put above what is shown.
struct InboxMessagePage
{
    QList<InboxMessage> olderFirst;
    // Pass as `before` for the next (older) page; empty when this page was empty.
    std::optional<MessageCursor> next;
    bool hasMore = false; // older messages exist beyond this page
};

struct InboxSearchResult
{
    QString text;
    // Conversations whose customer name or number matches first, then those with matching
    // message text; each once.
    QList<qint64> conversationIds;
    QList<SearchHit> hits; // the matching messages, newest first
};

// The outcome of opening a message's media.
struct InboxMedia
{
    bool ok = false;
    QString filePath; // the cached file
    QString mimeType;
    bool fromCache = false; // no network was used
    QString reason; // translated, plain: why it could not be fetched (when !ok)
};

} // namespace sb

#pragma once

#include "Message.h"
#include "ServiceWindow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

struct ConversationRecord
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString phoneNumberId; // the business number
    WindowInputs window;
    QDateTime windowDeadline; // lastInbound + 24 h; invalid when the customer never wrote
    QDateTime lastMessageAt;
    std::optional<Direction> lastMessageDirection;
    QString lastMessageKind;
    QString lastMessagePreview;
    int unreadCount = 0;
    QString assignee;
    QStringList labels; // sorted
    QDateTime createdAt;
    QDateTime updatedAt;
    // From the contact, for inbox rows.
    QString contactKey;
    QString contactName; // profile name
    QString contactWaId;
    // Also from the contact (ContactRecord::isOptedOut / marketingStopped), so an inbox row
    // needs no second query per conversation.
    bool contactOptedOut = false;
    bool contactMarketingStopped = false;
    // The business number's display number ("+1 555-010-0001"); empty while unknown.
    QString businessDisplayNumber;

    // The customer wrote last: somebody owes an answer.
    bool needsReply() const { return lastMessageDirection == Direction::Inbound; }
};

enum class ConversationFilter {
    All,
    NeedsReply, // the customer wrote last
    Unread,
    AssignedTo, // ConversationQuery::assignee
    Unassigned,
};

enum class ConversationOrder {
    // Open windows first, soonest deadline first; then the rest, most recent message first.
    Inbox,
    // The inbox view's default order (ConversationFilterModel's TimeLeft): open windows soonest
    // deadline first, then closed ones most recently closed first, then those the customer never
    // opened, latest message first (none last); ties by ascending id. A first page is served by
    // the deadline index, so it costs little however many conversations there are.
    TimeLeft,
};

struct ConversationQuery
{
    static constexpr int NoLimit = -1;

    ConversationFilter filter = ConversationFilter::All;
    QString assignee; // for AssignedTo
    QString phoneNumberId; // empty: every business number
    QString label; // empty: any
    // Empty: any. Otherwise the customer's profile name contains it (case-insensitive; on SQLite
    // only ASCII letters fold) or their number contains its digits.
    QString nameContains;
    int limit = 200; // NoLimit: every matching conversation
    int offset = 0;
    ConversationOrder order = ConversationOrder::Inbox;
};

// Threads per customer and business number, with the service-window inputs, unread count,
// assignee and labels the inbox filters on.
class ConversationRepository
{
public:
    explicit ConversationRepository(Database &db);

    // The conversation of `contactId` on `phoneNumberId`, created when new (the business
    // number is registered too if unknown). Returns its id.
    qint64 ensure(qint64 contactId, const QString &phoneNumberId);
    std::optional<ConversationRecord> find(qint64 id);
    std::optional<ConversationRecord> find(qint64 contactId, const QString &phoneNumberId);

    // Inbox listing in `query.order`. `now` decides which windows are open (defaults to the
    // database clock).
    QList<ConversationRecord> list(const ConversationQuery &query,
                                   const QDateTime &now = QDateTime());

    // The stored window inputs alone (cheaper than find()).
    std::optional<WindowInputs> window(qint64 id);
    // Stores the window inputs and the deadline derived from them. Returns whether they changed.
    bool saveWindow(qint64 id, const WindowInputs &window);
    // A customer message or call (ServiceWindow::recordInbound) / a business reply
    // (ServiceWindow::recordBusinessReply), persisted. Return whether the window changed.
    bool recordInbound(qint64 id, const QDateTime &at,
                       InboundOrigin origin = InboundOrigin::Direct);
    bool recordBusinessReply(qint64 id, const QDateTime &at);
    // A stored message: becomes the last message when it is the newest; inbound ones count as
    // unread when `countUnread`.
    void noteMessage(qint64 id, Direction direction, const QString &kind, const QString &preview,
                     const QDateTime &at, bool countUnread);
    // What recordInbound() (when `fromCustomer`) and noteMessage() (inbound, counted unread when
    // `fromCustomer`) do together, in one read and one write; the caller holds the
    // transaction. The ingest path, once per customer message.
    void noteInbound(qint64 id, const QString &kind, const QString &preview, const QDateTime &at,
                     InboundOrigin origin, bool fromCustomer);
    void markRead(qint64 id);
    void assign(qint64 id, const QString &assignee); // empty: unassign
    void addLabel(qint64 id, const QString &label);
    void removeLabel(qint64 id, const QString &label);

    // Contact merge: moves every conversation of `fromContact` to `toContact`, folding two
    // conversations on the same business number into one.
    void moveContact(qint64 fromContact, qint64 toContact);

private:
    void writeWindow(qint64 id, const WindowInputs &window);
    void mergeConversation(const ConversationRecord &from, const ConversationRecord &into);
    static ConversationRecord read(const SqlStatement &q);
    QString columns() const;
    QString select() const;
    QList<ConversationRecord> listInboxOrder(const ConversationQuery &query, qint64 now);
    QList<ConversationRecord> listTimeLeftPage(const ConversationQuery &query, qint64 now);
    QList<ConversationRecord> listTimeLeftAll(const ConversationQuery &query, qint64 now);

    Database &m_db;
};

} // namespace sb

#include "ConversationRepository.h"

#include "Database.h"
#include "PhoneNumberRepository.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <algorithm>

namespace sb {

namespace {

constexpr int PreviewLength = 160;

QString directionName(Direction direction)
{
    return direction == Direction::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

std::optional<QDateTime> later(const std::optional<QDateTime> &a, const std::optional<QDateTime> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

QDateTime deadlineOf(const WindowInputs &window)
{
    if (!window.lastInbound)
        return {};
    return window.lastInbound->addDuration(ServiceWindow::Length);
}

} // namespace

ConversationRepository::ConversationRepository(Database &db)
    : m_db(db)
{
}

QString ConversationRepository::columns() const
{
    return QLatin1String(
               "SELECT v.id, v.contact_id, v.phone_number_id, v.last_inbound_at, "
               "v.entry_point_at, v.entry_point_reply_at, v.window_deadline, v.last_message_at, "
               "v.last_message_direction, v.last_message_kind, v.last_message_preview, "
               "v.unread_count, v.assignee, v.created_at, v.updated_at, c.contact_key, "
               "c.profile_name, c.wa_id, (SELECT ")
        + dialectStringAggregate(m_db.dialect(), QStringLiteral("l.label"))
        + QLatin1String(" FROM conversation_labels l WHERE l.conversation_id = v.id), "
                        // ContactRecord::isOptedOut and marketingStopped, in SQL.
                        "CASE WHEN c.opt_out_at IS NOT NULL AND (c.opt_in_at IS NULL OR "
                        "c.opt_out_at > c.opt_in_at) THEN 1 ELSE 0 END, "
                        "CASE WHEN c.marketing_preference = 'stop' THEN 1 ELSE 0 END, "
                        "p.display_phone_number ");
}

QString ConversationRepository::select() const
{
    return columns()
        + QLatin1String("FROM conversations v JOIN contacts c ON c.id = v.contact_id "
                        "LEFT JOIN phone_numbers p ON p.phone_number_id = v.phone_number_id ");
}

ConversationRecord ConversationRepository::read(const SqlStatement &q)
{
    ConversationRecord r;
    r.id = q.int64(0);
    r.contactId = q.int64(1);
    r.phoneNumberId = q.text(2);
    r.window.lastInbound = q.time(3);
    r.window.entryPointAt = q.time(4);
    r.window.entryPointReplyAt = q.time(5);
    r.windowDeadline = q.timeOrInvalid(6);
    r.lastMessageAt = q.timeOrInvalid(7);
    if (!q.isNull(8))
        r.lastMessageDirection = q.text(8) == u"in" ? Direction::Inbound : Direction::Outbound;
    r.lastMessageKind = q.text(9);
    r.lastMessagePreview = q.text(10);
    r.unreadCount = static_cast<int>(q.int64(11));
    r.assignee = q.text(12);
    r.createdAt = q.timeOrInvalid(13);
    r.updatedAt = q.timeOrInvalid(14);
    r.contactKey = q.text(15);
    r.contactName = q.text(16);
    r.contactWaId = q.text(17);
    if (!q.isNull(18)) {
        r.labels = q.text(18).split(dialectListSeparator, Qt::SkipEmptyParts);
        std::sort(r.labels.begin(), r.labels.end());
    }
    r.contactOptedOut = q.int64(19) != 0;
    r.contactMarketingStopped = q.int64(20) != 0;
    r.businessDisplayNumber = q.text(21);
    return r;
}

qint64 ConversationRepository::ensure(qint64 contactId, const QString &phoneNumberId)
{
    {
        SqlStatement existing(m_db,
                              QStringLiteral("SELECT id FROM conversations WHERE contact_id = "
                                             "? AND phone_number_id = ?"));
        existing.bind(contactId).bind(phoneNumberId);
        if (const auto id = existing.execScalar())
            return *id;
    }
    Transaction tx(m_db);
    PhoneNumberRepository(m_db).ensure(phoneNumberId);
    const qint64 now = m_db.nowMs();
    // DO UPDATE (not NOTHING) so RETURNING always yields the row, new or old.
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO conversations (contact_id, phone_number_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (contact_id, "
                       "phone_number_id) DO UPDATE SET contact_id = excluded.contact_id "
                       "RETURNING id"));
    q.bind(contactId).bind(phoneNumberId).bind(now).bind(now);
    const qint64 id = q.execScalar().value_or(0);
    tx.commit();
    return id;
}

std::optional<ConversationRecord> ConversationRepository::find(qint64 id)
{
    SqlStatement q(m_db, select() + QLatin1String("WHERE v.id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<ConversationRecord> ConversationRepository::find(qint64 contactId,
                                                               const QString &phoneNumberId)
{
    SqlStatement q(m_db,
                   select() + QLatin1String("WHERE v.contact_id = ? AND v.phone_number_id = ?"));
    q.bind(contactId).bind(phoneNumberId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<WindowInputs> ConversationRepository::window(qint64 id)
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT last_inbound_at, entry_point_at, "
                                  "entry_point_reply_at FROM conversations WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return WindowInputs{q.time(0), q.time(1), q.time(2)};
}

bool ConversationRepository::saveWindow(qint64 id, const WindowInputs &window)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("conversations"), id);
    const std::optional<WindowInputs> current = this->window(id);
    if (!current || *current == window)
        return false;
    writeWindow(id, window);
    tx.commit();
    return true;
}

void ConversationRepository::writeWindow(qint64 id, const WindowInputs &window)
{
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE conversations SET last_inbound_at = ?, "
                                  "entry_point_at = ?, entry_point_reply_at = ?, "
                                  "window_deadline = ?, updated_at = ? WHERE id = ?"));
    q.bindTime(window.lastInbound)
        .bindTime(window.entryPointAt)
        .bindTime(window.entryPointReplyAt)
        .bindTime(deadlineOf(window))
        .bind(m_db.nowMs())
        .bind(id)
        .exec();
}

bool ConversationRepository::recordInbound(qint64 id, const QDateTime &at, InboundOrigin origin)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("conversations"), id);
    std::optional<WindowInputs> inputs = window(id);
    if (!inputs || !ServiceWindow::recordInbound(*inputs, at, origin))
        return false;
    writeWindow(id, *inputs);
    tx.commit();
    return true;
}

bool ConversationRepository::recordBusinessReply(qint64 id, const QDateTime &at)
{
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("conversations"), id);
    std::optional<WindowInputs> inputs = window(id);
    if (!inputs || !ServiceWindow::recordBusinessReply(*inputs, at))
        return false;
    writeWindow(id, *inputs);
    tx.commit();
    return true;
}

void ConversationRepository::noteMessage(qint64 id, Direction direction, const QString &kind,
                                         const QString &preview, const QDateTime &at,
                                         bool countUnread)
{
    const qint64 now = m_db.nowMs();
    SqlStatement last(m_db,
                      QStringLiteral("UPDATE conversations SET last_message_at = ?, "
                                     "last_message_direction = ?, last_message_kind = ?, "
                                     "last_message_preview = ?, updated_at = ? WHERE id = ? AND "
                                     "(last_message_at IS NULL OR last_message_at <= ?)"));
    last.bindTime(at)
        .bind(directionName(direction))
        .bindText(kind)
        .bindText(preview.left(PreviewLength))
        .bind(now)
        .bind(id)
        .bindTime(at)
        .exec();
    if (countUnread && direction == Direction::Inbound) {
        SqlStatement unread(m_db,
                            QStringLiteral("UPDATE conversations SET unread_count = "
                                           "unread_count + 1, updated_at = ? WHERE id = ?"));
        unread.bind(now).bind(id).exec();
    }
}

void ConversationRepository::noteInbound(qint64 id, const QString &kind, const QString &preview,
                                         const QDateTime &at, InboundOrigin origin,
                                         bool fromCustomer)
{
    m_db.lockRow(QStringLiteral("conversations"), id);
    std::optional<WindowInputs> inputs = window(id);
    if (!inputs)
        return;
    if (fromCustomer)
        ServiceWindow::recordInbound(*inputs, at, origin);
    const qint64 atMs = toMs(at);
    // The window columns are written back as they are when nothing changed; the last-message
    // columns only move forward, as in noteMessage().
    SqlStatement q(
        m_db,
        QStringLiteral("UPDATE conversations SET last_inbound_at = ?, entry_point_at = ?, "
                       "entry_point_reply_at = ?, window_deadline = ?, last_message_direction = "
                       "CASE WHEN last_message_at IS NULL OR last_message_at <= ? THEN 'in' ELSE "
                       "last_message_direction END, last_message_kind = CASE WHEN "
                       "last_message_at IS NULL OR last_message_at <= ? THEN ? ELSE "
                       "last_message_kind END, last_message_preview = CASE WHEN "
                       "last_message_at IS NULL OR last_message_at <= ? THEN ? ELSE "
                       "last_message_preview END, last_message_at = CASE WHEN last_message_at "
                       "IS NULL OR last_message_at <= ? THEN ? ELSE last_message_at END, "
                       "unread_count = unread_count + ?, updated_at = ? WHERE id = ?"));
    q.bindTime(inputs->lastInbound)
        .bindTime(inputs->entryPointAt)
        .bindTime(inputs->entryPointReplyAt)
        .bindTime(deadlineOf(*inputs))
        .bind(atMs)
        .bind(atMs)
        .bindText(kind)
        .bind(atMs)
        .bindText(preview.left(PreviewLength))
        .bind(atMs)
        .bind(atMs)
        .bind(fromCustomer ? 1 : 0)
        .bind(m_db.nowMs())
        .bind(id)
        .exec();
}

void ConversationRepository::markRead(qint64 id)
{
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE conversations SET unread_count = 0, updated_at = ? "
                                  "WHERE id = ? AND unread_count <> 0"));
    q.bind(m_db.nowMs()).bind(id).exec();
}

void ConversationRepository::assign(qint64 id, const QString &assignee)
{
    SqlStatement q(
        m_db, QStringLiteral("UPDATE conversations SET assignee = ?, updated_at = ? WHERE id = ?"));
    q.bindText(assignee.trimmed()).bind(m_db.nowMs()).bind(id).exec();
}

void ConversationRepository::addLabel(qint64 id, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return;
    SqlStatement q(m_db,
                   QStringLiteral("INSERT INTO conversation_labels (conversation_id, label) "
                                  "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.bind(id).bind(trimmed).exec();
}

void ConversationRepository::removeLabel(qint64 id, const QString &label)
{
    SqlStatement q(
        m_db,
        QStringLiteral("DELETE FROM conversation_labels WHERE conversation_id = ? AND label = ?"));
    q.bind(id).bind(label.trimmed()).exec();
}

void ConversationRepository::moveContact(qint64 fromContact, qint64 toContact)
{
    Transaction tx(m_db);
    QList<ConversationRecord> moving;
    {
        SqlStatement q(m_db, select() + QLatin1String("WHERE v.contact_id = ?"));
        q.bind(fromContact).exec();
        while (q.next())
            moving.append(read(q));
    }
    for (const ConversationRecord &conversation : std::as_const(moving)) {
        if (const auto target = find(toContact, conversation.phoneNumberId)) {
            mergeConversation(conversation, *target);
        } else {
            SqlStatement q(m_db,
                           QStringLiteral("UPDATE conversations SET contact_id = ?, "
                                          "updated_at = ? WHERE id = ?"));
            q.bind(toContact).bind(m_db.nowMs()).bind(conversation.id).exec();
        }
    }
    tx.commit();
}

void ConversationRepository::mergeConversation(const ConversationRecord &from,
                                               const ConversationRecord &into)
{
    const auto move = [this, &from, &into](const QString &sql) {
        SqlStatement q(m_db, sql);
        q.bind(into.id).bind(from.id).exec();
    };
    move(QStringLiteral("UPDATE messages SET conversation_id = ? WHERE conversation_id = ?"));
    move(QStringLiteral("UPDATE outbox SET conversation_id = ? WHERE conversation_id = ?"));
    move(QStringLiteral(
        "INSERT INTO conversation_labels (conversation_id, label) SELECT ?, label "
        "FROM conversation_labels WHERE conversation_id = ? ON CONFLICT DO NOTHING"));

    WindowInputs window;
    window.lastInbound = later(from.window.lastInbound, into.window.lastInbound);
    window.entryPointAt = later(from.window.entryPointAt, into.window.entryPointAt);
    window.entryPointReplyAt = later(from.window.entryPointReplyAt, into.window.entryPointReplyAt);
    const bool fromIsNewer = from.lastMessageAt.isValid()
        && (!into.lastMessageAt.isValid() || from.lastMessageAt > into.lastMessageAt);
    const ConversationRecord &last = fromIsNewer ? from : into;

    SqlStatement q(
        m_db,
        QStringLiteral("UPDATE conversations SET last_inbound_at = ?, entry_point_at = ?, "
                       "entry_point_reply_at = ?, window_deadline = ?, last_message_at = ?, "
                       "last_message_direction = ?, last_message_kind = ?, "
                       "last_message_preview = ?, unread_count = ?, assignee = ?, "
                       "updated_at = ? WHERE id = ?"));
    q.bindTime(window.lastInbound)
        .bindTime(window.entryPointAt)
        .bindTime(window.entryPointReplyAt)
        .bindTime(deadlineOf(window))
        .bindTime(last.lastMessageAt)
        .bind(last.lastMessageDirection ? QVariant(directionName(*last.lastMessageDirection))
                                        : QVariant())
        .bindText(last.lastMessageKind)
        .bindText(last.lastMessagePreview)
        .bind(from.unreadCount + into.unreadCount)
        .bindText(into.assignee.isEmpty() ? from.assignee : into.assignee)
        .bind(m_db.nowMs())
        .bind(into.id)
        .exec();
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    remove.bind(from.id).exec();
}

} // namespace sb

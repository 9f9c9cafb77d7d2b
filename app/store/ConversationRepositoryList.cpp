// ConversationRepository::list: the inbox listings (the rest of the repository is in
// ConversationRepository.cpp).
#include "ConversationRepository.h"
#include "Database.h"
#include "SqlStatement.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {

// Sorts after every real message time in the never-opened tier (2^53 - 1: exact in a double,
// so both dialects compare it as the same integer).
constexpr qint64 NoMessageKey = (qint64(1) << 53) - 1;

// The lower-cased name search of `query` and the digits in it (a number search).
QString nameNeedle(const ConversationQuery &query)
{
    return query.nameContains.trimmed().toLower();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// `%text%` for LIKE ... ESCAPE '!', with the wildcard characters taken literally.
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('!'), QLatin1String("!!"))
        .replace(QLatin1Char('%'), QLatin1String("!%"))
        .replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// The WHERE conditions of `query` beyond the order; bindFilters() binds their values in the
// same order. Only fixed fragments are appended; every value is bound. The name search is a
// subquery so that it also works where the contacts are not joined (the TimeLeft id tiers).
QString filterSql(const ConversationQuery &query)
{
    QString sql;
    switch (query.filter) {
    case ConversationFilter::All:
        break;
    case ConversationFilter::NeedsReply:
        sql += QLatin1String(" AND v.last_message_direction = 'in'");
        break;
    case ConversationFilter::Unread:
        sql += QLatin1String(" AND v.unread_count > 0");
        break;
    case ConversationFilter::AssignedTo:
        sql += QLatin1String(" AND v.assignee = ?");
        break;
    case ConversationFilter::Unassigned:
        sql += QLatin1String(" AND v.assignee IS NULL");
        break;
    }
    if (!query.phoneNumberId.isEmpty())
        sql += QLatin1String(" AND v.phone_number_id = ?");
    if (!query.label.isEmpty())
        sql += QLatin1String(" AND EXISTS (SELECT 1 FROM conversation_labels f WHERE "
                             "f.conversation_id = v.id AND f.label = ?)");
    const QString name = nameNeedle(query);
    if (!name.isEmpty()) {
        sql += QLatin1String(" AND v.contact_id IN (SELECT n.id FROM contacts n WHERE "
                             "LOWER(n.profile_name) LIKE ? ESCAPE '!'");
        sql += digitsOf(name).isEmpty() ? QLatin1String(")")
                                        : QLatin1String(" OR n.wa_id LIKE ? ESCAPE '!')");
    }
    return sql;
}

void bindFilters(SqlStatement &q, const ConversationQuery &query)
{
    if (query.filter == ConversationFilter::AssignedTo)
        q.bind(query.assignee);
    if (!query.phoneNumberId.isEmpty())
        q.bind(query.phoneNumberId);
    if (!query.label.isEmpty())
        q.bind(query.label);
    const QString name = nameNeedle(query);
    if (!name.isEmpty()) {
        q.bind(containsPattern(name));
        const QString digits = digitsOf(name);
        if (!digits.isEmpty())
            q.bind(containsPattern(digits));
    }
}

// How many rows to fetch from the start of the order: offset + limit, or everything.
qint64 rowsThrough(const ConversationQuery &query)
{
    if (query.limit == ConversationQuery::NoLimit)
        return std::numeric_limits<qint64>::max();
    return qint64(std::max(0, query.offset)) + std::max(0, query.limit);
}

// ConversationOrder::TimeLeft as (tier, key, id), the same triple the SQL orders by.
struct TimeLeftKey
{
    int tier;
    qint64 key;
    qint64 id;
    friend auto operator<=>(const TimeLeftKey &, const TimeLeftKey &) = default;
};

TimeLeftKey timeLeftKey(const ConversationRecord &r, qint64 now)
{
    if (r.windowDeadline.isValid()) {
        const qint64 deadline = toMs(r.windowDeadline);
        return deadline > now ? TimeLeftKey{0, deadline, r.id} : TimeLeftKey{1, -deadline, r.id};
    }
    return {2, r.lastMessageAt.isValid() ? -toMs(r.lastMessageAt) : NoMessageKey, r.id};
}

} // namespace

QList<ConversationRecord> ConversationRepository::list(const ConversationQuery &query,
                                                       const QDateTime &now)
{
    const qint64 at = now.isValid() ? toMs(now) : m_db.nowMs();
    switch (query.order) {
    case ConversationOrder::Inbox:
        break;
    case ConversationOrder::TimeLeft:
        return query.limit == ConversationQuery::NoLimit ? listTimeLeftAll(query, at)
                                                         : listTimeLeftPage(query, at);
    }
    return listInboxOrder(query, at);
}

QList<ConversationRecord> ConversationRepository::listInboxOrder(const ConversationQuery &query,
                                                                 qint64 now)
{
    const QString sql = select() + QLatin1String("WHERE 1 = 1") + filterSql(query)
        + QLatin1String(" ORDER BY CASE WHEN v.window_deadline > ? THEN 0 ELSE 1 END, "
                        "CASE WHEN v.window_deadline > ? THEN v.window_deadline END, "
                        "v.last_message_at DESC NULLS LAST, v.id DESC LIMIT ? OFFSET ?");
    SqlStatement q(m_db, sql);
    bindFilters(q, query);
    q.bind(now).bind(now).bind(rowsThrough(query) - std::max(0, query.offset));
    q.bind(std::max(0, query.offset)).exec();
    QList<ConversationRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

// A page in TimeLeft order: each tier's first rows come straight from the deadline index, only
// their ids are ordered and cut, and the columns are read for the page alone.
QList<ConversationRecord> ConversationRepository::listTimeLeftPage(const ConversationQuery &query,
                                                                   qint64 now)
{
    const QString filters = filterSql(query);
    const auto tier = [&filters](const char *select, const char *where, const char *order,
                                 const char *alias) -> QString {
        return QLatin1String("SELECT * FROM (SELECT v.id, ") + QLatin1String(select)
            + QLatin1String(" FROM conversations v WHERE ") + QLatin1String(where) + filters
            + QLatin1String(" ORDER BY ") + QLatin1String(order) + QLatin1String(" LIMIT ?) ")
            + QLatin1String(alias);
    };
    const QString ids = tier("0 AS tier, v.window_deadline AS k", "v.window_deadline > ?",
                             "v.window_deadline, v.id", "t0")
        + QLatin1String(" UNION ALL ")
        + tier("1 AS tier, -v.window_deadline AS k", "v.window_deadline <= ?",
               "v.window_deadline DESC, v.id", "t1")
        + QLatin1String(" UNION ALL ")
        + tier("2 AS tier, COALESCE(-v.last_message_at, ?) AS k", "v.window_deadline IS NULL",
               "v.last_message_at DESC NULLS LAST, v.id", "t2")
        + QLatin1String(" ORDER BY tier, k, id LIMIT ? OFFSET ?");
    const QString sql = columns() + QLatin1String("FROM (") + ids
        + QLatin1String(") o JOIN conversations v ON v.id = o.id "
                        "JOIN contacts c ON c.id = v.contact_id "
                        "LEFT JOIN phone_numbers p ON p.phone_number_id = v.phone_number_id "
                        "ORDER BY o.tier, o.k, o.id");
    const qint64 through = rowsThrough(query);
    SqlStatement q(m_db, sql);
    q.bind(now);
    bindFilters(q, query);
    q.bind(through).bind(now);
    bindFilters(q, query);
    q.bind(through).bind(NoMessageKey);
    bindFilters(q, query);
    q.bind(through).bind(qint64(std::max(0, query.limit))).bind(std::max(0, query.offset)).exec();
    QList<ConversationRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

// Everything in TimeLeft order: read unordered (no database sort of whole rows), then ordered
// here by the same (tier, key, id) as listTimeLeftPage.
QList<ConversationRecord> ConversationRepository::listTimeLeftAll(const ConversationQuery &query,
                                                                  qint64 now)
{
    SqlStatement q(m_db, select() + QLatin1String("WHERE 1 = 1") + filterSql(query));
    bindFilters(q, query);
    q.exec();
    QList<ConversationRecord> rows;
    while (q.next())
        rows.append(read(q));
    std::vector<std::pair<TimeLeftKey, qsizetype>> order;
    order.reserve(static_cast<size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        order.emplace_back(timeLeftKey(rows.at(i), now), i);
    std::sort(order.begin(), order.end());
    QList<ConversationRecord> sorted;
    const qsizetype skip = std::min<qsizetype>(std::max(0, query.offset), rows.size());
    sorted.reserve(rows.size() - skip);
    for (auto it = order.begin() + skip; it != order.end(); ++it)
        sorted.append(std::move(rows[it->second]));
    return sorted;
}

} // namespace sb

#include "SearchRepository.h"

#include "Database.h"
#include "SqlStatement.h"

namespace sb {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

SearchRepository::SearchRepository(Database &db)
    : m_db(db)
{
}

QStringList SearchRepository::terms(const QString &input)
{
    QStringList words;
    QString current;
    const auto flush = [&words, &current] {
        if (!current.isEmpty() && words.size() < MaxTerms && !words.contains(current))
            words.append(current.left(MaxTermLength));
        current.clear();
    };
    for (const QChar c : input.toLower()) {
        if (isWordChar(c))
            current += c;
        else
            flush();
    }
    flush();
    return words;
}

QString SearchRepository::ftsExpression(const QStringList &terms)
{
    // Words hold no '"' (see terms()), so the quoting cannot be broken out of. Only the last
    // word is a prefix: it is the one still being typed, and prefixes cost a range scan.
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts.append(u'"' + terms.at(i)
                     + (i + 1 == terms.size() ? QLatin1String("\"*") : QLatin1String("\"")));
    return parts.join(u' ');
}

QString SearchRepository::tsQueryExpression(const QStringList &terms)
{
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i)
        parts.append(u'\'' + terms.at(i)
                     + (i + 1 == terms.size() ? QLatin1String("':*") : QLatin1String("'")));
    return parts.join(QLatin1String(" & "));
}

QList<SearchHit> SearchRepository::search(const SearchQuery &query)
{
    const QStringList words = terms(query.text);
    if (words.isEmpty() || query.limit <= 0)
        return {};
    const bool sqlite = m_db.dialect() == Dialect::SQLite;
    // SQLite walks the FTS index by rowid (= messages.id), newest first, and stops at LIMIT.
    const QString id = sqlite ? QStringLiteral("messages_fts.rowid") : QStringLiteral("m.id");
    QString sql = QStringLiteral("SELECT m.id, m.conversation_id, m.direction, m.kind, "
                                 "m.body_text, m.created_at FROM ");
    if (sqlite)
        sql += QLatin1String("messages_fts JOIN messages m ON m.id = messages_fts.rowid WHERE "
                             "messages_fts MATCH ?");
    else
        sql += QLatin1String("messages m WHERE m.body_tsv @@ to_tsquery('simple', ?)");
    if (query.conversationId)
        sql += QLatin1String(" AND m.conversation_id = ?");
    if (!query.phoneNumberId.isEmpty())
        sql += QLatin1String(" AND m.conversation_id IN (SELECT id FROM conversations WHERE "
                             "phone_number_id = ?)");
    if (query.beforeMessageId)
        sql += QLatin1String(" AND ") + id + QLatin1String(" < ?");
    sql += QLatin1String(" ORDER BY ") + id + QLatin1String(" DESC LIMIT ?");

    SqlStatement q(m_db, sql);
    q.bind(sqlite ? ftsExpression(words) : tsQueryExpression(words));
    if (query.conversationId)
        q.bind(*query.conversationId);
    if (!query.phoneNumberId.isEmpty())
        q.bind(query.phoneNumberId);
    if (query.beforeMessageId)
        q.bind(*query.beforeMessageId);
    q.bind(query.limit).exec();
    QList<SearchHit> hits;
    while (q.next()) {
        hits.append({q.int64(0), q.int64(1),
                     q.text(2) == u"in" ? Direction::Inbound : Direction::Outbound, q.text(3),
                     q.text(4), q.timeOrInvalid(5)});
    }
    return hits;
}

} // namespace sb

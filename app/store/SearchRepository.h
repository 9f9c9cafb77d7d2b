#pragma once

#include "Message.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Database;

struct SearchQuery
{
    QString text; // what the agent typed; never parsed as query syntax
    std::optional<qint64> conversationId;
    QString phoneNumberId; // empty: every business number
    int limit = 50;
    std::optional<qint64> beforeMessageId; // next page: hits older than this message row
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    Direction direction = Direction::Inbound;
    QString kind;
    QString bodyText;
    QDateTime createdAt;
};

// Full-text search over messages.body_text (text bodies, captions, reply titles, locations):
// FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL. What the agent types is reduced
// to words (runs of letters, digits and marks); each must occur as a word, the last one also as
// the start of a word, since it may still be being typed ("deliv" finds "delivery"). Quotes,
// AND/OR/NOT/NEAR, '*', '-', ':' and parentheses are just separators: user input never becomes
// query syntax, and the words travel as bound values. Case is ignored; SQLite also ignores
// diacritics.
class SearchRepository
{
public:
    explicit SearchRepository(Database &db);

    // Newest first (by message row). Empty when the text has no words.
    QList<SearchHit> search(const SearchQuery &query);

    // The words of `input`, lower-cased, at most MaxTerms of at most MaxTermLength characters.
    static QStringList terms(const QString &input);
    // FTS5 MATCH expression: every word quoted, the last as a prefix: "word" "wor"*.
    static QString ftsExpression(const QStringList &terms);
    // to_tsquery input: 'word' & 'wor':*.
    static QString tsQueryExpression(const QStringList &terms);

    static constexpr int MaxTerms = 16;
    static constexpr int MaxTermLength = 64;

private:
    Database &m_db;
};

} // namespace sb

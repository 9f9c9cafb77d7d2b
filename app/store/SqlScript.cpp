#include "SqlScript.h"

#include <QRegularExpression>

namespace sb {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Splitter
{
public:
    explicit Splitter(const QString &script)
        : m_in(script)
    {
    }

    QStringList run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_in.at(i);
            const QChar next = i + 1 < n ? m_in.at(i + 1) : QChar();
            if (c == u'-' && next == u'-') {
                i = skipUntil(i, QStringLiteral("\n"), false);
                m_current += u'\n';
            } else if (c == u'/' && next == u'*') {
                i = skipUntil(i + 2, QStringLiteral("*/"), false);
                m_current += u' ';
            } else if (c == u'\'' || c == u'"') {
                i = copyQuoted(i, c);
            } else if (c == u'$' && (i == 0 || !isWordChar(m_in.at(i - 1)))) {
                i = copyDollarQuoted(i);
            } else if (isWordChar(c)) {
                i = copyWord(i);
            } else if (c == u';' && m_depth == 0) {
                finishStatement();
                ++i;
            } else {
                m_current += c;
                ++i;
            }
        }
        finishStatement();
        return m_statements;
    }

private:
    // Returns the index after `terminator`; copies the text when `copy`.
    qsizetype skipUntil(qsizetype from, const QString &terminator, bool copy)
    {
        const qsizetype end = m_in.indexOf(terminator, from);
        const qsizetype stop = end < 0 ? m_in.size() : end + terminator.size();
        if (copy)
            m_current += QStringView(m_in).mid(from, stop - from);
        return stop;
    }

    // 'it''s' and "a""b": a doubled quote stays inside.
    qsizetype copyQuoted(qsizetype from, QChar quote)
    {
        qsizetype i = from + 1;
        while (i < m_in.size()) {
            if (m_in.at(i) == quote) {
                if (i + 1 < m_in.size() && m_in.at(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            ++i;
        }
        m_current += QStringView(m_in).mid(from, i - from);
        return i;
    }

    qsizetype copyDollarQuoted(qsizetype from)
    {
        static const QRegularExpression tag(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
        const QRegularExpressionMatch match =
            tag.match(m_in, from, QRegularExpression::NormalMatch,
                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch()) {
            m_current += m_in.at(from);
            return from + 1;
        }
        const QString delimiter = match.captured(0);
        m_current += delimiter;
        return skipUntil(from + delimiter.size(), delimiter, true);
    }

    qsizetype copyWord(qsizetype from)
    {
        qsizetype i = from;
        while (i < m_in.size() && isWordChar(m_in.at(i)))
            ++i;
        const QString word = m_in.mid(from, i - from).toUpper();
        m_current += QStringView(m_in).mid(from, i - from);
        if (m_words.size() < 3)
            m_words.append(word);
        if (m_words.size() >= 2 && m_words.first() == u"CREATE" && m_words.contains(u"TRIGGER")) {
            // SQLite trigger bodies hold statements ending in ';' until the closing END.
            if (word == u"BEGIN" || word == u"CASE")
                ++m_depth;
            else if (word == u"END" && m_depth > 0)
                --m_depth;
        }
        return i;
    }

    void finishStatement()
    {
        const QString statement = m_current.trimmed();
        if (!statement.isEmpty())
            m_statements.append(statement);
        m_current.clear();
        m_words.clear();
        m_depth = 0;
    }

    const QString &m_in;
    QString m_current;
    QStringList m_words;
    QStringList m_statements;
    int m_depth = 0;
};

} // namespace

QStringList SqlScript::split(const QString &script)
{
    return Splitter(script).run();
}

} // namespace sb

#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// Recognises a customer's opt-out message (spec §11: honour opt-outs). Only a message that is
// nothing but the keyword counts: "STOP" and "stop!" opt out, "please stop the delivery" does
// not. Comparison ignores case, accents (ARRÊT = ARRET), surrounding whitespace and
// punctuation, and treats hyphens as spaces (OPT-OUT = OPT OUT).
class OptOutKeywords
{
public:
    // STOP and UNSUBSCRIBE plus common translations (German, Spanish, Portuguese, French,
    // Italian, Dutch, Indonesian, Turkish, Polish, Russian, Arabic). Words that often mean
    // something else in a support chat ("cancel", "end", "quit") are left out on purpose.
    static QStringList defaults();

    explicit OptOutKeywords(const QStringList &keywords = defaults());

    // The configured keyword `message` consists of, or an empty string.
    QString match(const QString &message) const;
    const QStringList &keywords() const { return m_keywords; }

    static QString normalize(const QString &text);

private:
    QStringList m_keywords;
    QStringList m_normalized;
    qsizetype m_longest = 0; // characters of the longest normalized keyword
};

} // namespace sb

#include "OptOutKeywords.h"

#include <algorithm>

namespace sb {

QStringList OptOutKeywords::defaults()
{
    return {
        QStringLiteral("STOP"),
        QStringLiteral("STOP ALL"),
        QStringLiteral("STOPALL"),
        QStringLiteral("UNSUBSCRIBE"),
        QStringLiteral("OPT OUT"),
        QStringLiteral("OPTOUT"),
        // German
        QStringLiteral("STOPP"),
        QStringLiteral("ABMELDEN"),
        QStringLiteral("ABBESTELLEN"),
        // Spanish
        QStringLiteral("BAJA"),
        QStringLiteral("DARME DE BAJA"),
        QStringLiteral("DETENER"),
        QStringLiteral("CANCELAR"),
        // Portuguese
        QStringLiteral("PARAR"),
        QStringLiteral("SAIR"),
        QStringLiteral("DESCADASTRAR"),
        // French
        QStringLiteral("ARRÊT"),
        QStringLiteral("ARRET"),
        QStringLiteral("DÉSABONNER"),
        QStringLiteral("DÉSINSCRIRE"),
        // Italian
        QStringLiteral("DISISCRIVIMI"),
        QStringLiteral("CANCELLAMI"),
        // Dutch
        QStringLiteral("AFMELDEN"),
        QStringLiteral("STOPPEN"),
        // Indonesian, Turkish, Polish
        QStringLiteral("BERHENTI"),
        QStringLiteral("DURDUR"),
        QStringLiteral("WYPISZ"),
        // Russian
        QStringLiteral("СТОП"),
        QStringLiteral("ОТПИСАТЬСЯ"),
        // Arabic: "stop", "unsubscribe"
        QStringLiteral("توقف"),
        QStringLiteral("إلغاء الاشتراك"),
    };
}

OptOutKeywords::OptOutKeywords(const QStringList &keywords)
{
    for (const QString &keyword : keywords) {
        const QString normalized = normalize(keyword);
        if (normalized.isEmpty() || m_normalized.contains(normalized))
            continue;
        m_keywords.append(keyword.trimmed());
        m_normalized.append(normalized);
        m_longest = std::max(m_longest, normalized.size());
    }
}

QString OptOutKeywords::normalize(const QString &text)
{
    // Decompose, drop accents, fold case; punctuation and symbols separate words.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c;
        } else {
            pendingSpace = true;
        }
    }
    return out.toCaseFolded();
}

QString OptOutKeywords::match(const QString &message) const
{
    // Cheap guards: keywords are short; a paragraph never is one. Normalizing never loses a
    // letter or digit (decomposition and case folding only keep or add them), so a message with
    // more of them than the longest keyword has characters cannot be one.
    if (message.size() > 64)
        return {};
    qsizetype letters = 0;
    for (const QChar c : message)
        letters += c.isLetterOrNumber() ? 1 : 0;
    if (letters > m_longest)
        return {};
    const qsizetype index = m_normalized.indexOf(normalize(message));
    return index < 0 ? QString() : m_keywords.at(index);
}

} // namespace sb

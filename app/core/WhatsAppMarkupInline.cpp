#include "WhatsAppMarkupInline.h"

#include <QUrl>

#include <algorithm>
#include <array>

namespace sb::markup {

namespace {

constexpr std::array<char16_t, 3> kEmphasisMarkers{u'*', u'_', u'~'};

// Whitespace, punctuation, symbols (emoji included) and invisible format characters such as
// RTL marks let a marker count; letters and digits glue it to a word ("snake_case", "2*3*4").
bool isBoundaryChar(char32_t ucs)
{
    return QChar::isSpace(ucs) || QChar::isPunct(ucs) || QChar::isSymbol(ucs)
        || QChar::category(ucs) == QChar::Other_Format;
}

char32_t codePointAt(QStringView text, int pos)
{
    const QChar c = text[pos];
    if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[pos + 1]);
    return c.unicode();
}

char32_t codePointBefore(QStringView text, int pos, int *length)
{
    const QChar c = text[pos - 1];
    if (c.isLowSurrogate() && pos >= 2 && text[pos - 2].isHighSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(text[pos - 2], c);
    }
    *length = 1;
    return c.unicode();
}

InlineNode nodeFor(const Atom &atom)
{
    InlineNode node;
    node.kind = atom.kind;
    node.start = atom.start;
    node.end = atom.end;
    node.href = atom.href;
    if (atom.kind == InlineKind::Monospace)
        node.markerLength = kMonoMarkerLength;
    else if (atom.kind == InlineKind::InlineCode)
        node.markerLength = 1;
    return node;
}

InlineKind emphasisKind(QChar marker)
{
    if (marker == u'*')
        return InlineKind::Bold;
    if (marker == u'_')
        return InlineKind::Italic;
    return InlineKind::Strike;
}

// Inline markup of one logical line: code spans, then links, then nested emphasis around them.
class LineParser
{
public:
    LineParser(QStringView text, const std::vector<Atom> &mono, int start, int end)
        : m_text(text)
        , m_start(start)
        , m_end(end)
    {
        auto it = std::lower_bound(mono.begin(), mono.end(), start,
                                   [](const Atom &atom, int value) { return atom.start < value; });
        for (; it != mono.end() && it->end <= end; ++it) {
            m_atoms.push_back(*it);
            if (hasLineBreak(*it))
                m_barriers.push_back(it->start);
        }
    }

    std::vector<InlineNode> parse()
    {
        addAtoms(findCode());
        addAtoms(findLinks());
        for (std::size_t i = 0; i < kEmphasisMarkers.size(); ++i)
            m_closers[i] = closersFor(QChar(kEmphasisMarkers[i]));
        std::vector<InlineNode> nodes;
        parseRange(m_start, m_end, nodes);
        return nodes;
    }

private:
    bool hasLineBreak(const Atom &atom) const
    {
        for (int i = atom.start; i < atom.end; ++i) {
            if (isLineBreak(m_text[i]))
                return true;
        }
        return false;
    }

    void addAtoms(const std::vector<Atom> &atoms)
    {
        m_atoms.insert(m_atoms.end(), atoms.begin(), atoms.end());
        std::sort(m_atoms.begin(), m_atoms.end(),
                  [](const Atom &a, const Atom &b) { return a.start < b.start; });
    }

    // The atom covering `pos`, or nullptr.
    const Atom *atomAt(int pos) const
    {
        auto it = std::upper_bound(m_atoms.begin(), m_atoms.end(), pos,
                                   [](int value, const Atom &atom) { return value < atom.start; });
        if (it == m_atoms.begin())
            return nullptr;
        --it;
        return pos < it->end ? &*it : nullptr;
    }

    int nextAtomStart(int pos) const
    {
        auto it = std::lower_bound(m_atoms.begin(), m_atoms.end(), pos,
                                   [](const Atom &atom, int value) { return atom.start < value; });
        return it == m_atoms.end() ? m_end : it->start;
    }

    bool isOpener(int pos, int limit) const
    {
        const QChar marker = m_text[pos];
        return boundaryBefore(m_text, pos) && pos + 1 < limit && !m_text[pos + 1].isSpace()
            && m_text[pos + 1] != marker;
    }

    // Valid closing positions of `marker` outside atoms: after a non-space, before a boundary.
    std::vector<int> closersFor(QChar marker) const
    {
        std::vector<int> closers;
        for (int q = m_start + 1; q < m_end; ++q) {
            if (const Atom *atom = atomAt(q)) {
                q = atom->end - 1;
                continue;
            }
            if (m_text[q] == marker && !m_text[q - 1].isSpace() && boundaryAfter(m_text, q + 1)
                && !(marker == u'`' && isInBacktickRun(q)))
                closers.push_back(q);
        }
        return closers;
    }

    // A backtick next to another one belongs to a ``` run, never to `code`.
    bool isInBacktickRun(int pos) const
    {
        return (pos > 0 && m_text[pos - 1] == u'`')
            || (pos + 1 < m_text.size() && m_text[pos + 1] == u'`');
    }

    static int firstIn(const std::vector<int> &sorted, int from, int limit)
    {
        const auto it = std::lower_bound(sorted.begin(), sorted.end(), from);
        return it != sorted.end() && *it < limit ? *it : -1;
    }

    std::vector<Atom> findCode() const
    {
        const std::vector<int> closers = closersFor(QChar(u'`'));
        std::vector<Atom> code;
        int p = m_start;
        while (p < m_end) {
            if (const Atom *atom = atomAt(p)) {
                p = atom->end;
                continue;
            }
            if (m_text[p] == u'`' && isOpener(p, m_end) && !isInBacktickRun(p)) {
                // Code never contains a ``` block, so the next one limits the search.
                const int q = firstIn(closers, p + 2, nextAtomStart(p));
                if (q >= 0) {
                    code.push_back(Atom{p, q + 1, InlineKind::InlineCode, {}});
                    p = q + 1;
                    continue;
                }
            }
            ++p;
        }
        return code;
    }

    int linkPrefixLength(int pos, bool *www) const
    {
        const QStringView rest = m_text.mid(pos, m_end - pos);
        *www = false;
        for (const QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
            if (rest.startsWith(scheme, Qt::CaseInsensitive))
                return int(scheme.size());
        }
        if (rest.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) {
            *www = true;
            return 4;
        }
        return 0;
    }

    // Characters a link never contains: they end it. Format characters are excluded so bidi
    // overrides cannot make a link's visible text disagree with its target.
    static bool endsLink(QChar c)
    {
        return c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'`'
            || c.category() == QChar::Other_Format;
    }

    // Sentence punctuation and markers after a link belong to the sentence; a closing bracket
    // only when the link has no matching opening one ("…/Foo_(bar)" keeps it).
    int trimLinkEnd(int start, int end) const
    {
        static constexpr QStringView trailing = u".,:;!?'\"*_~";
        while (end > start) {
            const QChar c = m_text[end - 1];
            if (trailing.contains(c)) {
                --end;
                continue;
            }
            const QChar open = c == u')' ? u'(' : c == u']' ? u'[' : c == u'}' ? u'{' : QChar();
            if (open.isNull())
                break;
            const QStringView link = m_text.mid(start, end - start);
            if (link.count(open) >= link.count(c))
                break;
            --end;
        }
        return end;
    }

    std::vector<Atom> findLinks() const
    {
        std::vector<Atom> links;
        int p = m_start;
        while (p < m_end) {
            if (const Atom *atom = atomAt(p)) {
                p = atom->end;
                continue;
            }
            bool www = false;
            const int prefix = linkPrefixLength(p, &www);
            if (prefix == 0 || !boundaryBefore(m_text, p)) {
                ++p;
                continue;
            }
            const int limit = nextAtomStart(p);
            int q = p + prefix;
            while (q < limit && !endsLink(m_text[q]))
                ++q;
            q = trimLinkEnd(p, q);
            const QString href = q > p + prefix ? validatedHref(p, q, www) : QString();
            if (href.isEmpty()) {
                // Skipping the whole candidate keeps scanning linear on hostile input.
                p = std::max(q, p + prefix);
                continue;
            }
            links.push_back(Atom{p, q, InlineKind::Link, href});
            p = q;
        }
        return links;
    }

    QString validatedHref(int start, int end, bool www) const
    {
        QString written = m_text.mid(start, end - start).toString();
        if (www)
            written.prepend(QLatin1String("https://"));
        const QUrl url(written, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return {};
        return url.toString(QUrl::FullyEncoded);
    }

    int closerIndex(QChar marker) const
    {
        for (std::size_t i = 0; i < kEmphasisMarkers.size(); ++i) {
            if (marker == kEmphasisMarkers[i])
                return int(i);
        }
        return -1;
    }

    // Markers never pair across a ``` block that spans lines.
    int barrierAfter(int pos, int limit) const
    {
        const auto it = std::upper_bound(m_barriers.begin(), m_barriers.end(), pos);
        return it != m_barriers.end() && *it < limit ? *it : limit;
    }

    void flushText(int from, int to, std::vector<InlineNode> &out) const
    {
        if (from >= to)
            return;
        InlineNode text;
        text.start = from;
        text.end = to;
        out.push_back(std::move(text));
    }

    void parseRange(int from, int to, std::vector<InlineNode> &out) const
    {
        int p = from;
        int textStart = from;
        while (p < to) {
            if (const Atom *atom = atomAt(p)) {
                flushText(textStart, p, out);
                out.push_back(nodeFor(*atom));
                p = textStart = atom->end;
                continue;
            }
            const int index = closerIndex(m_text[p]);
            if (index >= 0 && isOpener(p, to)) {
                const int q = firstIn(m_closers[std::size_t(index)], p + 2, barrierAfter(p, to));
                if (q >= 0) {
                    flushText(textStart, p, out);
                    InlineNode node;
                    node.kind = emphasisKind(m_text[p]);
                    node.start = p;
                    node.end = q + 1;
                    node.markerLength = 1;
                    parseRange(p + 1, q, node.children);
                    out.push_back(std::move(node));
                    p = textStart = q + 1;
                    continue;
                }
            }
            ++p;
        }
        flushText(textStart, to, out);
    }

    QStringView m_text;
    int m_start = 0;
    int m_end = 0;
    std::vector<Atom> m_atoms; // sorted by start, never overlapping
    std::vector<int> m_barriers;
    std::array<std::vector<int>, kEmphasisMarkers.size()> m_closers;
};

} // namespace

bool isHorizontalSpace(QChar c)
{
    return c.isSpace() && !isLineBreak(c);
}

// Combining marks (variation selectors of emoji, accents) belong to the character before them.
bool boundaryBefore(QStringView text, int pos)
{
    while (pos > 0) {
        int length = 1;
        const char32_t ucs = codePointBefore(text, pos, &length);
        if (!QChar::isMark(ucs))
            return isBoundaryChar(ucs);
        pos -= length;
    }
    return true;
}

bool boundaryAfter(QStringView text, int pos)
{
    return pos >= text.size() || isBoundaryChar(codePointAt(text, pos));
}

bool hasVisible(QStringView text, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!text[i].isSpace())
            return true;
    }
    return false;
}

std::vector<InlineNode> parseInline(QStringView text, const std::vector<Atom> &mono, int start,
                                    int end)
{
    return LineParser(text, mono, start, end).parse();
}

} // namespace sb::markup

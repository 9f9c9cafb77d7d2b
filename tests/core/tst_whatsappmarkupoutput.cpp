#include "WhatsAppMarkup.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <iterator>

using namespace sb;
using namespace Qt::StringLiterals;

// What leaves the renderer: escaping, links, plain text, editor spans and hostile input.
namespace {

QString link(const QString &href, const QString &text)
{
    return u"<a href=\""_s + href + u"\">"_s + text + u"</a>"_s;
}

// Everything our renderer may emit as markup; any other '<' would be user text leaking out.
const QRegularExpression &allowedTags()
{
    static const QRegularExpression tags(
        u"</?(?:b|i|s|code|tt|ul|ol|li|blockquote)>|<br>|<a href=\"[^\"<>]*\">|</a>"_s);
    return tags;
}

} // namespace

class TestWhatsAppMarkupOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void links_data();
    void links();
    void plainText_data();
    void plainText();
    void spans_data();
    void spans();
    void randomInputStaysSafe();
    void longPathologicalLine();
};

void TestWhatsAppMarkupOutput::escaping_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("script tag") << u"<script>alert(1)</script>"_s
                                << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QTest::newRow("html inside bold") << u"*<b>x</b>*"_s << u"<b>&lt;b&gt;x&lt;/b&gt;</b>"_s;
    QTest::newRow("img inside code") << u"`<img src=x onerror=alert(1)>`"_s
                                     << u"<code>&lt;img src=x onerror=alert(1)&gt;</code>"_s;
    QTest::newRow("tags inside mono")
        << u"```</tt><script>```"_s << u"<tt>&lt;/tt&gt;&lt;script&gt;</tt>"_s;
    QTest::newRow("quotes and ampersand")
        << u"a & b \"c\" 'd'"_s << u"a &amp; b &quot;c&quot; &#39;d&#39;"_s;
    QTest::newRow("entity stays text") << u"&lt;&#60;"_s << u"&amp;lt;&amp;#60;"_s;
    QTest::newRow("tag inside a quote")
        << u"> <i>hi</i>"_s << u"<blockquote>&lt;i&gt;hi&lt;/i&gt;</blockquote>"_s;
    QTest::newRow("tag inside a list item") << u"* <li>x"_s << u"<ul><li>&lt;li&gt;x</li></ul>"_s;
    QTest::newRow("attribute break-out after a link")
        << u"https://x.com/\"onmouseover=\"alert(1)"_s
        << link(u"https://x.com/"_s, u"https://x.com/"_s) + u"&quot;onmouseover=&quot;alert(1)"_s;
    QTest::newRow("tag after a link")
        << u"https://x.com/<script>"_s
        << link(u"https://x.com/"_s, u"https://x.com/"_s) + u"&lt;script&gt;"_s;
    QTest::newRow("quote and ampersand inside a link")
        << u"https://x.com/a'b&c"_s
        << link(u"https://x.com/a&#39;b&amp;c"_s, u"https://x.com/a&#39;b&amp;c"_s);
    QTest::newRow("javascript url is not a link")
        << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
    QTest::newRow("javascript url in bold") << u"*JaVaScRiPt:alert(document.cookie)*"_s
                                            << u"<b>JaVaScRiPt:alert(document.cookie)</b>"_s;
    QTest::newRow("data url is not a link") << u"data:text/html,<script>x</script>"_s
                                            << u"data:text/html,&lt;script&gt;x&lt;/script&gt;"_s;
    QTest::newRow("www with a javascript port")
        << u"www.javascript:alert(1)"_s << u"www.javascript:alert(1)"_s;
    QTest::newRow("control characters dropped") << u"a\u0000b\u0007c\u007f\u0085d"_s << u"abcd"_s;
    QTest::newRow("lone surrogate replaced") << u"a\xd800"_s + u"b"_s << u"a\ufffdb"_s;
}

void TestWhatsAppMarkupOutput::escaping()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkupOutput::links_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    const QString example = u"https://example.com"_s;
    QTest::newRow("https") << u"see https://example.com"_s << u"see "_s + link(example, example);
    QTest::newRow("http with query")
        << u"http://example.com/p?q=1&r=2"_s
        << link(u"http://example.com/p?q=1&amp;r=2"_s, u"http://example.com/p?q=1&amp;r=2"_s);
    QTest::newRow("www gets https")
        << u"www.example.com"_s << link(u"https://www.example.com"_s, u"www.example.com"_s);
    QTest::newRow("upper-case scheme")
        << u"HTTPS://EXAMPLE.COM"_s << link(u"https://example.com"_s, u"HTTPS://EXAMPLE.COM"_s);
    QTest::newRow("in brackets") << u"(https://example.com)"_s
                                 << u"("_s + link(example, example) + u")"_s;
    QTest::newRow("balanced bracket kept") << u"https://en.wikipedia.org/wiki/Foo_(bar)"_s
                                           << link(u"https://en.wikipedia.org/wiki/Foo_(bar)"_s,
                                                   u"https://en.wikipedia.org/wiki/Foo_(bar)"_s);
    QTest::newRow("sentence end excluded")
        << u"Visit https://example.com."_s << u"Visit "_s + link(example, example) + u"."_s;
    QTest::newRow("question excluded")
        << u"Seen https://example.com?"_s << u"Seen "_s + link(example, example) + u"?"_s;
    QTest::newRow("bold link") << u"*https://example.com*"_s
                               << u"<b>"_s + link(example, example) + u"</b>"_s;
    QTest::newRow("underscores in a link do not italicise")
        << u"https://example.com/a_b_c"_s
        << link(u"https://example.com/a_b_c"_s, u"https://example.com/a_b_c"_s);
    QTest::newRow("italic link with underscores")
        << u"_https://example.com/a_b_"_s
        << u"<i>"_s + link(u"https://example.com/a_b"_s, u"https://example.com/a_b"_s) + u"</i>"_s;
    QTest::newRow("non-ascii path percent-encoded")
        << u"https://example.com/caf\u00e9"_s
        << link(u"https://example.com/caf%C3%A9"_s, u"https://example.com/caf\u00e9"_s);
    QTest::newRow("idn host in ACE form")
        << u"https://\u4f8b\u3048.jp"_s
        << link(u"https://xn--r8jz45g.jp"_s, u"https://\u4f8b\u3048.jp"_s);
    QTest::newRow("bidi override ends a link")
        << u"https://x.com/\u202egnp.exe"_s
        << link(u"https://x.com/"_s, u"https://x.com/"_s) + u"\u202egnp.exe"_s;
    QTest::newRow("scheme only") << u"https://"_s << u"https://"_s;
    QTest::newRow("www only") << u"www."_s << u"www."_s;
    QTest::newRow("glued to a word") << u"xhttps://evil.com"_s << u"xhttps://evil.com"_s;
    QTest::newRow("ftp is not linked") << u"ftp://example.com"_s << u"ftp://example.com"_s;
    QTest::newRow("two links") << u"https://a.com https://b.com"_s
                               << link(u"https://a.com"_s, u"https://a.com"_s) + u" "_s
            + link(u"https://b.com"_s, u"https://b.com"_s);
}

void TestWhatsAppMarkupOutput::links()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkupOutput::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("plain");

    QTest::newRow("all styles") << u"*b* _i_ ~s~ `c` ```m```"_s << u"b i s c m"_s;
    QTest::newRow("nested") << u"*_nested_*"_s << u"nested"_s;
    QTest::newRow("literal markers kept")
        << u"snake_case 2*3*4 *open"_s << u"snake_case 2*3*4 *open"_s;
    QTest::newRow("blocks keep their prefixes")
        << u"* item\n> quote\n1. one"_s << u"* item\n> quote\n1. one"_s;
    QTest::newRow("line breaks normalised") << u"a\r\nb\rc\u2028d"_s << u"a\nb\nc\nd"_s;
    QTest::newRow("html is not interpreted") << u"<b>x</b> &amp;"_s << u"<b>x</b> &amp;"_s;
    QTest::newRow("mono keeps its lines") << u"```\ncode\n```"_s << u"\ncode\n"_s;
    QTest::newRow("markers in code kept") << u"`*x*`"_s << u"*x*"_s;
    QTest::newRow("links as written") << u"*www.example.com*"_s << u"www.example.com"_s;
    QTest::newRow("control characters dropped") << u"a\u0000b"_s << u"ab"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWhatsAppMarkupOutput::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, plain);
    QCOMPARE(WhatsAppMarkup::toPlainText(input), plain);
}

void TestWhatsAppMarkupOutput::spans_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<MarkupSpan>>("expected");

    using S = MarkupStyle;
    const MarkupStyles bold = S::Bold;
    const MarkupStyles boldMarker = S::Bold | S::Marker;
    QTest::newRow("bold") << u"*b*"_s
                          << QList<MarkupSpan>{
                                 {0, 1, boldMarker}, {1, 1, bold}, {2, 1, boldMarker}};
    QTest::newRow("italic inside text")
        << u"x _ii_ y"_s
        << QList<MarkupSpan>{
               {2, 1, S::Italic | S::Marker}, {3, 2, S::Italic}, {5, 1, S::Italic | S::Marker}};
    QTest::newRow("nested") << u"*_bi_*"_s
                            << QList<MarkupSpan>{{0, 1, boldMarker},
                                                 {1, 1, S::Bold | S::Italic | S::Marker},
                                                 {2, 2, S::Bold | S::Italic},
                                                 {4, 1, S::Bold | S::Italic | S::Marker},
                                                 {5, 1, boldMarker}};
    QTest::newRow("monospace over lines") << u"```a\nb```"_s
                                          << QList<MarkupSpan>{{0, 3, S::Monospace | S::Marker},
                                                               {3, 3, S::Monospace},
                                                               {6, 3, S::Monospace | S::Marker}};
    QTest::newRow("inline code") << u"`c`"_s
                                 << QList<MarkupSpan>{{0, 1, S::InlineCode | S::Marker},
                                                      {1, 1, S::InlineCode},
                                                      {2, 1, S::InlineCode | S::Marker}};
    QTest::newRow("bullet") << u"* item"_s << QList<MarkupSpan>{{0, 2, S::ListMarker}};
    QTest::newRow("numbered") << u"1. a\n2. b"_s
                              << QList<MarkupSpan>{{0, 3, S::ListMarker}, {5, 3, S::ListMarker}};
    QTest::newRow("quote") << u"> q"_s
                           << QList<MarkupSpan>{{0, 2, S::QuoteMarker}, {2, 1, S::Quote}};
    QTest::newRow("link") << u"see www.a.com"_s << QList<MarkupSpan>{{4, 9, S::Link}};
    QTest::newRow("second line") << u"a\n~s~"_s
                                 << QList<MarkupSpan>{{2, 1, S::Strikethrough | S::Marker},
                                                      {3, 1, S::Strikethrough},
                                                      {4, 1, S::Strikethrough | S::Marker}};
    QTest::newRow("plain") << u"plain"_s << QList<MarkupSpan>{};
    QTest::newRow("literal markers") << u"2*3*4 snake_case"_s << QList<MarkupSpan>{};
    QTest::newRow("empty") << QString() << QList<MarkupSpan>{};
}

void TestWhatsAppMarkupOutput::spans()
{
    QFETCH(QString, input);
    QFETCH(QList<MarkupSpan>, expected);
    const QList<MarkupSpan> actual = WhatsAppMarkup::spans(input);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].start, expected[i].start);
        QCOMPARE(actual[i].length, expected[i].length);
        QCOMPARE(int(actual[i].styles), int(expected[i].styles));
    }
}

void TestWhatsAppMarkupOutput::randomInputStaysSafe()
{
    // Markup-dense random text: the output may only contain our own tags, plain text never
    // grows, and spans stay sorted, disjoint and inside the text.
    static constexpr char16_t alphabet[] = u"*_~`<>&\"' \n\r>-1.ab:/wh\u05d0\U0001F600";
    constexpr qsizetype alphabetSize = std::size(alphabet) - 1;
    QRandomGenerator random(20260930);
    for (int round = 0; round < 2000; ++round) {
        QString input;
        const int length = random.bounded(1, 60);
        for (int i = 0; i < length; ++i)
            input += QChar(alphabet[random.bounded(alphabetSize)]);
        if (round % 7 == 0)
            input += u" https://x.com/a_b*c\"<x>"_s;

        QString html = WhatsAppMarkup::toHtml(input);
        html.remove(allowedTags());
        QVERIFY2(!html.contains(u'<') && !html.contains(u'>') && !html.contains(u'"'),
                 qPrintable(input));

        QVERIFY(WhatsAppMarkup::toPlainText(input).size() <= input.size());

        int previousEnd = 0;
        for (const MarkupSpan &span : WhatsAppMarkup::spans(input)) {
            QVERIFY(span.start >= previousEnd);
            QVERIFY(span.length > 0);
            QVERIFY(span.start + span.length <= input.size());
            previousEnd = span.start + span.length;
        }
    }
}

void TestWhatsAppMarkupOutput::longPathologicalLine()
{
    // Thousands of openers without closers on one line must not explode (no quadratic search).
    QString input;
    for (int i = 0; i < 20000; ++i)
        input += u"*a _b ~c `d "_s;
    const QString html = WhatsAppMarkup::toHtml(input);
    QVERIFY(!html.contains(u"<b>"_s));
    QCOMPARE(WhatsAppMarkup::toPlainText(input), input);
}

QTEST_APPLESS_MAIN(TestWhatsAppMarkupOutput)
#include "tst_whatsappmarkupoutput.moc"

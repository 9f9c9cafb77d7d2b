#include "WhatsAppMarkup.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

// The WhatsApp rules for where markers count, blocks and line breaks (see WhatsAppMarkup.h).
class TestWhatsAppMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styles_data();
    void styles();
    void nesting_data();
    void nesting();
    void markersThatDoNotCount_data();
    void markersThatDoNotCount();
    void codeAndMonospace_data();
    void codeAndMonospace();
    void unicode_data();
    void unicode();
    void lists_data();
    void lists();
    void quotes_data();
    void quotes();
    void lineBreaksAndSpaces_data();
    void lineBreaksAndSpaces();
};

void TestWhatsAppMarkup::styles_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("bold") << u"*bold*"_s << u"<b>bold</b>"_s;
    QTest::newRow("italic") << u"_italic_"_s << u"<i>italic</i>"_s;
    QTest::newRow("strike") << u"~strike~"_s << u"<s>strike</s>"_s;
    QTest::newRow("inline code") << u"`code`"_s << u"<code>code</code>"_s;
    QTest::newRow("monospace") << u"```mono```"_s << u"<tt>mono</tt>"_s;
    QTest::newRow("inside a sentence") << u"say *hi* there"_s << u"say <b>hi</b> there"_s;
    QTest::newRow("several words") << u"*two words*"_s << u"<b>two words</b>"_s;
    QTest::newRow("in brackets") << u"(*bold*)"_s << u"(<b>bold</b>)"_s;
    QTest::newRow("before punctuation")
        << u"*bold*, then _it_."_s << u"<b>bold</b>, then <i>it</i>."_s;
    QTest::newRow("adjacent pairs") << u"*a* *b*"_s << u"<b>a</b> <b>b</b>"_s;
    QTest::newRow("touching pairs") << u"*a*_b_"_s << u"<b>a</b><i>b</i>"_s;
    QTest::newRow("single character") << u"*x*"_s << u"<b>x</b>"_s;
    QTest::newRow("punctuation inside") << u"*wow!*"_s << u"<b>wow!</b>"_s;
    QTest::newRow("first valid closer wins") << u"*a*b*"_s << u"<b>a*b</b>"_s;
    QTest::newRow("doubled markers") << u"**bold**"_s << u"*<b>bold</b>*"_s;
    QTest::newRow("all styles") << u"*b* _i_ ~s~ `c` ```m```"_s
                                << u"<b>b</b> <i>i</i> <s>s</s> <code>c</code> <tt>m</tt>"_s;
}

void TestWhatsAppMarkup::styles()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::nesting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("bold italic") << u"*_bold italic_*"_s << u"<b><i>bold italic</i></b>"_s;
    QTest::newRow("italic bold") << u"_*x*_"_s << u"<i><b>x</b></i>"_s;
    QTest::newRow("three levels") << u"*~_all_~*"_s << u"<b><s><i>all</i></s></b>"_s;
    QTest::newRow("inner in the middle")
        << u"*bold _and italic_ here*"_s << u"<b>bold <i>and italic</i> here</b>"_s;
    QTest::newRow("code inside bold")
        << u"*run `ls -la` now*"_s << u"<b>run <code>ls -la</code> now</b>"_s;
    QTest::newRow("mono inside strike")
        << u"~old ```v1``` api~"_s << u"<s>old <tt>v1</tt> api</s>"_s;
    QTest::newRow("crossing pairs do not nest") << u"*a _b* c_"_s << u"<b>a _b</b> c_"_s;
    QTest::newRow("unclosed inner stays literal") << u"*a _b c*"_s << u"<b>a _b c</b>"_s;
}

void TestWhatsAppMarkup::nesting()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::markersThatDoNotCount_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    const auto same = [](const QString &text) { return std::pair{text, text}; };
    const QList<std::pair<QString, QString>> literal{
        same(u"snake_case_words"_s),
        same(u"file_name.txt and other_file.txt"_s),
        same(u"2*3*4"_s),
        same(u"a*b*c"_s),
        same(u"10 * 20 * 30"_s),
        same(u"x * not bold *"_s),
        same(u"*not bold *"_s),
        same(u"a * not bold*"_s),
        same(u"*"_s),
        same(u"**"_s),
        same(u"***"_s),
        same(u"~~"_s),
        same(u"``"_s),
        same(u"*unclosed"_s),
        same(u"unopened*"_s),
        same(u"_unclosed italic"_s),
        same(u"*bold*s"_s),
        same(u"s*bold*"_s),
        same(u"*bold*2"_s),
        same(u"x~y~z"_s),
        same(u"~ strike ~"_s),
        same(u"price: 5* each"_s),
        same(u"don`t and won`t"_s),
        same(u"`not`code"_s),
        same(u"```not mono```x"_s),
        same(u"x```not mono```"_s),
        same(u"``` spaced```"_s),
        same(u"```spaced ```"_s),
        same(u"```"_s),
        same(u"``````"_s),
        same(u"`a``"_s),
        same(u"``a`"_s),
    };
    for (const auto &[input, html] : literal)
        QTest::newRow(qPrintable(input)) << input << html;

    QTest::newRow("bold across lines") << u"*bold\nnext*"_s << u"*bold<br>next*"_s;
    QTest::newRow("italic across lines") << u"_ital\nic_"_s << u"_ital<br>ic_"_s;
    QTest::newRow("strike across lines") << u"~a\r\nb~"_s << u"~a<br>b~"_s;
    QTest::newRow("code across lines") << u"`a\nb`"_s << u"`a<br>b`"_s;
    QTest::newRow("bold across U+2028") << u"*a\u2028b*"_s << u"*a<br>b*"_s;
    QTest::newRow("bold across a multi-line block")
        << u"*a ```x\ny``` b*"_s << u"*a <tt>x<br>y</tt> b*"_s;
    QTest::newRow("empty monospace") << u"```\n```"_s << u"```<br>```"_s;
}

void TestWhatsAppMarkup::markersThatDoNotCount()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::codeAndMonospace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("no styles inside code")
        << u"`*not bold* _x_`"_s << u"<code>*not bold* _x_</code>"_s;
    QTest::newRow("no styles inside mono")
        << u"```*not bold* ~x~```"_s << u"<tt>*not bold* ~x~</tt>"_s;
    QTest::newRow("no links inside code")
        << u"`https://example.com`"_s << u"<code>https://example.com</code>"_s;
    QTest::newRow("mono spans lines, keeps indentation")
        << u"```\nline1\n  *line2*\n```"_s << u"<tt><br>line1<br>&nbsp;&nbsp;*line2*<br></tt>"_s;
    QTest::newRow("mono block then text")
        << u"```a\nb``` and *c*"_s << u"<tt>a<br>b</tt> and <b>c</b>"_s;
    QTest::newRow("mono spanning list-like lines")
        << u"```\n* not a list\n> not a quote\n```"_s
        << u"<tt><br>* not a list<br>&gt; not a quote<br></tt>"_s;
    QTest::newRow("single-line mono inside bold")
        << u"*a ```x``` b*"_s << u"<b>a <tt>x</tt> b</b>"_s;
    QTest::newRow("code shields a closer")
        << u"*a `b* c` d*"_s << u"<b>a <code>b* c</code> d</b>"_s;
    QTest::newRow("code wins over a crossing pair") << u"`a *b` c*"_s << u"<code>a *b</code> c*"_s;
    QTest::newRow("backticks inside mono") << u"```a `b` c```"_s << u"<tt>a `b` c</tt>"_s;
    QTest::newRow("extra backtick stays literal") << u"````x```"_s << u"`<tt>x</tt>"_s;
    QTest::newRow("two mono blocks") << u"```a``` ```b```"_s << u"<tt>a</tt> <tt>b</tt>"_s;
}

void TestWhatsAppMarkup::codeAndMonospace()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::unicode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("emoji inside") << u"*\U0001F600 party*"_s << u"<b>\U0001F600 party</b>"_s;
    QTest::newRow("emoji only") << u"_\U0001F44D\U0001F3FD_"_s << u"<i>\U0001F44D\U0001F3FD</i>"_s;
    QTest::newRow("emoji around") << u"\U0001F600*bold*\U0001F600"_s
                                  << u"\U0001F600<b>bold</b>\U0001F600"_s;
    QTest::newRow("emoji with variation selector before")
        << u"\u2764\ufe0f*love*"_s << u"\u2764\ufe0f<b>love</b>"_s;
    QTest::newRow("hebrew") << u"*\u05e9\u05dc\u05d5\u05dd*"_s
                            << u"<b>\u05e9\u05dc\u05d5\u05dd</b>"_s;
    QTest::newRow("arabic sentence in italic")
        << u"_\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645_"_s
        << u"<i>\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645</i>"_s;
    QTest::newRow("after an RTL mark") << u"\u200f~\u0645\u0631\u062d\u0628\u0627~"_s
                                       << u"\u200f<s>\u0645\u0631\u062d\u0628\u0627</s>"_s;
    QTest::newRow("arabic letter glues the marker")
        << u"\u0645\u0631*\u062d\u0628*"_s << u"\u0645\u0631*\u062d\u0628*"_s;
    QTest::newRow("combining accent glues the marker") << u"e\u0301*x*"_s << u"e\u0301*x*"_s;
    QTest::newRow("CJK inside") << u"*\u4f60\u597d*"_s << u"<b>\u4f60\u597d</b>"_s;
    QTest::newRow("arabic-indic digits glue")
        << u"\u0662*\u0663*\u0664"_s << u"\u0662*\u0663*\u0664"_s;
}

void TestWhatsAppMarkup::unicode()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::lists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("star bullets") << u"* one\n* two"_s << u"<ul><li>one</li><li>two</li></ul>"_s;
    QTest::newRow("dash bullets") << u"- one\n- two"_s << u"<ul><li>one</li><li>two</li></ul>"_s;
    QTest::newRow("mixed bullets") << u"* one\n- two"_s << u"<ul><li>one</li><li>two</li></ul>"_s;
    QTest::newRow("numbered") << u"1. one\n2. two\n3. three"_s
                              << u"<ol><li>one</li><li>two</li><li>three</li></ol>"_s;
    QTest::newRow("list between text")
        << u"Shopping:\n* milk\n* *fresh* eggs\nThanks"_s
        << u"Shopping:<ul><li>milk</li><li><b>fresh</b> eggs</li></ul>Thanks"_s;
    QTest::newRow("numbering not from 1 stays text")
        << u"3. three\n4. four"_s << u"3. three<br>4. four"_s;
    QTest::newRow("gap ends the list")
        << u"1. a\n2. b\n4. d"_s << u"<ol><li>a</li><li>b</li></ol>4. d"_s;
    QTest::newRow("restart at 1") << u"1. a\n1. b"_s << u"<ol><li>a</li></ol><ol><li>b</li></ol>"_s;
    QTest::newRow("bullets then numbers")
        << u"* a\n1. b"_s << u"<ul><li>a</li></ul><ol><li>b</li></ol>"_s;
    QTest::newRow("blank line between lists")
        << u"* a\n\n* b"_s << u"<ul><li>a</li></ul>&nbsp;<ul><li>b</li></ul>"_s;
    QTest::newRow("blank line before a list") << u"Hi\n\n* a"_s << u"Hi<br><ul><li>a</li></ul>"_s;
    QTest::newRow("bold at line start is not a bullet")
        << u"*bold* line"_s << u"<b>bold</b> line"_s;
    QTest::newRow("indented is not a list") << u" * indented"_s << u"&nbsp;* indented"_s;
    QTest::newRow("empty bullet is text") << u"- "_s << u"- "_s;
    QTest::newRow("negative number") << u"-1 degrees"_s << u"-1 degrees"_s;
    QTest::newRow("decimal") << u"1.5 kg"_s << u"1.5 kg"_s;
    QTest::newRow("year") << u"2024. A good year"_s << u"2024. A good year"_s;
    QTest::newRow("no space after number") << u"1.one"_s << u"1.one"_s;
    QTest::newRow("number too long") << u"0000000001. x"_s << u"0000000001. x"_s;
    QTest::newRow("leading zero still counts") << u"01. x"_s << u"<ol><li>x</li></ol>"_s;
}

void TestWhatsAppMarkup::lists()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::quotes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("one line") << u"> quoted"_s << u"<blockquote>quoted</blockquote>"_s;
    QTest::newRow("lines join") << u"> a\n> b\nreply"_s
                                << u"<blockquote>a<br>b</blockquote>reply"_s;
    QTest::newRow("styles inside")
        << u"> *bold* in quote"_s << u"<blockquote><b>bold</b> in quote</blockquote>"_s;
    QTest::newRow("no space is no quote") << u">not a quote"_s << u"&gt;not a quote"_s;
    QTest::newRow("mid-line marker") << u"a > b"_s << u"a &gt; b"_s;
    QTest::newRow("text then quote")
        << u"He said:\n> hi"_s << u"He said:<blockquote>hi</blockquote>"_s;
    QTest::newRow("quote then list")
        << u"> q\n* a"_s << u"<blockquote>q</blockquote><ul><li>a</li></ul>"_s;
}

void TestWhatsAppMarkup::quotes()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

void TestWhatsAppMarkup::lineBreaksAndSpaces_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("LF") << u"a\nb"_s << u"a<br>b"_s;
    QTest::newRow("CRLF") << u"a\r\nb"_s << u"a<br>b"_s;
    QTest::newRow("CR") << u"a\rb"_s << u"a<br>b"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a<br>b"_s;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s << u"a<br>b"_s;
    QTest::newRow("blank line") << u"a\n\nb"_s << u"a<br><br>b"_s;
    QTest::newRow("space run kept") << u"a   b"_s << u"a &nbsp;&nbsp;b"_s;
    QTest::newRow("leading spaces kept") << u"  lead"_s << u"&nbsp;&nbsp;lead"_s;
    QTest::newRow("leading space on a new line") << u"a\n b"_s << u"a<br>&nbsp;b"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
    QTest::newRow("non-breaking space passes") << u"a\u00a0b"_s << u"a\u00a0b"_s;
}

void TestWhatsAppMarkup::lineBreaksAndSpaces()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QCOMPARE(WhatsAppMarkup::toHtml(input), html);
}

QTEST_APPLESS_MAIN(TestWhatsAppMarkup)
#include "tst_whatsappmarkup.moc"

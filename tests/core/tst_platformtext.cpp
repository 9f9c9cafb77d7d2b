#include "LimitCheck.h"
#include "PlatformText.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

QString repeated(const QString &unit, qsizetype times)
{
    QString text;
    for (qsizetype i = 0; i < times; ++i)
        text += unit;
    return text;
}

} // namespace

class TestPlatformText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void length_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::addColumn<qsizetype>("graphemes");
        QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0);
        QTest::newRow("ascii") << u"hello"_s << qsizetype(5) << qsizetype(5);
        QTest::newRow("emoji (surrogate pair)") << u"\U0001F600"_s << qsizetype(1) << qsizetype(1);
        QTest::newRow("flag = two regional indicators")
            << u"\U0001F1E9\U0001F1EA"_s << qsizetype(2) << qsizetype(1);
        QTest::newRow("zwj family")
            << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << qsizetype(5) << qsizetype(1);
        QTest::newRow("skin tone") << u"\U0001F44D\U0001F3FD"_s << qsizetype(2) << qsizetype(1);
        QTest::newRow("keycap") << u"1\uFE0F\u20E3"_s << qsizetype(3) << qsizetype(1);
        QTest::newRow("e + combining acute") << u"e\u0301"_s << qsizetype(2) << qsizetype(1);
        QTest::newRow("precomposed e acute") << u"\u00E9"_s << qsizetype(1) << qsizetype(1);
        QTest::newRow("arabic") << u"\u0645\u0631\u062D\u0628\u0627"_s << qsizetype(5)
                                << qsizetype(5);
        QTest::newRow("hebrew with RLM")
            << u"\u200F\u05E9\u05DC\u05D5\u05DD"_s << qsizetype(5) << qsizetype(5);
        QTest::newRow("lone high surrogate")
            << QString(QChar(0xD83D)) << qsizetype(1) << qsizetype(1);
        QTest::newRow("lone low surrogate then ascii")
            << QString(QChar(0xDE00)) + u"a"_s << qsizetype(2) << qsizetype(2);
        QTest::newRow("mixed") << u"Hi \U0001F600 \u05E9e\u0301"_s << qsizetype(8) << qsizetype(7);
    }

    void length()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        QFETCH(qsizetype, graphemes);
        QCOMPARE(platformLength(text), codePoints);
        QCOMPARE(graphemeCount(text), graphemes);
    }

    void singleEmoji_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("single");
        QTest::addColumn<bool>("contains");
        QTest::newRow("grinning") << u"\U0001F600"_s << true << true;
        QTest::newRow("thumbs up medium skin") << u"\U0001F44D\U0001F3FD"_s << true << true;
        QTest::newRow("flag") << u"\U0001F1E9\U0001F1EA"_s << true << true;
        QTest::newRow("zwj family")
            << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << true << true;
        QTest::newRow("red heart with VS16") << u"\u2764\uFE0F"_s << true << true;
        QTest::newRow("keycap one") << u"1\uFE0F\u20E3"_s << true << true;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("letter") << u"a"_s << false << false;
        QTest::newRow("digit alone") << u"1"_s << false << false;
        QTest::newRow("hebrew letter") << u"\u05E9"_s << false << false;
        QTest::newRow("two emoji") << u"\U0001F600\U0001F600"_s << false << true;
        QTest::newRow("two flags")
            << u"\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7"_s << false << true;
        QTest::newRow("one regional indicator") << u"\U0001F1E9"_s << false << true;
        QTest::newRow("emoji and text") << u"\U0001F600!"_s << false << true;
        QTest::newRow("text with emoji inside") << u"Book \U0001F4C5 now"_s << false << true;
    }

    void singleEmoji()
    {
        QFETCH(QString, text);
        QFETCH(bool, single);
        QFETCH(bool, contains);
        QCOMPARE(isSingleEmoji(text), single);
        QCOMPARE(containsEmoji(text), contains);
    }

    void lineBreaks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("breaks");
        QTest::newRow("none") << u"one line"_s << qsizetype(0);
        QTest::newRow("lf") << u"a\nb\nc"_s << qsizetype(2);
        QTest::newRow("crlf counts once") << u"a\r\nb"_s << qsizetype(1);
        QTest::newRow("cr") << u"a\rb\r"_s << qsizetype(2);
        QTest::newRow("unicode separators") << u"a\u2028b\u2029c"_s << qsizetype(2);
        QTest::newRow("blank lines") << u"\n\n\n"_s << qsizetype(3);
    }

    void lineBreaks()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, breaks);
        QCOMPARE(lineBreakCount(text), breaks);
    }

    // The platform counts code points: a text exactly at a limit passes in every script, one
    // more code point fails, whatever its UTF-16 size.
    void boundaries_data()
    {
        QTest::addColumn<QString>("unit"); // one repetition
        QTest::addColumn<qsizetype>("unitLength"); // its code points
        QTest::addColumn<int>("limitId");
        QTest::newRow("ascii text body") << u"a"_s << qsizetype(1) << int(LimitId::TextBody);
        QTest::newRow("emoji text body")
            << u"\U0001F600"_s << qsizetype(1) << int(LimitId::TextBody);
        QTest::newRow("flag row title")
            << u"\U0001F1E9\U0001F1EA"_s << qsizetype(2) << int(LimitId::ListRowTitle);
        QTest::newRow("combining button title")
            << u"e\u0301"_s << qsizetype(2) << int(LimitId::ReplyButtonTitle);
        QTest::newRow("arabic caption")
            << u"\u0645"_s << qsizetype(1) << int(LimitId::MediaCaption);
        QTest::newRow("hebrew footer") << u"\u05E9"_s << qsizetype(1) << int(LimitId::ListFooter);
        QTest::newRow("zwj family list body") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s
                                              << qsizetype(5) << int(LimitId::ListBody);
        QTest::newRow("emoji template label")
            << u"\U0001F44D"_s << qsizetype(1) << int(LimitId::TemplateButtonLabel);
    }

    void boundaries()
    {
        QFETCH(QString, unit);
        QFETCH(qsizetype, unitLength);
        QFETCH(int, limitId);
        const auto id = static_cast<LimitId>(limitId);
        const qint64 max = limit(id).max;
        // Fill to the limit with whole units, then top up with ASCII so the total is exact.
        const qsizetype whole = max / unitLength;
        QString atLimit = repeated(unit, whole) + QString(max - whole * unitLength, u'x');
        QCOMPARE(atLimit.toUcs4().size(), max);
        QVERIFY(!LimitCheck::text(id, u"p"_s, atLimit).has_value());

        // One more code point, written as the same script (the unit's first code point).
        const char32_t first = unit.toUcs4().front();
        const QString over = atLimit + QString::fromUcs4(&first, 1);
        QCOMPARE(over.toUcs4().size(), max + 1);
        const auto violation = LimitCheck::text(id, u"p"_s, over);
        QVERIFY(violation.has_value());
        QCOMPARE(violation->rule, u"too_long"_s);
        QCOMPARE(violation->actual, QString::number(max + 1));
        QCOMPARE(violation->limit, QString::number(max));
        QCOMPARE(violation->limitId, id);
    }

    void emojiAreNotCountedTwice()
    {
        // 4096 emoji are 8192 UTF-16 units but 4096 platform characters.
        const QString body = repeated(u"\U0001F600"_s, 4096);
        QCOMPARE(body.size(), 8192);
        QVERIFY(!LimitCheck::text(LimitId::TextBody, u"text.body"_s, body).has_value());
    }

    void whitespaceOnlyIsMissing()
    {
        const auto violation = LimitCheck::text(LimitId::TextBody, u"text.body"_s, u" \n\t"_s);
        QVERIFY(violation.has_value());
        QCOMPARE(violation->rule, u"required"_s);
        QCOMPARE(violation->actual, u"3"_s);
    }
};

QTEST_APPLESS_MAIN(TestPlatformText)
#include "tst_platformtext.moc"

#include "TemplatePlaceholders.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

using Kind = TemplatePlaceholder::Kind;
using Problem = MalformedPlaceholder::Problem;

class TestTemplatePlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionalInTextOrder()
    {
        const QString text = u"Hi {{1}}, order {{2}} ships {{3}}."_s;
        const auto scan = TemplatePlaceholders::scan(text);
        QCOMPARE(scan.all().size(), 3);
        QVERIFY(scan.malformed().isEmpty());
        QCOMPARE(scan.all()[0].kind, Kind::Positional);
        QCOMPARE(scan.all()[0].number, 1);
        QCOMPARE(scan.all()[0].position, 3);
        QCOMPARE(scan.all()[0].length, 5);
        QCOMPARE(scan.all()[1].number, 2);
        QCOMPARE(scan.all()[2].number, 3);
        QCOMPARE(text.mid(scan.all()[1].position, scan.all()[1].length), u"{{2}}"_s);
        QVERIFY(scan.hasPositional());
        QVERIFY(!scan.hasNamed());
        QCOMPARE(scan.highestNumber(), 3);
    }

    void namedInTextOrder()
    {
        const auto scan =
            TemplatePlaceholders::scan(u"Hi {{first_name}}, your {{order_2}} is {{status}}"_s);
        QCOMPARE(scan.all().size(), 3);
        QCOMPARE(scan.all()[0].kind, Kind::Named);
        QCOMPARE(scan.all()[0].name, u"first_name"_s);
        QCOMPARE(scan.all()[0].number, 0);
        QCOMPARE(scan.all()[1].name, u"order_2"_s);
        QCOMPARE(scan.all()[2].name, u"status"_s);
        QCOMPARE(scan.names(), (QList<QString>{u"first_name"_s, u"order_2"_s, u"status"_s}));
        QCOMPARE(scan.all()[0].token(), u"{{first_name}}"_s);
        QCOMPARE(scan.all()[0].key(), u"first_name"_s);
        QVERIFY(scan.hasNamed());
        QVERIFY(!scan.hasPositional());
        QCOMPARE(scan.highestNumber(), 0);
    }

    void outOfOrderNumbersKeepTextOrder()
    {
        const auto scan = TemplatePlaceholders::scan(u"{{2}} before {{1}}"_s);
        QCOMPARE(scan.all().size(), 2);
        QCOMPARE(scan.all()[0].number, 2);
        QCOMPARE(scan.all()[1].number, 1);
    }

    void repeatsCountOnce()
    {
        const auto scan = TemplatePlaceholders::scan(u"{{1}} and {{1}} and {{name}} {{name}}"_s);
        QCOMPARE(scan.all().size(), 4);
        QCOMPARE(scan.distinctCount(), 2);
        QCOMPARE(scan.distinct()[0].token(), u"{{1}}"_s);
        QCOMPARE(scan.distinct()[1].token(), u"{{name}}"_s);
    }

    void noPlaceholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"Your order has shipped."_s;
        QTest::newRow("single braces") << u"{1} and {name}"_s;
        QTest::newRow("closing only") << u"text }} more"_s;
        QTest::newRow("lone brace at end") << u"abc {"_s;
    }

    void noPlaceholders()
    {
        QFETCH(QString, text);
        const auto scan = TemplatePlaceholders::scan(text);
        QVERIFY(scan.isEmpty());
        QVERIFY(scan.malformed().isEmpty());
        QCOMPARE(scan.distinctCount(), 0);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << u"Hi {{}}!"_s << Problem::Empty << u"{{}}"_s;
        QTest::newRow("zero") << u"Hi {{0}}"_s << Problem::BadNumber << u"{{0}}"_s;
        QTest::newRow("leading zero") << u"Hi {{01}}"_s << Problem::BadNumber << u"{{01}}"_s;
        QTest::newRow("huge number")
            << u"Hi {{99999999999}}"_s << Problem::BadNumber << u"{{99999999999}}"_s;
        QTest::newRow("upper case")
            << u"Hi {{FirstName}}"_s << Problem::InvalidName << u"{{FirstName}}"_s;
        QTest::newRow("spaces") << u"Hi {{ 1 }}"_s << Problem::InvalidName << u"{{ 1 }}"_s;
        QTest::newRow("hyphen") << u"Hi {{first-name}}"_s << Problem::InvalidName
                                << u"{{first-name}}"_s;
        QTest::newRow("non-ascii") << u"Hi {{prénom}}"_s << Problem::InvalidName << u"{{prénom}}"_s;
        QTest::newRow("negative") << u"Hi {{-1}}"_s << Problem::InvalidName << u"{{-1}}"_s;
        QTest::newRow("unclosed at end") << u"Hi {{1"_s << Problem::Unclosed << u"{{1"_s;
        QTest::newRow("bare open at end") << u"Hi {{"_s << Problem::Unclosed << u"{{"_s;
        QTest::newRow("single close") << u"Hi {{1}."_s << Problem::Unclosed << u"{{1}."_s;
    }

    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(Problem, problem);
        QFETCH(QString, token);
        const auto scan = TemplatePlaceholders::scan(text);
        QVERIFY(scan.isEmpty());
        QCOMPARE(scan.malformed().size(), 1);
        QCOMPARE(scan.malformed()[0].problem, problem);
        QCOMPARE(scan.malformed()[0].token, token);
        QCOMPARE(scan.malformed()[0].position, 3);
        QCOMPARE(scan.malformed()[0].length, token.size());
    }

    // An unclosed opener must not swallow the valid variable after it.
    void unclosedBeforeValid()
    {
        const auto scan = TemplatePlaceholders::scan(u"a {{1 b {{2}} c"_s);
        QCOMPARE(scan.malformed().size(), 1);
        QCOMPARE(scan.malformed()[0].problem, Problem::Unclosed);
        QCOMPARE(scan.malformed()[0].token, u"{{1 b "_s);
        QCOMPARE(scan.all().size(), 1);
        QCOMPARE(scan.all()[0].number, 2);
        QCOMPARE(scan.all()[0].position, 8);
    }

    void extraBracesAreLiteral()
    {
        const QString text = u"x {{{1}}} y"_s;
        const auto scan = TemplatePlaceholders::scan(text);
        QVERIFY(scan.malformed().isEmpty());
        QCOMPARE(scan.all().size(), 1);
        QCOMPARE(scan.all()[0].number, 1);
        QCOMPARE(text.mid(scan.all()[0].position, scan.all()[0].length), u"{{1}}"_s);
    }

    void mixedValidAndMalformed()
    {
        const auto scan = TemplatePlaceholders::scan(u"{{1}} {{Bad}} {{name}} {{}}"_s);
        QCOMPARE(scan.all().size(), 2);
        QCOMPARE(scan.malformed().size(), 2);
        QVERIFY(scan.hasPositional());
        QVERIFY(scan.hasNamed());
        QCOMPARE(scan.malformed()[0].problem, Problem::InvalidName);
        QCOMPARE(scan.malformed()[1].problem, Problem::Empty);
    }

    void adjacentPlaceholders()
    {
        const auto scan = TemplatePlaceholders::scan(u"{{1}}{{2}}"_s);
        QCOMPARE(scan.all().size(), 2);
        QCOMPARE(scan.all()[1].position, 5);
    }

    void longGarbageDoesNotCrash()
    {
        QString text;
        for (int i = 0; i < 5000; ++i)
            text += u"{{{}}}{{"_s;
        const auto scan = TemplatePlaceholders::scan(text);
        QVERIFY(scan.isEmpty());
        QVERIFY(!scan.malformed().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTemplatePlaceholders)
#include "tst_templateplaceholders.moc"

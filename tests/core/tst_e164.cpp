#include "E164.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

class TestE164 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void digitCountBoundaries_data();
    void digitCountBoundaries();
    void errorsAreSpecific();
    void waIdFromE164_data();
    void waIdFromE164();
};

void TestE164::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultCountryCode");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("plain +") << u"+16505551234"_s << none << u"+16505551234"_s;
    QTest::newRow("spaces") << u"+1 650 555 1234"_s << none << u"+16505551234"_s;
    QTest::newRow("dashes and brackets") << u"+1 (650) 555-1234"_s << none << u"+16505551234"_s;
    QTest::newRow("dots") << u"+44.20.7946.0958"_s << none << u"+442079460958"_s;
    QTest::newRow("surrounding whitespace")
        << u"  \t+49 30 1234567\n"_s << none << u"+49301234567"_s;
    QTest::newRow("bracketed plus") << u"(+44) 20 7946 0958"_s << none << u"+442079460958"_s;
    QTest::newRow("00 prefix") << u"0044 20 7946 0958"_s << none << u"+442079460958"_s;
    QTest::newRow("00 prefix ignores default")
        << u"00 1 650 555 1234"_s << u"91"_s << u"+16505551234"_s;
    QTest::newRow("+ ignores default") << u"+16505551234"_s << u"+91"_s << u"+16505551234"_s;
    // The platform's own example: a +91 business sending to "(631) 555-1234".
    QTest::newRow("default prepended (spec example)")
        << u"(631) 555-1234"_s << u"+91"_s << u"+916315551234"_s;
    QTest::newRow("default without plus") << u"631 555 1234"_s << u"91"_s << u"+916315551234"_s;
    QTest::newRow("default with spaces") << u"6505551234"_s << u" 1 "_s << u"+16505551234"_s;
    QTest::newRow("three-digit default") << u"21 123 4567"_s << u"+353"_s << u"+353211234567"_s;
    QTest::newRow("non-breaking spaces")
        << u"+33\u00a06\u00a012\u00a034\u00a056\u00a078"_s << none << u"+33612345678"_s;
    QTest::newRow("en dash") << u"+1 650\u2013555\u20131234"_s << none << u"+16505551234"_s;
    QTest::newRow("direction marks from RTL text")
        << u"\u200e+972 50-123-4567\u200f"_s << none << u"+972501234567"_s;
    QTest::newRow("arabic-indic digits")
        << u"+\u0669\u0667\u0661 \u0665\u0660 \u0661\u0662\u0663 \u0664\u0665\u0666\u0667"_s << none
        << u"+971501234567"_s;
    QTest::newRow("Niue: 7 digits") << u"+683 4002"_s << none << u"+6834002"_s;
}

void TestE164::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultCountryCode);
    QFETCH(QString, expected);

    const E164Result result = normalizeE164(input, defaultCountryCode);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(*result.e164, expected);
    QCOMPARE(result.code, E164Error::None);
    QVERIFY(result.error.isEmpty());
}

void TestE164::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("defaultCountryCode");
    QTest::addColumn<E164Error>("code");

    const QString none;
    QTest::newRow("empty") << QString() << none << E164Error::Empty;
    QTest::newRow("whitespace only") << u"   "_s << none << E164Error::Empty;
    QTest::newRow("formatting only") << u"+ ( ) -"_s << none << E164Error::Empty;
    QTest::newRow("letters") << u"+1 800 FLOWERS"_s << none << E164Error::Letters;
    QTest::newRow("extension") << u"+1 650 555 1234 ext 5"_s << none << E164Error::Letters;
    QTest::newRow("non-latin letter") << u"+7 9\u04161 123 4567"_s << none << E164Error::Letters;
    QTest::newRow("hash") << u"+1 650 555 1234#"_s << none << E164Error::InvalidCharacter;
    QTest::newRow("slash") << u"030/1234567"_s << u"49"_s << E164Error::InvalidCharacter;
    QTest::newRow("star") << u"*67 650 555 1234"_s << u"1"_s << E164Error::InvalidCharacter;
    QTest::newRow("emoji") << u"+1 650 555 1234 \U0001F4DE"_s << none
                           << E164Error::InvalidCharacter;
    QTest::newRow("two plus") << u"++16505551234"_s << none << E164Error::MultiplePlus;
    QTest::newRow("two plus apart") << u"+1 +650 555 1234"_s << none << E164Error::MultiplePlus;
    QTest::newRow("plus after digits") << u"1+6505551234"_s << none << E164Error::MisplacedPlus;
    QTest::newRow("trailing plus") << u"16505551234+"_s << u"1"_s << E164Error::MisplacedPlus;
    QTest::newRow("no country code") << u"650 555 1234"_s << none << E164Error::MissingCountryCode;
    QTest::newRow("trunk zero") << u"020 7946 0958"_s << u"44"_s << E164Error::NationalTrunkPrefix;
    QTest::newRow("trunk zero without default")
        << u"020 7946 0958"_s << none << E164Error::NationalTrunkPrefix;
    QTest::newRow("plus zero") << u"+0 650 555 1234"_s << none << E164Error::InvalidCountryCode;
    QTest::newRow("plus 00") << u"+0044 20 7946 0958"_s << none << E164Error::InvalidCountryCode;
    QTest::newRow("000 prefix") << u"000 44 20 7946 0958"_s << none
                                << E164Error::InvalidCountryCode;
    QTest::newRow("bad default: letters")
        << u"650 555 1234"_s << u"US"_s << E164Error::InvalidDefaultCountryCode;
    QTest::newRow("bad default: four digits")
        << u"650 555 1234"_s << u"1234"_s << E164Error::InvalidDefaultCountryCode;
    QTest::newRow("bad default: leading zero")
        << u"650 555 1234"_s << u"01"_s << E164Error::InvalidDefaultCountryCode;
    QTest::newRow("bad default: plus only")
        << u"650 555 1234"_s << u"+"_s << E164Error::InvalidDefaultCountryCode;
    QTest::newRow("too short") << u"+1 555"_s << none << E164Error::TooShort;
    QTest::newRow("00 only") << u"00"_s << none << E164Error::TooShort;
    QTest::newRow("too short after default") << u"55"_s << u"+1"_s << E164Error::TooShort;
    QTest::newRow("too long") << u"+1 650 555 1234 56789"_s << none << E164Error::TooLong;
    QTest::newRow("too long after default")
        << u"123 456 789 01234"_s << u"+91"_s << E164Error::TooLong;
}

void TestE164::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, defaultCountryCode);
    QFETCH(E164Error, code);

    const E164Result result = normalizeE164(input, defaultCountryCode);
    QVERIFY(!result.ok());
    QCOMPARE(result.code, code);
    QVERIFY(!result.error.isEmpty());
}

void TestE164::digitCountBoundaries_data()
{
    QTest::addColumn<int>("digitCount");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("6 digits") << kE164MinDigits - 1 << false;
    QTest::newRow("7 digits") << kE164MinDigits << true;
    QTest::newRow("8 digits") << kE164MinDigits + 1 << true;
    QTest::newRow("14 digits") << kE164MaxDigits - 1 << true;
    QTest::newRow("15 digits") << kE164MaxDigits << true;
    QTest::newRow("16 digits") << kE164MaxDigits + 1 << false;
}

void TestE164::digitCountBoundaries()
{
    QFETCH(int, digitCount);
    QFETCH(bool, accepted);

    QString digits;
    for (int i = 0; i < digitCount; ++i)
        digits.append(QChar(u'1' + i % 9));

    const E164Result viaPlus = normalizeE164(u'+' + digits);
    QCOMPARE(viaPlus.ok(), accepted);
    if (accepted)
        QCOMPARE(*viaPlus.e164, u'+' + digits);
    else
        QCOMPARE(viaPlus.code,
                 digitCount < kE164MinDigits ? E164Error::TooShort : E164Error::TooLong);

    // The prepended default country code counts towards the limits.
    const E164Result viaDefault = normalizeE164(digits.mid(2), digits.left(2));
    QCOMPARE(viaDefault.ok(), accepted);
    if (accepted)
        QCOMPARE(*viaDefault.e164, u'+' + digits);
}

void TestE164::errorsAreSpecific()
{
    // Each error names what is wrong, so the agent can fix the input without guessing.
    QVERIFY(normalizeE164(u"+1 800 FLOWERS"_s).error.contains(u"\u201cF\u201d"_s));
    QVERIFY(normalizeE164(u"+1 650#"_s).error.contains(u"\u201c#\u201d"_s));
    QVERIFY(normalizeE164(u"+1 555"_s).error.contains(u"4 digit"_s));
    QVERIFY(normalizeE164(u"+1 555"_s).error.contains(QString::number(kE164MinDigits)));
    QVERIFY(normalizeE164(u"+1234567890123456"_s).error.contains(u"16 digit"_s));
    QVERIFY(normalizeE164(u"650"_s, u"USA"_s).error.contains(u"USA"_s));
    QVERIFY(normalizeE164(u"00 0 44 20 7946 0958"_s).error.contains(u"00"_s));
    QVERIFY(normalizeE164(u"650 555 1234"_s).error.contains(u'+'));

    const QList<QString> messages{
        normalizeE164(QString()).error,
        normalizeE164(u"+1 800 FLOWERS"_s).error,
        normalizeE164(u"+1 650#"_s).error,
        normalizeE164(u"++1"_s).error,
        normalizeE164(u"1+1"_s).error,
        normalizeE164(u"650 555 1234"_s).error,
        normalizeE164(u"020 7946 0958"_s).error,
        normalizeE164(u"+0 650"_s).error,
        normalizeE164(u"650"_s, u"x"_s).error,
        normalizeE164(u"+1 555"_s).error,
        normalizeE164(u"+1234567890123456"_s).error,
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        for (qsizetype j = i + 1; j < messages.size(); ++j)
            QVERIFY2(messages[i] != messages[j], qPrintable(messages[i]));
    }
}

void TestE164::waIdFromE164_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("waId");

    QTest::newRow("normal") << u"+16505551234"_s << u"16505551234"_s;
    QTest::newRow("no plus") << u"16505551234"_s << QString();
    QTest::newRow("plus only") << u"+"_s << QString();
    QTest::newRow("formatted") << u"+1 650 555 1234"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestE164::waIdFromE164()
{
    QFETCH(QString, e164);
    QFETCH(QString, waId);
    QCOMPARE(sb::waIdFromE164(e164), waId);
}

QTEST_APPLESS_MAIN(TestE164)
#include "tst_e164.moc"

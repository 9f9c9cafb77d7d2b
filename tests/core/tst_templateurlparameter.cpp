#include "TemplateUrlParameter.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

class TestTemplateUrlParameter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("encoded");
        QTest::addColumn<QString>("fixed");
        QTest::newRow("plain") << u"summer"_s << true << u"summer"_s;
        QTest::newRow("escaped") << u"Gon%C3%A7alves"_s << true << u"Gon%C3%A7alves"_s;
        QTest::newRow("lower-case escape") << u"a%2fb"_s << true << u"a%2fb"_s;
        QTest::newRow("non-ascii") << u"Gonçalves"_s << false << u"Gon%C3%A7alves"_s;
        QTest::newRow("space") << u"a b"_s << false << u"a%20b"_s;
        QTest::newRow("lone percent") << u"50%"_s << false << u"50%25"_s;
        QTest::newRow("bad escape") << u"%zz"_s << false << u"%25zz"_s;
        QTest::newRow("hash") << u"a#b"_s << false << u"a%23b"_s;
        QTest::newRow("query") << u"p?x=1&y=2"_s << true << u"p?x=1&y=2"_s;
        QTest::newRow("emoji") << u"😀"_s << false << u"%F0%9F%98%80"_s;
        QTest::newRow("empty") << QString() << true << QString();
    }

    void percentEncoding()
    {
        QFETCH(QString, value);
        QFETCH(bool, encoded);
        QFETCH(QString, fixed);
        QCOMPARE(isPercentEncodedUrlParameter(value), encoded);
        QCOMPARE(percentEncodeUrlParameter(value), fixed);
        QVERIFY(isPercentEncodedUrlParameter(percentEncodeUrlParameter(value)));
    }
};

QTEST_APPLESS_MAIN(TestTemplateUrlParameter)
#include "tst_templateurlparameter.moc"

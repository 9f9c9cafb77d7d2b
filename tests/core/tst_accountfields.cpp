#include "AccountFields.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

class TestAccountFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookListen_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::newRow("port only")
            << u"8080"_s << true << u"127.0.0.1"_s << 8080 << u"/webhook"_s << QString();
        QTest::newRow("colon port")
            << u":9000"_s << true << u"*"_s << 9000 << u"/webhook"_s << QString();
        QTest::newRow("all") << u"0.0.0.0:8443/hooks/wa"_s << true << u"0.0.0.0"_s << 8443
                             << u"/hooks/wa"_s << QString();
        QTest::newRow("localhost")
            << u" localhost:1 "_s << true << u"localhost"_s << 1 << u"/webhook"_s << QString();
        QTest::newRow("ipv6") << u"[::]:65535/w"_s << true << u"::"_s << 65535 << u"/w"_s
                              << QString();
        QTest::newRow("empty") << QString() << false << QString() << 0 << QString()
                               << u"for example"_s;
        QTest::newRow("port 0") << u"127.0.0.1:0"_s << false << QString() << 0 << QString()
                                << u"1 to 65535"_s;
        QTest::newRow("port 65536")
            << u"127.0.0.1:65536"_s << false << QString() << 0 << QString() << u"1 to 65535"_s;
        QTest::newRow("port letters")
            << u"127.0.0.1:80a"_s << false << QString() << 0 << QString() << u"1 to 65535"_s;
        QTest::newRow("hostname") << u"example.com:80"_s << false << QString() << 0 << QString()
                                  << u"not an IP address"_s;
        QTest::newRow("bad ipv4") << u"256.1.1.1:80"_s << false << QString() << 0 << QString()
                                  << u"not an IP address"_s;
        QTest::newRow("bare ipv6")
            << u"::1:80"_s << false << QString() << 0 << QString() << u"brackets"_s;
        QTest::newRow("unclosed ipv6")
            << u"[::1:80"_s << false << QString() << 0 << QString() << u"closing"_s;
        QTest::newRow("query in path")
            << u"8080/hook?x=1"_s << false << QString() << 0 << QString() << u"“?”"_s;
    }

    void webhookListen()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        WebhookListen listen;
        listen.host = u"unchanged"_s;
        const auto actual = AccountFields::parseWebhookListen(text, &listen);
        QCOMPARE(!actual.has_value(), ok);
        if (!ok) {
            QFETCH(QString, problem);
            QVERIFY2(actual->contains(problem), qPrintable(*actual));
            QCOMPARE(listen.host, u"unchanged"_s);
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QCOMPARE(listen.host, host);
        QCOMPARE(int(listen.port), port);
        QCOMPARE(listen.path, path);
        // What toString() writes reads back the same.
        WebhookListen again;
        QVERIFY(!AccountFields::parseWebhookListen(listen.toString(), &again));
        QCOMPARE(again, listen);
    }

    void phoneNumberIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("problem");
        QTest::newRow("one") << u"106540352242922"_s << QStringList{u"106540352242922"_s}
                             << QString();
        QTest::newRow("several") << u" 106540352242922, 106540352242923\n106540352242924;"_s
                                 << QStringList{u"106540352242922"_s, u"106540352242923"_s,
                                                u"106540352242924"_s}
                                 << QString();
        QTest::newRow("empty") << u" , "_s << QStringList() << u"at least one"_s;
        QTest::newRow("phone number")
            << u"+15550783881"_s << QStringList() << u"is a phone number"_s;
        QTest::newRow("letters") << u"10654035224292x"_s << QStringList() << u"only digits"_s;
        QTest::newRow("short") << u"1234"_s << QStringList() << u"length"_s;
        QTest::newRow("twice") << u"106540352242922 106540352242922"_s << QStringList()
                               << u"listed twice"_s;
    }

    void phoneNumberIds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QFETCH(QString, problem);
        QStringList parsed;
        const auto actual = AccountFields::parsePhoneNumberIds(text, &parsed);
        if (problem.isEmpty()) {
            QVERIFY2(!actual, qPrintable(actual.value_or(QString())));
            QCOMPARE(parsed, ids);
        } else {
            QVERIFY(actual);
            QVERIFY2(actual->contains(problem), qPrintable(*actual));
            QVERIFY(parsed.isEmpty());
        }
    }

    void secretsAndIds()
    {
        QVERIFY(!AccountFields::checkAccessToken(u"EAAGm0PX4ZCpsBAKZAZBhZC1"_s));
        QVERIFY(AccountFields::checkAccessToken(QString())->contains(u"System users"_s));
        QVERIFY(AccountFields::checkAccessToken(u"Bearer EAAGm0PX4ZCpsBAKZAZBhZC1"_s)
                    ->contains(u"Bearer"_s));
        QVERIFY(
            AccountFields::checkAccessToken(u"EAAGm0PX4Z CpsBAKZAZBhZC1"_s)->contains(u"spaces"_s));
        QVERIFY(AccountFields::checkAccessToken(u"EAAG"_s)->contains(u"too short"_s));

        QVERIFY(!AccountFields::checkAppSecret(u"0123456789abcdef0123456789ABCDEF"_s));
        QVERIFY(!AccountFields::checkAppSecret(u" 0123456789abcdef0123456789abcdef\n"_s));
        QVERIFY(AccountFields::checkAppSecret(QString())->contains(u"App Secret"_s));
        QVERIFY(AccountFields::checkAppSecret(u"0123456789abcdef0123456789abcdeg"_s));
        QVERIFY(
            AccountFields::checkAppSecret(u"0123456789abcdef0123456789abcde"_s)->contains(u"31"_s));

        QVERIFY(!AccountFields::checkWabaId(u"102290129340398"_s));
        QVERIFY(AccountFields::checkWabaId(QString()));
        QVERIFY(AccountFields::checkWabaId(u"1022901293403a8"_s)->contains(u"digits"_s));

        const QString generated = AccountFields::generateVerifyToken();
        QCOMPARE(generated.size(), 32);
        QVERIFY(!AccountFields::checkVerifyToken(generated));
        QVERIFY(generated != AccountFields::generateVerifyToken());
        QVERIFY(AccountFields::checkVerifyToken(u"short"_s));
        QVERIFY(AccountFields::checkVerifyToken(u"with a space"_s));
    }

    void wholeAccount()
    {
        AccountConfig config;
        config.wabaId = u"102290129340398"_s;
        config.phoneNumberIds = {u"106540352242922"_s};
        AccountSecrets secrets{u"EAAGm0PX4ZCpsBAKZAZBhZC1"_s, u"0123456789abcdef0123456789abcdef"_s,
                               AccountFields::generateVerifyToken()};
        QCOMPARE(AccountFields::problems(config, secrets), QStringList());
        config.wabaId.clear();
        secrets.accessToken.clear();
        QCOMPARE(AccountFields::problems(config, secrets).size(), 2);
        QCOMPARE(config.accountKey(), config.wabaId);
    }
};

QTEST_APPLESS_MAIN(TestAccountFields)
#include "tst_accountfields.moc"

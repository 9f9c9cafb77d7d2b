#include "ContactKey.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

ContactIdentity identity(const QString &parent, const QString &user, const QString &waId,
                         const QString &phone)
{
    return ContactIdentity{parent, user, waId, phone};
}

} // namespace

class TestContactKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void key_data();
    void key();
    void bsuidFormat_data();
    void bsuidFormat();
    void sameContact_data();
    void sameContact();
    void sameContactIsSymmetric();
};

void TestContactKey::key_data()
{
    QTest::addColumn<ContactIdentity>("identity");
    QTest::addColumn<QString>("expected");

    const QString parent = u"US.ENT.11815799212886844830"_s;
    const QString user = u"US.13491208655302741918"_s;
    const QString wa = u"16505551234"_s;
    const QString phone = u"+16505551234"_s;

    QTest::newRow("all: parent wins") << identity(parent, user, wa, phone) << u"bsuid:"_s + parent;
    QTest::newRow("user, no parent") << identity({}, user, wa, phone) << u"bsuid:"_s + user;
    QTest::newRow("parent only") << identity(parent, {}, {}, {}) << u"bsuid:"_s + parent;
    QTest::newRow("wa_id, no bsuid") << identity({}, {}, wa, phone) << u"wa:16505551234"_s;
    QTest::newRow("wa_id with plus")
        << identity({}, {}, u"+16505551234"_s, {}) << u"wa:16505551234"_s;
    QTest::newRow("phone only") << identity({}, {}, {}, phone) << u"phone:+16505551234"_s;
    QTest::newRow("phone is normalised")
        << identity({}, {}, {}, u"+1 (650) 555-1234"_s) << u"phone:+16505551234"_s;
    QTest::newRow("blank bsuids skipped")
        << identity(u"  "_s, u" "_s, wa, {}) << u"wa:16505551234"_s;
    QTest::newRow("bsuid trimmed")
        << identity({}, u" "_s + user + u"\n"_s, {}, {}) << u"bsuid:"_s + user;
    // Platform identifiers are taken as sent; a future format must not orphan a contact.
    QTest::newRow("unexpected bsuid format kept")
        << identity({}, u"XX-new-format"_s, wa, {}) << u"bsuid:XX-new-format"_s;
    QTest::newRow("invalid phone ignored") << identity({}, {}, {}, u"call me"_s) << QString();
    QTest::newRow("phone without country code ignored")
        << identity({}, {}, {}, u"650 555 1234"_s) << QString();
    QTest::newRow("nothing") << ContactIdentity{} << QString();
}

void TestContactKey::key()
{
    QFETCH(ContactIdentity, identity);
    QFETCH(QString, expected);
    QCOMPARE(contactKey(identity), expected);
}

void TestContactKey::bsuidFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bsuid");
    QTest::addColumn<bool>("parent");

    const QString body128(128, u'7');
    QTest::newRow("spec user example") << u"US.13491208655302741918"_s << true << false;
    QTest::newRow("alnum body") << u"BR.a1B2c3"_s << true << false;
    QTest::newRow("one char body") << u"SG.1"_s << true << false;
    QTest::newRow("128 char body") << u"CO."_s + body128 << true << false;
    QTest::newRow("129 char body") << u"CO."_s + body128 + u"7"_s << false << false;
    QTest::newRow("parent") << u"US.ENT.11815799212886844830"_s << true << true;
    QTest::newRow("parent 128") << u"US.ENT."_s + body128 << true << true;
    QTest::newRow("parent 129") << u"US.ENT."_s + body128 + u"1"_s << false << false;
    QTest::newRow("parent empty body") << u"US.ENT."_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("no body") << u"US."_s << false << false;
    QTest::newRow("lower-case country") << u"us.1349"_s << false << false;
    QTest::newRow("one-letter country") << u"U.1349"_s << false << false;
    QTest::newRow("three-letter country") << u"USA.1349"_s << false << false;
    QTest::newRow("no dot") << u"US1349"_s << false << false;
    QTest::newRow("phone number") << u"+16505551234"_s << false << false;
    QTest::newRow("wa_id") << u"16505551234"_s << false << false;
    QTest::newRow("dash in body") << u"US.1349-1208"_s << false << false;
    QTest::newRow("space in body") << u"US.1349 1208"_s << false << false;
    QTest::newRow("non-ascii digit") << u"US.\u0661\u0662"_s << false << false;
    QTest::newRow("extra segment") << u"US.ABC.123"_s << false << false;
}

void TestContactKey::bsuidFormat()
{
    QFETCH(QString, text);
    QFETCH(bool, bsuid);
    QFETCH(bool, parent);
    QCOMPARE(isBsuid(text), bsuid);
    QCOMPARE(isParentBsuid(text), parent);
}

void TestContactKey::sameContact_data()
{
    QTest::addColumn<ContactIdentity>("a");
    QTest::addColumn<ContactIdentity>("b");
    QTest::addColumn<bool>("same");

    const QString parent1 = u"US.ENT.1"_s;
    const QString parent2 = u"US.ENT.2"_s;
    const QString user1 = u"US.111"_s;
    const QString user2 = u"US.222"_s;
    const QString wa1 = u"16505551234"_s;
    const QString wa2 = u"16505559999"_s;

    QTest::newRow("first seen by wa_id, later with bsuid")
        << identity({}, {}, wa1, {}) << identity({}, user1, wa1, {}) << true;
    QTest::newRow("user id gains parent")
        << identity({}, user1, {}, {}) << identity(parent1, user1, {}, {}) << true;
    QTest::newRow("same parent, different user ids (linked portfolios)")
        << identity(parent1, user1, {}, {}) << identity(parent1, user2, {}, {}) << true;
    QTest::newRow("different parents veto a shared wa_id")
        << identity(parent1, {}, wa1, {}) << identity(parent2, {}, wa1, {}) << false;
    QTest::newRow("different user ids veto a shared phone")
        << identity({}, user1, {}, u"+16505551234"_s) << identity({}, user2, {}, u"+16505551234"_s)
        << false;
    QTest::newRow("parent vs user only: falls back to wa_id")
        << identity(parent1, {}, wa1, {}) << identity({}, user1, wa1, {}) << true;
    QTest::newRow("parent vs user only, nothing shared")
        << identity(parent1, {}, wa1, {}) << identity({}, user1, wa2, {}) << false;
    QTest::newRow("same wa_id") << identity({}, {}, wa1, {}) << identity({}, {}, wa1, {}) << true;
    QTest::newRow("different wa_id")
        << identity({}, {}, wa1, {}) << identity({}, {}, wa2, {}) << false;
    QTest::newRow("same phone, different formatting")
        << identity({}, {}, {}, u"+1 650 555 1234"_s) << identity({}, {}, {}, u"+16505551234"_s)
        << true;
    QTest::newRow("wa_id matches phone digits")
        << identity({}, {}, wa1, {}) << identity({}, {}, {}, u"+1 (650) 555-1234"_s) << true;
    QTest::newRow("wa_id differs from phone (rewritten prefix)")
        << identity({}, {}, u"5511912345678"_s, {}) << identity({}, {}, {}, u"+551112345678"_s)
        << false;
    QTest::newRow("one empty") << ContactIdentity{} << identity({}, {}, wa1, {}) << false;
    QTest::newRow("both empty") << ContactIdentity{} << ContactIdentity{} << false;
    QTest::newRow("blank strings are not identifiers")
        << identity(u" "_s, u" "_s, u" "_s, u" "_s) << identity(u" "_s, u" "_s, u" "_s, u" "_s)
        << false;
    QTest::newRow("unparseable phones never match")
        << identity({}, {}, {}, u"unknown"_s) << identity({}, {}, {}, u"unknown"_s) << false;
}

void TestContactKey::sameContact()
{
    QFETCH(ContactIdentity, a);
    QFETCH(ContactIdentity, b);
    QFETCH(bool, same);
    QCOMPARE(sb::sameContact(a, b), same);
}

void TestContactKey::sameContactIsSymmetric()
{
    const QList<ContactIdentity> all{
        identity(u"US.ENT.1"_s, u"US.111"_s, u"16505551234"_s, u"+16505551234"_s),
        identity({}, u"US.111"_s, {}, {}),
        identity({}, u"US.222"_s, u"16505551234"_s, {}),
        identity(u"US.ENT.2"_s, {}, {}, u"+16505551234"_s),
        identity({}, {}, u"16505551234"_s, {}),
        identity({}, {}, {}, u"+1 650 555 1234"_s),
        identity({}, {}, {}, u"+44 20 7946 0958"_s),
        ContactIdentity{},
    };
    for (const ContactIdentity &a : all) {
        for (const ContactIdentity &b : all)
            QCOMPARE(sb::sameContact(a, b), sb::sameContact(b, a));
    }
}

QTEST_APPLESS_MAIN(TestContactKey)
#include "tst_contactkey.moc"

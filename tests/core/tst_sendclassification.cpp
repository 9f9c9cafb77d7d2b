#include "SendClassification.h"

#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

using OptionalCategory = std::optional<TemplateCategory>;

class TestSendClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryWire_data();
    void categoryWire();
    void categoryRoundTrip();
    void typeWire_data();
    void typeWire();
    void typeRoundTrip();
    void classify_data();
    void classify();
    void everyFreeFormKindIsService();
    void inboundOnlyKindsAreNeverSendable();
    void explanationsDiffer();
};

void TestSendClassification::categoryWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<PricingCategory>("category");

    QTest::newRow("service") << u"service"_s << PricingCategory::Service;
    QTest::newRow("marketing") << u"marketing"_s << PricingCategory::Marketing;
    QTest::newRow("utility") << u"utility"_s << PricingCategory::Utility;
    QTest::newRow("authentication") << u"authentication"_s << PricingCategory::Authentication;
    QTest::newRow("auth intl, hyphen (pricing docs)")
        << u"authentication-international"_s << PricingCategory::AuthenticationInternational;
    QTest::newRow("auth intl, underscore (origin.type)")
        << u"authentication_international"_s << PricingCategory::AuthenticationInternational;
    QTest::newRow("marketing_lite") << u"marketing_lite"_s << PricingCategory::MarketingLite;
    QTest::newRow("referral_conversion")
        << u"referral_conversion"_s << PricingCategory::ReferralConversion;
    QTest::newRow("upper case") << u"MARKETING"_s << PricingCategory::Marketing;
    QTest::newRow("padded") << u" utility "_s << PricingCategory::Utility;
    QTest::newRow("empty") << QString() << PricingCategory::Unknown;
    QTest::newRow("unknown") << u"marketing_heavy"_s << PricingCategory::Unknown;
    QTest::newRow("space instead of underscore") << u"marketing lite"_s << PricingCategory::Unknown;
    QTest::newRow("prefix only") << u"auth"_s << PricingCategory::Unknown;
}

void TestSendClassification::categoryWire()
{
    QFETCH(QString, wire);
    QFETCH(PricingCategory, category);
    QCOMPARE(pricingCategoryFromWire(wire), category);
}

void TestSendClassification::categoryRoundTrip()
{
    const QList<PricingCategory> known{
        PricingCategory::Service,
        PricingCategory::Marketing,
        PricingCategory::Utility,
        PricingCategory::Authentication,
        PricingCategory::AuthenticationInternational,
        PricingCategory::MarketingLite,
        PricingCategory::ReferralConversion,
    };
    for (PricingCategory category : known) {
        const QString wire = pricingCategoryWireName(category);
        QVERIFY(!wire.isEmpty());
        QCOMPARE(pricingCategoryFromWire(wire), category);
    }
    QCOMPARE(pricingCategoryWireName(PricingCategory::AuthenticationInternational),
             u"authentication_international"_s);
    QVERIFY(pricingCategoryWireName(PricingCategory::Unknown).isEmpty());
}

void TestSendClassification::typeWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<PricingType>("type");

    QTest::newRow("regular") << u"regular"_s << PricingType::Regular;
    QTest::newRow("free_customer_service")
        << u"free_customer_service"_s << PricingType::FreeCustomerService;
    QTest::newRow("free_entry_point") << u"free_entry_point"_s << PricingType::FreeEntryPoint;
    QTest::newRow("upper case") << u"REGULAR"_s << PricingType::Regular;
    QTest::newRow("padded") << u"\tfree_entry_point\n"_s << PricingType::FreeEntryPoint;
    QTest::newRow("empty") << QString() << PricingType::Unknown;
    QTest::newRow("hyphenated") << u"free-entry-point"_s << PricingType::Unknown;
    QTest::newRow("pricing model is not a type") << u"PMP"_s << PricingType::Unknown;
}

void TestSendClassification::typeWire()
{
    QFETCH(QString, wire);
    QFETCH(PricingType, type);
    QCOMPARE(pricingTypeFromWire(wire), type);
}

void TestSendClassification::typeRoundTrip()
{
    for (PricingType type :
         {PricingType::Regular, PricingType::FreeCustomerService, PricingType::FreeEntryPoint}) {
        QCOMPARE(pricingTypeFromWire(pricingTypeWireName(type)), type);
    }
    QVERIFY(pricingTypeWireName(PricingType::Unknown).isEmpty());
}

void TestSendClassification::classify_data()
{
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<OptionalCategory>("templateCategory");
    QTest::addColumn<bool>("windowOpen");
    QTest::addColumn<bool>("fep");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<PricingCategory>("category");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<ExpectedCharge>("charge");
    QTest::addColumn<PricingType>("type");

    const QDate lastFree(2026, 9, 30);
    const QDate firstCharged(2026, 10, 1);
    const QDate pmpStart(2025, 7, 1);
    const QDate later(2027, 3, 15);
    const OptionalCategory none;
    const OptionalCategory marketing = TemplateCategory::Marketing;
    const OptionalCategory utility = TemplateCategory::Utility;
    const OptionalCategory authentication = TemplateCategory::Authentication;
    const OptionalCategory unknown = TemplateCategory::Unknown;
    using PC = PricingCategory;
    using EC = ExpectedCharge;
    using PT = PricingType;
    const MessageKind text = MessageKind::Text;
    const MessageKind tmpl = MessageKind::Template;

    // Free-form (service) messages.
    QTest::newRow("text, open, 2026-09-30: free")
        << text << none << true << false << lastFree << PC::Service << true << EC::Free
        << PT::FreeCustomerService;
    QTest::newRow("text, open, 2026-10-01: paid") << text << none << true << false << firstCharged
                                                  << PC::Service << true << EC::Paid << PT::Regular;
    QTest::newRow("text, open, PMP start: free")
        << text << none << true << false << pmpStart << PC::Service << true << EC::Free
        << PT::FreeCustomerService;
    QTest::newRow("text, open, 2027: paid")
        << text << none << true << false << later << PC::Service << true << EC::Paid << PT::Regular;
    QTest::newRow("text, closed: blocked") << text << none << false << false << lastFree
                                           << PC::Service << false << EC::Free << PT::Unknown;
    QTest::newRow("text, closed, after charges start: blocked")
        << text << none << false << false << firstCharged << PC::Service << false << EC::Free
        << PT::Unknown;
    QTest::newRow("text, closed, FEP still active: blocked")
        << text << none << false << true << firstCharged << PC::Service << false << EC::Free
        << PT::Unknown;
    QTest::newRow("text, open, FEP, 2026-10-01: free")
        << text << none << true << true << firstCharged << PC::Service << true << EC::Free
        << PT::FreeEntryPoint;
    QTest::newRow("text, open, FEP, 2026-09-30: free")
        << text << none << true << true << lastFree << PC::Service << true << EC::Free
        << PT::FreeEntryPoint;
    QTest::newRow("text, open, invalid date: unknown")
        << text << none << true << false << QDate() << PC::Service << true << EC::Unknown
        << PT::Unknown;
    QTest::newRow("text ignores a template category")
        << text << marketing << true << false << lastFree << PC::Service << true << EC::Free
        << PT::FreeCustomerService;
    QTest::newRow("reaction, closed: blocked")
        << MessageKind::Reaction << none << false << false << lastFree << PC::Service << false
        << EC::Free << PT::Unknown;

    // Utility templates: the date boundary applies inside the window only.
    QTest::newRow("utility, open, 2026-09-30: free")
        << tmpl << utility << true << false << lastFree << PC::Utility << true << EC::Free
        << PT::FreeCustomerService;
    QTest::newRow("utility, open, 2026-10-01: paid")
        << tmpl << utility << true << false << firstCharged << PC::Utility << true << EC::Paid
        << PT::Regular;
    QTest::newRow("utility, closed, 2026-09-30: paid")
        << tmpl << utility << false << false << lastFree << PC::Utility << true << EC::Paid
        << PT::Regular;
    QTest::newRow("utility, closed, 2026-10-01: paid")
        << tmpl << utility << false << false << firstCharged << PC::Utility << true << EC::Paid
        << PT::Regular;
    QTest::newRow("utility, closed, invalid date: paid")
        << tmpl << utility << false << false << QDate() << PC::Utility << true << EC::Paid
        << PT::Regular;
    QTest::newRow("utility, open, invalid date: unknown")
        << tmpl << utility << true << false << QDate() << PC::Utility << true << EC::Unknown
        << PT::Unknown;
    QTest::newRow("utility, FEP, 2026-10-01: free")
        << tmpl << utility << true << true << firstCharged << PC::Utility << true << EC::Free
        << PT::FreeEntryPoint;

    // Marketing and authentication: always charged outside FEP, whatever the window or date.
    QTest::newRow("marketing, open, 2026-09-30: paid")
        << tmpl << marketing << true << false << lastFree << PC::Marketing << true << EC::Paid
        << PT::Regular;
    QTest::newRow("marketing, closed: paid") << tmpl << marketing << false << false << firstCharged
                                             << PC::Marketing << true << EC::Paid << PT::Regular;
    QTest::newRow("marketing, invalid date: paid")
        << tmpl << marketing << false << false << QDate() << PC::Marketing << true << EC::Paid
        << PT::Regular;
    QTest::newRow("marketing, FEP with window closed: free")
        << tmpl << marketing << false << true << firstCharged << PC::Marketing << true << EC::Free
        << PT::FreeEntryPoint;
    QTest::newRow("authentication, open, 2026-09-30: paid")
        << tmpl << authentication << true << false << lastFree << PC::Authentication << true
        << EC::Paid << PT::Regular;
    QTest::newRow("authentication, closed: paid")
        << tmpl << authentication << false << false << later << PC::Authentication << true
        << EC::Paid << PT::Regular;
    QTest::newRow("authentication, FEP: free")
        << tmpl << authentication << false << true << lastFree << PC::Authentication << true
        << EC::Free << PT::FreeEntryPoint;

    // A template whose category is not known.
    QTest::newRow("template without category") << tmpl << none << true << false << lastFree
                                               << PC::Unknown << true << EC::Unknown << PT::Unknown;
    QTest::newRow("template with Unknown category, closed")
        << tmpl << unknown << false << false << firstCharged << PC::Unknown << true << EC::Unknown
        << PT::Unknown;
    QTest::newRow("template without category, FEP: free")
        << tmpl << none << false << true << firstCharged << PC::Unknown << true << EC::Free
        << PT::FreeEntryPoint;

    QTest::newRow("inbound-only kind")
        << MessageKind::ButtonReply << none << true << false << lastFree << PC::Unknown << false
        << EC::Free << PT::Unknown;
}

void TestSendClassification::classify()
{
    QFETCH(MessageKind, kind);
    QFETCH(OptionalCategory, templateCategory);
    QFETCH(bool, windowOpen);
    QFETCH(bool, fep);
    QFETCH(QDate, date);
    QFETCH(PricingCategory, category);
    QFETCH(bool, allowed);
    QFETCH(ExpectedCharge, charge);
    QFETCH(PricingType, type);

    const SendClassification result = classifySend(kind, templateCategory, windowOpen, fep, date);
    QCOMPARE(result.category, category);
    QCOMPARE(result.allowed, allowed);
    QCOMPARE(result.expectedCharge, charge);
    QCOMPARE(result.pricingType, type);
    QVERIFY(!result.explanation.isEmpty());
}

void TestSendClassification::everyFreeFormKindIsService()
{
    const QList<MessageKind> outbound{
        MessageKind::Text,        MessageKind::Image,           MessageKind::Video,
        MessageKind::Audio,       MessageKind::Document,        MessageKind::Sticker,
        MessageKind::Location,    MessageKind::LocationRequest, MessageKind::Contacts,
        MessageKind::Interactive, MessageKind::Reaction,
    };
    for (MessageKind kind : outbound) {
        const SendClassification open = classifySend(kind, {}, true, false, QDate(2026, 1, 5));
        QCOMPARE(open.category, PricingCategory::Service);
        QVERIFY(open.allowed);
        const SendClassification closed = classifySend(kind, {}, false, false, QDate(2026, 1, 5));
        QVERIFY(!closed.allowed);
    }
}

void TestSendClassification::inboundOnlyKindsAreNeverSendable()
{
    const QList<MessageKind> inbound{
        MessageKind::ButtonTap,   MessageKind::ButtonReply, MessageKind::ListReply,
        MessageKind::FlowReply,   MessageKind::Order,       MessageKind::System,
        MessageKind::Unsupported,
    };
    for (MessageKind kind : inbound) {
        const SendClassification result =
            classifySend(kind, TemplateCategory::Utility, true, true, QDate(2026, 1, 5));
        QVERIFY(!result.allowed);
        QCOMPARE(result.category, PricingCategory::Unknown);
    }
}

void TestSendClassification::explanationsDiffer()
{
    // The composer shows the explanation; free and charged replies must read differently.
    const QDate lastFree(2026, 9, 30);
    const QDate firstCharged(2026, 10, 1);
    const QString freeReply =
        classifySend(MessageKind::Text, {}, true, false, lastFree).explanation;
    const QString paidReply =
        classifySend(MessageKind::Text, {}, true, false, firstCharged).explanation;
    const QString blocked = classifySend(MessageKind::Text, {}, false, false, lastFree).explanation;
    const QString utilityFree =
        classifySend(MessageKind::Template, TemplateCategory::Utility, true, false, lastFree)
            .explanation;
    const QString utilityPaid =
        classifySend(MessageKind::Template, TemplateCategory::Utility, true, false, firstCharged)
            .explanation;
    const QList<QString> all{freeReply, paidReply, blocked, utilityFree, utilityPaid};
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY(all[i] != all[j]);
    }
    QVERIFY(blocked.contains(u"template"_s));
}

QTEST_APPLESS_MAIN(TestSendClassification)
#include "tst_sendclassification.moc"

// The platform's send rules beyond the message shape: templates (132000-132016), throughput
// (130429), pair rate (131056), messaging limit (131048), and the refusals that arrive later as
// failed statuses (131050, 131026).

#include "SandboxSendFixture.h"

using namespace sbtest;

class TestSandboxSendRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture.start(testConfig()); }
    void cleanup() { m_fixture.stop(); }

    void unknownOrUnapprovedTemplateIs132001_data();
    void unknownOrUnapprovedTemplateIs132001();
    void pausedTemplateIs132015();
    void disabledTemplateIs132016();
    void parameterCountIs132000();
    void parameterFormatIs132012();
    void throughputIs130429();
    void pairRateIs131056();
    void optedOutMarketingFailsWith131050();
    void unreachableFailsWith131026();
    void numbersOutsideThePopulationFailWith131026();
    void exhaustedTierIs131048();
    void tierFreesUpAfter24Hours();

private:
    SendFixture m_fixture;
};

void TestSandboxSendRules::unknownOrUnapprovedTemplateIs132001_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("unknown name") << "no_such_template"
                                  << "en_US";
    QTest::newRow("missing translation") << "hello_world"
                                         << "de";
    QTest::newRow("pending") << "appointment_reminder"
                             << "en_US";
    QTest::newRow("rejected") << "winback_discount"
                              << "en_US";
}

void TestSandboxSendRules::unknownOrUnapprovedTemplateIs132001()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const QJsonArray body{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("body")},
        {QStringLiteral("parameters"),
         QJsonArray{textParameter(QStringLiteral("a")), textParameter(QStringLiteral("b"))}}}};
    verifyError(m_fixture.send(templateBody(kOmar, name, language, body)), 132001, 404);
}

void TestSandboxSendRules::pausedTemplateIs132015()
{
    const QJsonArray body{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("body")},
        {QStringLiteral("parameters"),
         QJsonArray{textParameter(QStringLiteral("40%")), textParameter(QStringLiteral("6"))}}}};
    verifyError(m_fixture.send(
                    templateBody(kOmar, QStringLiteral("flash_sale"), QStringLiteral("de"), body)),
                132015, 400);
}

void TestSandboxSendRules::disabledTemplateIs132016()
{
    const QJsonArray body{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("body")},
        {QStringLiteral("parameters"), QJsonArray{textParameter(QStringLiteral("spring"))}}}};
    verifyError(m_fixture.send(templateBody(kOmar, QStringLiteral("old_newsletter"),
                                            QStringLiteral("en_US"), body)),
                132016, 400);
}

void TestSandboxSendRules::parameterCountIs132000()
{
    // hello_world has no variables; order_confirmation has two body variables.
    const QJsonArray oneParameter{QJsonObject{
        {QStringLiteral("type"), QStringLiteral("body")},
        {QStringLiteral("parameters"), QJsonArray{textParameter(QStringLiteral("Omar"))}}}};
    HttpReply reply = m_fixture.send(
        templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"), oneParameter));
    verifyError(reply, 132000, 400);
    reply = m_fixture.send(
        templateBody(kOmar, QStringLiteral("summer_sale"), QStringLiteral("es"), oneParameter));
    verifyError(reply, 132000, 400);
    QVERIFY(reply.details().startsWith(QLatin1String("template.components")));
}

void TestSandboxSendRules::parameterFormatIs132012()
{
    // Named parameters sent to a positional template.
    QJsonObject named = textParameter(QStringLiteral("Omar"));
    named.insert(QStringLiteral("parameter_name"), QStringLiteral("first_name"));
    QJsonObject named2 = textParameter(QStringLiteral("X-1"));
    named2.insert(QStringLiteral("parameter_name"), QStringLiteral("order"));
    const QJsonArray components{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                    {QStringLiteral("parameters"), QJsonArray{named, named2}}}};
    const HttpReply reply = m_fixture.send(
        templateBody(kOmar, QStringLiteral("coupon_offer"), QStringLiteral("en_US"), components));
    verifyError(reply, 132012, 400);
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSendRules::throughputIs130429()
{
    QString problem;
    sb::SandboxPhoneUpdate update;
    update.throughputMps = 2;
    QVERIFY(m_fixture.sandbox->updatePhone(update, &problem));
    // The clock is frozen: the bucket of two never refills during the test.
    verifySuccessShape(m_fixture.send(textBody(kLena, QStringLiteral("1"))), kLena);
    verifySuccessShape(m_fixture.send(textBody(kLena, QStringLiteral("2"))), kLena);
    const HttpReply reply = m_fixture.send(textBody(kLena, QStringLiteral("3")));
    verifyError(reply, 130429, 400);
    QCOMPARE(m_fixture.sandbox->sentMessages().size(), 2);
    // A second later the number may send again.
    m_fixture.sandbox->advanceClock(std::chrono::seconds(1));
    verifySuccessShape(m_fixture.send(textBody(kLena, QStringLiteral("4"))), kLena);
}

void TestSandboxSendRules::pairRateIs131056()
{
    sb::SandboxConfig config = testConfig();
    config.pairRateBurst = 3;
    m_fixture.start(config);
    for (int i = 0; i < 3; ++i)
        verifySuccessShape(m_fixture.send(textBody(kLena, QString::number(i))), kLena);
    verifyError(m_fixture.send(textBody(kLena, QStringLiteral("too fast"))), 131056, 400);
    // Only that recipient waits: another customer can be messaged at once.
    verifySuccessShape(
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kOmar);
    m_fixture.sandbox->advanceClock(config.pairRateInterval);
    verifySuccessShape(m_fixture.send(textBody(kLena, QStringLiteral("later"))), kLena);
}

void TestSandboxSendRules::optedOutMarketingFailsWith131050()
{
    QString problem;
    sb::SandboxCustomerUpdate update;
    update.waId = kOmar;
    update.optedOutMarketing = true;
    QVERIFY(m_fixture.sandbox->updateCustomer(update, &problem));
    const QJsonArray components{QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                                            {QStringLiteral("parameters"),
                                             QJsonArray{textParameter(QStringLiteral("Sale"))}}},
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                            {QStringLiteral("parameters"),
                                             QJsonArray{textParameter(QStringLiteral("Omar")),
                                                        textParameter(QStringLiteral("25%"))}}},
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                            {QStringLiteral("sub_type"), QStringLiteral("url")},
                                            {QStringLiteral("index"), QStringLiteral("1")},
                                            {QStringLiteral("parameters"),
                                             QJsonArray{textParameter(QStringLiteral("summer"))}}}};
    // Accepted like on the platform; the refusal arrives as a failed status.
    HttpReply reply = m_fixture.send(
        templateBody(kOmar, QStringLiteral("summer_sale"), QStringLiteral("en_US"), components));
    verifySuccessShape(reply, kOmar);
    const QString marketing = m_fixture.sandbox->sentMessages().constLast().wamid;
    // A utility template still reaches the same customer.
    verifySuccessShape(
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kOmar);
    const QString utility = m_fixture.sandbox->sentMessages().constLast().wamid;
    m_fixture.sandbox->advanceClock(std::chrono::minutes(1));
    QCOMPARE(m_fixture.lastStatus(marketing), QStringLiteral("failed"));
    QCOMPARE(m_fixture.sandbox->sentMessages().constFirst().statuses.constLast().error->code,
             131050);
    QCOMPARE(m_fixture.lastStatus(utility), QStringLiteral("read"));
}

void TestSandboxSendRules::unreachableFailsWith131026()
{
    QString problem;
    sb::SandboxCustomerUpdate update;
    update.waId = kLena;
    update.unreachable = true;
    QVERIFY(m_fixture.sandbox->updateCustomer(update, &problem));
    verifySuccessShape(m_fixture.send(textBody(kLena, QStringLiteral("Hallo?"))), kLena);
    m_fixture.sandbox->advanceClock(std::chrono::minutes(1));
    const sb::SandboxSentMessage sent = m_fixture.sandbox->sentMessages().constFirst();
    QCOMPARE(sent.statuses.size(), 1); // failed, never sent
    QCOMPARE(sent.statuses.first().status, QStringLiteral("failed"));
    QCOMPARE(sent.statuses.first().error->code, 131026);
}

void TestSandboxSendRules::numbersOutsideThePopulationFailWith131026()
{
    sb::SandboxConfig config = testConfig();
    config.restrictToPopulation = true;
    m_fixture.start(config);
    verifySuccessShape(
        m_fixture.send(templateBody(QStringLiteral("+15550001111"), QStringLiteral("hello_world"),
                                    QStringLiteral("en_US"))),
        QStringLiteral("+15550001111"));
    m_fixture.sandbox->advanceClock(std::chrono::minutes(1));
    QCOMPARE(m_fixture.sandbox->sentMessages().constFirst().statuses.constLast().error->code,
             131026);
    // Known customers are delivered as usual.
    verifySuccessShape(
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kOmar);
    m_fixture.sandbox->advanceClock(std::chrono::minutes(1));
    QCOMPARE(m_fixture.sandbox->sentMessages().constLast().lastStatus(), QStringLiteral("read"));
}

void TestSandboxSendRules::exhaustedTierIs131048()
{
    // The portfolio already reached 250 unique customers outside a window today, kNew among them.
    sb::TierBudget &budget = m_fixture.sandbox->world().tierBudget;
    for (int i = 0; i < 249; ++i)
        budget.recordReached(QStringLiteral("4930000%1").arg(i, 4, 10, QLatin1Char('0')),
                             m_fixture.sandbox->now());
    budget.recordReached(kNew, m_fixture.sandbox->now());
    const HttpReply reply =
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US")));
    verifyError(reply, 131048, 400);
    QVERIFY(reply.details().contains(QLatin1String("TIER_250")));
    QVERIFY(reply.details().contains(QLatin1String("250 unique")));
    // Inside a window nothing counts against the limit.
    verifySuccessShape(
        m_fixture.send(templateBody(kLena, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kLena);
    // A customer already counted today can be reached again.
    verifySuccessShape(
        m_fixture.send(templateBody(kNew, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kNew);
    // A higher tier lifts the limit at once.
    QString problem;
    sb::SandboxPhoneUpdate update;
    update.messagingTier = QStringLiteral("TIER_2K");
    QVERIFY(m_fixture.sandbox->updatePhone(update, &problem));
    verifySuccessShape(
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kOmar);
}

void TestSandboxSendRules::tierFreesUpAfter24Hours()
{
    sb::TierBudget &budget = m_fixture.sandbox->world().tierBudget;
    for (int i = 0; i < 250; ++i)
        budget.recordReached(QStringLiteral("4930000%1").arg(i, 4, 10, QLatin1Char('0')),
                             m_fixture.sandbox->now());
    const QJsonObject hello =
        templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"));
    verifyError(m_fixture.send(hello), 131048, 400);
    m_fixture.sandbox->advanceClock(std::chrono::hours(24));
    verifySuccessShape(m_fixture.send(hello), kOmar);
}

QTEST_GUILESS_MAIN(TestSandboxSendRules)
#include "tst_sandboxsendrules.moc"

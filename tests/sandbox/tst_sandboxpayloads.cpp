// Every payload the sandbox posts must read cleanly with the app's own webhook parser: inbound
// messages of every kind, failed statuses, and the management fields; plus the demo scenario's
// history, replayed to a new endpoint, with windows in every state.

#include "SandboxTestSupport.h"

using namespace sbtest;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestSandboxPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPayloadParsesCleanly();
    void demoHistoryIsReplayedOnRegistration();
};

void TestSandboxPayloads::everyPayloadParsesCleanly()
{
    Receiver receiver;
    sb::SandboxConfig config = testConfig();
    config.undeliverableProbability = 1; // also see a failed status with errors[]
    auto sandbox = std::make_unique<sb::Sandbox>(config);
    QVERIFY(sandbox->listen() > 0);
    sandbox->addWebhook(receiver.url);
    QString problem;
    const QList<QJsonObject> shorthands{
        QJsonObject{{QStringLiteral("text"), QStringLiteral("Hallo")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                    {QStringLiteral("caption"), QStringLiteral("Foto")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("voice")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("document")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("sticker")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("location")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("contacts")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                    {QStringLiteral("payload"), QStringLiteral("STOP")},
                    {QStringLiteral("text"), QStringLiteral("Stop promotions")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("button_reply")},
                    {QStringLiteral("id"), QStringLiteral("yes")},
                    {QStringLiteral("title"), QStringLiteral("Ja")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("list_reply")},
                    {QStringLiteral("id"), QStringLiteral("express")},
                    {QStringLiteral("title"), QStringLiteral("Express")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("order")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("unsupported")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("system")},
                    {QStringLiteral("new_wa_id"), QStringLiteral("4915112340000")}},
        QJsonObject{{QStringLiteral("text"), QStringLiteral("from an ad")},
                    {QStringLiteral("referral"), QJsonObject{}}},
    };
    for (const QJsonObject &shorthand : shorthands)
        QVERIFY2(!sandbox->playInbound(kLena, {}, shorthand, &problem).isEmpty(),
                 qPrintable(problem));
    sandbox->send(config.phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QVERIFY(sandbox->setTemplateStatus(QStringLiteral("summer_sale"), QStringLiteral("en_US"),
                                       sb::TemplateStatus::Paused, {}, &problem));
    sb::SandboxPhoneUpdate phone;
    phone.qualityRating = QStringLiteral("RED");
    phone.messagingTier = QStringLiteral("TIER_10K");
    phone.denyTierIncrease = true;
    QVERIFY(sandbox->updatePhone(phone, &problem));
    sb::SandboxCustomerUpdate customer;
    customer.waId = kLena;
    customer.optedOutMarketing = true;
    QVERIFY(sandbox->updateCustomer(customer, &problem));
    // 14 inbound + 1 failed status + template + quality + tier (2) + alert + preference.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 21, kWaitMs);
    for (const QByteArray &body : std::as_const(receiver.sink.bodies)) {
        const sb::WebhookParseResult result = sb::parseWebhook(body);
        QVERIFY2(result.isClean(), body.constData());
    }
    const auto inbound = receiver.sink.eventsOf<sb::InboundMessageEvent>();
    QCOMPARE(inbound.size(), 14);
    QList<sb::MessageKind> kinds;
    for (const sb::InboundMessageEvent &event : inbound)
        kinds.append(event.message.kind);
    for (const sb::MessageKind kind :
         {sb::MessageKind::Text, sb::MessageKind::Image, sb::MessageKind::Audio,
          sb::MessageKind::Document, sb::MessageKind::Sticker, sb::MessageKind::Location,
          sb::MessageKind::Contacts, sb::MessageKind::ButtonTap, sb::MessageKind::ButtonReply,
          sb::MessageKind::ListReply, sb::MessageKind::Order, sb::MessageKind::Unsupported,
          sb::MessageKind::System})
        QVERIFY2(kinds.contains(kind), qPrintable(sb::messageKindWireName(kind)));
    QVERIFY(inbound.last().message.referral.has_value());
    const auto failed = receiver.sink.eventsOf<sb::StatusEvent>();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().errors.first().code, 131026);
    QCOMPARE(receiver.sink.eventsOf<sb::TemplateStatusEvent>().first().event,
             QStringLiteral("PAUSED"));
    QCOMPARE(receiver.sink.eventsOf<sb::PhoneQualityEvent>().first().event,
             QStringLiteral("FLAGGED"));
    QCOMPARE(receiver.sink.eventsOf<sb::CapabilityEvent>().first().maxDailyConversationsPerBusiness,
             std::optional<qint64>(10000));
    QCOMPARE(receiver.sink.eventsOf<sb::AccountAlertEvent>().first().alertType,
             QStringLiteral("INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED"));
    QCOMPARE(receiver.sink.eventsOf<sb::UserPreferencesEvent>().first().preferences.first().value,
             QStringLiteral("stop"));
}

void TestSandboxPayloads::demoHistoryIsReplayedOnRegistration()
{
    sb::SandboxConfig config = testConfig();
    config.scenario = sb::SandboxScenarioKind::Demo;
    sb::Sandbox sandbox(config);
    QVERIFY(sandbox.listen() > 0);
    Receiver receiver;
    sandbox.addWebhook(receiver.url);
    const int customers = int(sandbox.world().customers.size());
    QVERIFY(customers >= 20);
    QTRY_VERIFY_WITH_TIMEOUT(receiver.sink.eventsOf<sb::InboundMessageEvent>().size() >= 40,
                             kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.webhooks().first().queued, 0, kWaitMs);
    QSet<QString> senders;
    QSet<QString> languagesSeen;
    for (const sb::InboundMessageEvent &event : receiver.sink.eventsOf<sb::InboundMessageEvent>()) {
        senders.insert(event.message.from);
        languagesSeen.insert(sandbox.world().customers.value(event.message.from).language);
    }
    QCOMPARE(senders.size(), customers - 1); // one customer never wrote
    QVERIFY(languagesSeen.size() >= 4);
    QCOMPARE(receiver.sink.eventsOf<sb::UserPreferencesEvent>().size(), 1);
    for (const QByteArray &body : std::as_const(receiver.sink.bodies))
        QVERIFY2(sb::parseWebhook(body).isClean(), body.constData());

    // The windows sit in every state relative to the sandbox clock.
    QSet<sb::WindowPhase> phases;
    bool freeEntryPoint = false;
    for (const sb::SandboxCustomer &customer : sandbox.world().customers) {
        const sb::WindowState state = sandbox.world().windowOf(customer, config.phoneNumberId);
        phases.insert(state.phase);
        freeEntryPoint =
            freeEntryPoint || customer.windows.value(config.phoneNumberId).entryPointAt.has_value();
    }
    QVERIFY(phases.contains(sb::WindowPhase::Open));
    QVERIFY(phases.contains(sb::WindowPhase::ClosingSoon));
    QVERIFY(phases.contains(sb::WindowPhase::Closed));
    QVERIFY(phases.contains(sb::WindowPhase::Never));
    QVERIFY(freeEntryPoint);
}

QTEST_GUILESS_MAIN(TestSandboxPayloads)
#include "tst_sandboxpayloads.moc"

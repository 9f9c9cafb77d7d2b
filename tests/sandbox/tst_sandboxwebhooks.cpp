// Webhooks from the sandbox to the app's own receiver over loopback: signed, in order, seeded,
// retried after failures, and batched, duplicated or reordered on request. Every payload must
// also read cleanly with the app's webhook parser.

#include "SandboxTestSupport.h"

using namespace sbtest;

namespace {

const QString kLena = QStringLiteral("4915112345678");

struct Observed
{
    QString message; // index of the message in send order
    QString status;
    qint64 offsetMs; // after the message was accepted
    int errorCode;

    friend bool operator==(const Observed &, const Observed &) = default;
};

} // namespace

class TestSandboxWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesArriveSignedAndInOrder();
    void voiceNotesArePlayed();
    void sameSeedSameSequence();
    void failingReceiverGetsTheRetry();
    void unreachableEndpointRecovers();
    void pausedDeliveriesResume();
    void batching();
    void duplication();
    void reordering();
    void customersAnswerInteractiveMessages();

private:
    std::unique_ptr<sb::Sandbox> started(const sb::SandboxConfig &config, Receiver &receiver,
                                         const sb::SandboxWebhookOptions &options = {});
    QList<Observed> runStory(quint32 seed);
};

std::unique_ptr<sb::Sandbox> TestSandboxWebhooks::started(const sb::SandboxConfig &config,
                                                          Receiver &receiver,
                                                          const sb::SandboxWebhookOptions &options)
{
    auto sandbox = std::make_unique<sb::Sandbox>(config);
    if (sandbox->listen() == 0)
        return nullptr;
    sb::SandboxWebhookOptions withoutHistory = options;
    withoutHistory.replayHistory = false;
    sandbox->addWebhook(receiver.url, withoutHistory);
    QString problem;
    sandbox->playInbound(kLena, QStringLiteral("Lena"),
                         QJsonObject{{QStringLiteral("text"), QStringLiteral("Hallo")}}, &problem);
    return sandbox;
}

void TestSandboxWebhooks::statusesArriveSignedAndInOrder()
{
    Receiver receiver;
    auto sandbox = started(testConfig(), receiver);
    QVERIFY(sandbox);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    QVERIFY(!outcome.error);
    // Nothing moves until the (frozen) sandbox clock does.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs); // Lena's message
    QVERIFY(receiver.sink.statusesOf(outcome.wamid).isEmpty());
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(
        receiver.sink.statusesOf(outcome.wamid),
        QStringList({QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}),
        kWaitMs);
    QCOMPARE(receiver.rejected->size(), 0); // every signature held
    const auto statuses = receiver.sink.eventsOf<sb::StatusEvent>();
    QCOMPARE(statuses.size(), 3);
    QVERIFY(statuses[0].pricing.has_value());
    QCOMPARE(statuses[0].pricing->type, QStringLiteral("free_customer_service"));
    QCOMPARE(statuses[0].pricing->category, QStringLiteral("service"));
    QCOMPARE(statuses[0].pricing->pricingModel, QStringLiteral("PMP"));
    QVERIFY(statuses[1].pricing.has_value());
    QVERIFY(!statuses[2].pricing.has_value());
    QVERIFY(!statuses[0].conversation.has_value()); // omitted from v24 on
    QCOMPARE(statuses[0].recipientId, kLena);
    QVERIFY(statuses[0].timestamp < statuses[1].timestamp);
    QVERIFY(statuses[1].timestamp < statuses[2].timestamp);
    QCOMPARE(statuses[0].origin.phoneNumberId, sandbox->config().phoneNumberId);
    QCOMPARE(statuses[0].origin.wabaId, sandbox->config().wabaId);
    // The receiver with the wrong secret refuses the same deliveries.
    Receiver wrong(QStringLiteral("another-secret"));
    sandbox->addWebhook(wrong.url);
    sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Again")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_VERIFY_WITH_TIMEOUT(wrong.rejected->size() >= 1, kWaitMs);
    QCOMPARE(wrong.rejected->first().at(0).toInt(), 401);
    QVERIFY(wrong.sink.bodies.isEmpty());
}

void TestSandboxWebhooks::voiceNotesArePlayed()
{
    Receiver receiver;
    auto sandbox = started(testConfig(), receiver);
    QVERIFY(sandbox);
    Http http(sandbox->baseUrl());
    const HttpReply upload =
        http.upload(QStringLiteral("/v25.0/%1/media").arg(sandbox->config().phoneNumberId),
                    QByteArray(900, 'o'), "audio/ogg", QStringLiteral("voice.ogg"));
    QCOMPARE(upload.status, 200);
    const QJsonObject voice{{QStringLiteral("id"), upload.json.value(u"id").toString()},
                            {QStringLiteral("voice"), true}};
    const sb::SandboxSendOutcome outcome = sandbox->send(
        sandbox->config().phoneNumberId, envelope(kLena, QStringLiteral("audio"), voice));
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->details : QString()));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.statusesOf(outcome.wamid),
                              QStringList({QStringLiteral("sent"), QStringLiteral("delivered"),
                                           QStringLiteral("read"), QStringLiteral("played")}),
                              kWaitMs);
}

QList<Observed> TestSandboxWebhooks::runStory(quint32 seed)
{
    sb::SandboxConfig config = testConfig(seed);
    config.undeliverableProbability = 0.2;
    config.marketingCapProbability = 0.5;
    config.readProbability = 0.5;
    config.delayJitter = 0.4;
    Receiver receiver;
    auto sandbox = started(config, receiver);
    if (!sandbox)
        return {};
    QStringList wamids;
    for (int i = 0; i < 12; ++i) {
        const QJsonObject body = i % 3 == 0
            ? templateBody(
                kLena, QStringLiteral("coupon_offer"), QStringLiteral("en_US"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                       {QStringLiteral("parameters"),
                                        QJsonArray{textParameter(QStringLiteral("L")),
                                                   textParameter(QStringLiteral("5%"))}}},
                           QJsonObject{
                               {QStringLiteral("type"), QStringLiteral("button")},
                               {QStringLiteral("sub_type"), QStringLiteral("copy_code")},
                               {QStringLiteral("index"), 0},
                               {QStringLiteral("parameters"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("type"), QStringLiteral("coupon_code")},
                                    {QStringLiteral("coupon_code"), QStringLiteral("PLANT15")}}}}}})
            : textBody(kLena, QStringLiteral("Nachricht %1").arg(i));
        const sb::SandboxSendOutcome outcome = sandbox->send(config.phoneNumberId, body);
        if (outcome.error)
            return {};
        wamids.append(outcome.wamid);
    }
    const QDateTime accepted = sandbox->now();
    sandbox->advanceClock(std::chrono::minutes(5));
    // Wait until every message reached its final state.
    const auto settled = [&] {
        int finals = 0;
        for (const sb::SandboxSentMessage &sent : sandbox->sentMessages())
            finals += sent.lastStatus() == QLatin1String("failed")
                || sent.lastStatus() == QLatin1String("read")
                || sent.lastStatus() == QLatin1String("delivered");
        return finals == 12 && sandbox->webhooks().first().queued == 0;
    };
    if (!QTest::qWaitFor(settled, kWaitMs))
        return {};
    QList<Observed> observed;
    for (const sb::StatusEvent &status : receiver.sink.eventsOf<sb::StatusEvent>()) {
        observed.append({QString::number(wamids.indexOf(status.messageId)), status.status,
                         accepted.msecsTo(status.timestamp),
                         status.errors.isEmpty() ? 0 : status.errors.first().code});
    }
    observed.append({wamids.join(QLatin1Char(',')), {}, 0, 0});
    return observed;
}

void TestSandboxWebhooks::sameSeedSameSequence()
{
    const QList<Observed> first = runStory(11);
    const QList<Observed> again = runStory(11);
    const QList<Observed> other = runStory(12);
    QVERIFY(first.size() > 12);
    QCOMPARE(again, first);
    QVERIFY(other != first);
    // The story has every outcome in it: failures and unread messages too.
    const auto has = [&first](const QString &status, int code) {
        return std::any_of(first.begin(), first.end(), [&](const Observed &o) {
            return o.status == status && o.errorCode == code;
        });
    };
    QVERIFY(has(QStringLiteral("read"), 0));
    QVERIFY(has(QStringLiteral("failed"), 131026) || has(QStringLiteral("failed"), 131049));
}

void TestSandboxWebhooks::failingReceiverGetsTheRetry()
{
    Receiver receiver;
    receiver.sink.refuseNext = 1; // Lena's message is refused once (HTTP 500)
    auto sandbox = started(testConfig(), receiver);
    QVERIFY(sandbox);
    QSignalSpy failed(sandbox.get(), &sb::Sandbox::webhookFailed);
    // Meta retries at once after a failure, so one refusal is recovered without waiting.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs);
    QCOMPARE(receiver.sink.refused.size(), 1);
    QCOMPARE(receiver.sink.bodies.first(), receiver.sink.refused.first()); // the same bytes
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toInt(), 500);

    // Refused three times: the later retries wait for the backoff on the sandbox clock.
    receiver.sink.refuseNext = 3;
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.refused.size(), 4, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.statusesOf(outcome.wamid).size(), 2, kWaitMs);
    // The refused payload waits (once the last answer is in, nothing else is queued).
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->webhooks().first().queued, 1, kWaitMs);
    sandbox->advanceClock(sandbox->config().webhookRetryBase * 4);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.statusesOf(outcome.wamid).size(), 3, kWaitMs);
    QStringList statuses = receiver.sink.statusesOf(outcome.wamid);
    statuses.sort();
    QCOMPARE(
        statuses,
        QStringList({QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("sent")}));
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->webhooks().first().queued, 0, kWaitMs);
    QCOMPARE(sandbox->webhooks().first().failedAttempts, 4);
}

void TestSandboxWebhooks::unreachableEndpointRecovers()
{
    Receiver receiver;
    auto sandbox = started(testConfig(), receiver);
    QVERIFY(sandbox);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs);
    sandbox->setWebhookFault(sb::SandboxWebhookFault::Fail);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox->webhooks().first().failedAttempts >= 6, kWaitMs);
    QVERIFY(receiver.sink.statusesOf(outcome.wamid).isEmpty());
    sandbox->setWebhookFault(sb::SandboxWebhookFault::None);
    sandbox->advanceClock(std::chrono::hours(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.statusesOf(outcome.wamid).size(), 3, kWaitMs);
}

void TestSandboxWebhooks::pausedDeliveriesResume()
{
    Receiver receiver;
    auto sandbox = started(testConfig(), receiver);
    QVERIFY(sandbox);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs);
    sandbox->setWebhookFault(sb::SandboxWebhookFault::Pause);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->webhooks().first().queued, 3, kWaitMs);
    QCOMPARE(receiver.sink.bodies.size(), 1);
    sandbox->setWebhookFault(sb::SandboxWebhookFault::None);
    QTRY_COMPARE_WITH_TIMEOUT(
        receiver.sink.statusesOf(outcome.wamid),
        QStringList({QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}),
        kWaitMs);
}

void TestSandboxWebhooks::batching()
{
    Receiver receiver;
    sb::SandboxWebhookOptions options;
    options.batchSize = 3;
    options.batchWindow = std::chrono::milliseconds(50);
    auto sandbox = started(testConfig(), receiver, options);
    QVERIFY(sandbox);
    // Lena's message alone: the batch window closes and it leaves on its own.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 2, kWaitMs);
    const sb::WebhookParseResult batch = sb::parseWebhook(receiver.sink.bodies.last());
    QVERIFY(batch.isClean());
    QCOMPARE(batch.events.size(), 3);
    QCOMPARE(
        receiver.sink.statusesOf(outcome.wamid),
        QStringList({QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}));
}

void TestSandboxWebhooks::duplication()
{
    Receiver receiver;
    sb::SandboxWebhookOptions options;
    options.duplicate = true;
    auto sandbox = started(testConfig(), receiver, options);
    QVERIFY(sandbox);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 8, kWaitMs); // 4 payloads, twice each
    for (qsizetype i = 0; i < receiver.sink.bodies.size(); i += 2)
        QCOMPARE(receiver.sink.bodies[i], receiver.sink.bodies[i + 1]);
    QCOMPARE(receiver.sink.statusesOf(outcome.wamid).size(), 6);
}

void TestSandboxWebhooks::reordering()
{
    Receiver receiver;
    sb::SandboxWebhookOptions options;
    options.reorder = true;
    options.reorderWindow = std::chrono::milliseconds(100);
    auto sandbox = started(testConfig(), receiver, options);
    QVERIFY(sandbox);
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.bodies.size(), 1, kWaitMs);
    const sb::SandboxSendOutcome outcome =
        sandbox->send(sandbox->config().phoneNumberId, textBody(kLena, QStringLiteral("Hi")));
    sandbox->advanceClock(std::chrono::minutes(1));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.sink.statusesOf(outcome.wamid).size(), 3, kWaitMs);
    const QStringList arrived = receiver.sink.statusesOf(outcome.wamid);
    QVERIFY2(arrived
                 != QStringList(
                     {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}),
             qPrintable(arrived.join(QLatin1Char(','))));
    QStringList sorted = arrived;
    sorted.sort();
    QCOMPARE(
        sorted,
        QStringList({QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("sent")}));
}

void TestSandboxWebhooks::customersAnswerInteractiveMessages()
{
    sb::SandboxConfig config = testConfig();
    config.customersReply = true;
    Receiver receiver;
    auto sandbox = started(config, receiver);
    QVERIFY(sandbox);
    // Several seeded customers, each sent reply buttons: every one that answers taps a button.
    int answered = 0;
    for (int i = 0; i < 6; ++i) {
        const QString waId = QStringLiteral("4917000000%1").arg(i);
        QString problem;
        sandbox->playInbound(waId, {}, QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}},
                             &problem);
        const QJsonObject buttons = QJsonDocument::fromJson(R"({"type":"button","body":{"text":"?"},
            "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},
                                 {"type":"reply","reply":{"id":"no","title":"No"}}]}})")
                                        .object();
        QVERIFY(!sandbox
                     ->send(config.phoneNumberId,
                            envelope(waId, QStringLiteral("interactive"), buttons))
                     .error);
    }
    sandbox->advanceClock(std::chrono::minutes(1)); // read
    sandbox->advanceClock(std::chrono::minutes(1)); // replies
    QTRY_COMPARE_WITH_TIMEOUT(sandbox->webhooks().first().queued, 0, kWaitMs);
    for (const sb::InboundMessageEvent &event : receiver.sink.eventsOf<sb::InboundMessageEvent>()) {
        if (event.message.kind == sb::MessageKind::Text)
            continue;
        QCOMPARE(event.message.kind, sb::MessageKind::ButtonReply);
        QVERIFY(event.message.context.has_value());
        const auto *reply = event.message.as<sb::ReplyContent>();
        QVERIFY(reply && (reply->id == QLatin1String("yes") || reply->id == QLatin1String("no")));
        ++answered;
    }
    QVERIFY(answered >= 3);
}

QTEST_GUILESS_MAIN(TestSandboxWebhooks)
#include "tst_sandboxwebhooks.moc"

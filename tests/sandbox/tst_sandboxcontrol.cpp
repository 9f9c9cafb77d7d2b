// The /_sandbox/ control API over real loopback HTTP: playing customers, reading what was sent,
// changing the number, templates and customers, injecting faults and moving the clock.

#include "SandboxHttp.h"
#include "SandboxTestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace sbtest;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestSandboxControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void inboundPlay();
    void inboundMediaCanBeDownloaded();
    void inboundRejectsBadInput();
    void templateCreationRules();
    void sentListing();
    void phoneQualityChangeEmitsWebhook();
    void tierAndThroughputChanges();
    void clockAdvanceClosesWindow();
    void webhookRegistration();
    void customers();
    void controlOnlyOnLoopback();

private:
    HttpReply control(const QString &what, const QJsonObject &body)
    {
        return m_http->post(QStringLiteral("/_sandbox/") + what, body);
    }
    HttpReply sendText(const QString &to, const QString &text)
    {
        return m_http->post(messagesPath(*m_sandbox), textBody(to, text));
    }
    void play(const QString &text);

    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<sb::Sandbox> m_sandbox;
    std::unique_ptr<Http> m_http;
};

void TestSandboxControl::init()
{
    m_receiver = std::make_unique<Receiver>();
    m_sandbox = std::make_unique<sb::Sandbox>(testConfig());
    QVERIFY(m_sandbox->listen() > 0);
    m_http = std::make_unique<Http>(m_sandbox->baseUrl());
    const HttpReply registered =
        control(QStringLiteral("webhooks"),
                QJsonObject{{QStringLiteral("url"), m_receiver->url.toString()}});
    QCOMPARE(registered.status, 200);
}

void TestSandboxControl::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
    m_receiver.reset();
}

void TestSandboxControl::play(const QString &text)
{
    const HttpReply reply = control(QStringLiteral("inbound"),
                                    QJsonObject{{QStringLiteral("from"), kLena},
                                                {QStringLiteral("name"), QStringLiteral("Lena")},
                                                {QStringLiteral("text"), text}});
    QCOMPARE(reply.status, 200);
}

void TestSandboxControl::inboundPlay()
{
    HttpReply reply = control(QStringLiteral("inbound"),
                              QJsonObject{{QStringLiteral("from"), kLena},
                                          {QStringLiteral("name"), QStringLiteral("Lena")},
                                          {QStringLiteral("type"), QStringLiteral("text")},
                                          {QStringLiteral("text"), QStringLiteral("Hallo!")}});
    QCOMPARE(reply.status, 200);
    const QString id = reply.json.value(u"id").toString();
    QVERIFY(id.startsWith(QLatin1String("wamid.")));
    // A message in full webhook shape, quoting the first one.
    const QJsonObject location = QJsonDocument::fromJson(R"({"type":"location",
        "location":{"latitude":48.1374,"longitude":11.5755,"name":"Marienplatz"}})")
                                     .object();
    reply = control(
        QStringLiteral("inbound"),
        QJsonObject{{QStringLiteral("from"), kLena}, {QStringLiteral("message"), location}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::InboundMessageEvent>().size(), 2,
                              kWaitMs);
    const auto events = m_receiver->sink.eventsOf<sb::InboundMessageEvent>();
    QCOMPARE(events[0].message.platformId, id);
    QCOMPARE(events[0].message.as<sb::TextContent>()->body, QStringLiteral("Hallo!"));
    QCOMPARE(events[0].contact.profileName, QStringLiteral("Lena"));
    QCOMPARE(events[0].contact.waId, kLena);
    QCOMPARE(events[1].message.kind, sb::MessageKind::Location);
    QCOMPARE(events[1].message.as<sb::LocationContent>()->name, QStringLiteral("Marienplatz"));
    // The customer's message opened the window: a free-form answer goes out.
    QCOMPARE(sendText(kLena, QStringLiteral("Hallo Lena")).status, 200);
}

void TestSandboxControl::inboundMediaCanBeDownloaded()
{
    const HttpReply reply = control(QStringLiteral("inbound"),
                                    QJsonObject{{QStringLiteral("from"), kLena},
                                                {QStringLiteral("type"), QStringLiteral("voice")}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::InboundMessageEvent>().size(), 1,
                              kWaitMs);
    const sb::InboundMessageEvent event =
        m_receiver->sink.eventsOf<sb::InboundMessageEvent>().first();
    const auto *media = event.message.as<sb::MediaContent>();
    QVERIFY(media);
    QVERIFY(media->voice);
    QVERIFY(media->mimeType.startsWith(QLatin1String("audio/ogg")));
    // Look the id up, then download the URL with the token.
    const HttpReply lookup = m_http->get(QStringLiteral("/v25.0/") + media->id);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json.value(u"sha256").toString(), media->sha256);
    const QString url = lookup.json.value(u"url").toString();
    const HttpReply file = m_http->get(url);
    QCOMPARE(file.status, 200);
    QVERIFY(file.body.startsWith("OggS"));
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex()),
             media->sha256);
    QCOMPARE(lookup.json.value(u"file_size").toInteger(), file.body.size());
    // Without the token the download fails like on the platform.
    Http anonymous(m_sandbox->baseUrl(), QString());
    QCOMPARE(anonymous.get(url).status, 401);
    // After five minutes the URL is stale (404) and a new lookup gives a fresh one.
    m_sandbox->advanceClock(std::chrono::minutes(6));
    QCOMPARE(m_http->get(url).status, 404);
    const HttpReply fresh = m_http->get(QStringLiteral("/v25.0/") + media->id);
    QCOMPARE(m_http->get(fresh.json.value(u"url").toString()).status, 200);
}

void TestSandboxControl::inboundRejectsBadInput()
{
    QCOMPARE(control(QStringLiteral("inbound"),
                     QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}})
                 .status,
             400);
    QCOMPARE(control(QStringLiteral("inbound"),
                     QJsonObject{{QStringLiteral("from"), QStringLiteral("12")},
                                 {QStringLiteral("text"), QStringLiteral("x")}})
                 .status,
             400);
    const HttpReply unknown =
        control(QStringLiteral("inbound"),
                QJsonObject{{QStringLiteral("from"), kLena},
                            {QStringLiteral("type"), QStringLiteral("hologram")}});
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.json.value(u"error").toString().contains(QLatin1String("hologram")));
    QCOMPARE(
        m_http->postRaw(QStringLiteral("/_sandbox/inbound"), "[1,2]", "application/json").status,
        400);
    QCOMPARE(m_http->get(QStringLiteral("/_sandbox/nothing")).status, 404);
}

// A template put through the control API is read with the client's listing reader, plus the
// creation rules: a category is required, a body is required, and it starts PENDING.
void TestSandboxControl::templateCreationRules()
{
    const auto body = [](const QString &text) {
        return QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                      {QStringLiteral("text"), text}}};
    };
    QJsonObject definition{{QStringLiteral("name"), QStringLiteral("order_update")},
                           {QStringLiteral("language"), QStringLiteral("en_US")},
                           {QStringLiteral("components"), body(QStringLiteral("Hi {{1}}"))}};
    const HttpReply noCategory =
        control(QStringLiteral("templates"), QJsonObject{{QStringLiteral("template"), definition}});
    QCOMPARE(noCategory.status, 400);
    QVERIFY(noCategory.json.value(u"error").toString().contains(QLatin1String("MARKETING")));

    definition.insert(QStringLiteral("category"), QStringLiteral("UTILITY"));
    definition.insert(QStringLiteral("components"), body(QString()));
    QCOMPARE(
        control(QStringLiteral("templates"), QJsonObject{{QStringLiteral("template"), definition}})
            .status,
        400);

    definition.insert(QStringLiteral("components"), body(QStringLiteral("Hi {{1}}")));
    const HttpReply created =
        control(QStringLiteral("templates"), QJsonObject{{QStringLiteral("template"), definition}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.json.value(u"status").toString(), QStringLiteral("PENDING"));
    QCOMPARE(created.json.value(u"category").toString(), QStringLiteral("UTILITY"));
}

void TestSandboxControl::sentListing()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(sendText(QLatin1Char('+') + kLena, QStringLiteral("Hallo Lena")).status, 200);
    QCOMPARE(m_http
                 ->post(messagesPath(*m_sandbox),
                        templateBody(QStringLiteral("16505550100"), QStringLiteral("hello_world"),
                                     QStringLiteral("en_US")))
                 .status,
             200);
    HttpReply listing = m_http->get(QStringLiteral("/_sandbox/sent"));
    QCOMPARE(listing.status, 200);
    QJsonArray data = listing.json.value(u"data").toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0].toObject().value(u"status").toString(), QStringLiteral("accepted"));
    QCOMPARE(data[0].toObject().value(u"to").toString(), QLatin1Char('+') + kLena);
    QCOMPARE(data[1].toObject().value(u"category").toString(), QStringLiteral("utility"));

    const HttpReply clock =
        control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 60}});
    QCOMPARE(clock.status, 200);
    listing = m_http->get(QStringLiteral("/_sandbox/sent?to=") + kLena);
    data = listing.json.value(u"data").toArray();
    QCOMPARE(data.size(), 1);
    const QJsonArray statuses = data[0].toObject().value(u"statuses").toArray();
    QCOMPARE(statuses.size(), 3);
    QStringList names;
    qint64 previous = 0;
    for (const QJsonValue &status : statuses) {
        names.append(status.toObject().value(u"status").toString());
        const qint64 at = status.toObject().value(u"timestamp").toInteger();
        QVERIFY(at >= previous);
        previous = at;
    }
    QCOMPARE(
        names,
        QStringList({QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}));
    QCOMPARE(data[0]
                 .toObject()
                 .value(u"request")
                 .toObject()
                 .value(u"text")
                 .toObject()
                 .value(u"body")
                 .toString(),
             QStringLiteral("Hallo Lena"));
}

void TestSandboxControl::phoneQualityChangeEmitsWebhook()
{
    HttpReply reply =
        control(QStringLiteral("phone"),
                QJsonObject{{QStringLiteral("quality_rating"), QStringLiteral("RED")}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().size(), 1,
                              kWaitMs);
    const sb::PhoneQualityEvent event = m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().first();
    QCOMPARE(event.event, QStringLiteral("FLAGGED"));
    QCOMPARE(event.displayPhoneNumber, m_sandbox->config().displayPhoneNumber);
    const HttpReply fields = m_http->get(QStringLiteral("/v25.0/%1?fields=quality_rating,status")
                                             .arg(m_sandbox->config().phoneNumberId));
    QCOMPARE(fields.json.value(u"quality_rating").toString(), QStringLiteral("RED"));
    // Back to green: UNFLAGGED.
    reply = control(QStringLiteral("phone"),
                    QJsonObject{{QStringLiteral("quality_rating"), QStringLiteral("GREEN")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().size(), 2,
                              kWaitMs);
    QCOMPARE(m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().last().event,
             QStringLiteral("UNFLAGGED"));
    // A value the platform does not have is refused.
    reply = control(QStringLiteral("phone"),
                    QJsonObject{{QStringLiteral("quality_rating"), QStringLiteral("PURPLE")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json.value(u"error").toString().isEmpty());
}

void TestSandboxControl::tierAndThroughputChanges()
{
    HttpReply reply = control(QStringLiteral("phone"),
                              QJsonObject{{QStringLiteral("tier"), QStringLiteral("TIER_2K")}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::CapabilityEvent>().size(), 1, kWaitMs);
    QCOMPARE(
        m_receiver->sink.eventsOf<sb::CapabilityEvent>().first().maxDailyConversationsPerBusiness,
        std::optional<qint64>(2000));
    QCOMPARE(m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().first().event,
             QStringLiteral("UPGRADE"));
    reply = control(QStringLiteral("phone"), QJsonObject{{QStringLiteral("throughput"), 1000}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().size(), 2,
                              kWaitMs);
    const sb::PhoneQualityEvent upgrade = m_receiver->sink.eventsOf<sb::PhoneQualityEvent>().last();
    QCOMPARE(upgrade.event, QStringLiteral("THROUGHPUT_UPGRADE"));
    QCOMPARE(upgrade.maxDailyConversationsPerBusiness, QStringLiteral("TIER_UNLIMITED"));
    const HttpReply fields = m_http->get(
        QStringLiteral("/v25.0/%1?fields=throughput,whatsapp_business_manager_messaging_limit")
            .arg(m_sandbox->config().phoneNumberId));
    QCOMPARE(fields.json.value(u"throughput").toObject().value(u"level").toString(),
             QStringLiteral("HIGH"));
    QCOMPARE(fields.json.value(u"whatsapp_business_manager_messaging_limit").toString(),
             QStringLiteral("TIER_UNLIMITED"));
    QCOMPARE(control(QStringLiteral("phone"),
                     QJsonObject{{QStringLiteral("tier"), QStringLiteral("TIER_3")}})
                 .status,
             400);
    QCOMPARE(
        control(QStringLiteral("phone"), QJsonObject{{QStringLiteral("throughput"), 0}}).status,
        400);
}

void TestSandboxControl::clockAdvanceClosesWindow()
{
    play(QStringLiteral("Hallo"));
    QCOMPARE(sendText(kLena, QStringLiteral("Hallo Lena")).status, 200);
    HttpReply clock = control(QStringLiteral("clock"),
                              QJsonObject{{QStringLiteral("advance_seconds"), 24 * 3600 - 60}});
    QCOMPARE(sendText(kLena, QStringLiteral("one minute left")).status, 200);
    clock = control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), 61}});
    QCOMPARE(clock.status, 200);
    const HttpReply refused = sendText(kLena, QStringLiteral("too late"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), 131047);
    const QJsonArray customers =
        m_http->get(QStringLiteral("/_sandbox/customers")).json.value(u"data").toArray();
    QCOMPARE(customers.size(), 1);
    QCOMPARE(customers[0]
                 .toObject()
                 .value(u"windows")
                 .toObject()
                 .value(m_sandbox->config().phoneNumberId)
                 .toObject()
                 .value(u"phase")
                 .toString(),
             QStringLiteral("closed"));
    QCOMPARE(control(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advance_seconds"), -5}})
                 .status,
             400);
}

void TestSandboxControl::webhookRegistration()
{
    Receiver second;
    HttpReply reply = control(QStringLiteral("webhooks"),
                              QJsonObject{{QStringLiteral("url"), second.url.toString()},
                                          {QStringLiteral("batch_size"), 2},
                                          {QStringLiteral("duplicate"), true}});
    QCOMPARE(reply.status, 200);
    const QJsonArray list = reply.json.value(u"data").toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[1].toObject().value(u"batch_size").toInt(), 2);
    QVERIFY(list[1].toObject().value(u"duplicate").toBool());
    play(QStringLiteral("an alle"));
    play(QStringLiteral("zwei"));
    // Both endpoints get the messages; the second batched in pairs and twice.
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.bodies.size(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(second.sink.bodies.size(), 2, kWaitMs);
    QCOMPARE(second.sink.bodies[0], second.sink.bodies[1]);
    QCOMPARE(sb::parseWebhook(second.sink.bodies[0]).events.size(), 2);
    reply = control(QStringLiteral("webhooks"),
                    QJsonObject{{QStringLiteral("url"), second.url.toString()},
                                {QStringLiteral("remove"), true}});
    QCOMPARE(reply.json.value(u"data").toArray().size(), 1);
    QCOMPARE(control(QStringLiteral("webhooks"),
                     QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://x")}})
                 .status,
             400);
}

void TestSandboxControl::customers()
{
    HttpReply reply = control(QStringLiteral("customers"),
                              QJsonObject{{QStringLiteral("wa_id"), kLena},
                                          {QStringLiteral("name"), QStringLiteral("Lena")},
                                          {QStringLiteral("language"), QStringLiteral("de")},
                                          {QStringLiteral("opted_out_marketing"), true}});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::UserPreferencesEvent>().size(), 1,
                              kWaitMs);
    const QJsonObject lena = reply.json.value(u"data").toArray().first().toObject();
    QCOMPARE(lena.value(u"language").toString(), QStringLiteral("de"));
    QVERIFY(lena.value(u"opted_out_marketing").toBool());
    QCOMPARE(lena.value(u"windows")
                 .toObject()
                 .value(m_sandbox->config().phoneNumberId)
                 .toObject()
                 .value(u"phase")
                 .toString(),
             QStringLiteral("never"));
    QCOMPARE(control(QStringLiteral("customers"),
                     QJsonObject{{QStringLiteral("wa_id"), QStringLiteral("x")}})
                 .status,
             400);
}

void TestSandboxControl::controlOnlyOnLoopback()
{
    sb::SandboxHttp router(*m_sandbox);
    sb::SandboxRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/_sandbox/sent");
    request.peer = QHostAddress(QStringLiteral("192.0.2.10"));
    QCOMPARE(router.handle(request).status, 403);
    request.peer = QHostAddress(QHostAddress::LocalHost);
    QCOMPARE(router.handle(request).status, 200);
    request.peer = QHostAddress(QHostAddress::LocalHostIPv6);
    QCOMPARE(router.handle(request).status, 200);
    // The Graph API answers anyone with the token.
    request.peer = QHostAddress(QStringLiteral("192.0.2.10"));
    request.path = QStringLiteral("/v25.0/") + m_sandbox->config().phoneNumberId;
    request.headers.insert("authorization", "Bearer " + kToken.toUtf8());
    QCOMPARE(router.handle(request).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandboxcontrol.moc"

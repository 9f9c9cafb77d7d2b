#include "GraphClient.h"
#include "GraphTestSupport.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace sb;
using namespace sb::test;

namespace {

const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kWabaId = QStringLiteral("102290129340398");

QJsonObject textMessage()
{
    return QJsonDocument::fromJson(R"({"messaging_product":"whatsapp","recipient_type":"individual",
        "to":"+16505551234","type":"text","text":{"preview_url":false,"body":"Olá, pedido 860198"}})")
        .object();
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestGraphClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendMessagePostsBodyWithBearer();
    void sendMessageReadsPacedTemplateStatusAndUserId();
    void apiErrorsAreTyped_data();
    void apiErrorsAreTyped();
    void unusableAnswers_data();
    void unusableAnswers();
    void markReadAndTypingIndicator();
    void successFalseIsInvalid();
    void listTemplatesFollowsEveryPage();
    void listTemplatesRefusesForeignNextLink();
    void listTemplatesStopsOnPageError();
    void phoneNumberFieldsRequestsAndReads();
    void listPhoneNumbersReadsAllPages();
    void timeoutIsDistinctFromNetworkError();
    void networkErrorWhenNothingListens();
    void cancelReportsCancelledLater();
    void destroyingClientDropsPendingCallbacks();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void destroyedContextSkipsCallback();
    void tokenIsReadPerRequest();
    void apiErrorFromBodyParsing();

private:
    std::unique_ptr<GraphFixture> m_fixture;
};

void TestGraphClient::init()
{
    m_fixture = std::make_unique<GraphFixture>();
    QVERIFY(m_fixture->server.port() != 0);
}

void TestGraphClient::cleanup()
{
    m_fixture.reset();
}

void TestGraphClient::sendMessagePostsBodyWithBearer()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"messaging_product":"whatsapp",
            "contacts":[{"input":"+16505551234","wa_id":"16505551234"}],
            "messages":[{"id":"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"}]})");
    };
    Capture<SendResult> sent;
    const GraphRequestId id =
        f.client->sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QVERIFY(id != 0);
    QVERIFY(!sent.done()); // never called back from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QVERIFY2(sent.result->ok(), sent.describe().constData());

    QCOMPARE(f.server.requests.size(), 1);
    const RecordedRequest &request = f.server.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922/messages"));
    QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
    QVERIFY(request.header("Content-Type").startsWith("application/json"));
    QCOMPARE(parse(request.body), textMessage());
    QVERIFY(!request.url.toString().contains(kToken));

    const SendResult &result = sent.result->value();
    QCOMPARE(result.messageId,
             QStringLiteral("wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"));
    QVERIFY(result.messageStatus.isEmpty());
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts.first(),
             (SentContact{QStringLiteral("+16505551234"), QStringLiteral("16505551234"), {}}));
    QCOMPARE(sent.calls, 1);
    QCOMPARE(f.client->pendingCount(), 0);
}

void TestGraphClient::sendMessageReadsPacedTemplateStatusAndUserId()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"messaging_product":"whatsapp",
            "contacts":[{"input":"US.13491208655302741918","wa_id":"","user_id":"US.13491208655302741918"}],
            "messages":[{"id":"wamid.paced1","message_status":"held_for_quality_assessment"}]})");
    };
    Capture<SendResult> sent;
    f.client->sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QVERIFY(sent.result->ok());
    QCOMPARE(sent.result->value().messageStatus, QStringLiteral("held_for_quality_assessment"));
    QCOMPARE(sent.result->value().contacts.first().userId,
             QStringLiteral("US.13491208655302741918"));
}

void TestGraphClient::apiErrorsAreTyped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("subcode");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("details");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fbtrace");

    QTest::newRow("190 expired token")
        << 401
        << QByteArray(R"({"error":{"message":"Error validating access token: Session has expired.",
            "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}})")
        << 190 << 463 << QStringLiteral("OAuthException") << QString() << QString()
        << QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam");
    QTest::newRow("131047 outside window")
        << 400
        << QByteArray(
               R"({"error":{"message":"(#131047) Re-engagement message","type":"OAuthException",
            "code":131047,"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
            "error_user_title":"Re-engagement message","fbtrace_id":"AGiYd3bGrkJ1Zf"}})")
        << 131047 << 0 << QStringLiteral("OAuthException")
        << QStringLiteral("Message failed to send because more than 24 hours have passed since "
                          "the customer last replied to this number.")
        << QStringLiteral("Re-engagement message") << QStringLiteral("AGiYd3bGrkJ1Zf");
    QTest::newRow("130429 throughput")
        << 429
        << QByteArray(R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException",
            "code":130429,"error_data":{"messaging_product":"whatsapp","details":"Cloud API message throughput has been reached."},
            "error_subcode":2494055,"fbtrace_id":"Bx1"}})")
        << 130429 << 2494055 << QStringLiteral("OAuthException")
        << QStringLiteral("Cloud API message throughput has been reached.") << QString()
        << QStringLiteral("Bx1");
}

void TestGraphClient::apiErrorsAreTyped()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    auto &f = *m_fixture;
    f.server.script = [=](const RecordedRequest &) { return json(body, status); };
    Capture<SendResult> sent;
    f.client->sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QVERIFY(!sent.result->ok());
    const GraphFailure &failure = sent.result->failure();
    QCOMPARE(failure.kind, FailureKind::Api);
    QCOMPARE(failure.httpStatus, status);
    QVERIFY(failure.api.has_value());
    QTEST(failure.api->code, "code");
    QTEST(failure.api->subcode, "subcode");
    QTEST(failure.api->type, "type");
    QTEST(failure.api->details, "details");
    QTEST(failure.api->title, "title");
    QTEST(failure.api->fbtraceId, "fbtrace");
    QCOMPARE(failure.api->httpStatus, status);
    QVERIFY(!failure.api->message.isEmpty());
    QVERIFY(failure.explanation().contains(QString::number(failure.api->code)));
}

void TestGraphClient::unusableAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("proxy error page")
        << 502 << QByteArray("text/html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("200 but not JSON") << 200 << QByteArray("text/plain") << QByteArray("OK");
    QTest::newRow("200 JSON array") << 200 << QByteArray("application/json") << QByteArray("[]");
    QTest::newRow("200 without message id")
        << 200 << QByteArray("application/json")
        << QByteArray(R"({"messaging_product":"whatsapp","messages":[{}]})");
    QTest::newRow("error object missing")
        << 500 << QByteArray("application/json") << QByteArray(R"({"message":"boom"})");
}

void TestGraphClient::unusableAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    auto &f = *m_fixture;
    f.server.script = [=](const RecordedRequest &) {
        return ScriptedResponse{status, body, contentType, {}};
    };
    Capture<SendResult> sent;
    f.client->sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QVERIFY(!sent.result->ok());
    QCOMPARE(sent.kind(), FailureKind::InvalidResponse);
    QVERIFY(!sent.result->failure().api);
    QCOMPARE(sent.result->failure().httpStatus, status);
    QVERIFY(!sent.result->failure().networkError.isEmpty());
}

void TestGraphClient::markReadAndTypingIndicator()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) { return json(R"({"success":true})"); };
    Capture<GraphAck> read;
    Capture<GraphAck> typing;
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.in1"), nullptr, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), kWait);
    f.client->sendTypingIndicator(kPhoneNumberId, QStringLiteral("wamid.in2"), nullptr,
                                  typing.callback());
    QTRY_VERIFY_WITH_TIMEOUT(typing.done(), kWait);
    QVERIFY(read.result->ok());
    QVERIFY(typing.result->ok());

    QCOMPARE(f.server.requests.size(), 2);
    for (const RecordedRequest &request : std::as_const(f.server.requests)) {
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922/messages"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
    }
    QCOMPARE(parse(f.server.requests.at(0).body),
             parse(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.in1"})"));
    QCOMPARE(parse(f.server.requests.at(1).body),
             parse(R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.in2",
                       "typing_indicator":{"type":"text"}})"));
}

void TestGraphClient::successFalseIsInvalid()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) { return json(R"({"success":false})"); };
    Capture<GraphAck> read;
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.in1"), nullptr, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.done(), kWait);
    QVERIFY(!read.result->ok());
    QCOMPARE(read.kind(), FailureKind::InvalidResponse);
}

void TestGraphClient::listTemplatesFollowsEveryPage()
{
    auto &f = *m_fixture;
    const QString next1 = f.server
                              .url(QStringLiteral("/v25.0/102290129340398/message_templates"
                                                  "?limit=2&after=QVFIUk1"))
                              .toString();
    const QString next2 = f.server
                              .url(QStringLiteral("/v25.0/102290129340398/message_templates"
                                                  "?limit=2&after=QVFIUk2"))
                              .toString();
    f.server.script = [=](const RecordedRequest &request) {
        const QString after = request.query.queryItemValue(QStringLiteral("after"));
        if (after.isEmpty()) {
            return json(
                QStringLiteral(
                    R"({"data":[{"name":"order_update","language":"en_US","status":"APPROVED","category":"UTILITY","id":"1"},
                {"name":"promo","language":"pt_BR","status":"PAUSED","category":"MARKETING","id":"2"}],
                "paging":{"cursors":{"before":"QVFIUk0","after":"QVFIUk1"},"next":"%1"}})")
                    .arg(next1)
                    .toUtf8());
        }
        if (after == QLatin1String("QVFIUk1")) {
            return json(QStringLiteral(R"({"data":[{"name":"otp","status":"APPROVED","id":"3"},
                {"name":"welcome","status":"REJECTED","id":"4"}],
                "paging":{"cursors":{"before":"QVFIUk1","after":"QVFIUk2"},"next":"%1"}})")
                            .arg(next2)
                            .toUtf8());
        }
        return json(R"({"data":[{"name":"last","status":"PENDING","id":"5"}],
            "paging":{"cursors":{"before":"QVFIUk2","after":"QVFIUk3"}}})");
    };
    Capture<QJsonArray> templates;
    f.client->listTemplates(kWabaId, nullptr, templates.callback());
    QTRY_VERIFY_WITH_TIMEOUT(templates.done(), kWait);
    QVERIFY2(templates.result->ok(), templates.describe().constData());

    const QJsonArray all = templates.result->value();
    QCOMPARE(all.size(), 5);
    QStringList ids;
    for (const QJsonValue &entry : all)
        ids.append(entry.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids,
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5")}));
    QCOMPARE(all.at(1).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("PAUSED"));

    QCOMPARE(f.server.requests.size(), 3);
    QCOMPARE(f.server.requests.at(0).path,
             QStringLiteral("/v25.0/102290129340398/message_templates"));
    QCOMPARE(f.server.requests.at(1).query.queryItemValue(QStringLiteral("after")),
             QStringLiteral("QVFIUk1"));
    QCOMPARE(f.server.requests.at(2).query.queryItemValue(QStringLiteral("after")),
             QStringLiteral("QVFIUk2"));
    for (const RecordedRequest &request : std::as_const(f.server.requests)) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
    }
    QCOMPARE(templates.calls, 1);
}

void TestGraphClient::listTemplatesRefusesForeignNextLink()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"data":[{"name":"a","id":"1"}],
            "paging":{"next":"http://attacker.example/v25.0/1/message_templates?after=x"}})");
    };
    Capture<QJsonArray> templates;
    f.client->listTemplates(kWabaId, nullptr, templates.callback());
    QTRY_VERIFY_WITH_TIMEOUT(templates.done(), kWait);
    QVERIFY(!templates.result->ok());
    QCOMPARE(templates.kind(), FailureKind::InvalidResponse);
    QVERIFY(templates.result->failure().networkError.contains(QStringLiteral("attacker.example")));
    QCOMPARE(f.server.requests.size(), 1);
}

void TestGraphClient::listTemplatesStopsOnPageError()
{
    auto &f = *m_fixture;
    const QString next =
        f.server.url(QStringLiteral("/v25.0/1/message_templates?after=p2")).toString();
    f.server.script = [=](const RecordedRequest &request) {
        if (request.query.hasQueryItem(QStringLiteral("after"))) {
            return json(R"({"error":{"message":"(#4) Application request limit reached",
                "type":"OAuthException","code":4,"fbtrace_id":"F4"}})",
                        400);
        }
        return json(
            QStringLiteral(R"({"data":[{"id":"1"}],"paging":{"next":"%1"}})").arg(next).toUtf8());
    };
    Capture<QJsonArray> templates;
    f.client->listTemplates(kWabaId, nullptr, templates.callback());
    QTRY_VERIFY_WITH_TIMEOUT(templates.done(), kWait);
    QVERIFY(!templates.result->ok());
    QCOMPARE(templates.kind(), FailureKind::Api);
    QCOMPARE(templates.result->failure().api->code, 4);
    QCOMPARE(f.server.requests.size(), 2);
}

void TestGraphClient::phoneNumberFieldsRequestsAndReads()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"verified_name":"Jasper's Market","display_phone_number":"+1 631-555-5555",
            "quality_rating":"YELLOW","status":"CONNECTED","throughput":{"level":"STANDARD"},
            "whatsapp_business_manager_messaging_limit":"TIER_2K","id":"106540352242922"})");
    };
    Capture<PhoneNumberInfo> number;
    f.client->phoneNumberFields(kPhoneNumberId, nullptr, number.callback());
    QTRY_VERIFY_WITH_TIMEOUT(number.done(), kWait);
    QVERIFY(number.result->ok());

    const RecordedRequest &request = f.server.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(',')),
             QStringList({QStringLiteral("verified_name"), QStringLiteral("display_phone_number"),
                          QStringLiteral("quality_rating"), QStringLiteral("status"),
                          QStringLiteral("throughput"),
                          QStringLiteral("whatsapp_business_manager_messaging_limit")}));
    QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());

    const PhoneNumberInfo expected{
        QStringLiteral("106540352242922"), QStringLiteral("Jasper's Market"),
        QStringLiteral("+1 631-555-5555"), QStringLiteral("YELLOW"),
        QStringLiteral("CONNECTED"),       QStringLiteral("STANDARD"),
        QStringLiteral("TIER_2K")};
    QCOMPARE(number.result->value(), expected);
}

void TestGraphClient::listPhoneNumbersReadsAllPages()
{
    auto &f = *m_fixture;
    const QString next =
        f.server.url(QStringLiteral("/v25.0/102290129340398/phone_numbers?after=n2")).toString();
    f.server.script = [=](const RecordedRequest &request) {
        if (request.query.hasQueryItem(QStringLiteral("after"))) {
            return json(R"({"data":[{"id":"3","verified_name":"C","quality_rating":"RED",
                "display_phone_number":"+55 11 5555-0000"}]})");
        }
        return json(
            QStringLiteral(R"({"data":[{"id":"1","verified_name":"A","quality_rating":"GREEN"},
            {"id":"2","verified_name":"B","quality_rating":"UNKNOWN","throughput":{"level":"HIGH"}}],
            "paging":{"next":"%1"}})")
                .arg(next)
                .toUtf8());
    };
    Capture<QList<PhoneNumberInfo>> numbers;
    f.client->listPhoneNumbers(kWabaId, nullptr, numbers.callback());
    QTRY_VERIFY_WITH_TIMEOUT(numbers.done(), kWait);
    QVERIFY(numbers.result->ok());
    const QList<PhoneNumberInfo> list = numbers.result->value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(list.at(1).throughputLevel, QStringLiteral("HIGH"));
    QCOMPARE(list.at(2).displayPhoneNumber, QStringLiteral("+55 11 5555-0000"));
    QCOMPARE(f.server.requests.first().path,
             QStringLiteral("/v25.0/102290129340398/phone_numbers"));
    QVERIFY(f.server.requests.first()
                .query.queryItemValue(QStringLiteral("fields"))
                .startsWith(QStringLiteral("id,verified_name")));
}

void TestGraphClient::timeoutIsDistinctFromNetworkError()
{
    SilentServer silent;
    GraphClientConfig config;
    config.baseUrl = silent.baseUrl();
    config.timeout = std::chrono::milliseconds(300);
    GraphClient client(&m_fixture->network, &m_fixture->token, config);
    Capture<SendResult> sent;
    client.sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QCOMPARE(silent.connections(), 1);
    QVERIFY(!sent.result->ok());
    QCOMPARE(sent.kind(), FailureKind::Timeout);
    QVERIFY(!sent.result->failure().api);
}

void TestGraphClient::networkErrorWhenNothingListens()
{
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        freePort = probe.serverPort();
    }
    GraphClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1"));
    config.baseUrl.setPort(freePort);
    GraphClient client(&m_fixture->network, &m_fixture->token, config);
    Capture<SendResult> sent;
    client.sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QVERIFY(!sent.result->ok());
    QCOMPARE(sent.kind(), FailureKind::Network);
    QCOMPARE(sent.result->failure().httpStatus, 0);
    QVERIFY(!sent.result->failure().networkError.isEmpty());
}

void TestGraphClient::cancelReportsCancelledLater()
{
    SilentServer silent;
    GraphClientConfig config;
    config.baseUrl = silent.baseUrl();
    GraphClient client(&m_fixture->network, &m_fixture->token, config);
    Capture<SendResult> sent;
    const GraphRequestId id =
        client.sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, kWait);
    QCOMPARE(client.pendingCount(), 1);
    client.cancel(id);
    QVERIFY(!sent.done()); // not re-entering the caller of cancel()
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QCOMPARE(sent.kind(), FailureKind::Cancelled);
    QCOMPARE(client.pendingCount(), 0);
    client.cancel(id); // unknown by now: ignored
    QCOMPARE(sent.calls, 1);
}

void TestGraphClient::destroyingClientDropsPendingCallbacks()
{
    SilentServer silent;
    GraphClientConfig config;
    config.baseUrl = silent.baseUrl();
    auto client = std::make_unique<GraphClient>(&m_fixture->network, &m_fixture->token, config);
    Capture<SendResult> sent;
    client->sendMessage(kPhoneNumberId, textMessage(), nullptr, sent.callback());
    QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, kWait);
    client.reset();

    // A full round trip through the event loop afterwards: still nothing for the dropped call.
    m_fixture->server.script = [](const RecordedRequest &) { return json(R"({"success":true})"); };
    Capture<GraphAck> later;
    m_fixture->client->markRead(kPhoneNumberId, QStringLiteral("wamid.z"), nullptr,
                                later.callback());
    QTRY_VERIFY_WITH_TIMEOUT(later.done(), kWait);
    QVERIFY(!sent.done());
}

void TestGraphClient::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("phoneNumberId");

    QTest::newRow("no token") << QString() << kPhoneNumberId;
    QTest::newRow("token with newline") << QStringLiteral("abc\r\nX-Evil: 1") << kPhoneNumberId;
    QTest::newRow("path climbing id") << kToken << QStringLiteral("..");
    QTest::newRow("id with slash") << kToken << QStringLiteral("1/messages?x=");
    QTest::newRow("empty id") << kToken << QString();
}

void TestGraphClient::refusedBeforeSending()
{
    QFETCH(QString, token);
    QFETCH(QString, phoneNumberId);
    auto &f = *m_fixture;
    f.token.token = token;
    Capture<SendResult> sent;
    f.client->sendMessage(phoneNumberId, textMessage(), nullptr, sent.callback());
    QVERIFY(!sent.done());
    QTRY_VERIFY_WITH_TIMEOUT(sent.done(), kWait);
    QCOMPARE(sent.kind(), FailureKind::InvalidRequest);
    QVERIFY(!sent.result->failure().explanation().isEmpty());
    QVERIFY(f.server.requests.isEmpty());
}

void TestGraphClient::destroyedContextSkipsCallback()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) { return json(R"({"success":true})"); };
    auto context = std::make_unique<QObject>();
    Capture<GraphAck> skipped;
    Capture<GraphAck> kept;
    QObject keeper;
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.a"), context.get(),
                       skipped.callback());
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.b"), &keeper, kept.callback());
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(f.client->pendingCount(), 0, kWait);
    QVERIFY(kept.done());
    QVERIFY(kept.result->ok());
    QVERIFY(!skipped.done());
    QCOMPARE(f.server.requests.size(), 2);
}

void TestGraphClient::tokenIsReadPerRequest()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) { return json(R"({"success":true})"); };
    Capture<GraphAck> first;
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.a"), nullptr, first.callback());
    QTRY_VERIFY_WITH_TIMEOUT(first.done(), kWait);
    f.token.token = QStringLiteral("EAAGrotated");
    Capture<GraphAck> second;
    f.client->markRead(kPhoneNumberId, QStringLiteral("wamid.b"), nullptr, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.done(), kWait);
    QCOMPARE(f.server.requests.at(0).header("Authorization"), "Bearer " + kToken.toLatin1());
    QCOMPARE(f.server.requests.at(1).header("Authorization"), QByteArray("Bearer EAAGrotated"));
}

void TestGraphClient::apiErrorFromBodyParsing()
{
    QVERIFY(!ApiError::fromBody("<html/>", 502));
    QVERIFY(!ApiError::fromBody(R"({"data":[]})", 200));
    const std::optional<ApiError> quoted = ApiError::fromBody(
        R"({"error":{"code":"131056","message":"(#131056) pair rate limit",
            "error_data":"{\"details\":\"Too many messages to this user\"}"}})",
        400);
    QVERIFY(quoted);
    QCOMPARE(quoted->code, 131056);
    QCOMPARE(quoted->details, QStringLiteral("Too many messages to this user"));
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"

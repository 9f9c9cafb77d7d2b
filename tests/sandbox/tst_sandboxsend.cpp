// Sends against the sandbox over real loopback HTTP: every message kind is accepted with the
// platform's success shape (also through the app's own GraphClient), and requests with a bad
// token, a closed window or a malformed body are refused with the platform's codes.

#include "GraphClient.h"
#include "MessageJson.h"
#include "SandboxSendFixture.h"

#include <QTemporaryDir>

using namespace sbtest;

class TestSandboxSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture.start(testConfig()); }
    void cleanup() { m_fixture.stop(); }

    void acceptsEveryKind_data();
    void acceptsEveryKind();
    void acceptsThroughTheAppsClient();
    void unversionedPathWorks();
    void badOrMissingToken_data();
    void badOrMissingToken();
    void closedWindowRefusesFreeForm_data();
    void closedWindowRefusesFreeForm();
    void closedWindowAllowsTemplates();
    void structuralProblemIs100();
    void limitViolationIs131009();
    void unknownMediaIdIs100();
    void unsupportedUploadIs131053();
    void markReadAndTyping();
    void recipientIsSender();

private:
    SendFixture m_fixture;
};

void TestSandboxSend::acceptsEveryKind_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("content");
    const auto obj = [](const char *json) {
        return QJsonValue(QJsonDocument::fromJson(QByteArray(json)).object());
    };
    QTest::newRow("text") << "text" << obj(R"({"body":"Ja, sie ist da!","preview_url":false})");
    QTest::newRow("image") << "image" << obj(R"({"id":"@png","caption":"Hier"})");
    QTest::newRow("image link") << "image" << obj(R"({"link":"https://example.com/p.jpg"})");
    QTest::newRow("video") << "video" << obj(R"({"id":"@mp4","caption":"Pflege"})");
    QTest::newRow("voice") << "audio" << obj(R"({"id":"@ogg","voice":true})");
    QTest::newRow("document") << "document"
                              << obj(R"({"id":"@pdf","filename":"rechnung.pdf","caption":"R"})");
    QTest::newRow("sticker") << "sticker" << obj(R"({"id":"@webp"})");
    QTest::newRow("location") << "location"
                              << obj(R"({"latitude":"52.52","longitude":"13.405","name":"Laden"})");
    QTest::newRow("contacts")
        << "contacts"
        << QJsonValue(QJsonDocument::fromJson(
                          R"([{"name":{"formatted_name":"Lucky Shrub Support","first_name":"Lucky"},
                               "phones":[{"phone":"+15550783881","type":"WORK","wa_id":"15550783881"}]}])")
                          .array());
    QTest::newRow("reply buttons")
        << "interactive" << obj(R"({"type":"button","body":{"text":"Lieferung verschieben?"},
                  "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Ja"}},
                                       {"type":"reply","reply":{"id":"no","title":"Nein"}}]}})");
    QTest::newRow("list")
        << "interactive"
        << obj(R"({"type":"list","header":{"type":"text","text":"Versand"},"body":{"text":"Wähle"},
                  "action":{"button":"Optionen","sections":[{"title":"Schnell","rows":[
                  {"id":"express","title":"Express","description":"Morgen"}]}]}})");
    QTest::newRow("cta url")
        << "interactive"
        << obj(R"({"type":"cta_url","body":{"text":"Termine"},"action":{"name":"cta_url",
                  "parameters":{"display_text":"Ansehen","url":"https://example.com/t"}}})");
    QTest::newRow("location request")
        << "interactive" << obj(R"({"type":"location_request_message","body":{"text":"Wo bist du?"},
                  "action":{"name":"send_location"}})");
    QTest::newRow("reaction") << "reaction" << obj(R"({"message_id":"@inbound","emoji":"👍"})");
    QTest::newRow("template positional")
        << "template" << obj(R"({"name":"order_confirmation","language":{"code":"de"},"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"id":"@png"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"Lena"},
                                               {"type":"text","text":"SKB-1"}]},
                  {"type":"button","sub_type":"url","index":"0",
                   "parameters":[{"type":"text","text":"SKB-1"}]}]})");
    QTest::newRow("template named")
        << "template" << obj(R"({"name":"delivery_update","language":{"code":"de"},"components":[
                  {"type":"header","parameters":[{"type":"text","parameter_name":"order_id","text":"860198"}]},
                  {"type":"body","parameters":[
                    {"type":"text","parameter_name":"time_window","text":"9-12 Uhr"},
                    {"type":"text","parameter_name":"first_name","text":"Lena"},
                    {"type":"text","parameter_name":"delivery_date","text":"12. Juni"}]}]})");
    QTest::newRow("template location header")
        << "template" << obj(R"({"name":"pickup_ready","language":{"code":"de"},"components":[
                  {"type":"header","parameters":[{"type":"location","location":{
                     "latitude":"52.52","longitude":"13.40","name":"Laden","address":"Str. 1"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"860198"}]}]})");
    QTest::newRow("template copy code")
        << "template" << obj(R"({"name":"coupon_offer","language":{"code":"en_US"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"Lena"},{"type":"text","text":"15%"}]},
                  {"type":"button","sub_type":"copy_code","index":"0",
                   "parameters":[{"type":"coupon_code","coupon_code":"PLANT15"}]}]})");
    QTest::newRow("template authentication")
        << "template" << obj(R"({"name":"verification_code","language":{"code":"de"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"482913"}]},
                  {"type":"button","sub_type":"url","index":"0",
                   "parameters":[{"type":"text","text":"482913"}]}]})");
    QTest::newRow("template without variables")
        << "template" << obj(R"({"name":"hello_world","language":{"code":"en_US"}})");
}

void TestSandboxSend::acceptsEveryKind()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, content);
    // Media placeholders become uploaded ids; "@inbound" becomes Lena's message.
    QHash<QString, QString> ids;
    ids.insert(QStringLiteral("@png"),
               m_fixture.upload(QByteArray(2048, 'p'), "image/png", QStringLiteral("p.png")));
    ids.insert(QStringLiteral("@mp4"),
               m_fixture.upload(QByteArray(4096, 'v'), "video/mp4", QStringLiteral("v.mp4")));
    ids.insert(QStringLiteral("@ogg"),
               m_fixture.upload(QByteArray(1024, 'o'), "audio/ogg", QStringLiteral("v.ogg")));
    ids.insert(QStringLiteral("@pdf"),
               m_fixture.upload(QByteArray(1024, 'd'), "application/pdf", QStringLiteral("r.pdf")));
    ids.insert(QStringLiteral("@webp"),
               m_fixture.upload(QByteArray(1024, 'w'), "image/webp", QStringLiteral("s.webp")));
    ids.insert(QStringLiteral("@inbound"), m_fixture.lenaMessage);
    QByteArray json = content.isArray() ? QJsonDocument(content.toArray()).toJson()
                                        : QJsonDocument(content.toObject()).toJson();
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        QVERIFY(!it.value().isEmpty());
        json.replace(it.key().toUtf8(), it.value().toUtf8());
    }
    const QJsonDocument resolved = QJsonDocument::fromJson(json);
    const QJsonValue value =
        resolved.isArray() ? QJsonValue(resolved.array()) : QJsonValue(resolved.object());
    const QString to = QLatin1Char('+') + kLena;
    const HttpReply reply = m_fixture.send(envelope(to, type, value));
    verifySuccessShape(reply, to);
    QCOMPARE(m_fixture.sandbox->sentMessages().size(), 1);
    QCOMPARE(
        m_fixture.sandbox->sentMessages().first().request.value(QStringLiteral("type")).toString(),
        type);
}

void TestSandboxSend::acceptsThroughTheAppsClient()
{
    StaticToken token(kToken);
    sb::GraphClientConfig clientConfig;
    clientConfig.baseUrl = m_fixture.sandbox->baseUrl();
    clientConfig.apiVersion = QStringLiteral("v25.0");
    sb::GraphClient client(&m_fixture.http().network(), &token, clientConfig);
    const QString phoneId = m_fixture.sandbox->config().phoneNumberId;

    std::optional<sb::GraphResult<sb::SendResult>> sent;
    client.sendMessage(
        phoneId,
        sb::toRequestBody(sb::makeText(QLatin1Char('+') + kLena, QStringLiteral("Hallo Lena"))),
        nullptr, [&sent](const auto &result) { sent = result; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), kWaitMs);
    QVERIFY2(sent->ok(), qPrintable(sent->ok() ? QString() : sent->failure().explanation()));
    QVERIFY(sent->value().messageId.startsWith(QLatin1String("wamid.")));

    // An error body reaches the client as the platform's code.
    std::optional<sb::GraphResult<sb::SendResult>> refused;
    client.sendMessage(phoneId, sb::toRequestBody(sb::makeText(kNew, QStringLiteral("Hi"))),
                       nullptr, [&refused](const auto &result) { refused = result; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), kWaitMs);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->failure().kind, sb::FailureKind::Api);
    QCOMPARE(refused->failure().api->code, 131047);
    QVERIFY(!refused->failure().api->fbtraceId.isEmpty());

    // Templates arrive in pages; the client follows paging.next to the end.
    std::optional<sb::GraphResult<QJsonArray>> templates;
    client.listTemplates(m_fixture.sandbox->config().wabaId, nullptr,
                         [&templates](const auto &result) { templates = result; });
    QTRY_VERIFY_WITH_TIMEOUT(templates.has_value(), kWaitMs);
    QVERIFY(templates->ok());
    QCOMPARE(templates->value().size(), m_fixture.sandbox->world().templates.all().size());
    QVERIFY(templates->value().size() > 25); // more than one page

    std::optional<sb::GraphResult<sb::PhoneNumberInfo>> phone;
    client.phoneNumberFields(phoneId, nullptr, [&phone](const auto &result) { phone = result; });
    QTRY_VERIFY_WITH_TIMEOUT(phone.has_value(), kWaitMs);
    QVERIFY(phone->ok());
    QCOMPARE(phone->value().qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(phone->value().messagingLimitTier, QStringLiteral("TIER_250"));
    QCOMPARE(phone->value().throughputLevel, QStringLiteral("STANDARD"));
    QCOMPARE(phone->value().verifiedName, QStringLiteral("Lucky Shrub"));

    std::optional<sb::GraphResult<QList<sb::PhoneNumberInfo>>> numbers;
    client.listPhoneNumbers(m_fixture.sandbox->config().wabaId, nullptr,
                            [&numbers](const auto &result) { numbers = result; });
    QTRY_VERIFY_WITH_TIMEOUT(numbers.has_value(), kWaitMs);
    QVERIFY(numbers->ok());
    QCOMPARE(numbers->value().size(), 2);

    // Upload, look up and download a file: the bytes and the hash survive the round trip.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = "%PDF-1.4 sandbox test " + QByteArray(3000, 'x');
    file.write(bytes);
    file.close();
    std::optional<sb::GraphResult<sb::UploadedMedia>> uploaded;
    client.uploadMedia(phoneId, {path, QStringLiteral("application/pdf"), {}}, nullptr,
                       [&uploaded](const auto &result) { uploaded = result; });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), kWaitMs);
    QVERIFY2(uploaded->ok(),
             qPrintable(uploaded->ok() ? QString() : uploaded->failure().explanation()));
    std::optional<sb::GraphResult<sb::MediaInfo>> info;
    client.lookupMedia(uploaded->value().id, phoneId, nullptr,
                       [&info](const auto &result) { info = result; });
    QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), kWaitMs);
    QVERIFY(info->ok());
    QCOMPARE(info->value().mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(
        info->value().sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    std::optional<sb::GraphResult<sb::DownloadedMedia>> downloaded;
    client.downloadMedia(info->value().url, dir.path(), info->value().sha256, nullptr,
                         [&downloaded](const auto &result) { downloaded = result; });
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.has_value(), kWaitMs);
    QVERIFY2(downloaded->ok(),
             qPrintable(downloaded->ok() ? QString() : downloaded->failure().explanation()));
    QFile copy(downloaded->value().filePath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
}

void TestSandboxSend::unversionedPathWorks()
{
    const QString path =
        QLatin1Char('/') + m_fixture.sandbox->config().phoneNumberId + QStringLiteral("/messages");
    verifySuccessShape(m_fixture.http().post(path, textBody(kLena, QStringLiteral("ohne Version"))),
                       kLena);
    verifySuccessShape(
        m_fixture.http().post(messagesPath(*m_fixture.sandbox, QStringLiteral("v26.0")),
                              textBody(kLena, QStringLiteral("v26"))),
        kLena);
}

void TestSandboxSend::badOrMissingToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("wrong") << QStringLiteral("not-the-token");
    QTest::newRow("missing") << QString();
}

void TestSandboxSend::badOrMissingToken()
{
    QFETCH(QString, token);
    m_fixture.http().setToken(token);
    for (const QString &path :
         {messagesPath(*m_fixture.sandbox),
          QStringLiteral("/v25.0/%1/message_templates").arg(m_fixture.sandbox->config().wabaId),
          QStringLiteral("/v25.0/%1").arg(m_fixture.sandbox->config().phoneNumberId)}) {
        const HttpReply reply = path.endsWith(QLatin1String("messages"))
            ? m_fixture.http().post(path, textBody(kLena, QStringLiteral("x")))
            : m_fixture.http().get(path);
        verifyError(reply, 190, 401);
    }
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSend::closedWindowRefusesFreeForm_data()
{
    QTest::addColumn<QString>("to");
    QTest::newRow("closed 1 h ago") << kOmar;
    QTest::newRow("never opened") << kNew;
}

void TestSandboxSend::closedWindowRefusesFreeForm()
{
    QFETCH(QString, to);
    verifyError(m_fixture.send(textBody(to, QStringLiteral("Hi again"))), 131047, 400);
    verifyError(
        m_fixture.send(envelope(to, QStringLiteral("reaction"),
                                QJsonObject{{QStringLiteral("message_id"), m_fixture.lenaMessage},
                                            {QStringLiteral("emoji"), QStringLiteral("👍")}})),
        131047, 400);
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSend::closedWindowAllowsTemplates()
{
    verifySuccessShape(
        m_fixture.send(templateBody(kOmar, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kOmar);
    const sb::SandboxSentMessage sent = m_fixture.sandbox->sentMessages().constFirst();
    QCOMPARE(sent.category, QStringLiteral("utility"));
    QCOMPARE(sent.pricingType, QStringLiteral("regular"));
    // The same template inside the window is free customer service (before 2026-10-01).
    verifySuccessShape(
        m_fixture.send(templateBody(kLena, QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        kLena);
    QCOMPARE(m_fixture.sandbox->sentMessages().constLast().pricingType,
             QStringLiteral("free_customer_service"));
}

void TestSandboxSend::structuralProblemIs100()
{
    QJsonObject missingBody = textBody(kLena, QStringLiteral("x"));
    missingBody.insert(QStringLiteral("text"), QJsonObject{});
    HttpReply reply = m_fixture.send(missingBody);
    verifyError(reply, 100, 400);
    QVERIFY2(reply.details().contains(QLatin1String("text.body")), qPrintable(reply.details()));

    reply = m_fixture.send(envelope(kLena, QStringLiteral("hologram"), QJsonObject{}));
    verifyError(reply, 100, 400);
    QVERIFY(reply.details().startsWith(QLatin1String("type")));

    reply =
        m_fixture.http().postRaw(messagesPath(*m_fixture.sandbox), "{not json", "application/json");
    verifyError(reply, 100, 400);
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSend::limitViolationIs131009()
{
    const QJsonObject buttons = QJsonDocument::fromJson(R"({"type":"button","body":{"text":"?"},
        "action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"A title that is far too long"}}]}})")
                                    .object();
    HttpReply reply = m_fixture.send(envelope(kLena, QStringLiteral("interactive"), buttons));
    verifyError(reply, 131009, 400);
    QVERIFY2(reply.details().startsWith(QLatin1String("interactive.action.buttons[0].reply.title")),
             qPrintable(reply.details()));

    reply = m_fixture.send(textBody(kLena, QString(4097, QLatin1Char('a'))));
    verifyError(reply, 131009, 400);
    QVERIFY(reply.details().startsWith(QLatin1String("text.body")));
    QVERIFY(reply.details().contains(QLatin1String("4096")));
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSend::unknownMediaIdIs100()
{
    const HttpReply reply = m_fixture.send(
        envelope(kLena, QStringLiteral("image"),
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("1234567890123")}}));
    verifyError(reply, 100, 400);
    QVERIFY(reply.details().startsWith(QLatin1String("image.id")));
    // The type and size of an uploaded file are judged by the shared validator.
    const QString webp =
        m_fixture.upload(QByteArray(2048, 'w'), "image/webp", QStringLiteral("s.webp"));
    const HttpReply wrongKind = m_fixture.send(
        envelope(kLena, QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), webp}}));
    verifyError(wrongKind, 131009, 400);
}

void TestSandboxSend::unsupportedUploadIs131053()
{
    const HttpReply reply = m_fixture.http().upload(
        QStringLiteral("/v25.0/%1/media").arg(m_fixture.sandbox->config().phoneNumberId),
        "GIF89a....", "image/gif", QStringLiteral("a.gif"));
    verifyError(reply, 131053, 400);
    const HttpReply big = m_fixture.http().upload(
        QStringLiteral("/v25.0/%1/media").arg(m_fixture.sandbox->config().phoneNumberId),
        QByteArray(5 * 1024 * 1024 + 1, 'i'), "image/jpeg", QStringLiteral("big.jpg"));
    verifyError(big, 131053, 400);
}

void TestSandboxSend::markReadAndTyping()
{
    const auto read = [this](const QString &id, bool typing) {
        QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                         {QStringLiteral("status"), QStringLiteral("read")},
                         {QStringLiteral("message_id"), id}};
        if (typing)
            body.insert(QStringLiteral("typing_indicator"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
        return m_fixture.send(body);
    };
    HttpReply reply = read(m_fixture.lenaMessage, false);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json, QJsonObject({{QStringLiteral("success"), true}}));
    QVERIFY(m_fixture.sandbox->world().inbound.value(m_fixture.lenaMessage).read);
    reply = read(m_fixture.lenaMessage, true);
    QCOMPARE(reply.status, 200);
    verifyError(read(QStringLiteral("wamid.unknown"), false), 131009, 400);
    QVERIFY(m_fixture.sandbox->sentMessages().isEmpty());
}

void TestSandboxSend::recipientIsSender()
{
    verifyError(
        m_fixture.send(templateBody(m_fixture.sandbox->config().displayPhoneNumber,
                                    QStringLiteral("hello_world"), QStringLiteral("en_US"))),
        131021, 400);
}

QTEST_GUILESS_MAIN(TestSandboxSend)
#include "tst_sandboxsend.moc"

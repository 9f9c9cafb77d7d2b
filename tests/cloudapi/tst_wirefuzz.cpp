#include "MessageJson.h"
#include "WebhookParser.h"
#include "WebhookSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace sb;
using namespace Qt::StringLiterals;

// Garbage in, problems out: the parsers must survive anything a network peer can send.
namespace {

using Emit = std::function<void(const QJsonValue &)>;

// Calls `emit` with a copy of `value` for every node, in which that node is replaced by
// `replacement` (or removed, when `replacement` is undefined).
void forEachReplacement(const QJsonValue &value, const QJsonValue &replacement, const Emit &emit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &key : object.keys()) {
            QJsonObject copy = object;
            if (replacement.isUndefined())
                copy.remove(key);
            else
                copy.insert(key, replacement);
            emit(copy);
            forEachReplacement(object.value(key), replacement, [&](const QJsonValue &child) {
                QJsonObject c = object;
                c.insert(key, child);
                emit(c);
            });
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonArray copy = array;
            if (replacement.isUndefined())
                copy.removeAt(i);
            else
                copy.replace(i, replacement);
            emit(copy);
            forEachReplacement(array.at(i), replacement, [&](const QJsonValue &child) {
                QJsonArray c = array;
                c.replace(i, child);
                emit(c);
            });
        }
    }
}

const QList<QJsonValue> &replacements()
{
    static const QList<QJsonValue> values{
        QJsonValue(QJsonValue::Undefined),
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(0),
        QJsonValue(-1),
        QJsonValue(1.5),
        QJsonValue(1e300),
        QJsonValue(u""_s),
        QJsonValue(u"x"_s),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonObject()),
        QJsonValue(QJsonArray{QJsonValue()}),
        QJsonValue(QJsonObject{{u"a"_s, QJsonObject()}}),
    };
    return values;
}

// Every inbound shape of spec §5.3 in one `messages` change.
QByteArray inboundZoo()
{
    const QByteArray messages = R"([
 {"from":"1","id":"m1","timestamp":"1","type":"text","text":{"body":"x"},
  "context":{"from":"2","id":"o","referred_product":{"catalog_id":"c","product_retailer_id":"p"}},
  "referral":{"source_url":"u","source_id":"1","source_type":"ad","ctwa_clid":"c","welcome_message":{"text":"w"}}},
 {"from":"1","id":"m2","timestamp":"1","type":"image","context":{"forwarded":true},
  "image":{"caption":"c","mime_type":"image/jpeg","sha256":"s","id":"1","url":"u"}},
 {"from":"1","id":"m3","timestamp":"1","type":"audio","audio":{"mime_type":"audio/ogg","id":"1","voice":true}},
 {"from":"1","id":"m4","timestamp":"1","type":"document","document":{"filename":"f","id":"1"}},
 {"from":"1","id":"m5","timestamp":"1","type":"sticker","sticker":{"id":"1","animated":false}},
 {"from":"1","id":"m6","timestamp":"1","type":"location","location":{"latitude":1.5,"longitude":2.5,"name":"n"}},
 {"from":"1","id":"m7","timestamp":"1","type":"contacts","contacts":[{"name":{"formatted_name":"A"},
  "phones":[{"phone":"1","wa_id":"1"}],"emails":[{"email":"e"}],"addresses":[{"zip":"1"}],"org":{"company":"c"},
  "urls":[{"url":"u"}],"birthday":"2000-01-01"}]},
 {"from":"1","id":"m8","timestamp":"1","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"i","title":"t"}}},
 {"from":"1","id":"m9","timestamp":"1","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"i","title":"t","description":"d"}}},
 {"from":"1","id":"m10","timestamp":"1","type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"name":"n","body":"b","response_json":"{}"}}},
 {"from":"1","id":"m11","timestamp":"1","type":"button","button":{"payload":"p","text":"t"},"context":{"id":"o"}},
 {"from":"1","id":"m12","timestamp":"1","type":"reaction","reaction":{"message_id":"o","emoji":"x"}},
 {"from":"1","id":"m13","timestamp":"1","type":"order","order":{"catalog_id":"c","product_items":[{"product_retailer_id":"p","quantity":1,"item_price":2,"currency":"USD"}]}},
 {"from":"1","id":"m14","timestamp":"1","type":"system","system":{"body":"b","wa_id":"2","type":"user_changed_number"}},
 {"from":"1","id":"m15","timestamp":"1","type":"unsupported","unsupported":{"type":"edit"},"errors":[{"code":131051,"title":"t"}]}
])";
    return samples::single("messages",
                           R"({"contacts":[{"profile":{"name":"A"},"wa_id":"1"}],"messages":)"
                               + messages + "}");
}

QJsonObject richRequest()
{
    InteractiveContent list;
    list.kind = InteractiveKind::List;
    list.header = InteractiveHeader{InteractiveHeaderKind::Text, u"h"_s, {}};
    list.body = u"b"_s;
    list.listButton = u"B"_s;
    list.sections = {{u"s"_s, {{u"1"_s, u"t"_s, u"d"_s}}}};
    QJsonObject body = toRequestBody(makeInteractive(u"+1"_s, list));
    TemplateParameter currency;
    currency.kind = TemplateParameterKind::Currency;
    currency.currencyCode = u"USD"_s;
    TemplateParameter location;
    location.kind = TemplateParameterKind::Location;
    TemplateContent t{u"n"_s, u"en"_s, {}, {}};
    TemplateComponent c;
    c.parameters = {currency, location};
    t.components = {c};
    // Several type objects in one body: each is fuzzed while the others are ignored.
    body.insert(u"template"_s, toRequestBody(makeTemplate(u"+1"_s, t)).value(u"template"));
    body.insert(u"context"_s, QJsonObject{{u"message_id"_s, u"m"_s}});
    return body;
}

} // namespace

class TestWireFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncatedEverywhere();
    void wrongTypesEverywhere_data();
    void wrongTypesEverywhere();
    void randomBytes();
    void deepNesting();
    void requestBodyWrongTypes_data();
    void requestBodyWrongTypes();
};

void TestWireFuzz::initTestCase()
{
    // Thousands of deliberately broken bodies: their warnings would drown the test log.
    QLoggingCategory::setFilterRules(u"sb.cloudapi.warning=false"_s);
}

void TestWireFuzz::truncatedEverywhere()
{
    const QByteArray full =
        QJsonDocument::fromJson(samples::richPayload()).toJson(QJsonDocument::Compact);
    QVERIFY(parseWebhook(full).isClean());
    for (qsizetype i = 0; i < full.size(); ++i) {
        const WebhookParseResult result = parseWebhook(full.left(i));
        QVERIFY(!result.validJson);
        QVERIFY(result.events.isEmpty());
        QCOMPARE(result.problems.size(), 1);
    }
}

void TestWireFuzz::wrongTypesEverywhere_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("rich batch") << samples::richPayload();
    QTest::newRow("every inbound type") << inboundZoo();
    QTest::newRow("template status")
        << samples::single("message_template_status_update", samples::kTemplateRejected);
    QTest::newRow("account update")
        << samples::single("account_update", samples::kAccountRestriction);
}

void TestWireFuzz::wrongTypesEverywhere()
{
    QFETCH(QByteArray, payload);
    const QJsonObject original = QJsonDocument::fromJson(payload).object();
    const WebhookParseResult baseline = parseWebhook(original);
    QVERIFY(baseline.isClean());
    int variants = 0;
    for (const QJsonValue &replacement : replacements()) {
        forEachReplacement(original, replacement, [&](const QJsonValue &mutated) {
            ++variants;
            const QByteArray bytes =
                QJsonDocument(mutated.toObject()).toJson(QJsonDocument::Compact);
            const WebhookParseResult result = parseWebhook(bytes);
            QVERIFY(result.validJson);
            // One bad node can remove events but never invent any.
            QVERIFY(result.events.size() <= baseline.events.size());
            for (const auto &p : result.problems)
                QVERIFY(!p.description.isEmpty());
        });
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(variants > 100);
}

void TestWireFuzz::randomBytes()
{
    const QByteArray full = inboundZoo();
    QRandomGenerator random(20260911); // fixed seed: the same inputs on every run
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = full;
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const WebhookParseResult result = parseWebhook(bytes);
        if (!result.validJson)
            QVERIFY(result.events.isEmpty());
    }
}

void TestWireFuzz::deepNesting()
{
    const QByteArray deep = R"({"object":"whatsapp_business_account","entry":)"
        + QByteArray(5000, '[') + QByteArray(5000, ']') + "}";
    const WebhookParseResult result = parseWebhook(deep);
    QVERIFY(result.events.isEmpty());
    QVERIFY(!result.problems.isEmpty());

    QByteArray nestedValue = "1";
    for (int i = 0; i < 500; ++i)
        nestedValue = R"({"a":)" + nestedValue + "}";
    const WebhookParseResult odd = parseWebhook(samples::single("messages", nestedValue));
    QVERIFY(odd.validJson);
    QVERIFY(odd.events.isEmpty());
}

void TestWireFuzz::requestBodyWrongTypes_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("list + template") << richRequest();
    ContactCard card;
    card.name.formattedName = u"A"_s;
    card.phones = {{u"1"_s, u"t"_s, u"1"_s}};
    card.org = ContactOrg{u"c"_s, {}, {}};
    Message contacts;
    contacts.kind = MessageKind::Contacts;
    contacts.to = u"+1"_s;
    contacts.body = ContactsContent{{card}};
    QTest::newRow("contacts") << toRequestBody(contacts);
    InteractiveContent flow;
    flow.kind = InteractiveKind::Flow;
    flow.header.kind = InteractiveHeaderKind::Image;
    flow.header.media.link = u"https://x"_s;
    flow.body = u"b"_s;
    flow.flow.id = u"1"_s;
    flow.flow.cta = u"c"_s;
    flow.flow.screen = u"S"_s;
    flow.flow.payloadDataJson = u"{\"k\":[1]}"_s;
    QTest::newRow("flow") << toRequestBody(makeInteractive(u"US.1"_s, flow));
}

void TestWireFuzz::requestBodyWrongTypes()
{
    QFETCH(QJsonObject, body);
    QVERIFY(fromRequestBody(body).issues.isEmpty());
    int variants = 0;
    for (const QJsonValue &replacement : replacements()) {
        forEachReplacement(body, replacement, [&](const QJsonValue &mutated) {
            ++variants;
            const RequestParseResult result = fromRequestBody(mutated.toObject());
            for (const auto &issue : result.issues)
                QVERIFY(!issue.description.isEmpty());
            // A message that came back can always be written out again.
            if (result.message)
                (void)toRequestBody(*result.message);
        });
    }
    QVERIFY(variants > 50);
}

QTEST_APPLESS_MAIN(TestWireFuzz)
#include "tst_wirefuzz.moc"

#include "WebhookReceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ctl(const QStringList &args, const QByteArray &stdinData = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SWITCHBOARDCTL), args);
    if (!process.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject textMessage(const QString &body)
{
    return QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                       {u"to"_s, u"+16505551234"_s},
                       {u"type"_s, u"text"_s},
                       {u"text"_s, QJsonObject{{u"body"_s, body}}}};
}

const QByteArray kWebhook = R"({"object":"whatsapp_business_account","entry":[{"id":"WABA1",
"changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
"metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
"messages":[{"from":"16505551234","id":"wamid.A","timestamp":"1749416383","type":"text",
"text":{"body":"Does it come in another color?"}}],
"statuses":[{"id":"wamid.B","status":"read","timestamp":"1750030073",
"recipient_id":"16505551234","biz_opaque_callback_data":"local-7"}]}}]}]})";

const QString kPhoneNumberId = u"106540352242922"_s; // the sandbox's default number

// One customer text message as Meta posts it, written at `at`.
QByteArray inboundPayload(const QString &wamid, const QString &waId, const QString &text,
                          const QDateTime &at)
{
    const QJsonObject message{{u"from"_s, waId},
                              {u"id"_s, wamid},
                              {u"timestamp"_s, QString::number(at.toSecsSinceEpoch())},
                              {u"type"_s, u"text"_s},
                              {u"text"_s, QJsonObject{{u"body"_s, text}}}};
    const QJsonObject value{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
         QJsonObject{{u"display_phone_number"_s, u"15550783881"_s},
                     {u"phone_number_id"_s, kPhoneNumberId}}},
        {u"contacts"_s,
         QJsonArray{
             QJsonObject{{u"profile"_s, QJsonObject{{u"name"_s, u"Ana"_s}}}, {u"wa_id"_s, waId}}}},
        {u"messages"_s, QJsonArray{message}}};
    const QJsonObject change{{u"field"_s, u"messages"_s}, {u"value"_s, value}};
    return compact(QJsonObject{
        {u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"WABA1"_s}, {u"changes"_s, QJsonArray{change}}}}}});
}

// Webhook timestamps are whole seconds.
QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

QJsonDocument json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes);
}

// switchboard-sandbox as a child process on a free loopback port.
class SandboxProcess
{
public:
    SandboxProcess()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SANDBOX_ACCESS_TOKEN"_s, u"ctl-test-token"_s);
        environment.insert(u"SANDBOX_APP_SECRET"_s, u"ctl-test-secret"_s);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(SWITCHBOARD_SANDBOX),
                        {u"--listen"_s, u"127.0.0.1:0"_s, u"--scenario"_s, u"empty"_s,
                         u"--no-customer-replies"_s, u"--seed"_s, u"7"_s});
        const bool ready = QTest::qWaitFor(
            [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
            30000);
        const QString line = ready ? QString::fromUtf8(m_process.readLine()) : QString();
        const qsizetype at = line.indexOf(u"http://"_s);
        if (at >= 0)
            url = QUrl(line.mid(at).trimmed());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // The HTTP status and body of a control API request; 0 when no answer came.
    std::pair<int, QByteArray> request(const QByteArray &method, const QString &path,
                                       const QJsonObject &body = {})
    {
        QNetworkRequest request(url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            method == "GET" ? m_network.get(request) : m_network.post(request, compact(body));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000)) {
            delete reply;
            return {0, {}};
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        return {status, answer};
    }

    QUrl url;

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
};

} // namespace

class TestSwitchboardCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_junk = file(u"junk.db"_s, QByteArray(4096, 'j'));
    }

    void validMessageExitsZero()
    {
        const Run run = ctl({u"validate"_s, file(u"ok.json"_s, compact(textMessage(u"Hi"_s)))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("valid"));
    }

    void invalidMessageListsEveryViolation()
    {
        QJsonObject message = textMessage(QString(4097, u'x'));
        message.insert(u"to"_s, QString());
        const Run run = ctl({u"validate"_s, u"--json"_s, file(u"bad.json"_s, compact(message))});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(u"valid"_s).toBool(true), false);
        QStringList paths;
        for (const QJsonValue &v : result.value(u"violations"_s).toArray()) {
            const QJsonObject violation = v.toObject();
            paths << violation.value(u"path"_s).toString();
            QVERIFY(!violation.value(u"fix"_s).toString().isEmpty());
            QVERIFY(!violation.value(u"rule"_s).toString().isEmpty());
        }
        QVERIFY2(paths.contains(u"text.body"_s), qPrintable(paths.join(u',')));
        QVERIFY2(paths.contains(u"to"_s), qPrintable(paths.join(u',')));
        const QJsonObject body =
            result.value(u"violations"_s).toArray().at(paths.indexOf(u"text.body"_s)).toObject();
        QCOMPARE(body.value(u"actual"_s).toString(), u"4097"_s);
        QCOMPARE(body.value(u"limit"_s).toString(), u"4096"_s);
    }

    void textOutputNamesFieldAndFix()
    {
        const Run run = ctl({u"validate"_s, u"-"_s}, compact(textMessage(QString(4097, u'y'))));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("text.body: "), run.out.constData());
    }

    void structuralProblemsAreViolations()
    {
        const QJsonObject unknown{{u"messaging_product"_s, u"whatsapp"_s},
                                  {u"to"_s, u"+16505551234"_s},
                                  {u"type"_s, u"hologram"_s}};
        const Run run = ctl({u"validate"_s, u"-"_s}, compact(unknown));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.isEmpty());
    }

    void unreadableInputExitsTwo()
    {
        QCOMPARE(ctl({u"validate"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(ctl({u"validate"_s, file(u"junk.json"_s, "{not json")}).exitCode, 2);
        QCOMPARE(ctl({u"validate"_s, file(u"array.json"_s, "[1,2]")}).exitCode, 2);
        QCOMPARE(ctl({u"parse-webhook"_s, m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(ctl({u"parse-webhook"_s, u"-"_s}, "<html>").exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(ctl({u"frobnicate"_s}).exitCode, 64);
        QCOMPARE(ctl({u"validate"_s}).exitCode, 64);
        QCOMPARE(ctl({u"parse-webhook"_s, u"-"_s, u"--app-secret"_s, u"s"_s}).exitCode, 64);
    }

    void parseWebhookPrintsEventLines()
    {
        const Run run = ctl({u"parse-webhook"_s, file(u"hook.json"_s, kWebhook)});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject inbound = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(inbound.value(u"event"_s).toString(), u"inbound_message"_s);
        QCOMPARE(inbound.value(u"kind"_s).toString(), u"text"_s);
        QCOMPARE(inbound.value(u"contact"_s).toObject().value(u"name"_s).toString(),
                 u"Sheena Nelson"_s);
        const QJsonObject status = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(status.value(u"event"_s).toString(), u"status"_s);
        QCOMPARE(status.value(u"status"_s).toString(), u"read"_s);
        QCOMPARE(status.value(u"biz_opaque_callback_data"_s).toString(), u"local-7"_s);
        QCOMPARE(status.value(u"timestamp"_s).toString(), u"2025-06-15T23:27:53.000Z"_s);
    }

    void parseWebhookChecksSignature()
    {
        const QString path = file(u"signed.json"_s, kWebhook);
        const QByteArray header = sb::WebhookReceiver::signatureHeader(kWebhook, "s3cret");
        QCOMPARE(ctl({u"parse-webhook"_s, path, u"--app-secret"_s, u"s3cret"_s, u"--signature"_s,
                      QString::fromLatin1(header)})
                     .exitCode,
                 0);
        const Run wrongSecret = ctl({u"parse-webhook"_s, path, u"--app-secret"_s, u"other"_s,
                                     u"--signature"_s, QString::fromLatin1(header)});
        QCOMPARE(wrongSecret.exitCode, 3);
        QVERIFY(wrongSecret.out.isEmpty()); // nothing parsed or printed from a refused payload
        QByteArray tampered = kWebhook;
        tampered.replace("another color", "another colour");
        QCOMPARE(ctl({u"parse-webhook"_s, file(u"tampered.json"_s, tampered), u"--app-secret"_s,
                      u"s3cret"_s, u"--signature"_s, QString::fromLatin1(header)})
                     .exitCode,
                 3);
    }

    void parseWebhookReportsProblemsButKeepsEvents()
    {
        QByteArray broken = kWebhook;
        broken.replace(R"("timestamp":"1750030073")", R"("timestamp":{"x":1})");
        const Run run = ctl({u"parse-webhook"_s, u"-"_s}, broken);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("inbound_message"));
        QVERIFY(run.err.contains("timestamp"));
    }

    void ingestThenConversationsShowWindowDeadline()
    {
        const QString db = m_dir.filePath(u"ingest.db"_s);
        const QDateTime wrote = wholeSeconds(QDateTime::currentDateTimeUtc().addSecs(-3600));
        const QString payload = file(u"inbound.json"_s,
                                     inboundPayload(u"wamid.ctl.1"_s, u"16505550101"_s,
                                                    u"Does the blue one come in XL?"_s, wrote));
        const Run first = ctl({u"ingest"_s, u"--db"_s, db, u"--json"_s, payload});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(json(first.out).object().value(u"inbound_stored"_s).toInt(), 1);
        QCOMPARE(json(first.out).object().value(u"already_ingested"_s).toBool(true), false);
        const Run again = ctl({u"ingest"_s, u"--db"_s, db, u"--json"_s, payload});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again.out).object().value(u"already_ingested"_s).toBool(), true);

        const Run listed = ctl({u"conversations"_s, u"--db"_s, db, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray conversations = json(listed.out).array();
        QCOMPARE(conversations.size(), 1);
        const QJsonObject conversation = conversations.first().toObject();
        QCOMPARE(conversation.value(u"contact"_s).toObject().value(u"wa_id"_s).toString(),
                 u"16505550101"_s);
        QCOMPARE(conversation.value(u"unread"_s).toInt(), 1); // ingested twice, counted once
        const QJsonObject window = conversation.value(u"window"_s).toObject();
        QCOMPARE(window.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(window.value(u"deadline"_s).toString(),
                 wrote.addSecs(24 * 3600).toString(Qt::ISODateWithMs));
        QVERIFY(window.value(u"remaining_seconds"_s).toInteger() > 22 * 3600);

        const Run text = ctl({u"conversations"_s, u"--db"_s, db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(wrote.addSecs(24 * 3600).toString(Qt::ISODateWithMs).toUtf8()),
                 text.out.constData());
    }

    void conversationsShowClosedWindows()
    {
        const QString db = m_dir.filePath(u"closed.db"_s);
        const QDateTime wrote = wholeSeconds(QDateTime::currentDateTimeUtc().addDays(-3));
        QCOMPARE(
            ctl({u"ingest"_s, u"--db"_s, db,
                 file(u"old.json"_s,
                      inboundPayload(u"wamid.ctl.old"_s, u"16505550102"_s, u"Hello?"_s, wrote))})
                .exitCode,
            0);
        const QJsonObject window = json(ctl({u"conversations"_s, u"--db"_s, db, u"--json"_s}).out)
                                       .array()
                                       .first()
                                       .toObject()
                                       .value(u"window"_s)
                                       .toObject();
        QCOMPARE(window.value(u"state"_s).toString(), u"closed"_s);
        QCOMPARE(window.value(u"can_send_free_form"_s).toBool(true), false);
        QCOMPARE(window.value(u"deadline"_s).toString(),
                 wrote.addSecs(24 * 3600).toString(Qt::ISODateWithMs));
    }

    void searchFindsIngestedMessages()
    {
        const QString db = m_dir.filePath(u"search.db"_s);
        QCOMPARE(ctl({u"ingest"_s, u"--db"_s, db,
                      file(u"s.json"_s,
                           inboundPayload(u"wamid.ctl.s"_s, u"16505550103"_s,
                                          u"Where is my parcel to Zaragoza?"_s,
                                          QDateTime::currentDateTimeUtc()))})
                     .exitCode,
                 0);
        const Run found = ctl({u"search"_s, u"--db"_s, db, u"--json"_s, u"zarag"_s});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray hits = json(found.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"text"_s).toString(),
                 u"Where is my parcel to Zaragoza?"_s);
        QCOMPARE(hits.first().toObject().value(u"direction"_s).toString(), u"in"_s);
        const Run none = ctl({u"search"_s, u"--db"_s, db, u"--json"_s, u"invoice"_s});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(json(none.out).array().size(), 0);
        // Query syntax is just separators: no error, no injection.
        QCOMPARE(ctl({u"search"_s, u"--db"_s, db, u"parcel\" OR *"_s}).exitCode, 0);
        QCOMPARE(ctl({u"search"_s, u"--db"_s, db, u"\"*\""_s}).exitCode, 64);
        QCOMPARE(ctl({u"search"_s, u"--db"_s, db}).exitCode, 64);
    }

    void sendRefusesInvalidAndQueuesValid()
    {
        const QString db = m_dir.filePath(u"send.db"_s);
        QCOMPARE(ctl({u"ingest"_s, u"--db"_s, db,
                      file(u"w.json"_s,
                           inboundPayload(u"wamid.ctl.w"_s, u"16505550104"_s, u"Hi"_s,
                                          QDateTime::currentDateTimeUtc()))})
                     .exitCode,
                 0);
        const auto depth = [&] {
            const Run status = ctl({u"status"_s, u"--db"_s, db, u"--json"_s});
            const QJsonArray numbers =
                json(status.out).object().value(u"phone_numbers"_s).toArray();
            return numbers.size() == 1
                ? numbers.first().toObject().value(u"queue_depth"_s).toInt(-1)
                : -1;
        };
        QCOMPARE(depth(), 0);

        const Run tooLong = ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s,
                                 u"--text"_s, QString(4097, u'x')});
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains("text.body"), tooLong.err.constData());
        QVERIFY(tooLong.err.contains("4096"));
        QJsonObject badButton{
            {u"type"_s, u"interactive"_s},
            {u"interactive"_s,
             QJsonObject{{u"type"_s, u"button"_s},
                         {u"body"_s, QJsonObject{{u"text"_s, u"Pick"_s}}},
                         {u"action"_s, QJsonObject{{u"buttons"_s, QJsonArray{}}}}}}};
        const Run noButtons = ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s,
                                   u"--json"_s, file(u"buttons.json"_s, compact(badButton))});
        QCOMPARE(noButtons.exitCode, 1);
        QVERIFY2(noButtons.err.contains("interactive.action.buttons"), noButtons.err.constData());
        // Nobody by that number ever wrote: free-form is refused before it leaves.
        const Run stranger =
            ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550199"_s, u"--text"_s, u"Hello"_s});
        QCOMPARE(stranger.exitCode, 1);
        QVERIFY2(stranger.err.contains("template"), stranger.err.constData());
        QCOMPARE(depth(), 0);

        const Run ok = ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s, u"--text"_s,
                            u"Yes, it does."_s});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.startsWith("queued sb-"), ok.out.constData());
        QCOMPARE(depth(), 1);
        const Run text = ctl({u"status"_s, u"--db"_s, db});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("queue depth 1"), text.out.constData());

        QCOMPARE(ctl({u"send"_s, u"--db"_s, db, u"--text"_s, u"no recipient"_s}).exitCode, 64);
        QCOMPARE(ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s}).exitCode, 64);
        QCOMPARE(ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s, u"--json"_s,
                      m_dir.filePath(u"missing.json"_s)})
                     .exitCode,
                 2);
        QCOMPARE(ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550104"_s, u"--from"_s, u"999"_s,
                      u"--text"_s, u"x"_s})
                     .exitCode,
                 1); // no conversation on that number: window never opened
    }

    void badDatabaseIsAClearError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        const QString missingDir = m_dir.filePath(u"no/such/dir/x.db"_s);
        const QString missingFile = m_dir.filePath(u"never-created.db"_s);
        QTest::newRow("status, folder missing")
            << QStringList{u"status"_s, u"--db"_s, missingDir} << QByteArray("no/such/dir");
        QTest::newRow("ingest, folder missing")
            << QStringList{u"ingest"_s, u"--db"_s, missingDir, u"-"_s} << QByteArray("no/such/dir");
        QTest::newRow("conversations, no database yet")
            << QStringList{u"conversations"_s, u"--db"_s, missingFile}
            << QByteArray("never-created.db");
        QTest::newRow("search, a folder")
            << QStringList{u"search"_s, u"--db"_s, m_dir.path(), u"x"_s} << QByteArray("folder");
        QTest::newRow("unsupported scheme")
            << QStringList{u"status"_s, u"--db"_s, u"mysql://u@localhost/db"_s}
            << QByteArray("mysql");
        QTest::newRow("server down")
            << QStringList{u"status"_s, u"--db"_s, u"postgresql://sb:hunter2@127.0.0.1:1/none"_s}
            << QByteArray("127.0.0.1");
        QTest::newRow("malformed URL")
            << QStringList{u"status"_s, u"--db"_s, u"postgresql://sb:hunter2@/"_s}
            << QByteArray("sb:***@");
        QTest::newRow("not a database")
            << QStringList{u"status"_s, u"--db"_s, m_junk} << QByteArray("junk.db");
    }
    void badDatabaseIsAClearError()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const Run run = ctl(args, kWebhook);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QVERIFY2(!run.err.contains("hunter2"), "a password was printed");
        QVERIFY(!QFile::exists(m_dir.filePath(u"no"_s)));
    }

    void dispatchOnceSendsThroughTheSandbox()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.url.isValid() && sandbox.url.port() > 0, "the sandbox did not start");
        // The customer writes, on the sandbox (so it accepts free-form) and in our database.
        QCOMPARE(sandbox
                     .request("POST", u"/_sandbox/inbound"_s,
                              QJsonObject{{u"from"_s, u"16505550105"_s},
                                          {u"name"_s, u"Ana"_s},
                                          {u"type"_s, u"text"_s},
                                          {u"text"_s, QJsonObject{{u"body"_s, u"Hi"_s}}}})
                     .first,
                 200);
        const QString db = m_dir.filePath(u"dispatch.db"_s);
        QCOMPARE(ctl({u"ingest"_s, u"--db"_s, db,
                      file(u"d.json"_s,
                           inboundPayload(u"wamid.ctl.d"_s, u"16505550105"_s, u"Hi"_s,
                                          QDateTime::currentDateTimeUtc()))})
                     .exitCode,
                 0);
        const Run queued = ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550105"_s, u"--text"_s,
                                u"Hello Ana, how can I help?"_s});
        QCOMPARE(queued.exitCode, 0);
        const QString localId = QString::fromUtf8(queued.out.split(' ').value(1));
        QVERIFY(localId.startsWith(u"sb-"_s));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"SB_ACCESS_TOKEN"_s);
        const QStringList dispatch{u"dispatch"_s, u"--db"_s,        db,
                                   u"--once"_s,   u"--graph-url"_s, sandbox.url.toString()};
        QCOMPARE(ctl(dispatch, {}, environment).exitCode, 64); // no token: nothing sent
        QCOMPARE(json(sandbox.request("GET", u"/_sandbox/sent"_s).second)
                     .object()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
                 0);

        environment.insert(u"SB_ACCESS_TOKEN"_s, u"ctl-test-token"_s);
        const Run sent = ctl(dispatch, {}, environment);
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.contains(QByteArray("sent " + localId.toUtf8())), sent.out.constData());
        QVERIFY(!sent.out.contains("ctl-test-token") && !sent.err.contains("ctl-test-token"));
        const QJsonArray data = json(sandbox.request("GET", u"/_sandbox/sent"_s).second)
                                    .object()
                                    .value(u"data"_s)
                                    .toArray();
        QCOMPARE(data.size(), 1);
        const QJsonObject message = data.first().toObject();
        QCOMPARE(message.value(u"biz_opaque_callback_data"_s).toString(), localId);
        QCOMPARE(message.value(u"wa_id"_s).toString(), u"16505550105"_s);
        QCOMPARE(message.value(u"request"_s)
                     .toObject()
                     .value(u"text"_s)
                     .toObject()
                     .value(u"body"_s)
                     .toString(),
                 u"Hello Ana, how can I help?"_s);
        QVERIFY2(sent.out.contains(message.value(u"id"_s).toString().toUtf8()),
                 sent.out.constData());

        // Nothing left: a second run sends nothing and the queue is empty.
        QCOMPARE(ctl(dispatch, {}, environment).exitCode, 0);
        QCOMPARE(json(sandbox.request("GET", u"/_sandbox/sent"_s).second)
                     .object()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
        QVERIFY(ctl({u"status"_s, u"--db"_s, db}).out.contains("queue depth 0"));

        // A wrong token pauses the number: the message stays queued, exit 5.
        QCOMPARE(ctl({u"send"_s, u"--db"_s, db, u"--to"_s, u"+16505550105"_s, u"--text"_s,
                      u"One more thing"_s})
                     .exitCode,
                 0);
        environment.insert(u"SB_ACCESS_TOKEN"_s, u"expired-token"_s);
        const Run refused = ctl(dispatch, {}, environment);
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("paused"), refused.err.constData());
        QVERIFY(ctl({u"status"_s, u"--db"_s, db}).out.contains("queue depth 1"));
    }

    void dispatchUsageErrors()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SB_ACCESS_TOKEN"_s, u"t"_s);
        const QString db = m_dir.filePath(u"usage.db"_s);
        QCOMPARE(ctl({u"dispatch"_s, u"--db"_s, db}, {}, environment).exitCode, 64);
        QCOMPARE(ctl({u"dispatch"_s, u"--db"_s, db, u"--once"_s, u"--follow"_s}, {}, environment)
                     .exitCode,
                 64);
        QCOMPARE(ctl({u"dispatch"_s, u"--db"_s, db, u"--once"_s, u"--graph-url"_s, u"ftp://x"_s},
                     {}, environment)
                     .exitCode,
                 64);
        QCOMPARE(ctl({u"conversations"_s, u"--filter"_s, u"someday"_s}).exitCode, 64);
        QCOMPARE(ctl({u"status"_s, u"--help"_s}).exitCode, 0);
    }

private:
    QString file(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

    QTemporaryDir m_dir;
    QString m_junk;
};

QTEST_GUILESS_MAIN(TestSwitchboardCtl)
#include "tst_switchboardctl.moc"

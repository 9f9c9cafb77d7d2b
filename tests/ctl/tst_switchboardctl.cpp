#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Run ctl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
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

} // namespace

class TestSwitchboardCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
};

QTEST_GUILESS_MAIN(TestSwitchboardCtl)
#include "tst_switchboardctl.moc"

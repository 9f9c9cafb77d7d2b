// Templates through the control API: status changes (PAUSED, REINSTATED, DISABLED) emit
// message_template_status_update and change what a send gets; a new template is listed by the
// Graph API and can be sent at once.

#include "SandboxTestSupport.h"

using namespace sbtest;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestSandboxTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void templateStatusChanges();
    void templateCanBeAdded();

private:
    HttpReply control(const QString &what, const QJsonObject &body)
    {
        return m_http->post(QStringLiteral("/_sandbox/") + what, body);
    }

    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<sb::Sandbox> m_sandbox;
    std::unique_ptr<Http> m_http;
};

void TestSandboxTemplates::init()
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

void TestSandboxTemplates::cleanup()
{
    m_http.reset();
    m_sandbox.reset();
    m_receiver.reset();
}

void TestSandboxTemplates::templateStatusChanges()
{
    HttpReply reply = control(QStringLiteral("templates"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                          {QStringLiteral("language"), QStringLiteral("en_US")},
                                          {QStringLiteral("status"), QStringLiteral("PAUSED")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status").toString(), QStringLiteral("PAUSED"));
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().size(), 1,
                              kWaitMs);
    sb::TemplateStatusEvent event = m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().first();
    QCOMPARE(event.event, QStringLiteral("PAUSED"));
    QCOMPARE(event.tmpl.name, QStringLiteral("hello_world"));
    QCOMPARE(event.otherInfoTitle, QStringLiteral("FIRST_PAUSE"));
    const QJsonObject send =
        templateBody(kLena, QStringLiteral("hello_world"), QStringLiteral("en_US"));
    QCOMPARE(m_http->post(messagesPath(*m_sandbox), send).code(), 132015);

    reply = control(QStringLiteral("templates"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                {QStringLiteral("language"), QStringLiteral("en_US")},
                                {QStringLiteral("status"), QStringLiteral("APPROVED")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().size(), 2,
                              kWaitMs);
    event = m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().last();
    QCOMPARE(event.event, QStringLiteral("REINSTATED"));
    QCOMPARE(m_http->post(messagesPath(*m_sandbox), send).status, 200);

    reply = control(QStringLiteral("templates"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                {QStringLiteral("language"), QStringLiteral("en_US")},
                                {QStringLiteral("status"), QStringLiteral("DISABLED")}});
    QCOMPARE(m_http->post(messagesPath(*m_sandbox), send).code(), 132016);
    QCOMPARE(control(QStringLiteral("templates"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("nope")},
                                 {QStringLiteral("language"), QStringLiteral("en_US")},
                                 {QStringLiteral("status"), QStringLiteral("APPROVED")}})
                 .status,
             400);
}

void TestSandboxTemplates::templateCanBeAdded()
{
    const QJsonObject definition = QJsonDocument::fromJson(R"({"name":"welcome_back",
        "language":"es","category":"MARKETING","status":"APPROVED","parameter_format":"NAMED",
        "components":[{"type":"BODY","text":"¡Hola {{first_name}}! Te extrañamos.",
          "example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"}]}},
          {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"No más promociones"}]}]})")
                                       .object();
    HttpReply reply =
        control(QStringLiteral("templates"), QJsonObject{{QStringLiteral("template"), definition}});
    QCOMPARE(reply.status, 200);
    const QString id = reply.json.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().size(), 1,
                              kWaitMs);
    QCOMPARE(m_receiver->sink.eventsOf<sb::TemplateStatusEvent>().first().event,
             QStringLiteral("APPROVED"));
    const HttpReply listed =
        m_http->get(QStringLiteral("/v25.0/%1/message_templates?name=welcome_back")
                        .arg(m_sandbox->config().wabaId));
    QCOMPARE(listed.json.value(u"data").toArray().size(), 1);
    QCOMPARE(listed.json.value(u"data").toArray().first().toObject().value(u"id").toString(), id);
    QJsonObject parameter = textParameter(QStringLiteral("Ana"));
    parameter.insert(QStringLiteral("parameter_name"), QStringLiteral("first_name"));
    const QJsonArray components{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                            {QStringLiteral("parameters"), QJsonArray{parameter}}}};
    QCOMPARE(m_http
                 ->post(messagesPath(*m_sandbox),
                        templateBody(QStringLiteral("34600000001"), QStringLiteral("welcome_back"),
                                     QStringLiteral("es"), components))
                 .status,
             200);
    QCOMPARE(control(QStringLiteral("templates"),
                     QJsonObject{{QStringLiteral("template"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}})
                 .status,
             400);
}

QTEST_GUILESS_MAIN(TestSandboxTemplates)
#include "tst_sandboxtemplates.moc"

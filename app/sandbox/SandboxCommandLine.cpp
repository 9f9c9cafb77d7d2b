#include "SandboxCommandLine.h"

#include <QCommandLineParser>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::SandboxCommandLine", text);
}

} // namespace

SandboxCommandLine parseSandboxCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A stand-in for the WhatsApp Business Cloud API: Graph routes, rules and error codes, "
           "simulated customers, signed webhooks and a control API under /_sandbox/."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to serve on (default 127.0.0.1:0, any "
                                       "free port)."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption webhook(QStringLiteral("webhook"),
                                     tr("URL that receives the signed webhooks (repeatable)."),
                                     tr("url"));
    const QCommandLineOption secret(QStringLiteral("app-secret"),
                                    tr("App secret that signs the webhooks (or "
                                       "SANDBOX_APP_SECRET)."),
                                    tr("secret"));
    const QCommandLineOption token(QStringLiteral("access-token"),
                                   tr("The bearer token Graph requests must carry (or "
                                      "SANDBOX_ACCESS_TOKEN)."),
                                   tr("token"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed for every random choice (default 1)."), tr("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Population to start with: demo or empty."), tr("name"),
                                      QStringLiteral("demo"));
    const QCommandLineOption waba(QStringLiteral("waba-id"), tr("WhatsApp Business Account id."),
                                  tr("id"));
    const QCommandLineOption phone(QStringLiteral("phone-number-id"),
                                   tr("Id of the primary business phone number."), tr("id"));
    const QCommandLineOption frozen(QStringLiteral("frozen-clock"),
                                    tr("Time only moves through POST /_sandbox/clock."));
    const QCommandLineOption quiet(QStringLiteral("no-customer-replies"),
                                   tr("Simulated customers do not answer on their own."));
    parser.addOptions({listen, webhook, secret, token, seed, scenario, waba, phone, frozen, quiet});

    SandboxCommandLine result;
    if (!parser.parse(arguments)) {
        result.message = parser.errorText() + QLatin1Char('\n') + parser.helpText();
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.message = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
        return result;
    }
    auto fail = [&result, &parser](const QString &message) {
        result.message = message + QLatin1Char('\n') + parser.helpText();
        result.exitCode = 2;
        return result;
    };

    SandboxConfig config;
    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon < 0 ? 0 : address.mid(colon + 1).toUInt(&portOk);
    const QHostAddress host(colon < 0 ? address : address.left(colon));
    if (colon < 0 || !portOk || port > 65535 || host.isNull())
        return fail(tr("--listen takes host:port with a numeric IP address, e.g. 127.0.0.1:8090."));
    config.address = host;
    config.port = quint16(port);
    for (const QString &url : parser.values(webhook)) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid()
            || (parsed.scheme() != QLatin1String("http")
                && parsed.scheme() != QLatin1String("https")))
            return fail(tr("--webhook takes an http or https URL, not \"%1\".").arg(url));
        config.webhookUrls.append(parsed);
    }
    config.appSecret =
        parser.isSet(secret) ? parser.value(secret) : qEnvironmentVariable("SANDBOX_APP_SECRET");
    config.accessToken =
        parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("SANDBOX_ACCESS_TOKEN");
    if (config.appSecret.isEmpty() || config.accessToken.isEmpty())
        return fail(tr("Both --app-secret and --access-token are required."));
    bool seedOk = false;
    config.seed = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return fail(tr("--seed takes a non-negative integer."));
    const QString scenarioName = parser.value(scenario);
    if (scenarioName == QLatin1String("demo"))
        config.scenario = SandboxScenarioKind::Demo;
    else if (scenarioName == QLatin1String("empty"))
        config.scenario = SandboxScenarioKind::Empty;
    else
        return fail(tr("--scenario is demo or empty."));
    if (parser.isSet(waba))
        config.wabaId = parser.value(waba);
    if (parser.isSet(phone))
        config.phoneNumberId = parser.value(phone);
    for (const QString &id : {config.wabaId, config.phoneNumberId}) {
        bool numeric = false;
        id.toULongLong(&numeric);
        if (!numeric)
            return fail(tr("Graph object ids are numeric; \"%1\" is not.").arg(id));
    }
    config.frozenClock = parser.isSet(frozen);
    config.customersReply = !parser.isSet(quiet);
    result.config = config;
    return result;
}

} // namespace sb

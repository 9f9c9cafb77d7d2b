#include "ConnectionTester.h"

#include "ErrorCatalogue.h"
#include "GraphClient.h"
#include "SecretProvider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTcpServer>

#include <algorithm>
#include <map>

namespace sb {

namespace {

class TypedToken final : public TokenProvider
{
public:
    explicit TypedToken(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

QString subjectName(ConnectionTester::Subject subject, const QString &id)
{
    return subject == ConnectionTester::Subject::PhoneNumber
        ? ConnectionTester::tr("Phone number ID %1").arg(id)
        : ConnectionTester::tr("WhatsApp Business Account %1").arg(id);
}

bool isPermissionCode(int code)
{
    // 10: permission denied; 200-299: Graph permission errors; 131005: access denied (spec §8).
    return code == 10 || (code >= 200 && code <= 299) || code == 131005 || code == 3;
}

QString describeNumber(const PhoneNumberInfo &info)
{
    QString text = info.verifiedName.isEmpty() ? ConnectionTester::tr("(no verified name yet)")
                                               : info.verifiedName;
    if (!info.displayPhoneNumber.isEmpty())
        text += QStringLiteral(" · ") + info.displayPhoneNumber;
    if (!info.qualityRating.isEmpty())
        text += QStringLiteral(" · ") + ConnectionTester::tr("quality %1").arg(info.qualityRating);
    if (!info.status.isEmpty())
        text += QStringLiteral(" · ") + info.status;
    return text;
}

} // namespace

struct ConnectionTester::Run
{
    AccountConfig config;
    std::unique_ptr<TypedToken> token;
    GraphClient *graph = nullptr;
    std::map<QString, std::optional<GraphResult<PhoneNumberInfo>>> phones;
    std::optional<GraphResult<QList<PhoneNumberInfo>>> waba;
    int pending = 0;

    // Requests still pending die with the client; it may be inside its own callback right now.
    ~Run() { graph->deleteLater(); }
};

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isTokenProblem(const GraphFailure &failure)
{
    if (failure.kind != FailureKind::Api || !failure.api)
        return false;
    const int code = failure.api->code;
    return code == 190 || code == 0 || code == 102 || code == 463 || code == 467;
}

bool ConnectionTester::isUnreachable(const GraphFailure &failure)
{
    return failure.kind == FailureKind::Network || failure.kind == FailureKind::Timeout;
}

ConnectionCheck ConnectionTester::explain(const GraphFailure &failure, Subject subject,
                                          const QString &id)
{
    ConnectionCheck check;
    check.subject = subjectName(subject, id);
    if (isTokenProblem(failure)) {
        check.subject = tr("Access token");
        check.text = tr("Meta refused the access token: it is wrong, expired or was revoked "
                        "(error %1).")
                         .arg(failure.api->code);
        check.fix = tr("In Business Settings › Users › System users, generate a new token for "
                       "your app (expiry “Never”) with the whatsapp_business_messaging and "
                       "whatsapp_business_management permissions, and paste all of it.");
        return check;
    }
    if (failure.kind == FailureKind::Api && failure.api && isPermissionCode(failure.api->code)) {
        check.text = tr("The token is valid but has no permission to use this %1 (error %2).")
                         .arg(subject == Subject::PhoneNumber ? tr("phone number")
                                                              : tr("WhatsApp Business Account"))
                         .arg(failure.api->code);
        check.fix = tr("In Business Settings › System users, assign the WhatsApp account to the "
                       "system user (full control), then generate a new token with "
                       "whatsapp_business_messaging and whatsapp_business_management.");
        return check;
    }
    if (failure.kind == FailureKind::Api && failure.api
        && (failure.api->code == 100
            || failure.api->message.contains(QLatin1String("does not exist")))) {
        if (subject == Subject::PhoneNumber) {
            check.text = tr("Meta knows no phone number with this ID that your token can see.");
            check.fix = tr("Copy the “Phone number ID” (a long number, not the phone number "
                           "itself) from App Dashboard › WhatsApp › API Setup.");
        } else {
            check.text = tr("Meta knows no WhatsApp Business Account with this ID that your "
                            "token can see.");
            check.fix = tr("Copy the “WhatsApp Business Account ID” from App Dashboard › "
                           "WhatsApp › API Setup (not the app ID or the business portfolio ID).");
        }
        return check;
    }
    switch (failure.kind) {
    case FailureKind::Network:
        check.text = tr("The Graph API could not be reached: %1").arg(failure.networkError);
        check.fix = tr("Check the internet connection, and that a proxy or firewall lets "
                       "Switchboard reach graph.facebook.com on port 443.");
        return check;
    case FailureKind::Timeout:
        check.text = tr("The Graph API did not answer in time.");
        check.fix = tr("Check the internet connection or proxy, then test again.");
        return check;
    case FailureKind::InvalidResponse:
        check.text = tr("The server answered, but not like the Graph API (HTTP %1).")
                         .arg(failure.httpStatus);
        check.fix = tr("Check the network: a captive portal or proxy may be answering instead "
                       "of Meta.");
        return check;
    case FailureKind::InvalidRequest:
        check.text = failure.networkError;
        check.fix = tr("Correct the field and test again.");
        return check;
    case FailureKind::Api:
    case FailureKind::Cancelled:
    case FailureKind::Integrity:
    case FailureKind::LocalFile:
        break;
    }
    check.text = failure.explanation();
    if (failure.kind == FailureKind::Api && failure.api)
        check.fix = ErrorCatalogue::lookup(failure.api->code).fix;
    return check;
}

void ConnectionTester::test(const AccountConfig &config, const AccountSecrets &secrets)
{
    m_run = std::make_shared<Run>();
    Run *run = m_run.get();
    const std::weak_ptr<Run> alive = m_run;
    run->config = config;
    run->token = std::make_unique<TypedToken>(secrets.accessToken.trimmed());
    GraphClientConfig graphConfig;
    if (!config.graphBaseUrl.isEmpty())
        graphConfig.baseUrl = config.graphBaseUrl;
    graphConfig.timeout = m_timeout;
    run->graph = new GraphClient(m_network, run->token.get(), graphConfig);

    // An abandoned run's answers find their run gone and are dropped.
    const auto settle = [this, alive] {
        const auto current = alive.lock();
        if (current && current == m_run && --current->pending == 0)
            finish();
    };
    for (const QString &id : config.phoneNumberIds) {
        run->phones[id] = std::nullopt;
        ++run->pending;
        run->graph->phoneNumberFields(id, this,
                                      [alive, id, settle](const GraphResult<PhoneNumberInfo> &r) {
                                          if (const auto current = alive.lock()) {
                                              current->phones[id] = r;
                                              settle();
                                          }
                                      });
    }
    ++run->pending;
    run->graph->listPhoneNumbers(config.wabaId, this,
                                 [alive, settle](const GraphResult<QList<PhoneNumberInfo>> &r) {
                                     if (const auto current = alive.lock()) {
                                         current->waba = r;
                                         settle();
                                     }
                                 });
}

std::optional<ConnectionCheck> ConnectionTester::checkWebhook(const WebhookListen &listen) const
{
    if (m_ownWebhook && *m_ownWebhook == listen)
        return std::nullopt;
    QHostAddress address;
    if (listen.host == QLatin1String("*"))
        address = QHostAddress(QHostAddress::Any);
    else if (listen.host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address = QHostAddress(listen.host);
    QTcpServer probe;
    if (probe.listen(address, listen.port))
        return std::nullopt;
    ConnectionCheck check;
    check.subject = tr("Webhook address %1").arg(listen.toString());
    check.text = tr("Switchboard cannot listen there: %1").arg(probe.errorString());
    check.fix = probe.serverError() == QAbstractSocket::AddressInUseError
        ? tr("Another program uses port %1: choose a free port (and point your reverse proxy or "
             "tunnel at it).")
              .arg(listen.port)
        : tr("Use an address of this computer (127.0.0.1 or 0.0.0.0) and a port above 1023.");
    return check;
}

void ConnectionTester::finish()
{
    const std::shared_ptr<Run> run = std::move(m_run);
    ConnectionTestResult result;

    QList<GraphFailure> failures;
    for (const auto &[id, answer] : run->phones) {
        if (answer && !answer->ok())
            failures.append(answer->failure());
    }
    if (run->waba && !run->waba->ok())
        failures.append(run->waba->failure());
    // One cause behind every failed call: say it once.
    for (const GraphFailure &failure : std::as_const(failures)) {
        if (isTokenProblem(failure) || isUnreachable(failure)) {
            const ConnectionCheck check = explain(failure, Subject::Waba, run->config.wabaId);
            result.summary = isTokenProblem(failure) ? tr("The access token was refused.")
                                                     : tr("The Graph API could not be reached.");
            result.checks.append(check);
            Q_EMIT finished(result);
            return;
        }
    }

    QSet<QString> wabaNumbers;
    const bool wabaOk = run->waba && run->waba->ok();
    if (wabaOk) {
        for (const PhoneNumberInfo &info : run->waba->value())
            wabaNumbers.insert(info.id);
        result.checks.append(
            {true,
             subjectName(Subject::Waba, run->config.wabaId),
             tr("%n phone number(s) registered.", nullptr, int(wabaNumbers.size())),
             {}});
    } else if (run->waba) {
        result.checks.append(explain(run->waba->failure(), Subject::Waba, run->config.wabaId));
    }
    QString firstConnected;
    int connected = 0;
    for (const QString &id : run->config.phoneNumberIds) {
        const auto &answer = run->phones[id];
        if (!answer)
            continue;
        if (!answer->ok()) {
            result.checks.append(explain(answer->failure(), Subject::PhoneNumber, id));
            continue;
        }
        const PhoneNumberInfo &info = answer->value();
        if (wabaOk && !wabaNumbers.contains(id)) {
            result.checks.append(
                {false, subjectName(Subject::PhoneNumber, id),
                 tr("%1 belongs to another WhatsApp Business Account.").arg(describeNumber(info)),
                 tr("Enter the WhatsApp Business Account ID this number is registered in, or "
                    "remove the number.")});
            continue;
        }
        result.checks.append(
            {true, subjectName(Subject::PhoneNumber, id), describeNumber(info), {}});
        if (connected++ == 0)
            firstConnected = info.verifiedName.isEmpty()
                ? info.displayPhoneNumber
                : tr("%1 (%2)").arg(info.verifiedName, info.displayPhoneNumber);
    }
    if (const auto webhook = checkWebhook(run->config.webhook))
        result.checks.append(*webhook);

    result.ok = std::all_of(result.checks.cbegin(), result.checks.cend(),
                            [](const ConnectionCheck &check) { return check.ok; });
    if (result.ok) {
        result.summary = connected > 1
            ? tr("Connected to %1 and %n more number(s).", nullptr, connected - 1)
                  .arg(firstConnected)
            : tr("Connected to %1.").arg(firstConnected);
    } else {
        const auto failed = std::count_if(result.checks.cbegin(), result.checks.cend(),
                                          [](const ConnectionCheck &c) { return !c.ok; });
        result.summary = tr("%n problem(s) to fix before connecting.", nullptr, int(failed));
    }
    Q_EMIT finished(result);
}

} // namespace sb

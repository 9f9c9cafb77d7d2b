#include "GraphClient.h"

#include "GraphClientSupport.h"
#include "Logging.h"
#include "OneShotPost.h"
#include "SecretProvider.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace sb {

using graph::detail::guarded;
using graph::detail::invalidResponse;
using graph::detail::readWith;

GraphClient::GraphClient(QNetworkAccessManager *network, const TokenProvider *tokens,
                         GraphClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_config(std::move(config))
{
    Q_ASSERT(m_network);
}

GraphClient::~GraphClient()
{
    // Pending callbacks may point into objects that are being torn down with us: drop them.
    for (auto &[id, reply] : m_active) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

graph::detail::Target GraphClient::graphUrl(const QStringList &segments,
                                            const QUrlQuery &query) const
{
    QStringList parts{m_config.apiVersion};
    parts += segments;
    for (const QString &part : std::as_const(parts)) {
        if (!graph::detail::isPlainSegment(part))
            return {QUrl(), tr("“%1” is not a valid Graph API id.").arg(part)};
    }
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + parts.join(QLatin1Char('/')));
    url.setQuery(query);
    return {url, QString()};
}

std::optional<GraphFailure> GraphClient::prepare(QNetworkRequest &request, const QUrl &url) const
{
    const bool encrypted = url.scheme() == QLatin1String("https");
    if (!encrypted && !graph::detail::sameOrigin(url, m_config.baseUrl)) {
        return graph::detail::invalidRequest(
            tr("The access token is only sent over HTTPS, or to the configured API host; "
               "refusing to contact %1.")
                .arg(url.host()));
    }
    const QString token = m_tokens ? m_tokens->accessToken() : QString();
    if (token.isEmpty())
        return graph::detail::invalidRequest(tr("No access token is configured."));
    for (const QChar c : token) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return graph::detail::invalidRequest(
                tr("The access token contains characters an HTTP header cannot carry."));
    }
    request.setUrl(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(int(m_config.timeout.count()));
    // A redirect to another origin would otherwise carry the bearer token along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return std::nullopt;
}

void GraphClient::deliverLater(std::function<void()> delivery)
{
    QMetaObject::invokeMethod(this, std::move(delivery), Qt::QueuedConnection);
}

void GraphClient::watch(GraphRequestId id, QNetworkReply *reply, AnswerHandler handler)
{
    m_active[id] = reply;
    qCDebug(lcCloudApi).noquote() << "request" << id
                                  << (reply->operation() == QNetworkAccessManager::PostOperation
                                          ? "POST"
                                          : "GET")
                                  << reply->url().toDisplayString(QUrl::RemoveQuery);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, handler] {
        const auto active = m_active.find(id);
        if (active != m_active.end() && active->second == reply)
            m_active.erase(active);
        const bool cancelled = m_cancelled.remove(id);
        reply->deleteLater();
        if (cancelled) {
            // abort() finishes the reply inside cancel(): do not re-enter its caller.
            deliverLater([handler] {
                handler(GraphFailure{FailureKind::Cancelled, std::nullopt, QString(), 0});
            });
            return;
        }
        const GraphResult<HttpAnswer> outcome = outcomeOf(reply);
        if (outcome.ok())
            qCDebug(lcCloudApi) << "request" << id << "answered" << outcome.value().status;
        else
            qCInfo(lcCloudApi) << "request" << id << "failed:" << outcome.failure().explanation();
        handler(outcome);
    });
}

GraphResult<GraphClient::HttpAnswer> GraphClient::outcomeOf(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return GraphFailure{FailureKind::Timeout, std::nullopt, reply->errorString(), 0};
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 100 are connection-level: whatever arrived is incomplete.
    if (!statusAttribute.isValid() || (error != QNetworkReply::NoError && int(error) < 100))
        return GraphFailure{FailureKind::Network, std::nullopt, reply->errorString(),
                            statusAttribute.toInt()};

    HttpAnswer answer;
    answer.status = statusAttribute.toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (answer.status >= 200 && answer.status < 300)
        return answer;
    if (std::optional<ApiError> api = ApiError::fromBody(answer.body, answer.status))
        return GraphFailure{FailureKind::Api, std::move(api), QString(), answer.status};
    if (answer.status >= 300 && answer.status < 400)
        return invalidResponse(tr("The server redirected to another site."), answer.status);
    return invalidResponse(tr("The answer carries no Graph API error description."), answer.status);
}

void GraphClient::sendJsonRequest(GraphRequestId id, const QByteArray &verb,
                                  const graph::detail::Target &target, const QByteArray &body,
                                  JsonHandler handler)
{
    if (!target.problem.isEmpty()) {
        deliverLater([handler, problem = target.problem] {
            handler(graph::detail::invalidRequest(problem));
        });
        return;
    }
    QNetworkRequest request;
    if (std::optional<GraphFailure> refused = prepare(request, target.url)) {
        deliverLater([handler, failure = *refused] { handler(failure); });
        return;
    }
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = postOnce(m_network, request, body); // a lost answer must not become a resend
    } else {
        reply = m_network->get(request);
    }
    watch(id, reply, [handler](const GraphResult<HttpAnswer> &answer) {
        if (!answer.ok()) {
            handler(answer.failure());
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer.value().body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            handler(invalidResponse(tr("The answer is not a JSON object."), answer.value().status));
            return;
        }
        handler(document.object());
    });
}

GraphRequestId GraphClient::sendMessage(const QString &phoneNumberId, const QJsonObject &body,
                                        const QObject *context, GraphCallback<SendResult> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    sendJsonRequest(id, "POST", graphUrl({phoneNumberId, QStringLiteral("messages")}, {}),
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    [deliver](const GraphResult<QJsonObject> &answer) {
                        deliver(readWith<SendResult>(answer, graph::readSendResult));
                    });
    return id;
}

GraphRequestId GraphClient::postStatus(const QString &phoneNumberId, const QJsonObject &body,
                                       const QObject *context, GraphCallback<GraphAck> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    sendJsonRequest(id, "POST", graphUrl({phoneNumberId, QStringLiteral("messages")}, {}),
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    [deliver](const GraphResult<QJsonObject> &answer) {
                        if (!answer.ok()) {
                            deliver(answer.failure());
                            return;
                        }
                        QString problem;
                        if (graph::readSuccessFlag(answer.value(), &problem))
                            deliver(GraphAck());
                        else
                            deliver(invalidResponse(problem, 200));
                    });
    return id;
}

GraphRequestId GraphClient::markRead(const QString &phoneNumberId, const QString &messageId,
                                     const QObject *context, GraphCallback<GraphAck> done)
{
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("status"), QStringLiteral("read")},
                           {QStringLiteral("message_id"), messageId}};
    return postStatus(phoneNumberId, body, context, std::move(done));
}

GraphRequestId GraphClient::sendTypingIndicator(const QString &phoneNumberId,
                                                const QString &messageId, const QObject *context,
                                                GraphCallback<GraphAck> done)
{
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("status"), QStringLiteral("read")},
                           {QStringLiteral("message_id"), messageId},
                           {QStringLiteral("typing_indicator"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}}};
    return postStatus(phoneNumberId, body, context, std::move(done));
}

GraphRequestId GraphClient::phoneNumberFields(const QString &phoneNumberId, const QObject *context,
                                              GraphCallback<PhoneNumberInfo> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), graph::detail::phoneNumberFieldList());
    sendJsonRequest(id, "GET", graphUrl({phoneNumberId}, query), QByteArray(),
                    [deliver](const GraphResult<QJsonObject> &answer) {
                        deliver(readWith<PhoneNumberInfo>(answer, graph::readPhoneNumber));
                    });
    return id;
}

void GraphClient::fetchPages(GraphRequestId id, const graph::detail::Target &target, int page,
                             QJsonArray collected,
                             std::function<void(const GraphResult<QJsonArray> &)> done)
{
    auto onPage = [this, id, page, collected = std::move(collected),
                   done](const GraphResult<QJsonObject> &answer) mutable {
        if (!answer.ok()) {
            done(answer.failure());
            return;
        }
        QString problem;
        std::optional<graph::ListPage> current = graph::readListPage(answer.value(), &problem);
        if (!current) {
            done(invalidResponse(problem, 200));
            return;
        }
        for (const QJsonValue &entry : std::as_const(current->data))
            collected.append(entry);
        if (current->next.isEmpty()) {
            done(collected);
            return;
        }
        // Following a foreign link would hand it our bearer token.
        if (!graph::detail::sameOrigin(current->next, m_config.baseUrl)) {
            done(invalidResponse(tr("The next-page link leads to %1 instead of the Graph API host.")
                                     .arg(current->next.host()),
                                 200));
            return;
        }
        if (page + 1 >= m_config.maxListPages) {
            done(invalidResponse(tr("The list did not end after %1 pages.").arg(page + 1), 200));
            return;
        }
        fetchPages(id, {current->next, QString()}, page + 1, std::move(collected), done);
    };
    sendJsonRequest(id, "GET", target, QByteArray(), std::move(onPage));
}

GraphRequestId GraphClient::listTemplates(const QString &wabaId, const QObject *context,
                                          GraphCallback<QJsonArray> done)
{
    const GraphRequestId id = nextId();
    fetchPages(id, graphUrl({wabaId, QStringLiteral("message_templates")}, {}), 0, {},
               guarded(context, std::move(done)));
    return id;
}

GraphRequestId GraphClient::listPhoneNumbers(const QString &wabaId, const QObject *context,
                                             GraphCallback<QList<PhoneNumberInfo>> done)
{
    const GraphRequestId id = nextId();
    auto deliver = guarded(context, std::move(done));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("id,") + graph::detail::phoneNumberFieldList());
    fetchPages(id, graphUrl({wabaId, QStringLiteral("phone_numbers")}, query), 0, {},
               [deliver](const GraphResult<QJsonArray> &entries) {
                   if (!entries.ok()) {
                       deliver(entries.failure());
                       return;
                   }
                   QList<PhoneNumberInfo> numbers;
                   for (const QJsonValue &entry : entries.value()) {
                       QString problem;
                       std::optional<PhoneNumberInfo> number =
                           graph::readPhoneNumber(entry.toObject(), &problem);
                       if (!number) {
                           deliver(invalidResponse(problem, 200));
                           return;
                       }
                       numbers.append(*number);
                   }
                   deliver(numbers);
               });
    return id;
}

void GraphClient::cancel(GraphRequestId id)
{
    const auto active = m_active.find(id);
    if (active == m_active.end() || !active->second)
        return;
    m_cancelled.insert(id);
    active->second->abort();
}

void GraphClient::cancelAll()
{
    // abort() edits m_active through the finished handler, so walk a copy.
    std::vector<GraphRequestId> ids;
    for (const auto &[id, reply] : m_active)
        ids.push_back(id);
    for (GraphRequestId id : ids)
        cancel(id);
}

} // namespace sb

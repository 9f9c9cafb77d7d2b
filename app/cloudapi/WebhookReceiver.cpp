#include "WebhookReceiver.h"

#include "Logging.h"
#include "WebhookSink.h"
#include "WebhookTcpServer.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sb {

namespace {

// Equal-length inputs take the same time whatever their content: every byte is compared and
// the differences are OR-ed together, with no early exit.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned int difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return difference == 0;
}

bool isLowerOrUpperHex(const QByteArray &text)
{
    for (const char c : text) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

QList<QByteArray> headerValues(const QHttpServerRequest &request, const QByteArray &name)
{
    QList<QByteArray> values;
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QHttpServerResponse::StatusCode statusCode(int httpStatus)
{
    return static_cast<QHttpServerResponse::StatusCode>(httpStatus);
}

} // namespace

WebhookReceiver::WebhookReceiver(WebhookReceiverConfig config, WebhookSink *sink, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_sink(sink)
    , m_http(new QHttpServer(this))
{
    Q_ASSERT(m_sink);
}

WebhookReceiver::~WebhookReceiver() = default;

quint16 WebhookReceiver::listen()
{
    if (m_tcp)
        return m_tcp->serverPort();
    if (m_config.appSecret.isEmpty() || m_config.verifyToken.isEmpty()) {
        m_error = tr("The webhook listener needs both the app secret and the verify token.");
        return 0;
    }
    static const QRegularExpression plainPath(QStringLiteral("^/[A-Za-z0-9._/-]*$"));
    if (!plainPath.match(m_config.path).hasMatch()) {
        m_error = tr("The webhook path “%1” must start with / and use only letters, digits, "
                     "'.', '_', '-' and '/'.")
                      .arg(m_config.path);
        return 0;
    }
    auto *tcp = new WebhookTcpServer(m_config.maxBodyBytes, this);
    if (!tcp->listen(m_config.address, m_config.port)) {
        m_error = tr("Cannot listen for webhooks on %1 port %2: %3")
                      .arg(m_config.address.toString())
                      .arg(m_config.port)
                      .arg(tcp->errorString());
        delete tcp;
        return 0;
    }
    m_tcp = tcp;
    connect(m_tcp, &WebhookTcpServer::requestRejected, this, &WebhookReceiver::requestRejected);
    m_http->route(m_config.path,
                  [this](const QHttpServerRequest &request) { return handle(request); });
    m_http->bind(m_tcp);
    m_error.clear();
    qCInfo(lcCloudApi) << "webhook listener on" << m_config.address.toString()
                       << m_tcp->serverPort() << m_config.path;
    return m_tcp->serverPort();
}

bool WebhookReceiver::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 WebhookReceiver::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QByteArray WebhookReceiver::signatureHeader(const QByteArray &body, const QByteArray &secret)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool WebhookReceiver::isSignatureValid(const QByteArray &headerValue, const QByteArray &body,
                                       const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    const QByteArray value = headerValue.trimmed();
    if (!value.startsWith("sha256="))
        return false;
    const QByteArray hex = value.mid(7);
    if (hex.size() != 64 || !isLowerOrUpperHex(hex))
        return false;
    return constantTimeEquals(
        QByteArray::fromHex(hex),
        QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256));
}

QHttpServerResponse WebhookReceiver::handle(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return handleVerification(request);
    case QHttpServerRequest::Method::Post:
        return handleDelivery(request);
    default: {
        QHttpServerResponse response =
            refuse(405, tr("A webhook request used an HTTP method other than GET or POST."));
        response.setHeader("Allow", "GET, POST");
        return response;
    }
    }
}

QHttpServerResponse WebhookReceiver::handleVerification(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QString token =
        query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded);
    const QString challenge =
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);
    // Hashing first makes the comparison independent of the tokens' lengths too.
    const bool tokenMatches = constantTimeEquals(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256),
        QCryptographicHash::hash(m_config.verifyToken.toUtf8(), QCryptographicHash::Sha256));
    if (mode != QLatin1String("subscribe") || !tokenMatches) {
        return refuse(403,
                      tr("A webhook verification request did not carry this app's verify "
                         "token; check the Verify token in the App Dashboard."));
    }
    if (challenge.isEmpty())
        return refuse(400, tr("A webhook verification request carried no challenge."));
    qCInfo(lcCloudApi) << "webhook verification answered";
    Q_EMIT verificationSucceeded();
    return QHttpServerResponse(QByteArrayLiteral("text/plain"), challenge.toUtf8());
}

QHttpServerResponse WebhookReceiver::handleDelivery(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    // WebhookTcpServer already refused these before buffering; this guards the handler itself.
    bool declaredOk = false;
    const QList<QByteArray> lengths = headerValues(request, "content-length");
    const qint64 declared =
        lengths.isEmpty() ? 0 : lengths.first().trimmed().toLongLong(&declaredOk);
    if ((declaredOk && declared > m_config.maxBodyBytes) || body.size() > m_config.maxBodyBytes) {
        return refuse(413,
                      tr("A webhook payload of %1 bytes was refused; the limit is %2 bytes.")
                          .arg(std::max<qint64>(declared, body.size()))
                          .arg(m_config.maxBodyBytes));
    }

    const QList<QByteArray> signatures = headerValues(request, "x-hub-signature-256");
    if (signatures.isEmpty())
        return refuse(401, tr("A webhook payload arrived without an X-Hub-Signature-256 header."));
    if (signatures.size() != 1 || !isSignatureValid(signatures.first(), body, m_config.appSecret)) {
        return refuse(401,
                      tr("A webhook payload's signature did not match; check that the app "
                         "secret is the one of the Meta app sending the webhooks."));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
            ? tr("The signed webhook payload is not valid JSON: %1 at byte %2.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : tr("The signed webhook payload is JSON but not an object.");
        m_sink->deadLetter(body, reason);
        return refuse(400, reason);
    }
    if (!m_sink->accept(body)) {
        return refuse(500,
                      tr("A webhook payload could not be stored; Meta will deliver it "
                         "again."));
    }
    Q_EMIT payloadStored(body.size());
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse WebhookReceiver::refuse(int httpStatus, const QString &reason)
{
    qCInfo(lcCloudApi).noquote() << "webhook request refused with HTTP" << httpStatus << "-"
                                 << reason;
    Q_EMIT requestRejected(httpStatus, reason);
    return QHttpServerResponse(statusCode(httpStatus));
}

} // namespace sb

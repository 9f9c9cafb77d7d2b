#include "SandboxHttp.h"

#include "Logging.h"
#include "Sandbox.h"
#include "SandboxControlApi.h"
#include "SandboxGraphApi.h"
#include "SandboxWorld.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace sb {

SandboxHttp::SandboxHttp(Sandbox &sandbox)
    : m_sandbox(sandbox)
{
}

SandboxResponse SandboxHttp::errorResponse(Sandbox &sandbox, const SandboxError &error)
{
    const QString trace = sandbox.world().ids.fbtraceId();
    SandboxResponse response =
        SandboxResponse::json(SandboxError::httpStatus(error.code), error.syncBody(trace));
    response.headers.append({"x-fb-trace-id", trace.toLatin1()});
    if (error.code == 190) {
        response.headers.append({"WWW-Authenticate",
                                 "OAuth \"Facebook Platform\" \"invalid_token\" \""
                                     + error.wireMessage().toUtf8() + '"'});
    }
    return response;
}

SandboxResponse SandboxHttp::handle(const SandboxRequest &request)
{
    qCDebug(lcSandbox).noquote() << request.method << request.path;
    if (request.path.startsWith(QLatin1String("/_sandbox/"))
        || request.path == QLatin1String("/_sandbox")) {
        // The control API changes everything about the platform: never from another machine.
        if (!request.peer.isLoopback()) {
            return SandboxResponse::json(
                403,
                QJsonObject{{QStringLiteral("error"),
                             tr("The control API only answers on the loopback interface.")}});
        }
        return SandboxControlApi(m_sandbox).handle(request);
    }
    if (request.path == QLatin1String("/whatsapp_business/attachments/"))
        return slowed(download(request));
    return slowed(graph(request));
}

bool SandboxHttp::authorized(const SandboxRequest &request) const
{
    const QString expected = m_sandbox.config().accessToken;
    QString token = QString::fromLatin1(request.header("authorization"));
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    else if (!token.isEmpty())
        return false;
    if (token.isEmpty())
        token = request.query.queryItemValue(QStringLiteral("access_token"));
    return !expected.isEmpty() && token == expected;
}

SandboxResponse SandboxHttp::unauthorized(const SandboxRequest &request) const
{
    SandboxError error = SandboxError::make(190);
    const bool missing = request.header("authorization").isEmpty()
        && !request.query.hasQueryItem(QStringLiteral("access_token"));
    if (missing)
        error.message = QStringLiteral("An active access token must be used to query "
                                       "information about the current user.");
    return this->error(error);
}

SandboxResponse SandboxHttp::slowed(SandboxResponse response)
{
    SandboxFaults &faults = m_sandbox.world().faults;
    if (faults.delayMs <= 0 || faults.slowResponses == 0)
        return response;
    response.delay = std::chrono::milliseconds(faults.delayMs);
    if (faults.slowResponses > 0 && --faults.slowResponses == 0)
        faults.delayMs = 0;
    return response;
}

SandboxResponse SandboxHttp::download(const SandboxRequest &request)
{
    if (!authorized(request))
        return unauthorized(request);
    bool expired = false;
    const QString id = m_sandbox.mediaIdFromUrl(request.query, &expired);
    const SandboxMedia *media =
        id.isEmpty() || expired ? nullptr : m_sandbox.world().media.find(id, m_sandbox.now());
    if (!media) {
        // Like the CDN: a stale or unknown URL is a 404 and the client asks for a fresh one.
        return SandboxResponse::bytes(404, "text/plain", "Not Found");
    }
    SandboxResponse response = SandboxResponse::bytes(200, media->mimeType.toLatin1(), media->data);
    if (!media->filename.isEmpty())
        response.headers.append(
            {"Content-Disposition", "attachment; filename=\"" + media->filename.toUtf8() + '"'});
    return response;
}

SandboxResponse SandboxHttp::graph(const SandboxRequest &request)
{
    if (!authorized(request))
        return unauthorized(request);
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int version = 0;
    static const QRegularExpression kVersion(QStringLiteral("^v(\\d{1,3})\\.\\d{1,2}$"));
    if (!segments.isEmpty()) {
        if (const auto match = kVersion.match(segments.first()); match.hasMatch()) {
            version = match.captured(1).toInt();
            segments.removeFirst();
        }
    }
    SandboxGraphApi api(m_sandbox, request, version);
    SandboxFaults &faults = m_sandbox.world().faults;
    const bool isSend = request.method == "POST" && segments.size() == 2
        && segments.at(1) == QLatin1String("messages");
    if (isSend && faults.serverErrors > 0) {
        --faults.serverErrors;
        SandboxError failure =
            SandboxError::make(faults.serverErrorCode, QStringLiteral("Injected server failure"));
        SandboxResponse response = error(failure);
        response.status = faults.serverErrorStatus;
        return response;
    }
    SandboxResponse response = api.route(segments);
    if (isSend && response.status == 200 && faults.dropResponses > 0
        && QJsonDocument::fromJson(response.body).object().contains(QStringLiteral("messages"))) {
        --faults.dropResponses;
        qCInfo(lcSandbox) << "fault: dropping the answer of an accepted send";
        if (faults.dropTruncates)
            response.truncateBody = true;
        else
            response.dropConnection = true;
    }
    return response;
}

} // namespace sb

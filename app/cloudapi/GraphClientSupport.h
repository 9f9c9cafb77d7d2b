#pragma once

#include "GraphError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// Internals shared by the GraphClient*.cpp files; not part of the client's interface.
namespace sb::graph::detail {

// Where a request goes, or why it cannot go anywhere.
struct Target
{
    QUrl url;
    QString problem; // non-empty: the request must not be sent
};

inline GraphFailure invalidResponse(const QString &problem, int httpStatus)
{
    return GraphFailure{FailureKind::InvalidResponse, std::nullopt, problem, httpStatus};
}

inline GraphFailure invalidRequest(const QString &problem)
{
    return GraphFailure{FailureKind::InvalidRequest, std::nullopt, problem, 0};
}

// Wraps a caller's callback so it is skipped once `context` (if any) is gone.
template<typename T>
std::function<void(const GraphResult<T> &)>
guarded(const QObject *context, std::function<void(const GraphResult<T> &)> done)
{
    const bool watched = context != nullptr;
    return [watched, guard = QPointer<const QObject>(context),
            done = std::move(done)](const GraphResult<T> &result) {
        if (done && (!watched || guard))
            done(result);
    };
}

// Applies one of the GraphResponses readers to a JSON answer.
template<typename T, typename Reader>
GraphResult<T> readWith(const GraphResult<QJsonObject> &answer, Reader reader)
{
    if (!answer.ok())
        return answer.failure();
    QString problem;
    std::optional<T> value = reader(answer.value(), &problem);
    if (!value)
        return invalidResponse(problem, 200);
    return std::move(*value);
}

// True for a path segment that needs no escaping and cannot climb the path (ids, versions).
bool isPlainSegment(const QString &segment);
bool sameOrigin(const QUrl &a, const QUrl &b);
// The `fields` value of a phone-number request (spec §9-10).
QString phoneNumberFieldList();
// A SHA-256 given as 64 hex digits or as (standard or URL-safe) base64; empty if neither.
QByteArray decodeSha256(const QString &text);
// The extension our generated file name gets for a MIME type ("bin" when unknown).
QString fileSuffixFor(const QByteArray &contentType);
// A filename safe to put in a multipart Content-Disposition header.
QByteArray multipartFileName(const QString &name);
// "type/subtype" without parameters, nothing that could break a header.
bool isPlainMimeType(const QString &mimeType);

} // namespace sb::graph::detail

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sb {

// An error the Graph API itself returned: `{"error":{...}}` (spec §8). Handle it by `code` plus
// `details`, never by `message` or `title`.
struct ApiError
{
    int code = 0;
    int subcode = 0; // deprecated by Meta since v16.0, still shown in examples
    QString type; // e.g. "OAuthException"
    QString message;
    QString title; // error_user_title, when Meta sends one
    QString details; // error_data.details
    QString fbtraceId; // quote it in Meta support tickets
    int httpStatus = 0;

    // Reads a Graph error body; nullopt when `body` is not one (e.g. a proxy's HTML page).
    static std::optional<ApiError> fromBody(const QByteArray &body, int httpStatus);

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

enum class FailureKind {
    Api, // Meta answered with an error body: see GraphFailure::api
    Network, // no HTTP answer: connection refused, DNS, TLS, reset
    Timeout, // nothing arrived within the configured timeout; the outcome is unknown
    InvalidResponse, // an answer arrived but is not what the endpoint documents
    Cancelled, // GraphClient::cancel()
    Integrity, // downloaded media does not match its sha256
    LocalFile, // a local file could not be read or written
    InvalidRequest, // refused before sending (bad id, no token, unsafe URL); nothing went out
};

struct GraphFailure
{
    FailureKind kind = FailureKind::Network;
    std::optional<ApiError> api; // set when kind == Api
    // Technical description of a non-API failure (Qt's network error text or our own). Never
    // contains the access token.
    QString networkError;
    int httpStatus = 0; // 0 when no HTTP answer arrived

    // One translated sentence for logs and the UI.
    QString explanation() const;
};

// Either the parsed answer of a Graph call or why there is none.
template<typename T>
class GraphResult
{
public:
    GraphResult(T value)
        : m_value(std::move(value))
    {
    }
    GraphResult(GraphFailure failure)
        : m_value(std::move(failure))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    // Precondition: ok().
    const T &value() const { return std::get<T>(m_value); }
    // Precondition: !ok().
    const GraphFailure &failure() const { return std::get<GraphFailure>(m_value); }

private:
    std::variant<T, GraphFailure> m_value;
};

} // namespace sb

#pragma once

#include "GraphClient.h"
#include "GraphTestServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <memory>
#include <optional>

namespace sb::test {

constexpr int kWait = 15000;
inline const QString kToken = QStringLiteral("EAAGtest-token-5c1f0e");

// Records what a GraphClient callback received.
template<typename T>
struct Capture
{
    std::optional<GraphResult<T>> result;
    int calls = 0;

    GraphCallback<T> callback()
    {
        return [this](const GraphResult<T> &received) {
            result.emplace(received);
            ++calls;
        };
    }
    bool done() const { return result.has_value(); }
    // For QVERIFY2 messages: the failure's explanation, or "ok".
    QByteArray describe() const
    {
        if (!result)
            return "no answer";
        return result->ok() ? QByteArray("ok") : result->failure().explanation().toUtf8();
    }
    // An impossible kind when there is no failure, so QCOMPARE reports instead of throwing.
    FailureKind kind() const
    {
        return result && !result->ok() ? result->failure().kind : static_cast<FailureKind>(-1);
    }
};

// One test server, one network manager, one client aimed at the server.
struct GraphFixture
{
    explicit GraphFixture(GraphClientConfig config = {})
        : token(kToken)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        config.baseUrl = server.baseUrl();
        client = std::make_unique<GraphClient>(&network, &token, config);
    }

    GraphTestServer server;
    QNetworkAccessManager network;
    FixedToken token;
    std::unique_ptr<GraphClient> client;
};

} // namespace sb::test

#pragma once

#include "AccountFields.h"
#include "ConnectionTestResult.h"
#include "GraphError.h"
#include "GraphResponses.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace sb {

class GraphClient;

// "Test connection" of the first-run dialog: asks the Graph API for every phone number's fields
// and for the WABA's numbers with the typed token, checks that the webhook address can be bound,
// and explains each failure in plain words with the fix (bad or expired token, missing
// permission, wrong id, network). Nothing is saved.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Subject { PhoneNumber, Waba };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Longest wait for each Graph answer (default 20 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The running session already listens there: do not try to bind it again.
    void setOwnWebhook(std::optional<WebhookListen> listen) { m_ownWebhook = std::move(listen); }

    // Starts a test (a running one is abandoned); finished() follows once.
    void test(const AccountConfig &config, const AccountSecrets &secrets);
    bool isRunning() const { return m_run != nullptr; }

    // One failed Graph call about `id`, in plain words with the fix.
    static ConnectionCheck explain(const GraphFailure &failure, Subject subject, const QString &id);
    static bool isTokenProblem(const GraphFailure &failure);
    static bool isUnreachable(const GraphFailure &failure);

Q_SIGNALS:
    void finished(const sb::ConnectionTestResult &result);

private:
    struct Run;

    void finish();
    std::optional<ConnectionCheck> checkWebhook(const WebhookListen &listen) const;

    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{20000};
    std::optional<WebhookListen> m_ownWebhook;
    std::shared_ptr<Run> m_run;
};

} // namespace sb

// The process tst_crashdispatch (and scripts/soak-dispatch.sh) kills with SIGKILL at random
// points: it opens the SQLite outbox, dispatches one number against a sandbox URL and exits 0
// once the queue is drained.
//
//   sb_dispatch_child <database> <graph-base-url> <access-token> <phone-number-id>
//                     [<messages-per-second> [<seed>]]
//
// It reports on stdout, one line each, flushed at once: "recovered <n>", "send <local id>",
// "sent <local id>", "retry <local id>", "unknown <local id>", "failed <local id>", so the test
// can kill it right after a chosen event. Exit codes: 0 drained, 64 bad arguments, 65 the
// database did not open.

#include "Clock.h"
#include "Database.h"
#include "Dispatcher.h"
#include "GraphClient.h"
#include "OutboxRepository.h"
#include "SecretProvider.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

class FixedToken final : public sb::TokenProvider
{
public:
    explicit FixedToken(QString token)
        : m_token(std::move(token))
    {
    }
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 5) {
        err << "usage: sb_dispatch_child <database> <graph-base-url> <access-token> "
               "<phone-number-id> [<messages-per-second> [<seed>]]\n";
        return 64;
    }
    const QString location = args.at(1);
    const QUrl baseUrl(args.at(2));
    const int rate = args.size() > 5 ? args.at(5).toInt() : sb::TokenBucket::kDefaultRate;
    const quint32 seed = args.size() > 6 ? args.at(6).toUInt() : 1;
    if (!baseUrl.isValid()
        || sb::TokenBucket::checkRate(rate) != sb::TokenBucket::ConfigResult::Ok) {
        err << "invalid base URL or rate\n";
        return 64;
    }

    sb::SystemClock clock;
    sb::DatabaseOptions options;
    options.clock = &clock;
    sb::Database::OpenResult opened = sb::Database::open(location, options);
    if (!opened.database) {
        err << "database: " << opened.error.toString() << '\n';
        return 65;
    }
    sb::OutboxRepository outbox(*opened.database);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    FixedToken token(args.at(3));
    sb::GraphClientConfig graphConfig;
    graphConfig.baseUrl = baseUrl;
    graphConfig.timeout = std::chrono::seconds(5);
    sb::GraphClient client(&network, &token, graphConfig);

    sb::DispatcherConfig config;
    config.throughputPerSecond = rate;
    config.transportBackoffBase = std::chrono::milliseconds(50);
    config.transportBackoffCap = std::chrono::milliseconds(500);
    QRandomGenerator random(seed);
    sb::Dispatcher dispatcher(args.at(4), &outbox, &client, &clock, nullptr, config,
                              [&random] { return random.generate(); });
    QTextStream out(stdout);
    const auto report = [&out](const char *what) {
        return [&out, what](const QString &localId) {
            out << what << ' ' << localId << Qt::endl; // endl flushes: the parent reads it now
        };
    };
    QObject::connect(&dispatcher, &sb::Dispatcher::sendStarted, &app, report("send"));
    QObject::connect(&dispatcher, &sb::Dispatcher::sent, &app, report("sent"));
    QObject::connect(&dispatcher, &sb::Dispatcher::retryScheduled, &app, report("retry"));
    QObject::connect(&dispatcher, &sb::Dispatcher::outcomeUnknown, &app, report("unknown"));
    QObject::connect(&dispatcher, &sb::Dispatcher::failed, &app, report("failed"));
    // Queued: a queue already empty at start() reports drained before exec() runs.
    QObject::connect(
        &dispatcher, &sb::Dispatcher::drained, &app, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    QObject::connect(&dispatcher, &sb::Dispatcher::storeFailed, &app,
                     [&err](const QString &message) { err << "store: " << message << '\n'; });
    out << "recovered " << dispatcher.start() << Qt::endl;
    return app.exec();
}

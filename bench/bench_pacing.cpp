// Pacing against the sandbox (issue 4): the outbox and one number's dispatcher send N text
// messages to N customers over loopback HTTP while the sandbox enforces the same throughput
// with 130429. Prints the achieved steady rate / configured rate and the number of 130429s.
// Usage: bench_pacing [runs=3]   (rates 80 msg/s with 800 messages, 1000 msg/s with 5000)
#include "Clock.h"
#include "Database.h"
#include "DispatcherSet.h"
#include "ErrorCatalogue.h"
#include "GraphClient.h"
#include "Outbox.h"
#include "OutboxRepository.h"
#include "Sandbox.h"
#include "SecretProvider.h"
#include "SendGate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

class Token final : public sb::TokenProvider
{
public:
    QString accessToken() const override { return QStringLiteral("bench-token"); }
};

struct Figures
{
    double ratio = 0; // achieved steady rate / configured rate
    int rateLimited = 0; // 130429 answers
    int failed = 0;
};

Figures runOnce(int rate, int count)
{
    sb::SystemClock clock;
    sb::SandboxConfig config;
    config.scenario = sb::SandboxScenarioKind::Empty;
    config.accessToken = QStringLiteral("bench-token");
    config.appSecret = QStringLiteral("bench-secret");
    config.throughputMps = rate;
    config.customersReply = false;
    config.messagingTier = QStringLiteral("TIER_UNLIMITED");
    sb::Sandbox sandbox(config);
    if (sandbox.listen() == 0)
        qFatal("sandbox: %s", qPrintable(sandbox.errorString()));
    QList<QString> customers;
    for (int i = 0; i < count; ++i) {
        const QString waId = QStringLiteral("49151%1").arg(i, 7, 10, QLatin1Char('0'));
        QString problem;
        sandbox.playInbound(waId, QStringLiteral("Customer %1").arg(i),
                            QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}}, &problem);
        if (!problem.isEmpty())
            qFatal("inbound: %s", qPrintable(problem));
        customers << waId;
    }

    QTemporaryDir dir;
    auto opened = sb::Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened.database)
        qFatal("database: %s", qPrintable(opened.error.message));
    sb::Database &db = *opened.database;
    sb::Outbox outbox(db, clock);
    for (const QString &waId : std::as_const(customers)) {
        sb::OutboundMessage out;
        out.phoneNumberId = config.phoneNumberId;
        out.message = sb::makeText(QLatin1Char('+') + waId, QStringLiteral("Your order shipped"));
        if (!outbox.enqueue(out).ok())
            qFatal("enqueue refused");
    }

    QNetworkAccessManager network;
    Token token;
    sb::GraphClientConfig graphConfig;
    graphConfig.baseUrl = sandbox.baseUrl();
    sb::GraphClient client(&network, &token, graphConfig);
    sb::DispatcherSet set(outbox.repository(), client, clock, sb::MessagingTier::Unlimited);
    sb::DispatcherConfig dispatcherConfig;
    dispatcherConfig.throughputPerSecond = rate;
    dispatcherConfig.maxInFlight = std::max(8, rate / 10);
    sb::Dispatcher *dispatcher = set.add(config.phoneNumberId, dispatcherConfig);

    Figures figures;
    QList<qint64> sentAt;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(dispatcher, &sb::Dispatcher::sent, &loop, [&] {
        sentAt << timer.nsecsElapsed();
        if (sentAt.size() + figures.failed == count)
            loop.quit();
    });
    QObject::connect(dispatcher, &sb::Dispatcher::retryScheduled, &loop,
                     [&](const QString &, const QDateTime &, const sb::ErrorInfo &info) {
                         figures.rateLimited += info.code == 130429 ? 1 : 0;
                     });
    QObject::connect(dispatcher, &sb::Dispatcher::failed, &loop, [&] {
        if (++figures.failed + sentAt.size() == count)
            loop.quit();
    });
    timer.start();
    set.start();
    loop.exec();

    // The first sends are the bucket's burst; the steady rate is measured after it.
    const int burst = sb::SendGate::defaultBurst(rate);
    if (sentAt.size() <= burst + 1)
        return figures;
    const double seconds = double(sentAt.last() - sentAt.at(burst)) / 1e9;
    figures.ratio = (double(sentAt.size() - 1 - burst) / seconds) / rate;
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 3;
    QTextStream out(stdout);
    for (const auto &[rate, count] : {std::pair{80, 800}, std::pair{1000, 5000}}) {
        QList<double> ratios;
        int rateLimited = 0;
        int failed = 0;
        for (int r = 0; r < runs; ++r) {
            const Figures f = runOnce(rate, count);
            ratios << f.ratio;
            rateLimited += f.rateLimited;
            failed += f.failed;
            out << rate << " msg/s run " << r + 1 << ": achieved/configured " << f.ratio
                << ", 130429: " << f.rateLimited << ", failed: " << f.failed << '\n';
            out.flush();
        }
        std::sort(ratios.begin(), ratios.end());
        out << "pacing at " << rate << " msg/s: median achieved/configured "
            << ratios.at(ratios.size() / 2) << " over " << runs << " runs of " << count
            << " messages; 130429 in all runs: " << rateLimited << "; failed: " << failed << '\n';
    }
    return 0;
}

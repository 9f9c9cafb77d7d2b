// Pacing against the sandbox (issue 4): the outbox and one number's dispatcher send N text
// messages to N customers over loopback HTTP while the sandbox enforces the same throughput
// with 130429. Prints the achieved steady rate / configured rate and the number of 130429s.
// The sandbox runs on its own thread, so its per-request work is not charged to the
// dispatcher's event loop (the app talks to a remote API, not to an in-process one).
// Engine debug logging is off, as in the app.
// Usage: bench_pacing [runs=3] [rate...]   (default: 80 msg/s with 800 messages, 1000 msg/s
//                                          with 5000; any other rate sends 5 s worth)
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
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <memory>

namespace {

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

class Token final : public sb::TokenProvider
{
public:
    QString accessToken() const override { return QStringLiteral("bench-token"); }
};

struct Figures
{
    // (messages after the burst) / (configured rate * time from start to the last answer):
    // 1.0 is perfect pacing; answer latency and any stall count against it.
    double ratio = 0;
    // The earlier figure: answers after the burst's last answer / their time span. The burst's
    // answers queue up, which shortens the span, so it reads a little high at high rates.
    double steadyRatio = 0;
    // CPU time per message while sending (load-independent, unlike the ratios on a busy
    // machine): the app's thread (outbox, dispatcher, HTTP client) and the sandbox's.
    double engineCpuUs = 0;
    double sandboxCpuUs = 0;
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
    // The sandbox lives, works and dies on its own thread.
    QThread sandboxThread;
    QObject sandboxContext;
    sandboxContext.moveToThread(&sandboxThread);
    sandboxThread.start();
    const auto onSandboxThread = [&](auto &&work) {
        QMetaObject::invokeMethod(&sandboxContext, work, Qt::BlockingQueuedConnection);
    };
    std::unique_ptr<sb::Sandbox> sandbox;
    QUrl baseUrl;
    QList<QString> customers;
    onSandboxThread([&] {
        sandbox = std::make_unique<sb::Sandbox>(config);
        if (sandbox->listen() == 0)
            qFatal("sandbox: %s", qPrintable(sandbox->errorString()));
        baseUrl = sandbox->baseUrl();
        for (int i = 0; i < count; ++i) {
            const QString waId = QStringLiteral("49151%1").arg(i, 7, 10, QLatin1Char('0'));
            QString problem;
            sandbox->playInbound(waId, QStringLiteral("Customer %1").arg(i),
                                 QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}},
                                 &problem);
            if (!problem.isEmpty())
                qFatal("inbound: %s", qPrintable(problem));
            customers << waId;
        }
    });
    const auto stopSandbox = qScopeGuard([&] {
        onSandboxThread([&] { sandbox.reset(); });
        sandboxThread.quit();
        sandboxThread.wait();
    });

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
    graphConfig.baseUrl = baseUrl;
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
    qint64 sandboxCpu = 0;
    onSandboxThread([&] { sandboxCpu = threadCpuNs(); });
    const qint64 engineCpu = threadCpuNs();
    timer.start();
    set.start();
    loop.exec();
    figures.engineCpuUs = double(threadCpuNs() - engineCpu) / 1e3 / count;
    onSandboxThread([&] { sandboxCpu = threadCpuNs() - sandboxCpu; });
    figures.sandboxCpuUs = double(sandboxCpu) / 1e3 / count;

    // The first sends are the bucket's burst; the steady rate is measured after it.
    const int burst = sb::SendGate::defaultBurst(rate);
    if (sentAt.size() <= burst + 1)
        return figures;
    const double seconds = double(sentAt.last() - sentAt.at(burst)) / 1e9;
    figures.steadyRatio = (double(sentAt.size() - 1 - burst) / seconds) / rate;
    figures.ratio = double(sentAt.size() - burst) / (double(sentAt.last()) / 1e9 * rate);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sb.*.debug=false"));
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    QList<std::pair<int, int>> plan{{80, 800}, {1000, 5000}};
    if (argc > 2) {
        plan.clear();
        for (int i = 2; i < argc; ++i) {
            const int rate = std::max(1, QByteArray(argv[i]).toInt());
            plan.append({rate, rate == 80 ? 800 : rate * 5});
        }
    }
    QTextStream out(stdout);
    for (const auto &[rate, count] : std::as_const(plan)) {
        QList<double> ratios;
        QList<double> steady;
        QList<double> engineCpu;
        QList<double> sandboxCpu;
        int rateLimited = 0;
        int failed = 0;
        for (int r = 0; r < runs; ++r) {
            const Figures f = runOnce(rate, count);
            ratios << f.ratio;
            steady << f.steadyRatio;
            engineCpu << f.engineCpuUs;
            sandboxCpu << f.sandboxCpuUs;
            rateLimited += f.rateLimited;
            failed += f.failed;
            out << rate << " msg/s run " << r + 1 << ": achieved/configured " << f.ratio
                << " (steady-phase figure " << f.steadyRatio << "), 130429: " << f.rateLimited
                << ", failed: " << f.failed << "; CPU per message: app thread " << f.engineCpuUs
                << " us, sandbox thread " << f.sandboxCpuUs << " us\n";
            out.flush();
        }
        std::sort(ratios.begin(), ratios.end());
        std::sort(steady.begin(), steady.end());
        std::sort(engineCpu.begin(), engineCpu.end());
        std::sort(sandboxCpu.begin(), sandboxCpu.end());
        out << "pacing at " << rate << " msg/s: median achieved/configured "
            << ratios.at(ratios.size() / 2) << " (steady-phase figure "
            << steady.at(steady.size() / 2) << ") over " << runs << " runs of " << count
            << " messages; 130429 in all runs: " << rateLimited << "; failed: " << failed
            << "; median CPU per message: app thread " << engineCpu.at(engineCpu.size() / 2)
            << " us, sandbox thread " << sandboxCpu.at(sandboxCpu.size() / 2) << " us\n";
    }
    return 0;
}

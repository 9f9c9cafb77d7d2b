// Webhook intake end to end: signed POSTs of Meta-shaped batches (inbound text messages plus
// delivery statuses) over loopback HTTP to the WebhookReceiver, which checks the signature and
// hands each body to the StoreWebhookSink: raw body committed, parsed, ingested in one transaction
// into a fresh SQLite file (WAL), answered 200. The receiver runs on its own thread, like the
// relay; the client keeps N requests in flight. The figure is stored events per second (only
// counted once every batch was answered 200 and every event is in the database). Each run is
// made twice, alternating: SQLite synchronous=FULL (the default: an acknowledged webhook
// survives a power cut) and NORMAL (survives a killed process only), for the cost of durability.
// Usage: bench_intake_e2e [runs=5] [batches=200] [inbound-per-batch=25] [statuses-per-batch=25]
//                         [in-flight=8]
#include "Database.h"
#include "IntakePayloads.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

namespace {

const QByteArray kSecret = QByteArrayLiteral("bench-secret");

qint64 count(sb::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

// The receiver and its sink on a thread of their own, with that thread's database connection.
class IntakeThread
{
public:
    explicit IntakeThread(sb::Database &db)
        : m_db(db)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_sink = new sb::StoreWebhookSink(m_db);
                sb::WebhookReceiverConfig config;
                config.appSecret = kSecret;
                config.verifyToken = QStringLiteral("bench-verify");
                m_receiver = new sb::WebhookReceiver(config, m_sink);
                m_port = m_receiver->listen();
            },
            Qt::BlockingQueuedConnection);
        if (m_port == 0)
            qFatal("listen failed");
    }
    ~IntakeThread()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                delete m_receiver;
                delete m_sink;
                m_db.releaseThreadConnection();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }

private:
    sb::Database &m_db;
    QThread m_thread;
    QObject m_context;
    sb::StoreWebhookSink *m_sink = nullptr;
    sb::WebhookReceiver *m_receiver = nullptr;
    quint16 m_port = 0;
};

double runOnce(int batches, const sbtest::IntakeShape &shape, int inFlight, bool durable)
{
    QTemporaryDir dir;
    sb::DatabaseOptions options;
    options.durableCommits = durable;
    sb::Database::OpenResult opened =
        sb::Database::open(dir.filePath(QStringLiteral("bench.db")), options);
    if (!opened.database)
        qFatal("database: %s", qPrintable(opened.error.toString()));
    sb::Database &db = *opened.database;

    QList<QByteArray> bodies;
    QList<QByteArray> signatures;
    for (int b = 0; b < batches; ++b) {
        bodies << sbtest::intakeBatch(b, shape);
        signatures << sb::WebhookReceiver::signatureHeader(bodies.last(), kSecret);
    }

    double seconds = 0;
    {
        IntakeThread intake(db);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(intake.port()));
        int started = 0;
        int finished = 0;
        int failures = 0;
        QEventLoop loop;
        std::function<void()> post = [&] {
            const int i = started++;
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256", signatures.at(i));
            QNetworkReply *reply = network.post(request, bodies.at(i));
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++failures;
                reply->deleteLater();
                if (++finished == batches)
                    loop.quit();
                else if (started < batches)
                    post();
            });
        };
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < std::min(inFlight, batches); ++i)
            post();
        loop.exec();
        seconds = double(timer.nsecsElapsed()) / 1e9;
        if (failures)
            qFatal("bench invalid: %d POSTs not answered 200", failures);
    }
    const qint64 stored =
        count(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in'"))
        + count(db, QStringLiteral("SELECT COUNT(*) FROM message_status_events"));
    const qint64 expected = qint64(batches) * (shape.inbound + shape.statuses);
    if (stored != expected)
        qFatal("bench invalid: %lld events stored, %lld expected", stored, expected);
    return double(stored) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&](int i, int fallback) {
        const int value = args.size() > i ? args.at(i).toInt() : fallback;
        return value > 0 ? value : fallback;
    };
    const int runs = arg(1, 5);
    const int batches = arg(2, 200);
    sbtest::IntakeShape shape;
    shape.inbound = arg(3, 25);
    shape.statuses = arg(4, 25);
    shape.customers = 500;
    const int inFlight = arg(5, 8);

    QTextStream out(stdout);
    QList<double> full;
    QList<double> normal;
    runOnce(20, shape, inFlight, true); // warm-up: sockets, allocator, page cache
    for (int r = 0; r < runs; ++r) {
        full << runOnce(batches, shape, inFlight, true);
        normal << runOnce(batches, shape, inFlight, false);
        out << "run " << r + 1 << ": synchronous=FULL " << qRound64(full.last())
            << " events/s, NORMAL " << qRound64(normal.last()) << " events/s\n";
        out.flush();
    }
    std::sort(full.begin(), full.end());
    std::sort(normal.begin(), normal.end());
    out << "webhook intake end to end (HTTP + signature + raw body + parse + SQLite ingest, "
        << batches << " POSTs of " << shape.inbound << " messages + " << shape.statuses
        << " statuses, " << inFlight << " in flight), median of " << runs << " runs:\n";
    out << "  synchronous=FULL (default): " << qRound64(full.at(runs / 2)) << " events/s\n";
    out << "  synchronous=NORMAL:         " << qRound64(normal.at(runs / 2)) << " events/s\n";
    out << "  FULL / NORMAL: " << QString::number(full.at(runs / 2) / normal.at(runs / 2), 'f', 2)
        << "\n";
    return 0;
}

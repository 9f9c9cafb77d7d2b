// Webhook intake throughput over real loopback HTTP: signed POSTs of status batches go through
// the WebhookReceiver (signature check, size cap) and the parser; the figure is parsed events per
// second. Usage: bench_webhook_receiver [runs=5] [batches-per-run=400] [events-per-batch=50]
//                                       [in-flight=8]
#include "WebhookParser.h"
#include "WebhookReceiver.h"
#include "WebhookSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

namespace {

class ParsingSink final : public sb::WebhookSink
{
public:
    bool accept(const QByteArray &rawBody) override
    {
        events += sb::parseWebhook(rawBody).events.size();
        return true;
    }
    void deadLetter(const QByteArray &, const QString &) override { ++deadLetters; }

    qint64 events = 0;
    int deadLetters = 0;
};

QByteArray statusBatch(int batch, int events)
{
    QByteArray statuses;
    for (int i = 0; i < events; ++i) {
        if (i)
            statuses += ',';
        statuses += QByteArrayLiteral(R"({"id":"wamid.B)") + QByteArray::number(batch) + '.'
            + QByteArray::number(i)
            + QByteArrayLiteral(R"(","status":"delivered","timestamp":"1750030073",)"
                                R"("recipient_id":"16505551234","biz_opaque_callback_data":"sb-)")
            + QByteArray::number(i)
            + QByteArrayLiteral(R"(","pricing":{"billable":true,"pricing_model":"PMP",)"
                                R"("type":"regular","category":"utility"}})");
    }
    return QByteArrayLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"WABA",)"
                             R"("changes":[{"field":"messages","value":{"messaging_product":)"
                             R"("whatsapp","metadata":{"display_phone_number":"15550783881",)"
                             R"("phone_number_id":"106540352242922"},"statuses":[)")
        + statuses + QByteArrayLiteral("]}}]}]}");
}

double runOnce(int batches, int eventsPerBatch, int inFlight)
{
    ParsingSink sink;
    sb::WebhookReceiverConfig config;
    config.appSecret = QByteArrayLiteral("bench-secret");
    config.verifyToken = QStringLiteral("bench-verify");
    sb::WebhookReceiver receiver(config, &sink);
    const quint16 port = receiver.listen();
    if (port == 0)
        qFatal("listen failed: %s", qPrintable(receiver.errorString()));

    QList<QByteArray> bodies;
    for (int b = 0; b < 16; ++b)
        bodies << statusBatch(b, eventsPerBatch);
    QList<QByteArray> signatures;
    for (const QByteArray &body : std::as_const(bodies))
        signatures << sb::WebhookReceiver::signatureHeader(body, "bench-secret");

    QNetworkAccessManager nam;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
    int started = 0;
    int finished = 0;
    int failures = 0;
    QEventLoop loop;
    std::function<void()> post = [&] {
        const int i = started++;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256", signatures.at(i % signatures.size()));
        QNetworkReply *reply = nam.post(request, bodies.at(i % bodies.size()));
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
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (failures || sink.events != qint64(batches) * eventsPerBatch)
        qFatal("bench invalid: %d failed posts, %lld events parsed", failures, sink.events);
    return double(sink.events) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto arg = [&](int i, int fallback) { return args.size() > i ? args.at(i).toInt() : fallback; };
    const int runs = arg(1, 5);
    const int batches = arg(2, 400);
    const int eventsPerBatch = arg(3, 50);
    const int inFlight = arg(4, 8);

    QTextStream out(stdout);
    QList<double> rates;
    runOnce(20, eventsPerBatch, inFlight); // warm-up: sockets, allocator, page cache
    for (int r = 0; r < runs; ++r) {
        rates << runOnce(batches, eventsPerBatch, inFlight);
        out << "run " << r + 1 << ": " << qRound64(rates.last()) << " events/s\n";
        out.flush();
    }
    std::sort(rates.begin(), rates.end());
    out << "webhook receiver + parser over loopback HTTP: median " << qRound64(rates.at(runs / 2))
        << " events/s (" << runs << " runs, " << batches << " POSTs of " << eventsPerBatch
        << " status events, " << inFlight << " in flight)\n";
    return 0;
}

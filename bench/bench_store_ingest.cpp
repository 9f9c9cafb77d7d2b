// Store ingest throughput: parsed inbound-message events (no JSON parsing in the timing) go
// through sb::Ingestor in webhook-sized batches, one transaction each, into a fresh SQLite file;
// in the same run, the same contact, conversation and message rows are inserted with the raw
// SQLite C API (same schema, pragmas and batch transactions) as the floor to compare against.
// Prints the median of the runs. Usage: bench_store_ingest [runs=5] [events=20000]
//                                       [batch=50] [customers=500]
#include "Database.h"
#include "Ingestor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sqlite3.h>

namespace {

const QString PhoneNumberId = QStringLiteral("106540352242922");
const QDateTime Start(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC);

QString waIdOf(int customer)
{
    return QStringLiteral("1650555%1").arg(customer, 4, 10, QLatin1Char('0'));
}

QString bodyOf(int i)
{
    return QStringLiteral("Hello, where is my order %1? It was due on Tuesday.").arg(i);
}

QJsonObject messageJson(int i, int customer)
{
    return QJsonObject{
        {QStringLiteral("from"), waIdOf(customer)},
        {QStringLiteral("id"), QStringLiteral("wamid.bench.%1").arg(i)},
        {QStringLiteral("timestamp"), QString::number(Start.addSecs(i).toSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), bodyOf(i)}}}};
}

QList<QList<sb::WebhookEvent>> makeBatches(int events, int batch, int customers)
{
    QList<QList<sb::WebhookEvent>> batches;
    for (int i = 0; i < events; ++i) {
        if (i % batch == 0)
            batches.append(QList<sb::WebhookEvent>());
        const int customer = i % customers;
        sb::InboundMessageEvent e;
        e.origin.wabaId = QStringLiteral("WABA");
        e.origin.field = QStringLiteral("messages");
        e.origin.phoneNumberId = PhoneNumberId;
        e.origin.displayPhoneNumber = QStringLiteral("15550783881");
        e.origin.value =
            QJsonObject{{QStringLiteral("messages"), QJsonArray{messageJson(i, customer)}}};
        e.message.kind = sb::MessageKind::Text;
        e.message.direction = sb::Direction::Inbound;
        e.message.body = sb::TextContent{bodyOf(i), false};
        e.message.platformId = QStringLiteral("wamid.bench.%1").arg(i);
        e.message.from = waIdOf(customer);
        e.message.timestamp = Start.addSecs(i);
        e.contact.waId = waIdOf(customer);
        e.contact.profileName = QStringLiteral("Customer %1").arg(customer);
        batches.last().append(e);
    }
    return batches;
}

double storeRun(const QString &path, const QList<QList<sb::WebhookEvent>> &batches, qint64 events)
{
    sb::Database::OpenResult opened = sb::Database::open(path);
    if (!opened.database)
        qFatal("%s", qPrintable(opened.error.toString()));
    sb::Ingestor ingestor(*opened.database);
    QElapsedTimer timer;
    timer.start();
    for (const auto &batch : batches) {
        const sb::IngestResult result = ingestor.ingest(batch);
        if (!result.ok)
            qFatal("%s", qPrintable(result.error.toString()));
    }
    return events * 1e9 / static_cast<double>(timer.nsecsElapsed());
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("sqlite3: %s", sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
}

void bindText(sqlite3_stmt *s, int index, const QByteArray &text)
{
    sqlite3_bind_text(s, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

// The same rows the store writes for these events, with the C API and nothing else.
double rawRun(const QString &path, int events, int batch, int customers)
{
    {
        // The schema comes from the store's own migrations.
        sb::Database::OpenResult opened = sb::Database::open(path);
        if (!opened.database)
            qFatal("%s", qPrintable(opened.error.toString()));
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db);
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=NORMAL");
    exec(db, "PRAGMA foreign_keys=ON");
    sqlite3_stmt *phone = nullptr;
    sqlite3_stmt *contact = nullptr;
    sqlite3_stmt *conversation = nullptr;
    sqlite3_stmt *message = nullptr;
    check(
        sqlite3_prepare_v2(
            db,
            "INSERT INTO phone_numbers (phone_number_id, created_at, updated_at) VALUES (?, 0, 0)",
            -1, &phone, nullptr),
        db);
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO contacts (contact_key, wa_id, profile_name, created_at, "
                             "updated_at) VALUES (?, ?, ?, 0, 0)",
                             -1, &contact, nullptr),
          db);
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO conversations (contact_id, phone_number_id, last_inbound_at, "
              "window_deadline, last_message_at, last_message_direction, unread_count, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, 'in', 1, 0, 0)",
              -1, &conversation, nullptr),
          db);
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO messages (conversation_id, direction, kind, platform_id, content_json, "
              "body_text, created_at, updated_at) VALUES (?, 'in', 'text', ?, ?, ?, ?, 0)",
              -1, &message, nullptr),
          db);
    const QByteArray phoneId = PhoneNumberId.toUtf8();
    QList<qint64> conversations(customers, 0);

    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");
    bindText(phone, 1, phoneId);
    check(sqlite3_step(phone), db);
    for (int i = 0; i < events; ++i) {
        if (i > 0 && i % batch == 0) {
            exec(db, "COMMIT");
            exec(db, "BEGIN IMMEDIATE");
        }
        const int customer = i % customers;
        const qint64 at = Start.addSecs(i).toMSecsSinceEpoch();
        if (conversations[customer] == 0) {
            bindText(contact, 1, QByteArrayLiteral("wa:") + waIdOf(customer).toUtf8());
            bindText(contact, 2, waIdOf(customer).toUtf8());
            bindText(contact, 3, QStringLiteral("Customer %1").arg(customer).toUtf8());
            check(sqlite3_step(contact), db);
            sqlite3_reset(contact);
            sqlite3_bind_int64(conversation, 1, sqlite3_last_insert_rowid(db));
            bindText(conversation, 2, phoneId);
            sqlite3_bind_int64(conversation, 3, at);
            sqlite3_bind_int64(conversation, 4, at + 24 * 3600 * 1000LL);
            sqlite3_bind_int64(conversation, 5, at);
            check(sqlite3_step(conversation), db);
            sqlite3_reset(conversation);
            conversations[customer] = sqlite3_last_insert_rowid(db);
        }
        sqlite3_bind_int64(message, 1, conversations[customer]);
        bindText(message, 2, QStringLiteral("wamid.bench.%1").arg(i).toUtf8());
        bindText(message, 3,
                 QJsonDocument(messageJson(i, customer)).toJson(QJsonDocument::Compact));
        bindText(message, 4, bodyOf(i).toUtf8());
        sqlite3_bind_int64(message, 5, at);
        check(sqlite3_step(message), db);
        sqlite3_reset(message);
    }
    exec(db, "COMMIT");
    const double rate = events * 1e9 / static_cast<double>(timer.nsecsElapsed());
    for (sqlite3_stmt *s : {phone, contact, conversation, message})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return rate;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int argument(const QStringList &args, int index, int fallback)
{
    return args.size() > index ? std::max(1, args.at(index).toInt()) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argument(args, 1, 5);
    const int events = argument(args, 2, 20000);
    const int batch = argument(args, 3, 50);
    const int customers = argument(args, 4, 500);
    const QList<QList<sb::WebhookEvent>> batches = makeBatches(events, batch, customers);

    QTextStream out(stdout);
    QList<double> store;
    QList<double> raw;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        store.append(storeRun(dir.filePath(QStringLiteral("store.sqlite")), batches, events));
        raw.append(rawRun(dir.filePath(QStringLiteral("raw.sqlite")), events, batch, customers));
        out << "run " << run + 1 << ": store " << qRound(store.last()) << " events/s, raw "
            << qRound(raw.last()) << " rows/s\n";
        out.flush();
    }
    const double storeMedian = median(store);
    const double rawMedian = median(raw);
    out << "store ingest (Ingestor, " << batch
        << " events per transaction): " << qRound(storeMedian) << " events/s (median of " << runs
        << ")\n";
    out << "raw SQLite C API, same rows and batches:  " << qRound(rawMedian)
        << " rows/s (median of " << runs << ")\n";
    out << "store / raw: " << QString::number(storeMedian / rawMedian, 'f', 2) << "\n";
    return 0;
}

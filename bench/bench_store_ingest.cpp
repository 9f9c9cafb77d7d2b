// Store ingest throughput: parsed inbound-message events (no JSON parsing in the timing) go
// through sb::Ingestor in webhook-sized batches, one transaction each, into a fresh SQLite file;
// in the same run, the raw SQLite C API writes the same rows as the floor to compare against:
// same schema (so the same indexes and the FTS5 trigger), same pragmas (synchronous=NORMAL on
// both sides, so the figure is the store's work, not the disk's), same batch transactions. Per
// event the raw side serializes the message JSON, inserts the message (its FTS row comes from
// the schema's trigger) and updates the conversation (last message, unread count, service
// window); per new customer it inserts the contact and the conversation. It skips everything
// the store does to stay correct on real input (dedupe lookups, contact matching, phone number
// lookup, opt-out keywords). After each run the bench checks that both files hold the same
// phone number, contact, conversation and message rows (times of writing aside) and the same
// full-text matches, and stops if they differ.
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
    sb::DatabaseOptions options;
    options.durableCommits = false; // synchronous=NORMAL, as on the raw side
    sb::Database::OpenResult opened = sb::Database::open(path, options);
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
double rawRun(const QString &path, const QList<QJsonObject> &objects, int batch, int customers)
{
    {
        // The schema comes from the store's own migrations.
        sb::Database::OpenResult opened = sb::Database::open(path);
        if (!opened.database)
            qFatal("%s", qPrintable(opened.error.toString()));
    }
    const int events = int(objects.size());
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db);
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=NORMAL");
    exec(db, "PRAGMA foreign_keys=ON");
    sqlite3_stmt *phone = nullptr;
    sqlite3_stmt *contact = nullptr;
    sqlite3_stmt *conversation = nullptr;
    sqlite3_stmt *message = nullptr;
    sqlite3_stmt *touch = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO phone_numbers (phone_number_id, waba_id, "
                             "display_phone_number, display_digits, created_at, updated_at) "
                             "VALUES (?, 'WABA', '15550783881', '15550783881', 0, 0)",
                             -1, &phone, nullptr),
          db);
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO contacts (contact_key, wa_id, profile_name, created_at, "
                             "updated_at) VALUES (?, ?, ?, 0, 0)",
                             -1, &contact, nullptr),
          db);
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO conversations (contact_id, phone_number_id, created_at, "
                             "updated_at) VALUES (?, ?, 0, 0)",
                             -1, &conversation, nullptr),
          db);
    check(sqlite3_prepare_v2(
              db,
              "INSERT INTO messages (conversation_id, direction, kind, platform_id, content_json, "
              "body_text, status_times_json, created_at, updated_at) VALUES (?, 'in', 'text', ?, "
              "?, ?, '{}', ?, 0)",
              -1, &message, nullptr),
          db);
    check(sqlite3_prepare_v2(db,
                             "UPDATE conversations SET last_inbound_at = ?, window_deadline = ?, "
                             "last_message_at = ?, last_message_direction = 'in', "
                             "last_message_kind = 'text', last_message_preview = ?, unread_count "
                             "= unread_count + 1, updated_at = 0 WHERE id = ?",
                             -1, &touch, nullptr),
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
            const QByteArray waId = waIdOf(customer).toUtf8();
            bindText(contact, 1, QByteArrayLiteral("wa:") + waId);
            bindText(contact, 2, waId);
            bindText(contact, 3, QStringLiteral("Customer %1").arg(customer).toUtf8());
            check(sqlite3_step(contact), db);
            sqlite3_reset(contact);
            sqlite3_bind_int64(conversation, 1, sqlite3_last_insert_rowid(db));
            bindText(conversation, 2, phoneId);
            check(sqlite3_step(conversation), db);
            sqlite3_reset(conversation);
            conversations[customer] = sqlite3_last_insert_rowid(db);
        }
        const QByteArray body = bodyOf(i).toUtf8();
        sqlite3_bind_int64(message, 1, conversations[customer]);
        bindText(message, 2, QStringLiteral("wamid.bench.%1").arg(i).toUtf8());
        bindText(message, 3, QJsonDocument(objects.at(i)).toJson(QJsonDocument::Compact));
        bindText(message, 4, body);
        sqlite3_bind_int64(message, 5, at);
        check(sqlite3_step(message), db);
        sqlite3_reset(message);
        sqlite3_bind_int64(touch, 1, at);
        sqlite3_bind_int64(touch, 2, at + 24 * 3600 * 1000LL);
        sqlite3_bind_int64(touch, 3, at);
        bindText(touch, 4, body);
        sqlite3_bind_int64(touch, 5, conversations[customer]);
        check(sqlite3_step(touch), db);
        sqlite3_reset(touch);
    }
    exec(db, "COMMIT");
    const double rate = events * 1e9 / static_cast<double>(timer.nsecsElapsed());
    for (sqlite3_stmt *s : {phone, contact, conversation, message, touch})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return rate;
}

// Every row of `table` as text, without the columns that only record when it was written.
QStringList dump(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &q, nullptr), db);
    QStringList rows;
    while (sqlite3_step(q) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(q); ++c) {
            const QByteArray name(sqlite3_column_name(q, c));
            if (name == "updated_at"
                || (name == "created_at" && !QByteArray(sql).contains("messages")))
                continue;
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q, c));
            row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        rows << row.join(QLatin1Char('|'));
    }
    sqlite3_finalize(q);
    return rows;
}

void checkSameRows(const QString &storePath, const QString &rawPath)
{
    sqlite3 *store = nullptr;
    sqlite3 *raw = nullptr;
    check(sqlite3_open_v2(storePath.toUtf8().constData(), &store, SQLITE_OPEN_READONLY, nullptr),
          store);
    check(sqlite3_open_v2(rawPath.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr), raw);
    for (const char *sql :
         {"SELECT * FROM phone_numbers ORDER BY id", "SELECT * FROM contacts ORDER BY id",
          "SELECT * FROM conversations ORDER BY id", "SELECT * FROM messages ORDER BY id",
          "SELECT COUNT(*) FROM messages_fts('tuesday')",
          "SELECT rowid FROM messages_fts('\"order 17\"')"}) {
        const QStringList a = dump(store, sql);
        const QStringList b = dump(raw, sql);
        if (a != b) {
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i))
                    qFatal("bench invalid, %s differs:\nstore %s\nraw   %s", sql,
                           qPrintable(a.at(i)), qPrintable(b.at(i)));
            }
            qFatal("bench invalid, %s: %lld store rows, %lld raw rows", sql,
                   static_cast<long long>(a.size()), static_cast<long long>(b.size()));
        }
    }
    sqlite3_close(store);
    sqlite3_close(raw);
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
    QList<QJsonObject> objects; // the raw side serializes them, as the store does
    for (int i = 0; i < events; ++i)
        objects.append(messageJson(i, i % customers));

    QTextStream out(stdout);
    QList<double> store;
    QList<double> raw;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
        const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
        store.append(storeRun(storePath, batches, events));
        raw.append(rawRun(rawPath, objects, batch, customers));
        checkSameRows(storePath, rawPath);
        out << "run " << run + 1 << ": store " << qRound(store.last()) << " events/s, raw "
            << qRound(raw.last()) << " rows/s, ratio "
            << QString::number(store.last() / raw.last(), 'f', 2) << "\n";
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

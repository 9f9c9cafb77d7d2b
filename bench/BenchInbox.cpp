#include "BenchInbox.h"

#include "ChatFixtures.h"
#include "Database.h"
#include "DeliveryStatus.h"
#include "MessageJson.h"
#include "MessageRepository.h"
#include "MessageText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace benchinbox {

namespace {

using namespace sb;
using namespace std::chrono_literals;

const QStringList kFirstNames = {
    QStringLiteral("Jessica"), QStringLiteral("Ahmed"),  QStringLiteral("Mei"),
    QStringLiteral("Lukas"),   QStringLiteral("Priya"),  QStringLiteral("Carlos"),
    QStringLiteral("Aylin"),   QStringLiteral("Oluwa"),  QStringLiteral("Sofia"),
    QStringLiteral("Kenji"),   QStringLiteral("Fatima"), QStringLiteral("Mateus"),
    QStringLiteral("Zoë"),     QStringLiteral("Ivan"),   QStringLiteral("Nadia")};
const QStringList kLastNames = {QStringLiteral("Smith"),  QStringLiteral("Khan"),
                                QStringLiteral("Wang"),   QStringLiteral("Müller"),
                                QStringLiteral("Patel"),  QStringLiteral("García"),
                                QStringLiteral("Yılmaz"), QStringLiteral("Adeyemi"),
                                QStringLiteral("Rossi"),  QStringLiteral("Tanaka")};
const QStringList kTexts = {
    QStringLiteral("Hi! Is the *blue* jacket still in stock?"),
    QStringLiteral("Thanks, that helps a lot 🙏"),
    QStringLiteral("When will my order arrive? Tracking says _in transit_ since Monday."),
    QStringLiteral("Your order ships today. Track it at https://example.com/t/%1"),
    QStringLiteral("Can I change the size to M?"),
    QStringLiteral("Sure: we have it in:\n* S\n* M\n* L\n> Free returns for 30 days"),
    QStringLiteral("ok"),
    QStringLiteral("The code ```SPRING20``` gives you 20% off until Sunday."),
    QStringLiteral("Perfect, see you on Saturday at 10:00 ~maybe 11~"),
    QStringLiteral("A longer message that wraps over two or three lines in the chat view, with "
                   "*bold* and _italic_ words and a number, %1, to vary it."),
};

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("bench database: %s", sqlite3_errmsg(db));
    return statement;
}

void exec(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        qFatal("bench database: %s", sqlite3_errmsg(db));
}

// Binds by position, starting at 1; empty strings become NULL.
class Row
{
public:
    explicit Row(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    Row &text(const QString &value)
    {
        if (value.isEmpty())
            return null();
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    Row &integer(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    Row &time(const QDateTime &value)
    {
        return value.isValid() ? integer(value.toMSecsSinceEpoch()) : null();
    }
    Row &null()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    qint64 run(sqlite3 *db)
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            qFatal("bench database: %s", sqlite3_errmsg(db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return sqlite3_last_insert_rowid(db);
    }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

enum class WindowKind { Open, ClosingSoon, Closed, FreeEntry, NeverWrote };

WindowKind windowKindFor(QRandomGenerator &random)
{
    const quint32 r = random.bounded(100);
    if (r < 35)
        return WindowKind::Open;
    if (r < 45)
        return WindowKind::ClosingSoon;
    if (r < 90)
        return WindowKind::Closed;
    if (r < 95)
        return WindowKind::FreeEntry;
    return WindowKind::NeverWrote;
}

QList<int> messageCounts(QRandomGenerator &random)
{
    // The big conversation first; the rest share the remainder, 20 to 160 each.
    QList<int> counts(kConversations, 0);
    counts[0] = kBigConversationMessages;
    qint64 sum = counts[0];
    for (int i = 1; i < kConversations; ++i) {
        counts[i] = int(random.bounded(20, 161));
        sum += counts[i];
    }
    for (int i = 1; sum != kMessages; i = i % (kConversations - 1) + 1) {
        if (sum < kMessages && counts[i] < 400) {
            ++counts[i];
            ++sum;
        } else if (sum > kMessages && counts[i] > 5) {
            --counts[i];
            --sum;
        }
    }
    return counts;
}

DeliveryStatus outboundStatus(QRandomGenerator &random, const QDateTime &at, bool newest,
                              std::optional<StatusError> *error)
{
    DeliveryStatus status;
    status.apply(DeliveryState::Queued, at);
    const quint32 r = random.bounded(100);
    if (newest && r < 10)
        return status; // still in the outbox
    status.apply(DeliveryState::Accepted, at.addSecs(1));
    if (r < 3) {
        *error = StatusError{131047, QStringLiteral("Re-engagement message"), {}};
        status.apply(DeliveryState::Failed, at.addSecs(2), *error);
        return status;
    }
    if (r < 6)
        return status; // accepted, no status yet
    status.apply(DeliveryState::Sent, at.addSecs(2));
    if (r < 15)
        return status;
    status.apply(DeliveryState::Delivered, at.addSecs(5));
    if (r < 35)
        return status;
    status.apply(DeliveryState::Read, at.addSecs(60 + random.bounded(600)));
    return status;
}

class Generator
{
public:
    explicit Generator(sqlite3 *db)
        : m_db(db)
        , m_random(20260310)
    {
        m_pool = chatfixtures::everyKind(chatfixtures::MediaFiles{});
        m_pool.erase(std::remove_if(m_pool.begin(), m_pool.end(),
                                    [](const ChatMessage &row) {
                                        return row.message.kind == MessageKind::Text
                                            || row.message.kind == MessageKind::Reaction
                                            || row.message.kind == MessageKind::System;
                                    }),
                     m_pool.end());
        m_insertMessage = prepare(
            db,
            "INSERT INTO messages (conversation_id, direction, kind, platform_id, local_id, "
            "reply_to_platform_id, author, content_json, body_text, status, "
            "status_times_json, error_code, error_title, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    ~Generator() { sqlite3_finalize(m_insertMessage); }
    Generator(const Generator &) = delete;
    Generator &operator=(const Generator &) = delete;

    void run()
    {
        const QDateTime now = datasetNow();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        exec(m_db, "BEGIN");
        // A conversation's messages are written before its row (which sums them up); the keys
        // are checked at commit.
        exec(m_db, "PRAGMA defer_foreign_keys = ON");
        sqlite3_stmt *phone = prepare(
            m_db,
            "INSERT INTO phone_numbers (phone_number_id, waba_id, display_phone_number, "
            "display_digits, verified_name, quality_rating, messaging_tier, status, "
            "created_at, updated_at) VALUES (?, 'waba-bench', ?, ?, 'Lucky Shrub', 'GREEN', "
            "'TIER_10K', 'CONNECTED', ?, ?)");
        Row(phone)
            .text(QStringLiteral("pn-bench-1"))
            .text(QStringLiteral("+1 555-010-0001"))
            .text(QStringLiteral("15550100001"))
            .integer(nowMs)
            .integer(nowMs)
            .run(m_db);
        Row(phone)
            .text(QStringLiteral("pn-bench-2"))
            .text(QStringLiteral("+1 555-010-0002"))
            .text(QStringLiteral("15550100002"))
            .integer(nowMs)
            .integer(nowMs)
            .run(m_db);
        sqlite3_finalize(phone);

        sqlite3_stmt *contact =
            prepare(m_db,
                    "INSERT INTO contacts (contact_key, wa_id, phone, profile_name, opt_in_source, "
                    "opt_in_at, opt_out_at, opt_out_method, opt_out_detail, marketing_preference, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sqlite3_stmt *conversation =
            prepare(m_db,
                    "INSERT INTO conversations (contact_id, phone_number_id, last_inbound_at, "
                    "entry_point_at, entry_point_reply_at, window_deadline, last_message_at, "
                    "last_message_direction, last_message_kind, last_message_preview, "
                    "unread_count, assignee, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?)");
        sqlite3_stmt *label =
            prepare(m_db, "INSERT INTO conversation_labels (conversation_id, label) VALUES (?, ?)");

        const QList<int> counts = messageCounts(m_random);
        QElapsedTimer progress;
        progress.start();
        qint64 written = 0;
        for (int c = 0; c < kConversations; ++c) {
            const QString waId = QStringLiteral("4915550%1").arg(100000 + c);
            const QString name = m_random.bounded(20) == 0
                ? QString()
                : kFirstNames.at(c % kFirstNames.size()) + QLatin1Char(' ')
                    + kLastNames.at((c / kFirstNames.size()) % kLastNames.size());
            const quint32 consent = m_random.bounded(100);
            const QDateTime optIn = now.addDays(-400 + c % 300);
            Row contactRow(contact);
            contactRow.text(QStringLiteral("wa:") + waId).text(waId).text(waId).text(name);
            contactRow.text(QStringLiteral("web form")).time(optIn);
            if (consent < 3)
                contactRow.time(now.addDays(-2))
                    .text(QStringLiteral("keyword"))
                    .text(QStringLiteral("STOP"));
            else
                contactRow.null().null().null();
            contactRow.text(consent >= 3 && consent < 5 ? QStringLiteral("stop") : QString());
            const qint64 contactId = contactRow.integer(nowMs).integer(nowMs).run(m_db);

            const WindowKind window = c == 0 ? WindowKind::Open : windowKindFor(m_random);
            const Thread thread = writeMessages(c + 1, counts.at(c), window, waId, now);
            written += counts.at(c);

            const QString number =
                c % 5 == 4 ? QStringLiteral("pn-bench-2") : QStringLiteral("pn-bench-1");
            Row row(conversation);
            row.integer(contactId).text(number).time(thread.lastInbound);
            if (window == WindowKind::FreeEntry)
                row.time(thread.lastInbound).null();
            else
                row.null().null();
            row.time(thread.lastInbound.isValid() ? thread.lastInbound.addDuration(24h)
                                                  : QDateTime());
            row.time(thread.lastAt)
                .text(thread.lastInboundWasLast ? QStringLiteral("in") : QStringLiteral("out"))
                .text(thread.lastKind)
                .text(thread.lastPreview);
            row.integer(thread.lastInboundWasLast && m_random.bounded(100) < 40
                            ? m_random.bounded(1, 6)
                            : 0);
            const quint32 who = m_random.bounded(10);
            row.text(who < 3       ? QStringLiteral("Alex")
                         : who < 5 ? QStringLiteral("Sam")
                                   : QString());
            const qint64 conversationId = row.time(thread.firstAt).integer(nowMs).run(m_db);
            if (conversationId != c + 1)
                qFatal("bench database: conversation ids must start at 1 in a new file");
            if (m_random.bounded(10) == 0)
                Row(label).integer(conversationId).text(QStringLiteral("vip")).run(m_db);
            if (progress.elapsed() > 5000) {
                std::fprintf(stderr, "bench database: %lld of %d messages\n",
                             static_cast<long long>(written), kMessages);
                progress.restart();
            }
        }
        sqlite3_finalize(contact);
        sqlite3_finalize(conversation);
        sqlite3_finalize(label);
        exec(m_db, "COMMIT");
    }

private:
    struct Thread
    {
        QDateTime firstAt;
        QDateTime lastAt;
        QDateTime lastInbound;
        bool lastInboundWasLast = false;
        QString lastKind;
        QString lastPreview;
    };

    QDateTime lastActivity(WindowKind window, const QDateTime &now)
    {
        switch (window) {
        case WindowKind::Open:
            return now.addSecs(-qint64(m_random.bounded(60, 20 * 3600)));
        case WindowKind::ClosingSoon:
            return now.addSecs(-qint64(m_random.bounded(22 * 3600 + 1800, 24 * 3600 - 60)));
        case WindowKind::Closed:
            return now.addSecs(-qint64(m_random.bounded(25 * 3600, 60 * 24 * 3600)));
        case WindowKind::FreeEntry:
            return now.addSecs(-qint64(m_random.bounded(25 * 3600, 60 * 3600)));
        case WindowKind::NeverWrote:
            return now.addSecs(-qint64(m_random.bounded(3600, 10 * 24 * 3600)));
        }
        return now;
    }

    // One message of a thread; `recent` holds the platform ids of the last few messages (for
    // replies and reactions).
    ChatMessage makeMessage(const QString &platformId, Direction direction, const QString &waId,
                            const QStringList &recent)
    {
        const quint32 r = m_random.bounded(100);
        ChatMessage row;
        if (r < 45 || (direction == Direction::Outbound && r < 55)) {
            row.message.kind = MessageKind::Text;
            const QString text = kTexts.at(m_random.bounded(kTexts.size()));
            row.message.body = TextContent{
                text.contains(QLatin1String("%1")) ? text.arg(platformId.right(6)) : text,
                text.contains(QLatin1String("https://"))};
            if (r < 8 && !recent.isEmpty())
                row.message.context = ReplyContext{recent.last(), {}, {}, {}};
        } else if (r < 90 || recent.isEmpty()) {
            row = m_pool.at(m_random.bounded(m_pool.size()));
            row.message.context.reset();
            if (row.message.kind == MessageKind::Template
                || row.message.kind == MessageKind::Interactive
                || row.message.kind == MessageKind::LocationRequest)
                direction = Direction::Outbound;
            else if (row.message.direction == Direction::Inbound)
                direction = Direction::Inbound;
        } else {
            row.message.kind = MessageKind::Reaction;
            row.message.body =
                ReactionContent{recent.at(m_random.bounded(recent.size())), QStringLiteral("👍")};
        }
        row.message.direction = direction;
        row.message.platformId = platformId;
        row.message.from = direction == Direction::Inbound ? waId : QString();
        row.message.to = direction == Direction::Outbound ? QStringLiteral("+") + waId : QString();
        return row;
    }

    Thread writeMessages(qint64 conversationId, int count, WindowKind window, const QString &waId,
                         const QDateTime &now)
    {
        Thread thread;
        thread.lastAt = lastActivity(window, now);
        // Oldest first; spacing from seconds (a chat) to hours (a pause).
        QList<qint64> gaps(count);
        qint64 span = 0;
        for (int i = 0; i < count; ++i) {
            gaps[i] = m_random.bounded(100) < 80 ? m_random.bounded(20, 600)
                                                 : m_random.bounded(3600, 5 * 3600);
            span += gaps.at(i);
        }
        QDateTime at = thread.lastAt.addSecs(-span);
        thread.firstAt = at;
        QStringList recent;
        for (int i = 0; i < count; ++i) {
            at = at.addSecs(gaps.at(i));
            const bool newest = i == count - 1;
            Direction direction = m_random.bounded(2) ? Direction::Inbound : Direction::Outbound;
            if (window == WindowKind::NeverWrote)
                direction = Direction::Outbound;
            else if (newest && window != WindowKind::Closed)
                direction = Direction::Inbound; // an open window: the customer wrote last
            const QString platformId =
                QStringLiteral("wamid.bench.%1.%2").arg(conversationId).arg(i);
            ChatMessage row = makeMessage(platformId, direction, waId, recent);
            row.message.timestamp = at;
            if (window == WindowKind::NeverWrote && row.message.kind != MessageKind::Template) {
                row = m_pool.first();
                for (const ChatMessage &candidate : std::as_const(m_pool)) {
                    if (candidate.message.kind == MessageKind::Template)
                        row = candidate;
                }
                row.message.platformId = platformId;
                row.message.to = QStringLiteral("+") + waId;
                row.message.timestamp = at;
                row.message.direction = Direction::Outbound;
            }
            write(conversationId, row, newest);
            const Message &m = row.message;
            if (m.kind != MessageKind::Reaction) {
                recent.append(platformId);
                if (recent.size() > 8)
                    recent.removeFirst();
            }
            if (m.direction == Direction::Inbound)
                thread.lastInbound = at;
            thread.lastInboundWasLast = m.direction == Direction::Inbound;
            thread.lastKind = messageKindWireName(m.kind);
            thread.lastPreview = messageSearchText(m).left(160);
        }
        return thread;
    }

    void write(qint64 conversationId, const ChatMessage &row, bool newest)
    {
        const Message &m = row.message;
        const bool out = m.direction == Direction::Outbound;
        const QJsonObject json = out ? toRequestBody(m) : toInboundMessage(m);
        std::optional<StatusError> error;
        DeliveryStatus status;
        if (out)
            status = outboundStatus(m_random, m.timestamp, newest, &error);
        const bool queued = out && status.state() == DeliveryState::Queued;
        Row insert(m_insertMessage);
        insert.integer(conversationId)
            .text(out ? QStringLiteral("out") : QStringLiteral("in"))
            .text(messageKindWireName(m.kind))
            .text(queued ? QString() : m.platformId)
            .text(out ? QStringLiteral("local-") + m.platformId : QString())
            .text(m.context ? m.context->messageId : QString())
            .text(out ? QStringLiteral("Alex") : QString())
            .text(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)))
            .text(messageSearchText(m))
            .text(out ? deliveryStateName(status.state()) : QString())
            .text(out ? deliveryTimesJson(status) : QStringLiteral("{}"));
        if (error)
            insert.integer(error->code).text(error->title);
        else
            insert.null().null();
        insert.time(m.timestamp).time(m.timestamp).run(m_db);
    }

    sqlite3 *m_db;
    QRandomGenerator m_random;
    QList<ChatMessage> m_pool;
    sqlite3_stmt *m_insertMessage = nullptr;
};

void generate(const QString &path)
{
    QFile::remove(path);
    {
        // The real schema, migrations and pragmas.
        auto opened = Database::open(path);
        if (!opened.database)
            qFatal("bench database: %s", qPrintable(opened.error.message));
        opened.database->execute(QStringLiteral("SELECT 1"));
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        qFatal("bench database: %s", sqlite3_errmsg(db));
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "PRAGMA cache_size = -200000");
    Generator(db).run();
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
}

} // namespace

QDateTime datasetNow()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
}

QString databasePath()
{
    const QString dir = QStringLiteral(SB_BENCH_DATA_DIR);
    const QString path = QDir(dir).filePath(QStringLiteral("inbox-v%1-%2c-%3m.sqlite")
                                                .arg(kVersion)
                                                .arg(kConversations)
                                                .arg(kMessages));
    if (QFile::exists(path))
        return path;
    QDir().mkpath(dir);
    std::fprintf(stderr, "bench database: generating %s (once; cached)\n", qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    const QString partial = path + QStringLiteral(".partial");
    generate(partial);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        qFatal("bench database: cannot rename %s", qPrintable(partial));
    std::fprintf(stderr, "bench database: generated in %.1f s\n", double(timer.elapsed()) / 1000);
    return path;
}

} // namespace benchinbox

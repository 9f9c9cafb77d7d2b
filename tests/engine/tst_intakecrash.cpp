// Kills the webhook-intake process (sb_intake_child: WebhookReceiver + StoreWebhookSink on an
// SQLite file) with SIGKILL at seeded random moments while signed batches are posted to it, many
// times, and proves: every batch that was answered 200 is completely in the database after every
// kill (no acknowledged webhook lost); the database opens cleanly and passes
// PRAGMA integrity_check after every kill; and once everything is delivered again, as Meta does
// with what it saw no 200 for (and with some it did), the database holds every event exactly once.
//
// SB_INTAKE_CYCLES, SB_INTAKE_SEED and SB_INTAKE_IN_FLIGHT scale it (scripts/soak-intake.sh).

#include "Database.h"
#include "IntakePayloads.h"
#include "WebhookLogRepository.h"
#include "WebhookReceiver.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace sb;

namespace {

const QByteArray kSecret = QByteArrayLiteral("intake-crash-secret");
constexpr int kWaitMs = 30000; // generous: nothing depends on speed

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    QStringList values;
    if (!query.exec(sql))
        return {QStringLiteral("query failed: ") + sql};
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// The intake process; killed by the test, or by itself at a chosen SQLite instruction.
class Child
{
public:
    // `sqlSteps` > 0: it SIGKILLs itself after that many SQLite instructions.
    Child(const QString &database, quint64 sqlSteps)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("listening "))
                    m_port = quint16(line.mid(10).toUInt());
                else if (line.startsWith("replayed "))
                    m_replayed = line.mid(9).toInt();
                else if (line.startsWith("body ") && m_killAtBody > 0
                         && line.mid(5).toInt() >= m_killAtBody)
                    kill();
            }
        });
        QStringList arguments{database, QStringLiteral("0"), QString::fromLatin1(kSecret)};
        if (sqlSteps > 0)
            arguments.append(QString::number(sqlSteps));
        m_process.start(QStringLiteral(SB_INTAKE_CHILD), arguments);
    }
    ~Child()
    {
        kill();
        m_process.waitForFinished(kWaitMs);
    }

    bool waitListening()
    {
        return QTest::qWaitFor(
                   [this] { return m_port != 0 || m_process.state() == QProcess::NotRunning; },
                   kWaitMs)
            && m_port != 0;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // SIGKILL: no destructor, no commit, no flush
            m_killed = true;
        }
    }
    bool waitFinished()
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(kWaitMs);
    }
    bool killed() const { return m_killed; }
    bool killedItself() const
    {
        return !m_killed && m_process.state() == QProcess::NotRunning
            && m_process.exitStatus() == QProcess::CrashExit && m_process.exitCode() == SIGKILL;
    }
    QByteArray errors() { return m_process.readAllStandardError(); }
    // Kills it as soon as it reports that the n-th body reached its sink: mid-store.
    void killAtBody(int n) { m_killAtBody = n; }
    quint16 port() const { return m_port; }
    int replayed() const { return m_replayed; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    int m_replayed = -1;
    int m_killAtBody = 0;
    bool m_killed = false;
};

// Posts batches with a fixed number in flight and records which were answered 200.
class Poster
{
public:
    Poster(quint16 port, int inFlight, std::function<QByteArray(int)> body)
        : m_url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port))
        , m_inFlight(inFlight)
        , m_body(std::move(body))
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    // Posts `batches` in order, keeping the window full until stop() or the list runs out.
    void run(const QList<int> &batches)
    {
        m_queue = batches;
        for (int i = 0; i < m_inFlight; ++i)
            next();
    }
    void stop() { m_stopped = true; }
    bool idle() const { return m_pending == 0; }
    bool done() const { return idle() && (m_stopped || m_queue.isEmpty()); }
    // Called after each 200, with the number of 200s so far.
    std::function<void(int)> onAcknowledged;

    QSet<int> acknowledged;
    QList<int> unacknowledged; // posted, but no 200 came back
    QHash<int, int> statusOf; // last HTTP status (0: none) of each posted batch

private:
    void next()
    {
        if (m_stopped || m_queue.isEmpty())
            return;
        const int batch = m_queue.takeFirst();
        const QByteArray body = m_body(batch);
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Hub-Signature-256",
                             WebhookReceiver::signatureHeader(body, kSecret));
        request.setTransferTimeout(kWaitMs);
        QNetworkReply *reply = m_network.post(request, body);
        ++m_pending;
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, batch] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            --m_pending;
            statusOf.insert(batch, status);
            if (status == 200) {
                acknowledged.insert(batch);
                if (onAcknowledged)
                    onAcknowledged(int(acknowledged.size()));
            } else {
                unacknowledged.append(batch);
            }
            next();
        });
    }

    QNetworkAccessManager m_network;
    QUrl m_url;
    int m_inFlight;
    std::function<QByteArray(int)> m_body;
    QList<int> m_queue;
    int m_pending = 0;
    bool m_stopped = false;
};

} // namespace

class TestIntakeCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("intake.db"));
    }

    void killedIntakeLosesNothingAcknowledged()
    {
        const int cycles = envInt("SB_INTAKE_CYCLES", 30);
        const int inFlight = envInt("SB_INTAKE_IN_FLIGHT", 4);
        const quint32 seed = quint32(envInt("SB_INTAKE_SEED", 20260602));
        qInfo() << "intake crash test:" << cycles << "kills, seed" << seed << "," << inFlight
                << "in flight";
        QRandomGenerator random(seed);

        QSet<int> acknowledged;
        int nextBatch = 0;
        int kills = 0;
        int interrupted = 0; // posts that got no answer because of a kill
        int leftUnprocessed = 0; // saved by a killed run, not ingested (summed over kills)
        int replayed = 0; // ... and picked up at the next start
        int selfKills = 0; // at an SQLite instruction
        for (int cycle = 0; cycle < cycles; ++cycle) {
            const auto mode = KillMode(random.bounded(int(KillMode::Count)));
            // About 3,500 SQLite instructions store one batch: up to some 30 batches in.
            const quint64 sqlSteps = mode == KillMode::SqlStep ? random.bounded(1, 100'000) : 0;
            Child child(m_path, sqlSteps);
            int killAfterAnswers = 0;
            std::unique_ptr<Poster> poster;
            QVERIFY(QTest::qWaitFor(
                [&child] { return child.process().state() != QProcess::Starting; }, kWaitMs));
            switch (mode) {
            case KillMode::StartUp: // opening, migrating, replaying what a kill left unprocessed
                QTimer::singleShot(int(random.bounded(0, 60)), &child.process(),
                                   [&child] { child.kill(); });
                break;
            case KillMode::AfterAnswers: // the next requests are being stored then
                killAfterAnswers = int(random.bounded(1, 40));
                break;
            case KillMode::AtBody: // mid-save, mid-parse, mid-ingest, mid-answer
                child.killAtBody(int(random.bounded(1, 40)));
                break;
            case KillMode::AtInstant:
                QTimer::singleShot(int(random.bounded(5, 400)), &child.process(),
                                   [&child] { child.kill(); });
                break;
            case KillMode::SqlStep: // it kills itself
            case KillMode::Count:
                break;
            }
            QVERIFY(QTest::qWaitFor(
                [&child] {
                    return child.port() != 0 || child.process().state() == QProcess::NotRunning;
                },
                kWaitMs));
            if (child.process().state() == QProcess::Running) {
                replayed += std::max(0, child.replayed());
                poster = std::make_unique<Poster>(child.port(), inFlight,
                                                  [this](int b) { return body(b); });
                QObject::connect(&child.process(), &QProcess::finished, &child.process(),
                                 [&poster] { poster->stop(); });
                if (mode == KillMode::AfterAnswers) {
                    poster->onAcknowledged = [killAfterAnswers, &child](int count) {
                        if (count >= killAfterAnswers)
                            child.kill();
                    };
                }
                QList<int> batches;
                for (int i = 0; i < 400; ++i)
                    batches.append(nextBatch + i);
                poster->run(batches);
                QVERIFY2(QTest::qWaitFor([&poster] { return poster->done(); }, 4 * kWaitMs),
                         "posts hung");
            }
            child.kill(); // when none of the above hit before the batches ran out
            QVERIFY(child.waitFinished());
            QVERIFY2(child.killed() || child.killedItself(), child.errors().constData());
            selfKills += child.killedItself() ? 1 : 0;
            if (poster) {
                // The posted batches are the first ones of the list; unanswered ones count as
                // sent, since the body may have been stored before the answer was lost.
                nextBatch += int(poster->statusOf.size());
                interrupted += int(poster->unacknowledged.size());
                acknowledged.unite(poster->acknowledged);
            }
            ++kills;
            m_batches = nextBatch;

            // The database opens cleanly after every kill, is intact, and holds every batch
            // that was acknowledged, completely.
            Database::OpenResult reopened = Database::open(m_path);
            QVERIFY2(reopened.database, qPrintable(reopened.error.toString()));
            QCOMPARE(column(*reopened.database, QStringLiteral("PRAGMA integrity_check")),
                     QStringList{QStringLiteral("ok")});
            const QString missing = missingFrom(*reopened.database, acknowledged);
            QVERIFY2(missing.isEmpty(), qPrintable(missing));
            // Saved by the killed run but not ingested (killed between the two commits).
            leftUnprocessed +=
                column(*reopened.database,
                       QStringLiteral("SELECT COUNT(*) FROM webhook_payloads WHERE processed = 0"))
                    .value(0)
                    .toInt();
        }
        qInfo() << "killed" << kills << "times (" << selfKills << "at an SQLite instruction);"
                << acknowledged.size() << "of" << m_batches << "batches acknowledged,"
                << interrupted << "posts interrupted," << leftUnprocessed
                << "bodies saved but not ingested at a kill," << replayed << "replayed at start-up";
        QVERIFY(kills == cycles);
        QVERIFY2(!acknowledged.isEmpty(), "no batch was ever acknowledged: nothing was tested");

        // Meta delivers again what it got no 200 for, and sometimes what it did: everything,
        // in a shuffled order, to a process that is left alone.
        QList<int> all;
        for (int b = 0; b < m_batches; ++b)
            all.append(b);
        for (qsizetype i = all.size() - 1; i > 0; --i)
            all.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
        Child last(m_path, 0);
        QVERIFY2(last.waitListening(), last.errors().constData());
        Poster poster(last.port(), inFlight, [this](int b) { return body(b); });
        poster.run(all);
        QVERIFY2(QTest::qWaitFor([&] { return poster.done(); }, 4 * kWaitMs), "posts hung");
        QCOMPARE(poster.acknowledged.size(), all.size());
        last.kill();
        QVERIFY(last.waitFinished());

        Database::OpenResult opened = Database::open(m_path);
        QVERIFY2(opened.database, qPrintable(opened.error.toString()));
        Database &db = *opened.database;
        QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
        QSet<int> everything(all.cbegin(), all.cend());
        const QString missing = missingFrom(db, everything);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        checkExactlyOnce(db);
    }

private:
    QByteArray body(int batch) const { return sbtest::intakeBatch(batch, m_shape); }

    // A description of what of `batches` is not (completely) in the database; empty when all is.
    QString missingFrom(Database &db, const QSet<int> &batches) const
    {
        const QStringList inboundList =
            column(db, QStringLiteral("SELECT platform_id FROM messages WHERE direction = 'in'"));
        const QSet<QString> inbound(inboundList.cbegin(), inboundList.cend());
        const QStringList statusList =
            column(db,
                   QStringLiteral(
                       "SELECT platform_id FROM message_status_events WHERE status = 'delivered'"));
        const QSet<QString> statuses(statusList.cbegin(), statusList.cend());
        const QStringList processedList =
            column(db, QStringLiteral("SELECT sha256 FROM webhook_payloads WHERE processed = 1"));
        const QSet<QString> processed(processedList.cbegin(), processedList.cend());
        QStringList problems;
        for (const int b : batches) {
            for (int i = 0; i < m_shape.inbound; ++i) {
                if (!inbound.contains(sbtest::intakeInboundId(b, i)))
                    problems << sbtest::intakeInboundId(b, i);
            }
            for (int i = 0; i < m_shape.statuses; ++i) {
                if (!statuses.contains(sbtest::intakeStatusId(b, i)))
                    problems << sbtest::intakeStatusId(b, i);
            }
            if (!processed.contains(WebhookLogRepository::sha256Hex(body(b))))
                problems << QStringLiteral("raw payload of batch %1 not processed").arg(b);
        }
        if (problems.isEmpty())
            return {};
        return QStringLiteral("%1 acknowledged events missing, e.g. %2")
            .arg(problems.size())
            .arg(problems.mid(0, 5).join(QStringLiteral(", ")));
    }

    // Every event once: as many rows as events were sent, one raw row per distinct body, and
    // unread counts that a double ingest would have inflated.
    void checkExactlyOnce(Database &db) const
    {
        const int batches = m_batches;
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE direction = 'in'")),
                 QStringList{QString::number(batches * m_shape.inbound)});
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM message_status_events")),
                 QStringList{QString::number(batches * m_shape.statuses)});
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM webhook_payloads")),
                 QStringList{QString::number(batches)});
        QCOMPARE(
            column(db, QStringLiteral("SELECT COUNT(*) FROM webhook_payloads WHERE processed = 0")),
            QStringList{QStringLiteral("0")});
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM dead_letters")),
                 QStringList{QStringLiteral("0")});

        QHash<QString, int> expectedUnread;
        for (int b = 0; b < batches; ++b) {
            for (int i = 0; i < m_shape.inbound; ++i) {
                const QByteArray waId =
                    sbtest::intakeCustomer(sbtest::intakeCustomerOf(b, i, m_shape));
                ++expectedUnread[QString::fromLatin1(waId)];
            }
        }
        const QStringList rows =
            column(db,
                   QStringLiteral("SELECT ct.wa_id || ':' || c.unread_count FROM conversations c "
                                  "JOIN contacts ct ON ct.id = c.contact_id"));
        QCOMPARE(rows.size(), expectedUnread.size());
        for (const QString &row : rows) {
            const QString waId = row.section(QLatin1Char(':'), 0, 0);
            QCOMPARE(row.section(QLatin1Char(':'), 1).toInt(), expectedUnread.value(waId, -1));
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    enum class KillMode { StartUp, AfterAnswers, AtBody, AtInstant, SqlStep, Count };

    sbtest::IntakeShape m_shape;
    int m_batches = 0;
};

QTEST_GUILESS_MAIN(TestIntakeCrash)
#include "tst_intakecrash.moc"

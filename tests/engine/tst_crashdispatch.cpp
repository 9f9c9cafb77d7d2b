// Kills the dispatching process with SIGKILL at random points, many times, and proves that no
// message is ever sent twice (the sandbox's record of what it accepted is the witness), that
// every message ends accepted or unknown, and that the SQLite database opens cleanly and passes
// PRAGMA integrity_check after every kill.
//
// The child is sb_dispatch_child (dispatch_child.cpp); the sandbox runs here, on real time.
// SB_CRASH_CYCLES, SB_CRASH_MESSAGES and SB_CRASH_SEED scale it up (scripts/soak-dispatch.sh).

#include "EngineTestSupport.h"
#include "MessageRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

using namespace sb;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString integrityOf(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return QStringLiteral("PRAGMA failed");
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

// One run of the child; counts its events and kills it after the chosen one.
class Child
{
public:
    // Kills after `killAfterEvents` reported events (0: as soon as it started, -1: never), or
    // `killAfterMs` after it started when that is positive.
    Child(const QStringList &arguments, int killAfterEvents, int killAfterMs = 0)
        : m_killAfter(killAfterEvents)
    {
        if (killAfterMs > 0) {
            m_timer.setSingleShot(true);
            QObject::connect(&m_timer, &QTimer::timeout, &m_process, [this] { kill(); });
            QObject::connect(&m_process, &QProcess::started, &m_process,
                             [this, killAfterMs] { m_timer.start(killAfterMs); });
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { onOutput(); });
        QObject::connect(&m_process, &QProcess::started, &m_process, [this] {
            if (m_killAfter == 0) // before it even opened the database
                kill();
        });
        m_process.start(QStringLiteral(SB_DISPATCH_CHILD), arguments);
    }

    // Waits until it exits on its own or was killed. False if it hangs.
    bool finish(int timeoutMs)
    {
        if (!QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                             timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return false;
        }
        onOutput();
        return true;
    }

    bool killed() const { return m_killed; }
    bool drained() const
    {
        return !m_killed && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }
    QByteArray errors() { return m_process.readAllStandardError(); }
    int events() const { return m_events; }

private:
    void onOutput()
    {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("recovered"))
                continue;
            ++m_events;
            if (m_killAfter > 0 && m_events >= m_killAfter)
                kill();
        }
    }

    void kill()
    {
        if (m_killed)
            return;
        m_process.kill(); // SIGKILL: no destructor, no commit, no flush
        m_killed = true;
    }

    QProcess m_process;
    QTimer m_timer;
    int m_killAfter;
    int m_events = 0;
    bool m_killed = false;
};

} // namespace

class TestCrashDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedDispatchNeverSendsTwice()
    {
        const int cycles = envInt("SB_CRASH_CYCLES", 20);
        const int count = envInt("SB_CRASH_MESSAGES", 240);
        const quint32 seed = quint32(envInt("SB_CRASH_SEED", 20260601));
        qInfo() << "crash test:" << cycles << "kills," << count << "messages, seed" << seed;
        QRandomGenerator random(seed);

        SandboxConfig config = sbtest::sandboxConfig(seed);
        config.frozenClock = false; // the child runs on the system clock
        config.clockStart.reset();
        Sandbox sandbox(config);
        QVERIFY(sandbox.listen() != 0);
        SystemClock clock;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));

        QStringList ids;
        {
            DatabaseOptions options;
            options.clock = &clock;
            Database::OpenResult opened = Database::open(path, options);
            QVERIFY2(opened.database, qPrintable(opened.error.toString()));
            Outbox outbox(*opened.database, clock);
            const int customers = std::max(1, count / 3);
            for (int i = 0; i < customers; ++i)
                sbtest::openWindow(sandbox,
                                   QStringLiteral("1555030%1").arg(i, 4, 10, QLatin1Char('0')));
            for (int i = 0; i < count; ++i) {
                OutboundMessage outbound;
                outbound.phoneNumberId = sandbox.config().phoneNumberId;
                outbound.message = makeText(
                    QStringLiteral("+1555030%1").arg(i % customers, 4, 10, QLatin1Char('0')),
                    QStringLiteral("message %1").arg(i));
                const EnqueueResult queued = outbox.enqueue(outbound);
                QVERIFY2(queued.ok(), qPrintable(queued.error));
                ids.append(queued.localId);
            }
        }

        const QStringList arguments{path,
                                    sandbox.baseUrl().toString(),
                                    sbtest::kToken,
                                    sandbox.config().phoneNumberId,
                                    QStringLiteral("80"),
                                    QString::number(seed)};
        int kills = 0;
        bool drained = false;
        for (int cycle = 0; cycle < cycles && !drained; ++cycle) {
            // Kill right at start-up (0), after one of the next few sends or answers, or at a
            // random instant (mid-commit, mid-request).
            const bool byTime = random.bounded(3) == 0;
            const int killAfter = byTime ? -1 : int(random.bounded(0, 13));
            const int killAfterMs = byTime ? int(random.bounded(5, 80)) : 0;
            Child child(arguments, killAfter, killAfterMs);
            QVERIFY2(child.finish(60000), "the child hung");
            kills += child.killed() ? 1 : 0;
            drained = child.drained();
            QVERIFY2(child.killed() || drained, child.errors().constData());

            // The database opens cleanly after every kill and is intact.
            Database::OpenResult reopened = Database::open(path);
            QVERIFY2(reopened.database, qPrintable(reopened.error.toString()));
            QCOMPARE(integrityOf(*reopened.database), QStringLiteral("ok"));
            // Never twice, at any point.
            const QHash<QString, int> accepted = sbtest::acceptedByLocalId(sandbox);
            for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" sent twice")));
        }
        qInfo() << "killed" << kills << "times";
        QVERIFY(kills > 0);
        if (!drained) { // the rest runs undisturbed
            Child child(arguments, -1);
            QVERIFY2(child.finish(60000), "the child hung");
            QVERIFY2(child.drained(), child.errors().constData());
        }

        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error.toString()));
        OutboxRepository outbox(*opened.database);
        const QHash<QString, int> accepted = sbtest::acceptedByLocalId(sandbox);
        QCOMPARE(outbox.queueDepth(sandbox.config().phoneNumberId), 0);
        int unknownResolved = 0;
        int unknownNeverArrived = 0;
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(accepted.value(id) <= 1, qPrintable(id));
            const auto row = outbox.byLocalId(id);
            QVERIFY(row);
            QVERIFY2(row->state == OutboxState::Accepted || row->state == OutboxState::Unknown,
                     qPrintable(id + QLatin1Char(' ') + outboxStateName(row->state)));
            if (row->state == OutboxState::Unknown) {
                // What the status webhook does: the local id names the accepted message.
                const QString wamid = sbtest::wamidOf(sandbox, id);
                if (wamid.isEmpty()) {
                    ++unknownNeverArrived; // killed before the request left: never re-sent
                    continue;
                }
                QVERIFY(outbox.resolveUnknownByLocalId(id, wamid, clock.now()));
                ++unknownResolved;
            }
            const auto resolved = outbox.byLocalId(id);
            QCOMPARE(resolved->state, OutboxState::Accepted);
            QCOMPARE(accepted.value(id), 1);
            QCOMPARE(resolved->platformId, sbtest::wamidOf(sandbox, id));
            QCOMPARE(MessageRepository(*opened.database).findByLocalId(id)->platformId,
                     resolved->platformId);
        }
        QCOMPARE(accepted.size() + unknownNeverArrived, ids.size());
        qInfo() << "unknown after kills:" << unknownResolved << "resolved," << unknownNeverArrived
                << "never reached the platform";

        // A later run sends nothing again.
        const int before = int(sandbox.sentMessages().size());
        Child last(arguments, -1);
        QVERIFY(last.finish(60000));
        QVERIFY(last.drained());
        QCOMPARE(int(sandbox.sentMessages().size()), before);
    }
};

QTEST_GUILESS_MAIN(TestCrashDispatch)
#include "tst_crashdispatch.moc"

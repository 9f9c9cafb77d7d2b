#pragma once

// Shared by the engine tests: a real database (an SQLite file, or a throwaway PostgreSQL
// database on the server in SB_TEST_PG_URL), a real sandbox on a loopback port with a frozen
// clock the tests move by hand, and the engine wired to both over real HTTP.

#include "AlertRepository.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "Dispatcher.h"
#include "GraphClient.h"
#include "Message.h"
#include "Outbox.h"
#include "OutboxRepository.h"
#include "Sandbox.h"
#include "SandboxWorld.h"
#include "SecretProvider.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>

namespace sbtest {

inline constexpr int kWaitMs = 15000; // generous: nothing depends on speed
inline const QString kToken = QStringLiteral("engine-test-token");
inline const QString kSecret = QStringLiteral("engine-test-secret");

// ---- databases --------------------------------------------------------------------------------

// One fresh database per test: an SQLite file in a temporary directory, or a new PostgreSQL
// database created on the SB_TEST_PG_URL server and dropped afterwards.
class TestDatabase
{
public:
    enum class Kind { SQLite, PostgreSQL };

    ~TestDatabase()
    {
        database.reset();
        if (!m_pgName.isEmpty())
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName, nullptr);
    }

    static QString pgUrl() { return qEnvironmentVariable("SB_TEST_PG_URL"); }

    // Null with `error` set when it cannot be created.
    static std::unique_ptr<TestDatabase> create(Kind kind, const sb::Clock *clock, QString *error)
    {
        auto test = std::unique_ptr<TestDatabase>(new TestDatabase);
        sb::DatabaseOptions options;
        options.clock = clock;
        if (kind == Kind::SQLite) {
            if (!test->m_dir.isValid()) {
                *error = QStringLiteral("no temporary directory");
                return nullptr;
            }
            test->location = test->m_dir.filePath(QStringLiteral("switchboard.db"));
            sb::Database::OpenResult opened = sb::Database::open(test->location, options);
            if (!opened.database) {
                *error = opened.error.toString();
                return nullptr;
            }
            test->database = std::move(opened.database);
            return test;
        }
        sb::StoreError parseError;
        const auto server = sb::DatabaseLocation::parse(pgUrl(), &parseError);
        if (!server) {
            *error = parseError.toString();
            return nullptr;
        }
        test->m_server = *server;
        const QString name =
            QStringLiteral("sb_engine_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!test->adminExec(QStringLiteral("CREATE DATABASE ") + name, error))
            return nullptr;
        test->m_pgName = name;
        const sb::DatabaseLocation location = server->withDatabaseName(name);
        test->location = QStringLiteral("postgresql://%1@%2:%3/%4")
                             .arg(location.userName(), location.host())
                             .arg(location.port())
                             .arg(name);
        sb::Database::OpenResult opened = sb::Database::open(location, options);
        if (!opened.database) {
            *error = opened.error.toString();
            return nullptr;
        }
        test->database = std::move(opened.database);
        return test;
    }

    std::unique_ptr<sb::Database> database;
    QString location; // what Database::open() was given (a file path or a URL)

private:
    TestDatabase() = default;

    bool adminExec(const QString &sql, QString *error)
    {
        const QString connection =
            QStringLiteral("sb-engine-admin-") + QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_server.host());
            db.setPort(m_server.port());
            db.setUserName(m_server.userName());
            db.setPassword(m_server.password());
            db.setDatabaseName(m_server.databaseName());
            db.setConnectOptions(m_server.connectOptions());
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok && error)
                    *error = query.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QTemporaryDir m_dir;
    sb::DatabaseLocation m_server;
    QString m_pgName;
};

// Adds the "sqlite" and "postgresql" rows of a data-driven test.
inline void addDialectRows()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("sqlite") << int(TestDatabase::Kind::SQLite);
    QTest::newRow("postgresql") << int(TestDatabase::Kind::PostgreSQL);
}

// The database of the current row; QSKIPs a PostgreSQL row only when SB_TEST_PG_URL is unset
// and QFAILs when it is set but unusable.
#define SB_OPEN_TEST_DATABASE(var, clockPtr)                                                       \
    QFETCH(int, kind);                                                                             \
    if (kind == int(sbtest::TestDatabase::Kind::PostgreSQL)                                        \
        && sbtest::TestDatabase::pgUrl().isEmpty())                                                \
        QSKIP("SB_TEST_PG_URL is not set: no PostgreSQL server to run this row against "           \
              "(scripts/test.sh starts one)");                                                     \
    QString var##Error;                                                                            \
    auto var =                                                                                     \
        sbtest::TestDatabase::create(sbtest::TestDatabase::Kind(kind), clockPtr, &var##Error);     \
    QVERIFY2(var, qPrintable(var##Error))

// ---- sandbox ----------------------------------------------------------------------------------

inline const QDateTime kStart(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

// A frozen clock (moved only by the tests), no random outcomes, quiet customers.
inline sb::SandboxConfig sandboxConfig(quint32 seed = 11)
{
    sb::SandboxConfig config;
    config.appSecret = kSecret;
    config.accessToken = kToken;
    config.seed = seed;
    config.scenario = sb::SandboxScenarioKind::Empty;
    config.frozenClock = true;
    config.clockStart = kStart;
    config.customersReply = false;
    config.undeliverableProbability = 0;
    config.marketingCapProbability = 0;
    config.readProbability = 1;
    config.delayJitter = 0;
    config.webhookRetryBase = std::chrono::milliseconds(200);
    return config;
}

// How often the sandbox accepted each local id (biz_opaque_callback_data): the witness that
// nothing was sent twice.
inline QHash<QString, int> acceptedByLocalId(const sb::Sandbox &sandbox)
{
    QHash<QString, int> counts;
    for (const sb::SandboxSentMessage &sent : sandbox.sentMessages())
        ++counts[sent.request.value(u"biz_opaque_callback_data").toString()];
    return counts;
}

inline QString wamidOf(const sb::Sandbox &sandbox, const QString &localId)
{
    for (const sb::SandboxSentMessage &sent : sandbox.sentMessages()) {
        if (sent.request.value(u"biz_opaque_callback_data").toString() == localId)
            return sent.wamid;
    }
    return QString();
}

// A customer who just wrote, so free-form messages may be sent to them.
inline void openWindow(sb::Sandbox &sandbox, const QString &waId, const QString &phoneNumberId = {})
{
    QString problem;
    const QString wamid =
        sandbox.playInbound(waId, QStringLiteral("Customer ") + waId,
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                        {QStringLiteral("text"), QStringLiteral("Hello")}},
                            &problem, phoneNumberId);
    QVERIFY2(!wamid.isEmpty(), qPrintable(problem));
}

// POST /_sandbox/<what> on the control API over HTTP; returns the HTTP status (0: no answer).
inline int control(const sb::Sandbox &sandbox, const QString &what, const QJsonObject &body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/") + what)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply =
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs);
    const int status =
        finished ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    delete reply;
    return status;
}

class MutableToken final : public sb::TokenProvider
{
public:
    QString accessToken() const override { return value; }
    QString value = kToken;
};

// ---- engine -----------------------------------------------------------------------------------

// The engine of one number wired to a sandbox: Outbox, OutboxRepository, GraphClient over
// loopback HTTP, and a Dispatcher on the sandbox's clock.
struct EngineRig
{
    EngineRig(sb::Sandbox &box, sb::Database &db, sb::DispatcherConfig config = {},
              std::chrono::milliseconds requestTimeout = std::chrono::seconds(10), quint32 seed = 5)
        : sandbox(box)
        , database(db)
        , outbox(db, box.clock())
        , alerts(db)
        , random(seed)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        sb::GraphClientConfig graphConfig;
        graphConfig.baseUrl = box.baseUrl();
        graphConfig.timeout = requestTimeout;
        client = std::make_unique<sb::GraphClient>(&network, &token, graphConfig);
        dispatcher = std::make_unique<sb::Dispatcher>(phoneNumberId(), &outbox.repository(),
                                                      client.get(), &box.clock(), nullptr, config,
                                                      [this] { return random.generate(); });
        dispatcher->setAlerts(&alerts);
        QObject::connect(&outbox, &sb::Outbox::enqueued, dispatcher.get(), &sb::Dispatcher::wakeUp);
    }

    QString phoneNumberId() const { return sandbox.config().phoneNumberId; }
    sb::OutboxRepository &repository() { return outbox.repository(); }

    // Queues a text to `waId` and returns its local id ("" and a failed check when refused).
    QString queueText(const QString &waId, const QString &text)
    {
        sb::OutboundMessage outbound;
        outbound.phoneNumberId = phoneNumberId();
        outbound.message = sb::makeText(QLatin1Char('+') + waId, text);
        const sb::EnqueueResult result = outbox.enqueue(outbound);
        if (!result.ok())
            qWarning() << "enqueue refused:" << int(result.status) << result.error;
        return result.localId;
    }

    std::optional<sb::OutboxRow> row(const QString &localId)
    {
        return repository().byLocalId(localId);
    }

    // Runs the dispatcher on simulated time until `done`: waits for answers in flight, then
    // moves the sandbox clock to the dispatcher's next wake-up. False when the dispatcher has
    // nothing left to do, the horizon passes, or an answer does not come.
    bool drive(const std::function<bool()> &done,
               std::chrono::milliseconds horizon = std::chrono::hours(1))
    {
        const QDateTime limit = sandbox.now().addMSecs(horizon.count());
        while (!done()) {
            if (dispatcher->inFlight() > 0) {
                if (!QTest::qWaitFor([&] { return dispatcher->inFlight() == 0; }, kWaitMs))
                    return false;
                continue;
            }
            QCoreApplication::processEvents();
            if (done())
                break;
            const QDateTime next = dispatcher->nextWakeAt();
            if (!next.isValid() || next > limit)
                return false;
            if (next > sandbox.now())
                sandbox.advanceClock(std::chrono::milliseconds(sandbox.now().msecsTo(next)));
            dispatcher->wakeUp();
        }
        return true;
    }

    bool drained()
    {
        return dispatcher->inFlight() == 0 && repository().queueDepth(phoneNumberId()) == 0;
    }

    sb::Sandbox &sandbox;
    sb::Database &database;
    sb::Outbox outbox;
    sb::AlertRepository alerts;
    QNetworkAccessManager network;
    MutableToken token;
    QRandomGenerator random;
    std::unique_ptr<sb::GraphClient> client;
    std::unique_ptr<sb::Dispatcher> dispatcher;
};

} // namespace sbtest

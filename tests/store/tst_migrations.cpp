#include "Database.h"
#include "Migrations.h"
#include "SqlScript.h"
#include "SqlStatement.h"
#include "StoreTestSupport.h"

using namespace sb;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    SqlStatement q(db, sql);
    return q.execScalar().value_or(-1);
}

bool tableExists(Database &db, const QString &table)
{
    const QString sql = db.dialect() == Dialect::SQLite
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                         "current_schema() AND table_name = ?");
    SqlStatement q(db, sql);
    q.bind(table);
    return q.execScalar().value_or(0) > 0;
}

Migration extra(int version, const QStringList &statements)
{
    return Migration{version, QStringLiteral("test_step_%1").arg(version), statements};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinCoverBothDialects();
    void splitStatements_data();
    void splitStatements();
    void freshDatabase_data() { storetest::addBackendRows(); }
    void freshDatabase();
    void reopenKeepsData_data() { storetest::addBackendRows(); }
    void reopenKeepsData();
    void brokenMigrationRollsBack_data() { storetest::addBackendRows(); }
    void brokenMigrationRollsBack();
    void newerSchemaRefused_data() { storetest::addBackendRows(); }
    void newerSchemaRefused();
    void outboxMatchesContract_data() { storetest::addBackendRows(); }
    void outboxMatchesContract();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestMigrations::builtinCoverBothDialects()
{
    const QList<Migration> sqlite = Migrations::builtin(Dialect::SQLite);
    const QList<Migration> pg = Migrations::builtin(Dialect::PostgreSQL);
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(sqlite.size(), pg.size());
    for (int i = 0; i < sqlite.size(); ++i) {
        QCOMPARE(sqlite.at(i).version, i + 1); // numbered 1, 2, 3 ... without gaps
        QCOMPARE(pg.at(i).version, i + 1);
        QCOMPARE(sqlite.at(i).name, pg.at(i).name);
        QVERIFY(!sqlite.at(i).statements.isEmpty());
        QVERIFY(!pg.at(i).statements.isEmpty());
    }
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);")
                         << QStringList{QStringLiteral("CREATE TABLE a (x INT)"),
                                        QStringLiteral("CREATE TABLE b (y INT)")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolons in strings")
        << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;'); SELECT \"we;ird\" FROM t;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;')"),
                       QStringLiteral("SELECT \"we;ird\" FROM t")};
    QTest::newRow("comments dropped")
        << QStringLiteral("-- leading; comment\nSELECT 1; /* block; */ SELECT 2; -- trailing;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("sqlite trigger")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                          "UPDATE c SET x = CASE WHEN 1 THEN 2 END; END; SELECT 3;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b "
                                      "VALUES (1); UPDATE c SET x = CASE WHEN 1 THEN 2 END; END"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("temp trigger")
        << QStringLiteral("CREATE TEMP TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; END;")
        << QStringList{
               QStringLiteral("CREATE TEMP TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; END")};
    QTest::newRow("dollar quoted")
        << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; "
                          "$body$ LANGUAGE plpgsql; SELECT $$a;b$$;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; "
                                      "END; $body$ LANGUAGE plpgsql"),
                       QStringLiteral("SELECT $$a;b$$")};
    QTest::newRow("parameters are not dollar quotes")
        << QStringLiteral("SELECT $1; SELECT 2;")
        << QStringList{QStringLiteral("SELECT $1"), QStringLiteral("SELECT 2")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing here;\n/* ; */") << QStringList{};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(SqlScript::split(script), expected);
}

void TestMigrations::freshDatabase()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const int latest = Migrations::builtin(dialect).last().version;
    QCOMPARE(db->schemaVersion(), latest);
    QCOMPARE(db->knownSchemaVersion(), latest);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), latest);
    for (const char *table :
         {"phone_numbers", "health_history", "business_accounts", "contacts", "conversations",
          "conversation_labels", "messages", "message_status_events", "webhook_payloads",
          "dead_letters", "outbox", "templates", "alerts", "alert_sources"}) {
        QVERIFY2(tableExists(*db, QLatin1String(table)), table);
    }
}

void TestMigrations::reopenKeepsData()
{
    QFETCH(Dialect, dialect);
    storetest::FreshResult status;
    const auto location = m_backends.freshLocation(dialect, &status);
    if (status.skip)
        QSKIP(qPrintable(status.message));
    QVERIFY2(location, qPrintable(status.message));
    {
        Database::OpenResult first = Database::open(*location);
        QVERIFY2(first.database, qPrintable(first.error.toString()));
        SqlStatement q(*first.database,
                       QStringLiteral("INSERT INTO alerts (kind, severity, subject, "
                                      "title, body, raised_at, last_raised_at) "
                                      "VALUES ('k', 'info', 's', 't', 'b', 1, 1)"));
        q.exec();
    }
    Database::OpenResult second = Database::open(*location);
    QVERIFY2(second.database, qPrintable(second.error.toString()));
    QCOMPARE(scalar(*second.database, QStringLiteral("SELECT COUNT(*) FROM alerts")), 1);
    QCOMPARE(scalar(*second.database, QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             second.database->knownSchemaVersion());
}

void TestMigrations::brokenMigrationRollsBack()
{
    QFETCH(Dialect, dialect);
    storetest::FreshResult status;
    const auto location = m_backends.freshLocation(dialect, &status);
    if (status.skip)
        QSKIP(qPrintable(status.message));
    QVERIFY2(location, qPrintable(status.message));
    const QList<Migration> builtin = Migrations::builtin(dialect);
    const int latest = builtin.last().version;

    DatabaseOptions broken;
    broken.migrations = builtin;
    broken.migrations->append(
        extra(latest + 1,
              {QStringLiteral("CREATE TABLE extra (id INTEGER)"),
               QStringLiteral("INSERT INTO extra VALUES (1)"), QStringLiteral("THIS IS NOT SQL")}));
    const Database::OpenResult failed = Database::open(*location, broken);
    QVERIFY(!failed.database);
    QCOMPARE(failed.error.kind, StoreErrorKind::MigrationFailed);
    QVERIFY(failed.error.message.contains(QString::number(latest + 1)));

    // The built-in steps before it stay applied; nothing of the broken step remains.
    Database::OpenResult plain = Database::open(*location);
    QVERIFY2(plain.database, qPrintable(plain.error.toString()));
    QCOMPARE(plain.database->schemaVersion(), latest);
    QVERIFY(!tableExists(*plain.database, QStringLiteral("extra")));
    plain.database.reset();

    DatabaseOptions fixed;
    fixed.migrations = builtin;
    fixed.migrations->append(extra(latest + 1,
                                   {QStringLiteral("CREATE TABLE extra (id INTEGER)"),
                                    QStringLiteral("INSERT INTO extra VALUES (1)")}));
    const Database::OpenResult repaired = Database::open(*location, fixed);
    QVERIFY2(repaired.database, qPrintable(repaired.error.toString()));
    QCOMPARE(repaired.database->schemaVersion(), latest + 1);
    QCOMPARE(scalar(*repaired.database, QStringLiteral("SELECT COUNT(*) FROM extra")), 1);
}

void TestMigrations::newerSchemaRefused()
{
    QFETCH(Dialect, dialect);
    storetest::FreshResult status;
    const auto location = m_backends.freshLocation(dialect, &status);
    if (status.skip)
        QSKIP(qPrintable(status.message));
    QVERIFY2(location, qPrintable(status.message));
    const QList<Migration> builtin = Migrations::builtin(dialect);
    DatabaseOptions future;
    future.migrations = builtin;
    future.migrations->append(extra(builtin.last().version + 1,
                                    {QStringLiteral("CREATE TABLE from_the_future (id INTEGER)")}));
    QVERIFY(Database::open(*location, future).database);

    const Database::OpenResult old = Database::open(*location);
    QVERIFY(!old.database);
    QCOMPARE(old.error.kind, StoreErrorKind::SchemaTooNew);
    QVERIFY(old.error.message.contains(QString::number(builtin.last().version + 1)));
}

void TestMigrations::outboxMatchesContract()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    // Every column the engine's OutboxRepository relies on, with the contract's defaults.
    SqlStatement insert(*db,
                        QStringLiteral("INSERT INTO outbox (local_id, phone_number_id, recipient, "
                                       "request_json, kind, state, next_attempt_at, created_at, "
                                       "updated_at) VALUES ('l1', 'pn', '+15550001', '{}', 'text', "
                                       "'queued', 5, 1, 1) RETURNING id"));
    QVERIFY(insert.execScalar());
    SqlStatement read(
        *db,
        QStringLiteral("SELECT business_initiated, attempts, conversation_id, message_id, "
                       "template_category, platform_id, last_error_code, last_error_title, "
                       "last_error_details FROM outbox WHERE local_id = 'l1'"));
    read.exec();
    QVERIFY(read.next());
    QCOMPARE(read.boolean(0), false);
    QCOMPARE(read.int64(1), 0);
    for (int column = 2; column <= 8; ++column)
        QVERIFY(read.isNull(column));
    SqlStatement duplicate(
        *db,
        QStringLiteral("INSERT INTO outbox (local_id, phone_number_id, recipient, "
                       "request_json, kind, state, next_attempt_at, created_at, "
                       "updated_at) VALUES ('l1', 'pn', 'x', '{}', 'text', 'queued', "
                       "5, 1, 1)"));
    QVERIFY_THROWS_EXCEPTION(StoreException, duplicate.exec());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

#include "Database.h"
#include "SqlStatement.h"
#include "StoreTestSupport.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <limits>

using namespace sb;
using storetest::T0;

Q_DECLARE_METATYPE(sb::StoreErrorKind)

namespace {

qint64 countRows(Database &db, const QString &table)
{
    SqlStatement q(db, QLatin1String("SELECT COUNT(*) FROM ") + table);
    return q.execScalar().value_or(-1);
}

void insertPhone(Database &db, const QString &id)
{
    SqlStatement q(db,
                   QStringLiteral("INSERT INTO phone_numbers (phone_number_id, created_at, "
                                  "updated_at) VALUES (?, ?, ?)"));
    q.bind(id).bind(qint64(1)).bind(qint64(1)).exec();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locationErrors_data();
    void locationErrors();
    void locationParsing();
    void unreachableServer();
    void notADatabaseFile();
    void sqlitePragmas();
    void deferredCommitsKeepTheConnectionSynced();
    void transactions_data() { storetest::addBackendRows(); }
    void transactions();
    void nestedTransactions_data() { storetest::addBackendRows(); }
    void nestedTransactions();
    void foreignKeysEnforced_data() { storetest::addBackendRows(); }
    void foreignKeysEnforced();
    void connectionPerThread_data() { storetest::addBackendRows(); }
    void connectionPerThread();
    void valuesRoundTrip_data() { storetest::addBackendRows(); }
    void valuesRoundTrip();
    void statementErrors_data() { storetest::addBackendRows(); }
    void statementErrors();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestDatabase::locationErrors_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<StoreErrorKind>("kind");
    QTest::newRow("empty") << QString() << StoreErrorKind::InvalidLocation;
    QTest::newRow("blank") << QStringLiteral("   ") << StoreErrorKind::InvalidLocation;
    QTest::newRow("mysql") << QStringLiteral("mysql://u@localhost/db")
                           << StoreErrorKind::UnsupportedScheme;
    QTest::newRow("http") << QStringLiteral("https://example.com/db")
                          << StoreErrorKind::UnsupportedScheme;
    QTest::newRow("pg without database")
        << QStringLiteral("postgresql://sb@127.0.0.1:5432") << StoreErrorKind::InvalidLocation;
    QTest::newRow("pg nested path")
        << QStringLiteral("postgresql://sb@127.0.0.1/a/b") << StoreErrorKind::InvalidLocation;
    QTest::newRow("pg bad port") << QStringLiteral("postgresql://sb@127.0.0.1:99999/db")
                                 << StoreErrorKind::InvalidLocation;
    QTest::newRow("pg unknown option")
        << QStringLiteral("postgresql://sb@127.0.0.1/db?host=x") << StoreErrorKind::InvalidLocation;
    QTest::newRow("pg option injection")
        << QStringLiteral("postgresql://sb@127.0.0.1/db?sslmode=disable%3Bpassword%3Dx")
        << StoreErrorKind::InvalidLocation;
    QTest::newRow("memory") << QStringLiteral(":memory:") << StoreErrorKind::InvalidLocation;
    QTest::newRow("missing folder")
        << QStringLiteral("/nonexistent-sb-folder/x/db.sqlite") << StoreErrorKind::InvalidLocation;
    QTest::newRow("folder") << QDir::tempPath() << StoreErrorKind::InvalidLocation;
}

void TestDatabase::locationErrors()
{
    QFETCH(QString, location);
    QFETCH(StoreErrorKind, kind);
    const Database::OpenResult result = Database::open(location);
    QVERIFY(!result.database);
    QCOMPARE(result.error.kind, kind);
    QVERIFY(!result.error.message.isEmpty());
}

void TestDatabase::locationParsing()
{
    StoreError error;
    const auto url = DatabaseLocation::parse(
        QStringLiteral("postgresql://agent:s3cret@db.example.com:6543/switchboard?sslmode=require"),
        &error);
    QVERIFY(url);
    QCOMPARE(url->dialect(), Dialect::PostgreSQL);
    QCOMPARE(url->host(), QStringLiteral("db.example.com"));
    QCOMPARE(url->port(), 6543);
    QCOMPARE(url->userName(), QStringLiteral("agent"));
    QCOMPARE(url->password(), QStringLiteral("s3cret"));
    QCOMPARE(url->databaseName(), QStringLiteral("switchboard"));
    QVERIFY(url->connectOptions().contains(QStringLiteral("sslmode=require")));
    QVERIFY(url->connectOptions().contains(QStringLiteral("connect_timeout=5")));
    QVERIFY(!url->displayName().contains(QStringLiteral("s3cret")));

    const auto legacy = DatabaseLocation::parse(QStringLiteral("postgres://sb@h/d"), &error);
    QVERIFY(legacy);
    QCOMPARE(legacy->port(), 5432);

    const QString file = m_backends.tempPath(QStringLiteral("parsed.sqlite"));
    const QStringList forms{file, QStringLiteral("sqlite://") + file,
                            QStringLiteral("file://") + file};
    for (const QString &text : forms) {
        const auto sqlite = DatabaseLocation::parse(text, &error);
        QVERIFY2(sqlite, qPrintable(text));
        QCOMPARE(sqlite->dialect(), Dialect::SQLite);
        QCOMPARE(sqlite->filePath(), file);
    }
}

void TestDatabase::unreachableServer()
{
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const Database::OpenResult result =
        Database::open(QStringLiteral("postgresql://sb:pw@127.0.0.1:1/switchboard"));
    QVERIFY(!result.database);
    QCOMPARE(result.error.kind, StoreErrorKind::ConnectionFailed);
    QVERIFY(result.error.message.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!result.error.toString().contains(QStringLiteral(":pw@")));
}

void TestDatabase::notADatabaseFile()
{
    const QString path = m_backends.tempPath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Database::OpenResult result = Database::open(path);
    QVERIFY(!result.database);
    QCOMPARE(result.error.kind, StoreErrorKind::ConnectionFailed);
}

void TestDatabase::sqlitePragmas()
{
    SB_FRESH_DB(m_backends, db, Dialect::SQLite);
    const auto pragma = [&db](const char *name) {
        QSqlQuery q(db->connection());
        q.exec(QLatin1String("PRAGMA ") + QLatin1String(name));
        q.next();
        return q.value(0).toString();
    };
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    // FULL: an acknowledged webhook and a `sending` mark survive a power cut.
    QCOMPARE(pragma("synchronous"), QStringLiteral("2"));
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));

    DatabaseOptions throwaway;
    throwaway.durableCommits = false;
    const Database::OpenResult fast =
        Database::open(m_backends.tempPath(QStringLiteral("fast.db")), throwaway);
    QVERIFY2(fast.database, qPrintable(fast.error.toString()));
    QSqlQuery q(fast.database->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("1")); // NORMAL
}

void TestDatabase::deferredCommitsKeepTheConnectionSynced()
{
    SB_FRESH_DB(m_backends, db, Dialect::SQLite);
    const auto synchronous = [&db] {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("PRAGMA synchronous"));
        q.next();
        return q.value(0).toString();
    };
    {
        Transaction tx(*db, Transaction::Durability::Deferred);
        insertPhone(*db, QStringLiteral("deferred"));
        tx.commit();
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 1);
    QCOMPARE(synchronous(), QStringLiteral("2")); // the next commit is synced again

    // A deferred commit that fails (a foreign key checked only at COMMIT) restores it too.
    try {
        Transaction tx(*db, Transaction::Durability::Deferred);
        db->execute(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        db->execute(QStringLiteral("INSERT INTO conversations (contact_id, phone_number_id, "
                                   "created_at, updated_at) VALUES (424242, 'deferred', 0, 0)"));
        tx.commit();
        QFAIL("a conversation without its contact was committed");
    } catch (const StoreException &e) {
        QCOMPARE(e.error().kind, StoreErrorKind::QueryFailed);
    }
    QCOMPARE(countRows(*db, QStringLiteral("conversations")), 0);
    QCOMPARE(synchronous(), QStringLiteral("2"));
}

void TestDatabase::transactions()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    {
        Transaction tx(*db);
        insertPhone(*db, QStringLiteral("rolled-back"));
        QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 1);
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 0);
    {
        Transaction tx(*db);
        insertPhone(*db, QStringLiteral("kept"));
        tx.commit();
        QVERIFY(!tx.isActive());
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 1);
    // An exception unwinds the transaction.
    try {
        Transaction tx(*db);
        insertPhone(*db, QStringLiteral("second"));
        insertPhone(*db, QStringLiteral("kept")); // unique violation
        tx.commit();
        QFAIL("a duplicate phone number id was accepted");
    } catch (const StoreException &e) {
        QCOMPARE(e.error().kind, StoreErrorKind::QueryFailed);
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 1);
    // The connection is usable again afterwards.
    insertPhone(*db, QStringLiteral("third"));
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 2);
}

void TestDatabase::nestedTransactions()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    {
        Transaction outer(*db);
        insertPhone(*db, QStringLiteral("outer"));
        {
            Transaction inner(*db);
            QVERIFY(inner.isNested());
            insertPhone(*db, QStringLiteral("inner-dropped"));
        }
        {
            Transaction inner(*db);
            insertPhone(*db, QStringLiteral("inner-kept"));
            inner.commit();
        }
        QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 2);
        outer.commit();
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 2);
    {
        Transaction outer(*db);
        Transaction inner(*db);
        insertPhone(*db, QStringLiteral("lost-with-outer"));
        inner.commit();
    }
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 2);
}

void TestDatabase::foreignKeysEnforced()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    insertPhone(*db, QStringLiteral("pn"));
    SqlStatement q(*db,
                   QStringLiteral("INSERT INTO conversations (contact_id, phone_number_id, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?)"));
    q.bind(qint64(4242)).bind(QStringLiteral("pn")).bind(qint64(1)).bind(qint64(1));
    QVERIFY_THROWS_EXCEPTION(StoreException, q.exec());
}

void TestDatabase::connectionPerThread()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const QString mainName = db->connection().connectionName();
    QString workerName;
    QString workerError;
    QThread *worker = QThread::create([&] {
        try {
            workerName = db->connection().connectionName();
            Transaction tx(*db);
            insertPhone(*db, QStringLiteral("from-worker"));
            tx.commit();
        } catch (const StoreException &e) {
            workerError = e.error().toString();
        }
    });
    worker->start();
    QVERIFY(worker->wait(30000));
    delete worker;
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection went with its thread; its committed row is visible here.
    QVERIFY(!QSqlDatabase::contains(workerName));
    QVERIFY(QSqlDatabase::contains(mainName));
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
// Every kind of value goes in and comes back unchanged (SQLite: through its C API).
void TestDatabase::valuesRoundTrip()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    db->execute(
        QStringLiteral("CREATE TABLE probe (n BIGINT, t TEXT, b %1)")
            .arg(dialect == Dialect::SQLite ? QLatin1String("BLOB") : QLatin1String("BYTEA")));
    const QString text = QStringLiteral("Grüße 👋🏽 مرحبا \"'; --");
    const QByteArray bytes("\x00\x01\xfe\xff", 4);
    const qint64 big = std::numeric_limits<qint64>::max();
    {
        SqlStatement insert(*db, QStringLiteral("INSERT INTO probe (n, t, b) VALUES (?, ?, ?)"));
        insert.bind(big).bind(text).bind(QVariant(bytes)).exec();
        QCOMPARE(insert.rowsAffected(), 1);
    }
    {
        SqlStatement insert(*db, QStringLiteral("INSERT INTO probe (n, t, b) VALUES (?, ?, ?)"));
        insert.bind(qint64(1)).bind(QString()).bindText(QString()).exec(); // '' and NULL
    }
    SqlStatement read(*db, QStringLiteral("SELECT n, t, b FROM probe ORDER BY n DESC"));
    read.exec();
    QVERIFY(read.next());
    QCOMPARE(read.int64(0), big);
    QCOMPARE(read.text(1), text);
    QCOMPARE(read.value(2).toByteArray(), bytes);
    QVERIFY(read.next());
    QCOMPARE(read.int64(0), 1);
    QVERIFY(read.boolean(0));
    QVERIFY(!read.isNull(1));
    QCOMPARE(read.text(1), QString());
    QVERIFY(read.isNull(2));
    QVERIFY(!read.next());
    // A statement can be used again, and while another one is still open (nested).
    SqlStatement count(*db, QStringLiteral("SELECT COUNT(*) FROM probe WHERE t = ?"));
    count.bind(text);
    QCOMPARE(count.execScalar(), std::optional<qint64>(1));
    SqlStatement again(*db, QStringLiteral("SELECT COUNT(*) FROM probe WHERE t = ?"));
    again.bind(QString());
    QCOMPARE(again.execScalar(), std::optional<qint64>(1));
}

void TestDatabase::statementErrors()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    try {
        SqlStatement bad(*db, QStringLiteral("SELECT nope FROM nowhere"));
        bad.exec();
        QFAIL("a statement on a missing table was prepared");
    } catch (const StoreException &e) {
        QCOMPARE(e.error().kind, StoreErrorKind::QueryFailed);
        QVERIFY(e.error().message.contains(QLatin1String("nowhere")));
    }
    insertPhone(*db, QStringLiteral("once"));
    try {
        insertPhone(*db, QStringLiteral("once")); // unique violation at step time
        QFAIL("a duplicate was inserted");
    } catch (const StoreException &e) {
        QCOMPARE(e.error().kind, StoreErrorKind::QueryFailed);
        QVERIFY(!e.error().detail.isEmpty()); // the statement, never the values
        QVERIFY(!e.error().detail.contains(QLatin1String("'once'")));
    }
    // The cached statement still works after its failure.
    insertPhone(*db, QStringLiteral("twice"));
    QCOMPARE(countRows(*db, QStringLiteral("phone_numbers")), 2);
}

#include "tst_database.moc"

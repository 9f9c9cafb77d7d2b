// The process tst_intakecrash (and scripts/soak-intake.sh) kills with SIGKILL at random points
// while it ingests: the real WebhookReceiver with the StoreWebhookSink on an SQLite file.
//
//   sb_intake_child <database> <port (0: any free one)> <app-secret> [<sql-steps>]
//
// It first ingests raw bodies an earlier run saved but never processed and prints "replayed <n>";
// once it serves it prints "listening <port>", and "body <n>" as the n-th signed body reaches the
// sink, before anything of it is stored, so the test can kill it in the middle of storing one.
// Every line is flushed at once. It runs until killed, or, given <sql-steps>, SIGKILLs itself
// after that many SQLite virtual-machine instructions: a random point inside any statement of
// any transaction, commits included, which a kill from outside rarely hits so precisely. Exit
// codes: 64 bad arguments, 65 the database did not open, 66 cannot listen.

#include "Clock.h"
#include "Database.h"
#include "StoreWebhookSink.h"
#include "WebhookReceiver.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QTextStream>

#include <csignal>
#include <sqlite3.h>

namespace {

quint64 g_stepsLeft = 0;

int countStep(void *)
{
    if (--g_stepsLeft == 0)
        std::raise(SIGKILL);
    return 0;
}

// Counts every instruction of this thread's SQLite connection (the one the sink writes with).
bool killAfterSqlSteps(sb::Database &db, quint64 steps)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return false;
    g_stepsLeft = steps;
    sqlite3_progress_handler(connection, 1, countStep, nullptr);
    return true;
}

// Announces each body, then hands it to the real sink.
class AnnouncingSink final : public sb::WebhookSink
{
public:
    AnnouncingSink(sb::WebhookSink &inner, QTextStream &out)
        : m_inner(inner)
        , m_out(out)
    {
    }
    bool accept(const QByteArray &rawBody) override
    {
        m_out << "body " << ++m_bodies << Qt::endl;
        return m_inner.accept(rawBody);
    }
    void deadLetter(const QByteArray &rawBody, const QString &reason) override
    {
        m_inner.deadLetter(rawBody, reason);
    }

private:
    sb::WebhookSink &m_inner;
    QTextStream &m_out;
    int m_bodies = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool portOk = false;
    const uint port = args.size() >= 4 && args.size() <= 5 ? args.at(2).toUInt(&portOk) : 0;
    bool stepsOk = true;
    const quint64 steps = args.size() == 5 ? args.at(4).toULongLong(&stepsOk) : 0;
    if (!portOk || port > 65535 || args.at(3).isEmpty() || !stepsOk) {
        err << "usage: sb_intake_child <database> <port> <app-secret> [<sql-steps>]\n";
        return 64;
    }

    sb::SystemClock clock;
    sb::DatabaseOptions options;
    options.clock = &clock;
    sb::Database::OpenResult opened = sb::Database::open(args.at(1), options);
    if (!opened.database) {
        err << "database: " << opened.error.toString() << '\n';
        return 65;
    }
    if (steps > 0 && !killAfterSqlSteps(*opened.database, steps)) {
        err << "not an SQLite connection: cannot count its steps\n";
        return 64;
    }
    sb::StoreWebhookSink sink(*opened.database);
    QTextStream out(stdout);
    out << "replayed " << sink.replayUnprocessed(1000) << Qt::endl;

    sb::WebhookReceiverConfig config;
    config.appSecret = args.at(3).toUtf8();
    config.verifyToken = QStringLiteral("intake-child");
    config.port = quint16(port);
    AnnouncingSink announcing(sink, out);
    sb::WebhookReceiver receiver(config, &announcing);
    const quint16 bound = receiver.listen();
    if (bound == 0) {
        err << "listen: " << receiver.errorString() << '\n';
        return 66;
    }
    out << "listening " << bound << Qt::endl;
    return QCoreApplication::exec();
}

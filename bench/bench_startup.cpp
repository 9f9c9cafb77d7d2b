// Start-up to the first painted conversation list with the generated inbox (10,000
// conversations, 1,000,000 messages), next to a bare QWidget window in the same run. Each start
// is a fresh child process (offscreen); the child reports steady-clock instants and the parent
// measures them from the launch. Prints medians of N runs, the ratio, and the list child's
// resident memory once the whole list is loaded.
// The list child takes the app's path: Database::open, the first screen of rows in the view's
// order (ConversationRepository::list, ConversationOrder::TimeLeft, a page served by the deadline
// index), the rows InboxFeed builds (its few lines copied here: app/composition is not a bench
// dependency), ConversationListModel, MainWindow shown; on ConversationListView::firstPainted
// the rest is read and merged (ConversationListModel::mergeConversations), and the child checks
// it lists every conversation. "--full" loads everything before showing, for comparison.
// Usage: bench_startup [runs=5]
#include "BenchInbox.h"
#include "BenchProcess.h"
#include "Clock.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "MainWindow.h"

#include <QApplication>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace sb;

// Rows of the first screen: more than any window shows, few enough to cost nothing.
constexpr int kFirstPage = 200;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// InboxFeed's row mapping, with the opt-out from the same query (no lookup per row).
ConversationSummary toSummary(const ConversationRecord &record)
{
    ConversationSummary s;
    s.id = record.id;
    s.contactName = record.contactName;
    s.contactPhone = record.contactWaId.isEmpty() ? QString() : u'+' + record.contactWaId;
    s.businessNumberLabel = record.businessDisplayNumber;
    s.lastPreview = record.lastMessagePreview;
    s.lastMessageAt = record.lastMessageAt;
    s.lastFromCustomer = record.needsReply();
    s.unread = record.unreadCount;
    s.assignee = record.assignee;
    s.labels = record.labels;
    s.window = record.window;
    s.optedOutMarketing = record.contactOptedOut;
    return s;
}

QList<ConversationSummary> load(Database &database, const ConversationQuery &query,
                                const QDateTime &now)
{
    QList<ConversationSummary> rows;
    const QList<ConversationRecord> records = ConversationRepository(database).list(query, now);
    rows.reserve(records.size());
    for (const ConversationRecord &record : records)
        rows.append(toSummary(record));
    return rows;
}

// Prints "painted <steady ns> <rss MiB>" at the first paint and, once every conversation is
// listed, "complete <steady ns> <rss MiB>", then exits.
int runList(int argc, char **argv, const QString &path, bool firstPageFirst)
{
    QApplication app(argc, argv);
    ManualClock clock(benchinbox::datasetNow());
    auto opened = Database::open(path);
    if (!opened.database)
        return 2;
    Database &database = *opened.database;
    ConversationQuery query;
    query.order = ConversationOrder::TimeLeft;
    query.limit = firstPageFirst ? kFirstPage : ConversationQuery::NoLimit;
    ConversationListModel model;
    model.setClock(&clock);
    model.setConversations(load(database, query, clock.now()));
    MainWindow window(false);
    window.conversations()->setClock(&clock);
    window.conversations()->setShowBusinessNumber(true);
    window.conversations()->setSourceModel(&model);
    QObject::connect(window.conversations()->listView(), &ConversationListView::firstPainted, &app,
                     [&] {
                         std::printf("painted %lld %.1f\n", steadyNs(), benchinbox::residentMiB());
                         if (firstPageFirst) {
                             query.limit = ConversationQuery::NoLimit;
                             model.mergeConversations(load(database, query, clock.now()));
                         }
                         const int listed = window.conversations()->filterModel()->rowCount();
                         std::printf("complete %lld %.1f\n", steadyNs(), benchinbox::residentMiB());
                         std::fflush(stdout);
                         std::_Exit(listed == benchinbox::kConversations ? 0 : 3);
                     });
    window.show();
    return app.exec();
}

// Prints "painted <steady ns> <rss MiB>" at its first paint, then exits.
class BareWindow final : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        QTimer::singleShot(0, [] {
            std::printf("painted %lld %.1f\n", steadyNs(), benchinbox::residentMiB());
            std::fflush(stdout);
            std::_Exit(0);
        });
    }

private:
    bool m_painted = false;
};

int runBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

struct Start
{
    double paintedMs = 0;
    double completeMs = 0;
    double exitedMs = 0; // until the parent saw the child end (the previous measure)
    double rss = 0; // at the last report
};

Start launch(const QString &mode, const QString &path)
{
    QProcess child;
    const qint64 launched = steadyNs();
    child.start(QCoreApplication::applicationFilePath(), {mode, path});
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        qFatal("bench_startup: the %s child failed (exit code %d)", qPrintable(mode),
               child.exitCode());
    Start start;
    start.exitedMs = double(steadyNs() - launched) / 1e6;
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        const double ms = double(words.value(1).toLongLong() - launched) / 1e6;
        if (words.value(0) == "painted")
            start.paintedMs = start.completeMs = ms;
        else if (words.value(0) == "complete")
            start.completeMs = ms;
        start.rss = words.value(2).toDouble();
    }
    if (start.paintedMs <= 0)
        qFatal("bench_startup: the %s child did not report its first paint", qPrintable(mode));
    return start;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    if (argc >= 3 && (qstrcmp(argv[1], "--list") == 0 || qstrcmp(argv[1], "--full") == 0))
        return runList(argc, argv, QString::fromLocal8Bit(argv[2]),
                       qstrcmp(argv[1], "--list") == 0);
    if (argc >= 2 && qstrcmp(argv[1], "--bare") == 0)
        return runBare(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const QString path = benchinbox::databasePath();
    QTextStream out(stdout);
    launch(QStringLiteral("--list"), path); // warm the file cache; not counted
    QList<double> bare;
    QList<double> painted;
    QList<double> complete;
    QList<double> ratios;
    QList<double> rss;
    QList<double> fullPainted;
    QList<double> fullRatios;
    QList<double> exitRatios;
    for (int run = 0; run < runs; ++run) {
        const Start b = launch(QStringLiteral("--bare"), path);
        const Start l = launch(QStringLiteral("--list"), path);
        const Start f = launch(QStringLiteral("--full"), path);
        bare.append(b.paintedMs);
        painted.append(l.paintedMs);
        complete.append(l.completeMs);
        ratios.append(l.paintedMs / b.paintedMs);
        rss.append(l.rss);
        fullPainted.append(f.paintedMs);
        fullRatios.append(f.paintedMs / b.paintedMs);
        exitRatios.append(l.exitedMs / b.exitedMs);
    }
    out << "conversations: " << benchinbox::kConversations
        << ", messages in the database: " << benchinbox::kMessages << "\n";
    out << "bare QWidget window to first paint, median of " << runs << ": "
        << benchinbox::median(bare) << " ms\n";
    out << "inbox list to first paint (first " << kFirstPage
        << " rows, rest after the paint), median: " << benchinbox::median(painted) << " ms\n";
    out << "ratio list/bare (same run pairs), median: " << benchinbox::median(ratios)
        << " (aim <= 5)\n";
    out << "measured instead from launch until the parent sees the child end (it ends right "
           "after the whole list is loaded), ratio median: "
        << benchinbox::median(exitRatios) << "\n";
    out << "every conversation listed, median: " << benchinbox::median(complete)
        << " ms after launch\n";
    out << "loading everything before the first paint instead, median: "
        << benchinbox::median(fullPainted) << " ms, ratio " << benchinbox::median(fullRatios)
        << "\n";
    out << "resident memory with the whole list loaded, median: " << benchinbox::median(rss)
        << " MiB (aim < 200)\n";
    return 0;
}

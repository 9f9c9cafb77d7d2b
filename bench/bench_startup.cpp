// Start-up to the first painted conversation list with the generated inbox (10,000
// conversations, 1,000,000 messages), next to a bare QWidget window in the same run. Each start
// is a fresh child process (offscreen); the parent times it from launch until the child has
// painted the list viewport (the child exits at once then). Prints medians of N runs, the
// ratio, and the list child's resident memory after loading.
// The list child takes the real path: Database::open, ConversationRepository::list (one query
// per row set, with consent and our number), the rows InboxFeed builds (its few lines copied
// here: app/composition is not a bench dependency), ConversationListModel, MainWindow shown.
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
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace sb;

// Prints the resident size and ends the process as soon as `watched` has painted once.
class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint has been delivered and flushed.
            QTimer::singleShot(0, [] {
                std::printf("painted rss_mib %.1f\n", benchinbox::residentMiB());
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

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

int runList(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    ManualClock clock(benchinbox::datasetNow());
    auto opened = Database::open(path);
    if (!opened.database)
        return 2;
    ConversationQuery query;
    query.limit = benchinbox::kConversations;
    QList<ConversationSummary> rows;
    for (const ConversationRecord &record :
         ConversationRepository(*opened.database).list(query, clock.now()))
        rows.append(toSummary(record));
    ConversationListModel model;
    model.setClock(&clock);
    model.setConversations(rows);
    MainWindow window(false);
    window.conversations()->setClock(&clock);
    window.conversations()->setShowBusinessNumber(true);
    window.conversations()->setSourceModel(&model);
    FirstPaint paint;
    window.conversations()->listView()->viewport()->installEventFilter(&paint);
    window.show();
    return app.exec();
}

int runBare(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    return app.exec();
}

struct Start
{
    double ms = 0;
    double rss = 0;
};

Start launch(const QString &mode, const QString &path)
{
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {mode, path});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        qFatal("bench_startup: the %s child failed", qPrintable(mode));
    Start start;
    start.ms = double(timer.nsecsElapsed()) / 1e6;
    const QList<QByteArray> words = child.readAllStandardOutput().trimmed().split(' ');
    start.rss = words.value(2).toDouble();
    return start;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    if (argc >= 3 && qstrcmp(argv[1], "--list") == 0)
        return runList(argc, argv, QString::fromLocal8Bit(argv[2]));
    if (argc >= 2 && qstrcmp(argv[1], "--bare") == 0)
        return runBare(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const QString path = benchinbox::databasePath();
    QTextStream out(stdout);
    launch(QStringLiteral("--list"), path); // warm the file cache; not counted
    QList<double> bare;
    QList<double> list;
    QList<double> ratios;
    QList<double> rss;
    for (int run = 0; run < runs; ++run) {
        const Start b = launch(QStringLiteral("--bare"), path);
        const Start l = launch(QStringLiteral("--list"), path);
        bare.append(b.ms);
        list.append(l.ms);
        ratios.append(l.ms / b.ms);
        rss.append(l.rss);
    }
    out << "conversations: " << benchinbox::kConversations
        << ", messages in the database: " << benchinbox::kMessages << "\n";
    out << "bare QWidget window to first paint, median of " << runs << ": "
        << benchinbox::median(bare) << " ms\n";
    out << "inbox list to first paint, median of " << runs << ": " << benchinbox::median(list)
        << " ms\n";
    out << "ratio list/bare (same run pairs), median: " << benchinbox::median(ratios)
        << " (aim <= 5)\n";
    out << "resident memory after loading the list, median: " << benchinbox::median(rss)
        << " MiB (aim < 200)\n";
    return 0;
}

// The conversation list's full load, as InboxFeed reads it after the first paint: every
// conversation through InboxService::conversations (NoLimit, the view's order) and the row
// summaries built from them. Prints the median of several runs, and the service call alone.
// Usage: bench_inboxlist <sqlite file> [runs=5] [media cache dir]
// The file is only read; pass a copy of a generated inbox (bench_gendb) all the same.
#include "Clock.h"
#include "ConversationRepository.h"
#include "Database.h"
#include "InboxPresentation.h"
#include "InboxService.h"
#include "Outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_inboxlist <sqlite file> [runs=5] [media cache dir]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    QTemporaryDir emptyCache;
    const QString cacheDir = args.size() > 3 ? args.at(3) : emptyCache.path();

    sb::SystemClock clock;
    auto opened = sb::Database::open(args.at(1));
    if (!opened.database) {
        out << "cannot open " << args.at(1) << ": " << opened.error.message << '\n';
        return 1;
    }
    sb::Database &db = *opened.database;
    sb::Outbox outbox(db, clock);
    sb::InboxService service(db, outbox, clock);
    service.setMediaCacheDir(cacheDir);

    sb::ConversationQuery query;
    query.order = sb::ConversationOrder::TimeLeft;
    query.limit = sb::ConversationQuery::NoLimit;

    QList<double> repository;
    QList<double> serviceOnly;
    QList<double> total;
    qsizetype rows = 0;
    qsizetype previewChars = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto records = sb::ConversationRepository(db).list(query, clock.now());
        repository.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        bool ok = false;
        const QList<sb::InboxConversation> conversations = service.conversations(query, &ok);
        serviceOnly.append(timer.nsecsElapsed() / 1e6);
        QList<sb::ConversationSummary> summaries;
        summaries.reserve(conversations.size());
        for (const sb::InboxConversation &conversation : conversations)
            summaries.append(sb::InboxPresentation::summary(conversation, service));
        total.append(timer.nsecsElapsed() / 1e6);
        if (!ok || records.size() != conversations.size()) {
            out << "the service failed or disagreed with the repository\n";
            return 1;
        }
        rows = summaries.size();
        previewChars = 0;
        for (const sb::ConversationSummary &s : std::as_const(summaries))
            previewChars += s.lastPreview.size();
    }
    out << rows << " conversations (" << previewChars << " preview characters), median of " << runs
        << " runs:\n"
        << "  repository list:                 " << median(repository) << " ms\n"
        << "  InboxService::conversations:     " << median(serviceOnly) << " ms\n"
        << "  conversations + row summaries:   " << median(total) << " ms\n";
    return 0;
}

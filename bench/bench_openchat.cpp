// Opening the conversation with 100,000 messages in the generated inbox database: from the
// selection to the first painted chat view with its newest page. One run = the newest page from
// the store (MessageRepository::page), stored rows -> ChatMessage (the conversion the inbox
// service does; its few lines are copied here), a new MessageListModel, ChatView::setModel and
// the paint of the viewport (offscreen, 900x1000). Prints the first (cold) run and the median of
// the rest, and the resident memory afterwards. Usage: bench_openchat [runs=9] [page=60]
#include "BenchInbox.h"
#include "BenchProcess.h"
#include "ChatView.h"
#include "Clock.h"
#include "Database.h"
#include "MessageJson.h"
#include "MessageListModel.h"
#include "MessageRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

using namespace sb;

ChatMessage toChatMessage(const MessageRecord &record)
{
    ChatMessage chat;
    chat.id = record.id;
    const QJsonObject json = QJsonDocument::fromJson(record.contentJson.toUtf8()).object();
    if (record.direction == Direction::Inbound)
        chat.message = fromInboundMessage(json);
    else if (auto parsed = fromRequestBody(json).message)
        chat.message = *parsed;
    chat.message.direction = record.direction;
    chat.message.platformId = record.platformId;
    chat.message.timestamp = record.createdAt;
    chat.status = record.delivery;
    chat.localId = record.localId;
    return chat;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(2, args.at(1).toInt()) : 9;
    const int pageSize = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 60;
    QTextStream out(stdout);

    auto opened = Database::open(benchinbox::databasePath());
    if (!opened.database)
        qFatal("bench_openchat: %s", qPrintable(opened.error.message));
    Database &db = *opened.database;
    ManualClock clock(benchinbox::datasetNow());
    ChatView view(&clock);
    view.resize(900, 1000);
    view.show();
    QCoreApplication::processEvents();

    QList<double> times;
    int shown = 0;
    std::unique_ptr<MessageListModel> model;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QList<MessageRecord> page =
            MessageRepository(db).page(benchinbox::kBigConversationId, pageSize);
        std::reverse(page.begin(), page.end()); // the model wants the oldest first
        QList<ChatMessage> rows;
        rows.reserve(page.size());
        for (const MessageRecord &record : std::as_const(page))
            rows.append(toChatMessage(record));
        auto next = std::make_unique<MessageListModel>(&clock);
        next->prependHistory(rows);
        view.setModel(next.get());
        QCoreApplication::processEvents(); // the view's delayed layout
        view.viewport()->repaint();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        model = std::move(next); // the previous conversation's model goes after the switch
        shown = model->rowCount();
        if (!view.isAtBottom())
            out << "warning: the first screen is not the newest messages\n";
    }
    const double cold = times.takeFirst();
    out << "open the " << benchinbox::kBigConversationMessages << "-message conversation ("
        << pageSize << " newest stored rows, " << shown << " shown): first run " << cold
        << " ms, median of the next " << times.size() << ": " << benchinbox::median(times)
        << " ms (aim < 50)\n";
    out << "resident memory after opening: " << benchinbox::residentMiB() << " MiB\n";
    return 0;
}

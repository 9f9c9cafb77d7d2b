// Chat view with a very long conversation: 100,000 messages of mixed kinds (text, photos with
// downloaded files, media placeholders, voice notes, documents, templates, interactive,
// locations). Prints the time to fill the model, the time to set the model on a view and paint
// its first screen (median of 5), and the frame time of 300 scroll steps through mixed media
// (p50/p99; the view's own repaint, and a full viewport repaint per step), offscreen. Usage:
// bench_chatview [messages=100000] [steps=300]
#include "ChatFixtures.h"
#include "ChatView.h"
#include "Clock.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace sb;
using chatfixtures::base;
using chatfixtures::media;
using chatfixtures::withMedia;

QList<ChatMessage> mixedConversation(int count, const chatfixtures::MediaFiles &files)
{
    // The fixture conversation holds one of every kind; repeat its rows among plain text so
    // that about a third of the rows are something other than text.
    const QList<ChatMessage> kinds = chatfixtures::everyKind(files);
    QList<ChatMessage> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        ChatMessage row;
        if (i % 3 == 0) {
            row = kinds.at((i / 3) % (kinds.size() - 1)); // the last fixture is a reaction
            row.message.context.reset(); // quotes of rows far away
        } else {
            row = chatfixtures::text(0, i % 2 ? Direction::Inbound : Direction::Outbound, 0,
                                     i % 7 == 0 ? QStringLiteral("A longer message that wraps "
                                                                 "over two or three lines, with "
                                                                 "*bold* and _italic_ words, "
                                                                 "number %1.")
                                                      .arg(i)
                                                : QStringLiteral("Short reply %1").arg(i));
        }
        row.id = i + 1;
        row.localId = row.message.direction == Direction::Outbound
            ? QStringLiteral("local-%1").arg(i + 1)
            : QString();
        row.message.platformId = QStringLiteral("wamid.bench.%1").arg(i + 1);
        row.message.timestamp = chatfixtures::t0().addSecs(qint64(i) * 90);
        rows.append(row);
    }
    return rows;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto index = qsizetype(std::min<double>(values.size() - 1, p * values.size()));
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int steps = args.size() > 2 ? args.at(2).toInt() : 300;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const chatfixtures::MediaFiles files = chatfixtures::writeMedia(dir.path());
    const QList<ChatMessage> rows = mixedConversation(count, files);
    ManualClock clock(chatfixtures::t0().addSecs(qint64(count) * 90 + 3600));

    QList<double> fills;
    QList<double> firstScreens;
    for (int run = 0; run < 5; ++run) {
        MessageListModel model(&clock);
        QElapsedTimer timer;
        timer.start();
        model.prependHistory(rows);
        fills.append(timer.nsecsElapsed() / 1e6);

        ChatView view(&clock);
        view.resize(900, 1000);
        view.show();
        QCoreApplication::processEvents();
        timer.restart();
        view.setModel(&model);
        QCoreApplication::processEvents(); // the delayed layout
        view.viewport()->repaint();
        firstScreens.append(timer.nsecsElapsed() / 1e6);
        if (!view.isAtBottom())
            out << "warning: the first screen is not the newest messages\n";
    }
    out << "messages: " << count << "\n";
    out << "fill model (prependHistory), median of 5: " << median(fills) << " ms\n";
    out << "set model + paint first screen, median of 5: " << median(firstScreens) << " ms\n";

    MessageListModel model(&clock);
    model.prependHistory(rows);
    ChatView view(&clock);
    view.resize(900, 1000);
    view.show();
    view.setModel(&model);
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QScrollBar *bar = view.verticalScrollBar();
    const int step = 160; // about a photo's height per step: every frame shows new rows
    // A scroll frame: the scroll, the layout of rows coming into sight and the paint of what the
    // view marked dirty (QWidget::scroll moves the rest). Then the same again with the whole
    // viewport repainted every step, the worst case (e.g. a hover change on every frame).
    const auto scroll = [&](bool fullRepaint) {
        QList<double> frames;
        QElapsedTimer timer;
        for (int i = 0; i < steps; ++i) {
            timer.restart();
            bar->setValue(bar->value() - step);
            QCoreApplication::processEvents();
            if (fullRepaint)
                view.viewport()->repaint();
            frames.append(timer.nsecsElapsed() / 1e6);
        }
        return frames;
    };
    const int measuredBefore = view.measuredRowCount();
    const QList<double> frames = scroll(false);
    out << "scroll " << steps << " steps of " << step << " px: p50 " << percentile(frames, 0.5)
        << " ms, p99 " << percentile(frames, 0.99) << " ms, max " << percentile(frames, 1.0)
        << " ms\n";
    const QList<double> full = scroll(true);
    out << "same with a full viewport repaint per step: p50 " << percentile(full, 0.5)
        << " ms, p99 " << percentile(full, 0.99) << " ms, max " << percentile(full, 1.0) << " ms\n";
    out << "rows laid out: " << measuredBefore << " after opening, " << view.measuredRowCount()
        << " after scrolling " << 2 * steps * step << " px (of " << count << ")\n";
    return 0;
}

// Cost of the conversation list's countdown: 60 simulated seconds of ticking (the view's 1 s
// repaint of the visible rows plus the model's expiry check) with 100 and with 10,000
// conversations, shown offscreen. Prints the median process CPU time of 5 runs and the ratio,
// which should stay near 1.0: only visible rows are painted and only due expiries are touched.
// Two mixes: "ticking" (no window changes phase during the minute) and "with expiries"
// (deadlines spread over 24 h, so about 10 of 10,000 windows change phase per minute).
// Usage: bench_countdown [runs=5]
#include "Clock.h"
#include "ConversationListModel.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

using namespace std::chrono_literals;

const QDateTime Start(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

enum class Mix { Ticking, WithExpiries };

QList<sb::ConversationSummary> conversations(int count, Mix mix)
{
    QRandomGenerator random(20250301);
    QList<sb::ConversationSummary> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        sb::ConversationSummary c;
        c.id = i + 1;
        c.contactName = QStringLiteral("Customer %1").arg(i + 1);
        c.contactPhone = QStringLiteral("+49 151 %1").arg(1000000 + i);
        c.businessNumberLabel = QStringLiteral("+1 555 0100");
        c.lastPreview = QStringLiteral("Where is my order %1?").arg(i);
        c.unread = static_cast<int>(random.bounded(3));
        c.lastFromCustomer = true;
        // Deadlines 1 min to 24 h ahead; "ticking" keeps them clear of the measured minute.
        const qint64 minMs = mix == Mix::Ticking ? 3 * 3600 * 1000 : 60 * 1000;
        const qint64 left = minMs + static_cast<qint64>(random.bounded(24.0 * 3600 * 1000 - minMs));
        c.window.lastInbound = Start.addMSecs(left).addSecs(-24 * 3600);
        c.lastMessageAt = *c.window.lastInbound;
        rows.append(c);
    }
    return rows;
}

double cpuMs()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Median CPU ms of `runs` runs of 60 simulated seconds.
double measure(int count, Mix mix, int runs)
{
    sb::ManualClock clock(Start);
    sb::ConversationListModel model;
    model.setClock(&clock);
    sb::ConversationListPanel panel;
    panel.setSourceModel(&model);
    panel.setClock(&clock);
    panel.resize(420, 900);
    panel.show();
    const auto rows = conversations(count, mix);
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        clock.set(Start);
        model.setConversations(rows);
        QCoreApplication::processEvents();
        const double begin = cpuMs();
        for (int second = 0; second < 60; ++second) {
            clock.advance(1s);
            model.fireDueExpiries();
            panel.listView()->tick();
            QCoreApplication::processEvents();
        }
        samples.append(cpuMs() - begin);
    }
    return median(samples);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5);
    QTextStream out(stdout);
    out << "Conversation list countdown: CPU time of 60 simulated seconds, median of " << runs
        << " runs\n";
    for (const Mix mix : {Mix::Ticking, Mix::WithExpiries}) {
        const double small = measure(100, mix, runs);
        const double large = measure(10000, mix, runs);
        out << (mix == Mix::Ticking ? "ticking only:  " : "with expiries: ") << "100 rows "
            << QString::number(small, 'f', 2) << " ms, 10,000 rows "
            << QString::number(large, 'f', 2) << " ms, ratio "
            << QString::number(small > 0 ? large / small : 0.0, 'f', 2) << " (aim: 1.0)\n";
        out.flush();
    }
    return 0;
}

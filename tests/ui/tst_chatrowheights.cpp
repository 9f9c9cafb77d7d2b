// ChatRowHeights against a plain list of heights: offsets, the row at an offset and the measured
// flags stay right through inserts at both ends, removals and measurements.
#include "ChatRowHeights.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// The obvious O(n) answers.
struct Naive
{
    QList<int> heights;
    QList<bool> measured;

    int offsetOf(int row) const
    {
        int sum = 0;
        for (int i = 0; i < row; ++i)
            sum += heights.at(i);
        return sum;
    }
    int rowAt(int y) const
    {
        if (heights.isEmpty())
            return -1;
        int top = 0;
        for (int row = 0; row < heights.size(); ++row) {
            if (y < top + heights.at(row))
                return row;
            top += heights.at(row);
        }
        return int(heights.size()) - 1;
    }
};

} // namespace

class TestChatRowHeights : public QObject
{
    Q_OBJECT

private:
    static void compare(const sb::ChatRowHeights &rows, const Naive &naive)
    {
        QCOMPARE(rows.count(), int(naive.heights.size()));
        QCOMPARE(rows.total(), naive.offsetOf(int(naive.heights.size())));
        for (int row = 0; row <= rows.count(); ++row)
            QCOMPARE(rows.offsetOf(row), naive.offsetOf(row));
        for (int row = 0; row < rows.count(); ++row) {
            QCOMPARE(rows.height(row), naive.heights.at(row));
            QCOMPARE(rows.isMeasured(row), naive.measured.at(row));
        }
        for (int y = -5; y < rows.total() + 5; y += 3)
            QCOMPARE(rows.rowAt(y), naive.rowAt(y));
    }

private Q_SLOTS:
    void emptyHasNoRows()
    {
        sb::ChatRowHeights rows;
        QCOMPARE(rows.rowAt(0), -1);
        QCOMPARE(rows.total(), 0);
        rows.reset(3, 10);
        QCOMPARE(rows.total(), 30);
        QCOMPARE(rows.rowAt(29), 2);
        QCOMPARE(rows.rowAt(30), 2); // past the end clamps to the last row
        QCOMPARE(rows.rowAt(-1), 0);
    }

    void matchesPlainSumsThroughEveryChange()
    {
        QRandomGenerator random(42);
        sb::ChatRowHeights rows;
        Naive naive;
        rows.reset(37, 20);
        naive.heights.fill(20, 37);
        naive.measured.fill(false, 37);
        compare(rows, naive);
        for (int step = 0; step < 300; ++step) {
            const int op = random.bounded(5);
            if (op == 0) { // history arrives at the top
                const int n = random.bounded(1, 6);
                rows.insert(0, n, 15);
                naive.heights.insert(0, n, 15);
                naive.measured.insert(0, n, false);
            } else if (op == 1) { // a live message at the end
                rows.insert(rows.count(), 1, 15);
                naive.heights.append(15);
                naive.measured.append(false);
            } else if (op == 2 && rows.count() > 3) {
                const int at = random.bounded(rows.count() - 2);
                rows.remove(at, 2);
                naive.heights.remove(at, 2);
                naive.measured.remove(at, 2);
            } else if (op == 3 && rows.count() > 0) {
                const int row = random.bounded(rows.count());
                const int height = random.bounded(1, 400);
                rows.setMeasured(row, height);
                naive.heights[row] = height;
                naive.measured[row] = true;
            } else if (op == 4 && step % 50 == 0) {
                rows.forgetMeasurements();
                naive.measured.fill(false);
            }
            compare(rows, naive);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("after step %1").arg(step)));
        }
    }
};

QTEST_MAIN(TestChatRowHeights)
#include "tst_chatrowheights.moc"

#pragma once

#include <QList>

namespace sb {

// The heights of a chat timeline's rows and where each row starts, for a view that lays out only
// what comes into sight. A Fenwick tree keeps the prefix sums: changing one row's height and
// finding a row's offset or the row at an offset are O(log n), so a newly measured row never
// costs a pass over 100,000 others. Each row also remembers whether its height is measured
// (exact at the current width) or still an estimate.
class ChatRowHeights
{
public:
    int count() const { return int(m_heights.size()); }
    int total() const { return m_total; }
    int height(int row) const { return m_heights.at(row); }
    bool isMeasured(int row) const { return m_measured.at(row) != 0; }

    // Replaces everything with `rows` rows of `estimate` px, none measured.
    void reset(int rows, int estimate);
    // Inserts `rows` unmeasured rows of `estimate` px before `at` (at == count() appends).
    void insert(int at, int rows, int estimate);
    void remove(int at, int rows);
    // A measured height for `row`.
    void setMeasured(int row, int height);
    // Keeps every height as the estimate but marks it unmeasured (width or font changed).
    void forgetMeasurements();
    void forget(int row) { m_measured[row] = 0; }

    // Where `row` starts (the sum of the heights above it); offsetOf(count()) == total().
    int offsetOf(int row) const;
    // The row covering offset `y`: the last row starting at or before it. -1 when empty; rows
    // before 0 clamp to 0 and past the end to the last row.
    int rowAt(int y) const;

private:
    void rebuild();

    QList<int> m_heights;
    QList<quint8> m_measured;
    QList<int> m_tree; // 1-based Fenwick tree over m_heights
    int m_total = 0;
};

} // namespace sb

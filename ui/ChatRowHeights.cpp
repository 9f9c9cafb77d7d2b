#include "ChatRowHeights.h"

#include <algorithm>
#include <bit>

namespace sb {

void ChatRowHeights::reset(int rows, int estimate)
{
    m_heights.fill(estimate, std::max(0, rows));
    m_measured.fill(0, std::max(0, rows));
    rebuild();
}

void ChatRowHeights::insert(int at, int rows, int estimate)
{
    if (rows <= 0)
        return;
    at = std::clamp(at, 0, count());
    m_heights.insert(at, rows, estimate);
    m_measured.insert(at, rows, 0);
    rebuild(); // O(n), but only when rows arrive, never while scrolling
}

void ChatRowHeights::remove(int at, int rows)
{
    at = std::clamp(at, 0, count());
    rows = std::clamp(rows, 0, count() - at);
    if (rows == 0)
        return;
    m_heights.remove(at, rows);
    m_measured.remove(at, rows);
    rebuild();
}

void ChatRowHeights::setMeasured(int row, int height)
{
    m_measured[row] = 1;
    const int delta = height - m_heights.at(row);
    if (delta == 0)
        return;
    m_heights[row] = height;
    m_total += delta;
    for (int i = row + 1; i <= count(); i += i & -i)
        m_tree[i] += delta;
}

void ChatRowHeights::forgetMeasurements()
{
    m_measured.fill(0);
}

int ChatRowHeights::offsetOf(int row) const
{
    int sum = 0;
    for (int i = std::clamp(row, 0, count()); i > 0; i -= i & -i)
        sum += m_tree.at(i);
    return sum;
}

int ChatRowHeights::rowAt(int y) const
{
    if (m_heights.isEmpty())
        return -1;
    if (y <= 0)
        return 0;
    // Descend the tree: the largest prefix of rows whose heights sum to at most y.
    int position = 0;
    int remaining = y;
    for (int step = int(std::bit_floor(unsigned(count()))); step > 0; step >>= 1) {
        const int next = position + step;
        if (next <= count() && m_tree.at(next) <= remaining) {
            position = next;
            remaining -= m_tree.at(next);
        }
    }
    return std::min(position, count() - 1);
}

void ChatRowHeights::rebuild()
{
    const int n = count();
    m_tree.fill(0, n + 1);
    m_total = 0;
    for (int i = 1; i <= n; ++i) {
        m_tree[i] += m_heights.at(i - 1);
        m_total += m_heights.at(i - 1);
        const int parent = i + (i & -i);
        if (parent <= n)
            m_tree[parent] += m_tree.at(i);
    }
}

} // namespace sb

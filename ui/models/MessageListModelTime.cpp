// MessageListModel: what depends on the clock (the read-receipts hint and its timer) and on
// the local calendar (day starts).
#include "Clock.h"
#include "MessageListModel.h"

#include <algorithm>

namespace sb {

namespace {

constexpr qint64 kMaxTimerMs = qint64(24) * 24 * 3600 * 1000; // QTimer takes an int

} // namespace

void MessageListModel::setReadReceiptThreshold(std::chrono::milliseconds threshold)
{
    if (threshold == m_readThreshold || threshold.count() < 0)
        return;
    m_readThreshold = threshold;
    m_hintDue.clear();
    const QDateTime now = m_clock->now();
    QList<qint64> changedSeqs;
    for (Row &row : m_rows) {
        if (updateReadHint(row, now)) {
            ++row.revision;
            changedSeqs.append(row.seq);
        }
    }
    emitChanged(changedSeqs);
    armTimer();
}

void MessageListModel::refreshTimeDependent()
{
    const QDateTime now = m_clock->now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<qint64> due;
    for (auto it = m_hintDue.cbegin(); it != m_hintDue.cend(); ++it) {
        if (it.value() <= nowMs)
            due.append(it.key());
    }
    QList<qint64> changedSeqs;
    for (const qint64 seq : std::as_const(due)) {
        Row *row = rowBySeq(seq);
        if (row && updateReadHint(*row, now)) {
            ++row->revision;
            changedSeqs.append(seq);
        }
    }
    emitChanged(changedSeqs);
    armTimer();
}

QDateTime MessageListModel::nextTimeDependentChange() const
{
    if (m_hintDue.isEmpty())
        return {};
    const qint64 next = *std::min_element(m_hintDue.cbegin(), m_hintDue.cend());
    return QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
}

bool MessageListModel::updateReadHint(Row &row, const QDateTime &now)
{
    const DeliveryStatus &status = row.chat.status;
    const auto deliveredAt = status.timestamp(DeliveryState::Delivered);
    bool hint = false;
    if (row.chat.message.direction == Direction::Outbound
        && status.state() == DeliveryState::Delivered && deliveredAt) {
        const qint64 due = deliveredAt->toMSecsSinceEpoch() + m_readThreshold.count();
        hint = now.toMSecsSinceEpoch() >= due;
        if (hint)
            m_hintDue.remove(row.seq);
        else
            m_hintDue.insert(row.seq, due);
    } else {
        m_hintDue.remove(row.seq);
    }
    const bool flipped = row.readHint != hint;
    row.readHint = hint;
    return flipped;
}

bool MessageListModel::dayStart(int row) const
{
    const qint64 day = m_rows.at(row).localDay;
    if (day == 0)
        return false;
    return row == 0 || m_rows.at(row - 1).localDay != day;
}

// Computed once per row, because converting to local time is too slow to repeat in data().
qint64 MessageListModel::localDayOf(const QDateTime &at)
{
    if (!at.isValid())
        return 0;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms < m_dayCacheStart || ms >= m_dayCacheEnd) {
        const QDate date = at.toLocalTime().date();
        m_dayCacheStart = date.startOfDay().toMSecsSinceEpoch();
        m_dayCacheEnd = date.addDays(1).startOfDay().toMSecsSinceEpoch();
        m_dayCacheDay = date.toJulianDay();
    }
    return m_dayCacheDay;
}

void MessageListModel::armTimer()
{
    if (m_hintDue.isEmpty()) {
        m_hintTimer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_hintDue.cbegin(), m_hintDue.cend());
    const qint64 wait =
        std::clamp<qint64>(next - m_clock->now().toMSecsSinceEpoch(), 0, kMaxTimerMs);
    m_hintTimer.start(int(wait));
}

} // namespace sb

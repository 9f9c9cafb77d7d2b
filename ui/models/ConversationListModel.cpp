#include "ConversationListModel.h"

#include "Clock.h"
#include "Logging.h"

#include <algorithm>

namespace sb {

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(&systemClock())
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &ConversationListModel::fireDueExpiries);
}

ConversationListModel::~ConversationListModel() = default;

qint64 ConversationListModel::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

WindowState ConversationListModel::evaluate(const WindowInputs &inputs) const
{
    return ServiceWindow::evaluate(inputs, m_clock->now(), m_closingSoon);
}

WindowState ConversationListModel::refresh(Row &row, qint64 now)
{
    const WindowState state = ServiceWindow::evaluate(
        row.summary.window, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), m_closingSoon);
    row.phase = state.phase;
    row.freeEntryPoint = state.freeEntryPointActive;
    row.sortKey = sortKeyOf(state, row.summary);
    row.lastMessageMs = row.summary.lastMessageAt.isValid()
        ? row.summary.lastMessageAt.toMSecsSinceEpoch()
        : LastMessageNever;
    const qint64 next =
        state.nextChange.isValid() ? state.nextChange.toMSecsSinceEpoch() : NotScheduled;
    if (next != row.scheduledAt) {
        // The previous heap entry (if any) no longer matches scheduledAt and is skipped when
        // popped.
        row.scheduledAt = next;
        if (next != NotScheduled)
            m_schedule.push({next, row.summary.id});
    }
    return state;
}

void ConversationListModel::setConversations(const QList<ConversationSummary> &conversations)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_schedule = {};
    m_rows.reserve(conversations.size());
    const qint64 now = nowMs();
    for (const ConversationSummary &summary : conversations) {
        const auto existing = m_rowOf.constFind(summary.id);
        if (existing != m_rowOf.cend()) {
            qCWarning(lcUi) << "Conversation" << summary.id
                            << "listed twice; keeping its last occurrence";
            Row &row = m_rows[*existing];
            row.summary = summary;
            refresh(row, now);
            continue;
        }
        m_rowOf.insert(summary.id, static_cast<int>(m_rows.size()));
        m_rows.append(Row{summary});
        refresh(m_rows.last(), now);
    }
    if (m_schedule.size() > static_cast<size_t>(m_rows.size()))
        rebuildSchedule(); // duplicates left superseded entries behind
    endResetModel();
    armTimer();
}

void ConversationListModel::mergeConversations(const QList<ConversationSummary> &conversations)
{
    // The last occurrence of each id wins, as in setConversations().
    QHash<qint64, qsizetype> wanted;
    wanted.reserve(conversations.size());
    for (qsizetype i = 0; i < conversations.size(); ++i)
        wanted.insert(conversations.at(i).id, i);

    // Rows no longer listed go first, one removal per contiguous range, from the bottom up.
    bool removed = false;
    for (int last = static_cast<int>(m_rows.size()) - 1; last >= 0;) {
        if (wanted.contains(m_rows.at(last).summary.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).summary.id))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row)
            m_rowOf.remove(m_rows.at(row).summary.id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
        removed = true;
    }
    if (removed)
        rebuildIndex(0);

    const qint64 now = nowMs();
    QList<int> changedRows;
    QList<std::pair<qint64, WindowPhase>> phaseChanges;
    QList<qsizetype> added;
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        const ConversationSummary &summary = conversations.at(i);
        if (wanted.value(summary.id) != i)
            continue; // a later occurrence wins
        const int existing = rowOf(summary.id);
        if (existing < 0) {
            added.append(i);
            continue;
        }
        Row &row = m_rows[existing];
        if (row.summary == summary)
            continue;
        const WindowPhase before = row.phase;
        row.summary = summary;
        if (refresh(row, now).phase != before)
            phaseChanges.append({summary.id, row.phase});
        changedRows.append(existing);
    }
    emitChangedRows(changedRows);
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        m_rows.reserve(m_rows.size() + added.size());
        for (const qsizetype i : std::as_const(added)) {
            m_rowOf.insert(conversations.at(i).id, static_cast<int>(m_rows.size()));
            m_rows.append(Row{conversations.at(i)});
            refresh(m_rows.last(), now);
        }
        endInsertRows();
    }
    for (const auto &[id, phase] : phaseChanges)
        Q_EMIT windowPhaseChanged(id, phase);
    armTimer();
}

void ConversationListModel::upsert(const ConversationSummary &conversation)
{
    const int existing = rowOf(conversation.id);
    if (existing < 0) {
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows.append(Row{conversation});
        m_rowOf.insert(conversation.id, row);
        refresh(m_rows.last(), nowMs());
        endInsertRows();
        armTimer();
        return;
    }
    Row &row = m_rows[existing];
    if (row.summary == conversation)
        return;
    const WindowPhase before = row.phase;
    row.summary = conversation;
    const WindowPhase after = refresh(row, nowMs()).phase;
    const QModelIndex changed = index(existing);
    Q_EMIT dataChanged(changed, changed);
    if (after != before)
        Q_EMIT windowPhaseChanged(conversation.id, after);
    armTimer();
}

bool ConversationListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    rebuildIndex(row);
    endRemoveRows();
    armTimer(); // its heap entry is dropped lazily
    return true;
}

int ConversationListModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

const ConversationSummary *ConversationListModel::conversation(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row).summary;
}

WindowState ConversationListModel::windowState(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return evaluate(m_rows.at(row).summary.window);
}

void ConversationListModel::setClock(const Clock *clock)
{
    const Clock *next = clock ? clock : &systemClock();
    if (next == m_clock)
        return;
    m_clock = next;
    reevaluateAll();
}

void ConversationListModel::setClosingSoonThreshold(std::chrono::minutes threshold)
{
    const auto clamped = ServiceWindow::clampClosingSoon(threshold);
    if (clamped == m_closingSoon)
        return;
    m_closingSoon = clamped;
    reevaluateAll();
}

void ConversationListModel::setSecondsDisplayThreshold(std::chrono::minutes threshold)
{
    const auto clamped = std::max(threshold, std::chrono::minutes{0});
    if (clamped == m_secondsDisplay)
        return;
    m_secondsDisplay = clamped;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {WindowTextRole, Qt::AccessibleTextRole});
}

void ConversationListModel::reevaluateAll()
{
    const qint64 now = nowMs();
    QList<std::pair<qint64, WindowPhase>> phaseChanges;
    for (Row &row : m_rows) {
        const WindowPhase before = row.phase;
        row.scheduledAt = NotScheduled;
        if (refresh(row, now).phase != before)
            phaseChanges.append({row.summary.id, row.phase});
    }
    rebuildSchedule();
    // Deadlines, texts and sort keys may all have moved: one batch for the whole range.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    for (const auto &[id, phase] : phaseChanges)
        Q_EMIT windowPhaseChanged(id, phase);
    armTimer();
}

void ConversationListModel::fireDueExpiries()
{
    const qint64 now = nowMs();
    QList<int> changedRows;
    QList<std::pair<qint64, WindowPhase>> phaseChanges;
    while (!m_schedule.empty() && m_schedule.top().at <= now) {
        const Due due = m_schedule.top();
        m_schedule.pop();
        const int index = rowOf(due.id);
        if (index < 0 || m_rows.at(index).scheduledAt != due.at)
            continue; // superseded by an update or removal
        Row &row = m_rows[index];
        const WindowPhase phaseBefore = row.phase;
        const bool freeBefore = row.freeEntryPoint;
        refresh(row, now);
        if (row.phase != phaseBefore || row.freeEntryPoint != freeBefore)
            changedRows.append(index);
        if (row.phase != phaseBefore)
            phaseChanges.append({due.id, row.phase});
    }
    emitChangedRows(changedRows);
    for (const auto &[id, phase] : phaseChanges)
        Q_EMIT windowPhaseChanged(id, phase);
    armTimer();
}

QDateTime ConversationListModel::nextExpiry() const
{
    // The head may be superseded; valid entries are never earlier than a row's scheduledAt, so
    // the true earliest is the minimum over rows. Only used by tests and diagnostics.
    qint64 earliest = NotScheduled;
    for (const Row &row : m_rows) {
        if (row.scheduledAt != NotScheduled
            && (earliest == NotScheduled || row.scheduledAt < earliest))
            earliest = row.scheduledAt;
    }
    return earliest == NotScheduled ? QDateTime()
                                    : QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC);
}

void ConversationListModel::dropStaleHead()
{
    while (!m_schedule.empty()) {
        const Due &head = m_schedule.top();
        const int index = rowOf(head.id);
        if (index >= 0 && m_rows.at(index).scheduledAt == head.at)
            return;
        m_schedule.pop();
    }
}

void ConversationListModel::armTimer()
{
    // Updates and removals leave superseded entries behind; compact before they dominate.
    if (m_schedule.size() > 2 * static_cast<size_t>(m_rows.size()) + 64)
        rebuildSchedule();
    dropStaleHead();
    if (m_schedule.empty()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_schedule.top().at - nowMs(), 0, MaxTimerWait.count());
    m_expiryTimer.start(static_cast<int>(wait));
}

void ConversationListModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).summary.id, row);
}

void ConversationListModel::rebuildSchedule()
{
    std::vector<Due> entries;
    entries.reserve(static_cast<size_t>(m_rows.size()));
    for (const Row &row : m_rows) {
        if (row.scheduledAt != NotScheduled)
            entries.push_back({row.scheduledAt, row.summary.id});
    }
    m_schedule = decltype(m_schedule)(std::greater<Due>(), std::move(entries));
}

void ConversationListModel::emitChangedRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    // One range from the first to the last changed row, not one signal per contiguous run: a
    // sorting proxy re-sorts only the rows a signal names, assuming every other row is still in
    // order, which rows changed but not yet reported would break.
    const auto [first, last] = std::minmax_element(rows.begin(), rows.end());
    Q_EMIT dataChanged(index(*first), index(*last));
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

} // namespace sb

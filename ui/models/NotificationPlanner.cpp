#include "NotificationPlanner.h"

#include "Clock.h"
#include "NotificationText.h"
#include "ServiceWindow.h"

#include <algorithm>

namespace sb {

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

bool isOpen(WindowPhase phase)
{
    return phase == WindowPhase::Open || phase == WindowPhase::ClosingSoon;
}

} // namespace

NotificationPlanner::NotificationPlanner(QObject *parent)
    : QObject(parent)
    , m_clock(&systemClock())
    , m_closingSoon(ServiceWindow::DefaultClosingSoon)
{
    m_warningTimer.setSingleShot(true);
    m_warningTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_warningTimer, &QTimer::timeout, this, &NotificationPlanner::fireDueWarnings);
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(static_cast<int>(DefaultCoalesceDelay.count()));
    connect(&m_coalesceTimer, &QTimer::timeout, this, &NotificationPlanner::flushPendingMessages);
}

NotificationPlanner::~NotificationPlanner() = default;

qint64 NotificationPlanner::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

void NotificationPlanner::setClock(const Clock *clock)
{
    const Clock *next = clock ? clock : &systemClock();
    if (next == m_clock)
        return;
    m_clock = next;
    rescheduleAll();
}

void NotificationPlanner::setClosingSoonThreshold(std::chrono::minutes threshold)
{
    const auto clamped = ServiceWindow::clampClosingSoon(threshold);
    if (clamped == m_closingSoon)
        return;
    m_closingSoon = clamped;
    rescheduleAll();
}

void NotificationPlanner::setNewMessagesEnabled(bool enabled)
{
    m_newMessages = enabled;
    if (!enabled) {
        m_pending.clear();
        m_pendingOrder.clear();
        m_coalesceTimer.stop();
    }
}

void NotificationPlanner::setClosingWindowsEnabled(bool enabled)
{
    if (enabled == m_closingWindows)
        return;
    m_closingWindows = enabled;
    rescheduleAll();
}

void NotificationPlanner::setDoNotDisturb(bool on)
{
    m_doNotDisturb = on;
    if (on) {
        m_pending.clear();
        m_pendingOrder.clear();
        m_coalesceTimer.stop();
    }
}

void NotificationPlanner::setCoalesceDelay(std::chrono::milliseconds delay)
{
    m_coalesceTimer.setInterval(static_cast<int>(std::max<qint64>(0, delay.count())));
}

void NotificationPlanner::setOpenConversation(qint64 conversationId)
{
    m_openConversation = conversationId;
    if (m_windowActive && m_pending.remove(conversationId) > 0)
        m_pendingOrder.removeAll(conversationId);
}

void NotificationPlanner::setWindowActive(bool active)
{
    m_windowActive = active;
    if (active && m_pending.remove(m_openConversation) > 0)
        m_pendingOrder.removeAll(m_openConversation);
}

void NotificationPlanner::setConversations(const QList<ConversationSummary> &conversations)
{
    const bool baseline = !m_baselined;
    if (baseline) {
        m_baselined = true;
        m_baselineMs = nowMs();
    }
    QSet<qint64> listed;
    listed.reserve(conversations.size());
    for (const ConversationSummary &summary : conversations)
        listed.insert(summary.id);
    QList<qint64> gone;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (!listed.contains(it.key()))
            gone.append(it.key());
    }
    const InboxCounts before = m_counts;
    for (qint64 id : std::as_const(gone)) {
        Tracked &tracked = m_tracked[id];
        unschedule(tracked);
        count(tracked.summary, -1);
        m_tracked.remove(id);
    }
    for (const ConversationSummary &summary : conversations) {
        const auto previous = m_tracked.constFind(summary.id);
        const int arrived = baseline
            ? 0
            : arrivedMessages(summary, previous == m_tracked.cend() ? nullptr : &*previous);
        apply(summary);
        noteArrival(summary.id, arrived);
    }
    armTimer();
    publishCounts(before);
}

void NotificationPlanner::conversationsChanged(const QList<ConversationSummary> &conversations)
{
    if (!m_baselined) {
        m_baselined = true;
        m_baselineMs = nowMs();
    }
    const InboxCounts before = m_counts;
    for (const ConversationSummary &summary : conversations) {
        const auto previous = m_tracked.constFind(summary.id);
        const int arrived =
            arrivedMessages(summary, previous == m_tracked.cend() ? nullptr : &*previous);
        apply(summary);
        noteArrival(summary.id, arrived);
    }
    armTimer();
    publishCounts(before);
}

void NotificationPlanner::conversationsRemoved(const QList<qint64> &conversationIds)
{
    const InboxCounts before = m_counts;
    for (qint64 id : conversationIds) {
        const auto it = m_tracked.find(id);
        if (it == m_tracked.end())
            continue;
        unschedule(*it);
        count(it->summary, -1);
        m_tracked.erase(it);
        if (m_pending.remove(id) > 0)
            m_pendingOrder.removeAll(id);
    }
    armTimer();
    publishCounts(before);
}

int NotificationPlanner::arrivedMessages(const ConversationSummary &summary,
                                         const Tracked *previous) const
{
    if (!summary.lastFromCustomer)
        return 0; // already answered: nobody needs to be alerted
    // Older than the app's start: backlog (counted on the badge), not news. This also keeps a
    // first sync or a sandbox replaying history from popping up dozens of notifications.
    const qint64 earliest = m_baselineMs - std::chrono::milliseconds(ArrivalTolerance).count();
    if (!summary.lastMessageAt.isValid() || summary.lastMessageAt.toMSecsSinceEpoch() < earliest)
        return 0;
    if (!previous)
        return std::max(1, summary.unread);
    const ConversationSummary &before = previous->summary;
    if (summary.unread > before.unread)
        return summary.unread - before.unread;
    // Unread did not grow (e.g. the chat is open and marked read as messages come in), yet a newer
    // customer message is now the last one.
    if (summary.lastMessageAt.isValid()
        && (!before.lastMessageAt.isValid() || summary.lastMessageAt > before.lastMessageAt))
        return 1;
    return 0;
}

bool NotificationPlanner::suppressedArrival(qint64 conversationId) const
{
    return m_windowActive && conversationId == m_openConversation;
}

void NotificationPlanner::noteArrival(qint64 conversationId, int count)
{
    if (count <= 0 || !m_newMessages || m_doNotDisturb || suppressedArrival(conversationId))
        return;
    m_pending[conversationId] += count;
    m_pendingOrder.removeAll(conversationId);
    m_pendingOrder.append(conversationId);
    // Not restarted by later arrivals: a steady stream still notifies within one delay.
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start();
}

int NotificationPlanner::pendingMessageCount() const
{
    int total = 0;
    for (int n : m_pending)
        total += n;
    return total;
}

void NotificationPlanner::flushPendingMessages()
{
    m_coalesceTimer.stop();
    QList<std::pair<qint64, int>> batch; // newest first
    for (auto it = m_pendingOrder.crbegin(); it != m_pendingOrder.crend(); ++it) {
        const auto tracked = m_tracked.constFind(*it);
        if (tracked == m_tracked.cend() || suppressedArrival(*it))
            continue; // gone, or the agent opened it meanwhile
        batch.append({*it, m_pending.value(*it)});
    }
    m_pending.clear();
    m_pendingOrder.clear();
    if (batch.isEmpty() || !m_newMessages || m_doNotDisturb)
        return;
    QList<NotificationText::Entry> entries;
    for (const auto &[id, n] : std::as_const(batch)) {
        const ConversationSummary &s = m_tracked.value(id).summary;
        entries.append({id, nameOf(id), s.lastPreview, n, 0});
    }
    Q_EMIT notificationReady(NotificationText::newMessages(entries));
}

void NotificationPlanner::apply(const ConversationSummary &summary)
{
    auto it = m_tracked.find(summary.id);
    if (it == m_tracked.end()) {
        it = m_tracked.insert(summary.id, Tracked{summary, NotScheduled, NotScheduled});
    } else {
        count(it->summary, -1);
        it->summary = summary;
    }
    count(summary, +1);
    schedule(*it);
}

void NotificationPlanner::schedule(Tracked &tracked)
{
    unschedule(tracked);
    const ConversationSummary &s = tracked.summary;
    if (!m_closingWindows || m_closingSoon.count() <= 0 || !s.lastFromCustomer
        || s.optedOutMarketing || !s.window.lastInbound)
        return;
    const WindowState state = ServiceWindow::evaluate(s.window, m_clock->now(), m_closingSoon);
    if (!isOpen(state.phase) || state.deadline.toMSecsSinceEpoch() == tracked.warnedDeadline)
        return;
    // Already inside the threshold (start-up, a raised threshold): due at once.
    tracked.warnAt = state.closingSoonAt.toMSecsSinceEpoch();
    m_warnings.insert({tracked.warnAt, s.id});
}

void NotificationPlanner::unschedule(Tracked &tracked)
{
    if (tracked.warnAt == NotScheduled)
        return;
    m_warnings.erase({tracked.warnAt, tracked.summary.id});
    tracked.warnAt = NotScheduled;
}

void NotificationPlanner::rescheduleAll()
{
    for (Tracked &tracked : m_tracked)
        schedule(tracked);
    armTimer();
}

void NotificationPlanner::fireDueWarnings()
{
    const QDateTime now = m_clock->now();
    const qint64 at = now.toMSecsSinceEpoch();
    QList<std::pair<qint64, qint64>> due; // (deadline, id)
    while (!m_warnings.empty() && m_warnings.begin()->first <= at) {
        const qint64 id = m_warnings.begin()->second;
        m_warnings.erase(m_warnings.begin());
        const auto it = m_tracked.find(id);
        if (it == m_tracked.end())
            continue;
        it->warnAt = NotScheduled;
        const WindowState state = ServiceWindow::evaluate(it->summary.window, now, m_closingSoon);
        if (!isOpen(state.phase))
            continue; // the machine slept through the whole warning
        it->warnedDeadline = state.deadline.toMSecsSinceEpoch();
        due.append({it->warnedDeadline, id});
    }
    armTimer();
    if (due.isEmpty() || m_doNotDisturb || !m_closingWindows)
        return;
    std::sort(due.begin(), due.end());
    QList<NotificationText::Entry> entries;
    for (const auto &[deadline, id] : std::as_const(due))
        entries.append({id, nameOf(id), QString(), 0, deadline - at});
    Q_EMIT notificationReady(NotificationText::closingWindows(entries));
}

QDateTime NotificationPlanner::nextWarning() const
{
    return m_warnings.empty() ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(m_warnings.begin()->first, Qt::UTC);
}

void NotificationPlanner::armTimer()
{
    if (m_warnings.empty()) {
        m_warningTimer.stop();
        return;
    }
    const qint64 wait =
        std::clamp<qint64>(m_warnings.begin()->first - nowMs(), 0, MaxTimerWait.count());
    m_warningTimer.start(static_cast<int>(wait));
}

void NotificationPlanner::count(const ConversationSummary &summary, int sign)
{
    m_counts.unreadMessages += sign * std::max(0, summary.unread);
    m_counts.unreadConversations += summary.unread > 0 ? sign : 0;
    m_counts.needingReply += summary.lastFromCustomer ? sign : 0;
}

void NotificationPlanner::publishCounts(const InboxCounts &before)
{
    if (m_counts != before)
        Q_EMIT countsChanged(m_counts);
}

QString NotificationPlanner::nameOf(qint64 conversationId) const
{
    const auto it = m_tracked.constFind(conversationId);
    if (it == m_tracked.cend())
        return {};
    return it->summary.contactName.isEmpty() ? it->summary.contactPhone : it->summary.contactName;
}

} // namespace sb

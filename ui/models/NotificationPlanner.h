#pragma once

#include "ConversationSummary.h"
#include "DesktopNotification.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <limits>
#include <set>
#include <utility>

namespace sb {

class Clock;

// Decides what the desktop says, from conversation summaries alone (no widgets, no store):
//  - new customer messages, coalesced over a short delay into one notification ("3 new messages
//    from 2 customers"), except in the conversation the agent has open while the window is
//    active;
//  - customer-service windows reaching the closing-soon threshold on conversations that still
//    need a reply, once per conversation per window, at the exact instant (one timer for the
//    earliest such instant, like ConversationListModel's expiry timer). A new customer message
//    moves the deadline and so re-arms the warning; answered or opted-out conversations get none.
//
// Arrivals are inferred by comparing each summary with the previous one of the same
// conversation: the unread count grew, or a newer customer message is the last one. The first
// setConversations() is the baseline and says nothing; later, only customer messages not older
// than that baseline are news (history synced or replayed after the start only counts on the
// badge).
class NotificationPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPlanner)

public:
    static constexpr std::chrono::milliseconds DefaultCoalesceDelay{1500};
    // Like the list model: timers pause while the machine sleeps, so far instants are approached
    // in steps.
    static constexpr std::chrono::milliseconds MaxTimerWait{60 * 1000};
    // Platform timestamps are whole seconds and clocks drift a little.
    static constexpr std::chrono::seconds ArrivalTolerance{60};

    explicit NotificationPlanner(QObject *parent = nullptr);
    ~NotificationPlanner() override;

    // nullptr means the system clock. The clock must outlive the planner.
    void setClock(const Clock *clock);
    void setClosingSoonThreshold(std::chrono::minutes threshold);
    std::chrono::minutes closingSoonThreshold() const { return m_closingSoon; }
    void setNewMessagesEnabled(bool enabled);
    bool newMessagesEnabled() const { return m_newMessages; }
    void setClosingWindowsEnabled(bool enabled);
    bool closingWindowsEnabled() const { return m_closingWindows; }
    // Nothing is shown, and nothing is saved for later, while this is on.
    void setDoNotDisturb(bool on);
    bool doNotDisturb() const { return m_doNotDisturb; }
    void setCoalesceDelay(std::chrono::milliseconds delay);

    // The conversation the agent has open (0: none) and whether the app's window is active.
    void setOpenConversation(qint64 conversationId);
    void setWindowActive(bool active);

    // Every listed conversation (a full reload); conversations not in the list are forgotten.
    void setConversations(const QList<ConversationSummary> &conversations);
    // New or changed conversations only.
    void conversationsChanged(const QList<ConversationSummary> &conversations);
    void conversationsRemoved(const QList<qint64> &conversationIds);

    // Emits the coalesced new-message notification now (the coalescing timer calls it).
    void flushPendingMessages();
    bool coalesceTimerActive() const { return m_coalesceTimer.isActive(); }
    int pendingMessageCount() const;

    // Emits the warnings due at the clock's now and re-arms the timer (the timer calls it; tests
    // driving a ManualClock call it directly).
    void fireDueWarnings();
    // The earliest scheduled warning; invalid when none is scheduled.
    QDateTime nextWarning() const;
    bool warningTimerActive() const { return m_warningTimer.isActive(); }
    int warningTimerInterval() const { return m_warningTimer.interval(); }

    InboxCounts counts() const { return m_counts; }

Q_SIGNALS:
    void notificationReady(const sb::DesktopNotification &notification);
    void countsChanged(const sb::InboxCounts &counts);

private:
    static constexpr qint64 NotScheduled = std::numeric_limits<qint64>::min();

    struct Tracked
    {
        ConversationSummary summary;
        qint64 warnAt = NotScheduled; // ms since epoch of its entry in m_warnings
        qint64 warnedDeadline = NotScheduled; // the window deadline already warned about
    };

    qint64 nowMs() const;
    void apply(const ConversationSummary &summary);
    int arrivedMessages(const ConversationSummary &summary, const Tracked *previous) const;
    void noteArrival(qint64 conversationId, int count);
    bool suppressedArrival(qint64 conversationId) const;
    void schedule(Tracked &tracked);
    void unschedule(Tracked &tracked);
    void rescheduleAll();
    void armTimer();
    void count(const ConversationSummary &summary, int sign);
    void publishCounts(const InboxCounts &before);
    QString nameOf(qint64 conversationId) const;

    QHash<qint64, Tracked> m_tracked;
    std::set<std::pair<qint64, qint64>> m_warnings; // (instant ms, conversation id)
    QHash<qint64, int> m_pending; // conversation id -> new messages not yet notified
    QList<qint64> m_pendingOrder; // conversations in order of their latest arrival
    QTimer m_warningTimer;
    QTimer m_coalesceTimer;
    const Clock *m_clock;
    std::chrono::minutes m_closingSoon;
    bool m_newMessages = true;
    bool m_closingWindows = true;
    bool m_doNotDisturb = false;
    bool m_baselined = false;
    qint64 m_baselineMs = 0;
    qint64 m_openConversation = 0;
    bool m_windowActive = false;
    InboxCounts m_counts;
};

} // namespace sb

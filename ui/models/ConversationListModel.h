#pragma once

#include "ConversationSummary.h"
#include "ServiceWindow.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <queue>

#include <chrono>
#include <functional>
#include <limits>
#include <vector>

namespace sb {

class Clock;

// The inbox rows, one per conversation, in the order the composition root supplied them (sorting
// and filtering are ConversationFilterModel's job). Window values are evaluated from the injected
// clock at data() time; the only timer is one expiry timer for the whole model, armed at the
// earliest instant any conversation changes phase.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        ContactNameRole, // QString, may be empty (DisplayRole falls back to the phone)
        ContactPhoneRole, // QString
        BusinessNumberRole, // QString: display number of our number
        LastPreviewRole, // QString, plain text
        LastMessageAtRole, // QDateTime (UTC)
        LastFromCustomerRole, // bool
        UnreadRole, // int
        AssigneeRole, // QString
        LabelsRole, // QStringList
        OptedOutMarketingRole, // bool
        WindowPhaseRole, // sb::WindowPhase
        WindowDeadlineRole, // QDateTime, invalid when the customer never wrote
        WindowRemainingMsRole, // qint64, 0 once closed
        WindowClosedForMsRole, // qint64, 0 while open
        FreeEntryPointActiveRole, // bool
        FreeEntryPointUntilRole, // QDateTime, invalid when none
        WindowTextRole, // QString: "hh:mm", "mm:ss" or "closed 5 min ago"
        NeedsReplyRole, // bool: the customer wrote last
        SortKeyRole, // qint64: open by deadline, then closed by recency, then never-opened
    };
    Q_ENUM(Role)

    // The expiry timer never sleeps longer than this: timers pause while the machine is
    // suspended, so a far deadline is approached in steps (each wake-up only peeks at the heap).
    static constexpr std::chrono::milliseconds MaxTimerWait{60 * 1000};

    explicit ConversationListModel(QObject *parent = nullptr);
    ~ConversationListModel() override;

    // Replaces every row (one model reset). A repeated id keeps its last occurrence.
    void setConversations(const QList<ConversationSummary> &conversations);
    // Completes a partial load (e.g. a first screen of rows) with the full list, without a reset
    // (selection, current row and scroll position stay): listed rows are updated in place, new
    // ones appended in one insertion, rows missing from `conversations` removed. Afterwards the
    // model holds exactly what setConversations(conversations) would (in another row order,
    // which the proxy sorts anyway). A repeated id keeps its last occurrence.
    void mergeConversations(const QList<ConversationSummary> &conversations);
    // Inserts a new conversation at the end or updates an existing one in place.
    void upsert(const ConversationSummary &conversation);
    // Returns false when no such conversation is listed.
    bool remove(qint64 id);

    int rowOf(qint64 id) const; // -1 when absent
    const ConversationSummary *conversation(qint64 id) const; // nullptr when absent
    WindowState windowState(int row) const; // evaluated now
    // The row's SortKeyRole as of its last phase change (kept with the expiry schedule, so the
    // proxy's comparisons read a plain integer instead of evaluating the window each time).
    qint64 sortKey(int row) const { return m_rows.at(row).sortKey; }
    // LastMessageAtRole in ms since the epoch; LastMessageNever when the row has no message.
    static constexpr qint64 LastMessageNever = std::numeric_limits<qint64>::min();
    qint64 lastMessageMs(int row) const { return m_rows.at(row).lastMessageMs; }
    qint64 conversationIdAt(int row) const { return m_rows.at(row).summary.id; }

    // nullptr means the system clock. The clock must outlive the model.
    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }
    // From settings: how long before the deadline a window counts as closing soon.
    void setClosingSoonThreshold(std::chrono::minutes threshold);
    std::chrono::minutes closingSoonThreshold() const { return m_closingSoon; }
    // From settings: below this much time left the countdown shows mm:ss instead of hh:mm.
    void setSecondsDisplayThreshold(std::chrono::minutes threshold);
    std::chrono::minutes secondsDisplayThreshold() const { return m_secondsDisplay; }

    // Processes every phase change due at the clock's now and re-arms the expiry timer. The timer
    // calls it; tests driving a ManualClock call it directly.
    void fireDueExpiries();
    // The earliest scheduled change; invalid when nothing is scheduled.
    QDateTime nextExpiry() const;
    bool expiryTimerActive() const { return m_expiryTimer.isActive(); }
    int expiryTimerInterval() const { return m_expiryTimer.interval(); }
    // Heap entries, including superseded ones awaiting lazy removal (for tests and diagnostics).
    int scheduledEntryCount() const { return static_cast<int>(m_schedule.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The window phase of a listed conversation changed: at its scheduled instant, on upsert, or
    // after a threshold or clock change. The composer switches to template mode on Closed.
    void windowPhaseChanged(qint64 conversationId, sb::WindowPhase phase);

private:
    static constexpr qint64 NotScheduled = std::numeric_limits<qint64>::min();

    struct Row
    {
        explicit Row(const ConversationSummary &s)
            : summary(s)
        {
        }
        ConversationSummary summary;
        WindowPhase phase = WindowPhase::Never;
        bool freeEntryPoint = false;
        qint64 scheduledAt = NotScheduled; // ms since epoch of the live heap entry
        qint64 sortKey = 0;
        qint64 lastMessageMs = LastMessageNever;
    };
    struct Due
    {
        qint64 at;
        qint64 id;
        friend bool operator>(const Due &a, const Due &b)
        {
            return a.at != b.at ? a.at > b.at : a.id > b.id;
        }
    };

    qint64 nowMs() const;
    WindowState evaluate(const WindowInputs &inputs) const;
    // Stores the evaluated phase and schedules the row's next change. Returns the evaluated state.
    WindowState refresh(Row &row, qint64 now);
    void rebuildIndex(int fromRow);
    void rebuildSchedule();
    void dropStaleHead();
    void armTimer();
    void reevaluateAll();
    void emitChangedRows(const QList<int> &rows);
    QVariant windowData(const Row &row, int role) const;
    static qint64 sortKeyOf(const WindowState &state, const ConversationSummary &summary);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_schedule;
    QTimer m_expiryTimer;
    const Clock *m_clock;
    std::chrono::minutes m_closingSoon = ServiceWindow::DefaultClosingSoon;
    std::chrono::minutes m_secondsDisplay = ServiceWindow::DefaultSecondsDisplay;
};

} // namespace sb

#pragma once

#include "ChatMessage.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <chrono>

namespace sb {

class Clock;

// The timeline of one conversation, oldest first. Three explicit paths change it:
// - prependHistory(): older messages loaded when the user scrolls near the top, inserted at row 0;
// - appendLive(): a message that just arrived (or was stored) goes to the end;
// - addPending() + resolvePending(): an outgoing message shows at once under its local id and is
//   merged with its platform id when the API answers.
// Statuses merge monotonically (DeliveryStatus::merge), so late, duplicated or reordered webhooks
// are harmless, and a status that arrives before its message is kept until the message does.
// Reactions are not rows: they attach to the message they target.
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Role {
        ChatMessageRole = Qt::UserRole + 1, // sb::ChatMessage, the whole immutable row
        MessageRole, // sb::Message
        KindRole, // sb::MessageKind
        DirectionRole, // sb::Direction
        TimestampRole, // QDateTime
        DayStartRole, // bool: first message of a local calendar day
        StatusRole, // sb::DeliveryState (Draft for inbound rows)
        DeliveryStatusRole, // sb::DeliveryStatus
        StatusTimesRole, // sb::StatusTimes
        ErrorRole, // sb::StatusError, or an invalid QVariant when there is none
        LocalIdRole, // QString
        PlatformIdRole, // QString
        IdRole, // qint64, the store's row id (0 while only in the outbox)
        MediaPathRole, // QString
        MediaErrorRole, // QString
        MediaDurationRole, // qint64 ms, -1 when unknown
        ReactionsRole, // QList<sb::ChatReaction>
        RenderedTemplateRole, // sb::RenderedTemplate, or an invalid QVariant
        QuotedRole, // sb::QuotedMessage, or an invalid QVariant when the row quotes nothing
        ReadReceiptsMaybeOffRole, // bool: delivered long ago and still not read
        RowKeyRole, // qint64: stable for the row's lifetime in this model, unique
        RevisionRole, // quint64: changes whenever any role of the row changes
    };
    Q_ENUM(Role)

    // The clock must outlive the model; nullptr means the system clock.
    explicit MessageListModel(const Clock *clock, QObject *parent = nullptr);
    ~MessageListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Older messages, oldest first, inserted above everything (one beginInsertRows at 0).
    // Messages already present are merged instead of repeated. Returns the rows inserted.
    int prependHistory(const QList<ChatMessage> &olderFirst);
    // A new message at the end, or a merge into the row it duplicates (same platform id, or an
    // outgoing message with the local id of a pending row).
    void appendLive(const ChatMessage &message);
    // An outgoing message before the API has answered. It needs a local id; its status starts
    // at Queued unless it carries one. Returns false (and changes nothing) without a local id
    // or when the local id is already in use.
    bool addPending(const ChatMessage &message);
    // The API accepted the pending message `localId` as `platformId`. Returns false when no
    // pending row (or reaction) has that local id.
    bool resolvePending(const QString &localId, const QString &platformId);
    // The agent asked to send a failed (or unknown-outcome) message again: the row keeps its
    // place and content but starts a new attempt at Queued, without the old error and platform
    // id, so that the next resolvePending() can give it the new one. Returns false for rows
    // that did not fail.
    bool restartPending(const QString &localId);
    // Merges a status into the row with this platform id or local id (or into an outgoing
    // reaction). Unknown ids are kept and applied when their message arrives. Returns whether a
    // row changed.
    bool applyStatus(const QString &platformIdOrLocalId, const DeliveryStatus &status);
    // The download of the row's media finished (`path`) or failed (`reason`).
    bool setMediaPath(qint64 id, const QString &path);
    bool setMediaError(qint64 id, const QString &reason);
    void clear();

    int rowOfId(qint64 id) const; // -1 when absent
    int rowOfPlatformId(const QString &platformId) const;
    int rowOfLocalId(const QString &localId) const;
    const ChatMessage &messageAt(int row) const; // row must be valid

    // How long a message may stay delivered-but-unread before the view suggests that the
    // customer has read receipts off. Default 24 h.
    void setReadReceiptThreshold(std::chrono::milliseconds threshold);
    std::chrono::milliseconds readReceiptThreshold() const { return m_readThreshold; }
    // Re-evaluates the time-dependent role (ReadReceiptsMaybeOff) at the clock's now and re-arms
    // the timer. The timer calls it; tests driving a ManualClock call it directly.
    void refreshTimeDependent();
    // When the next row's hint turns on; invalid when none is waiting.
    QDateTime nextTimeDependentChange() const;

private:
    struct Row
    {
        ChatMessage chat;
        qint64 seq = 0;
        quint64 revision = 0;
        bool readHint = false;
        qint64 durationMs = -1;
        qint64 localDay = 0; // Julian day of the timestamp in local time; 0 when unknown
    };

    Row *rowBySeq(qint64 seq);
    int indexOfSeq(qint64 seq) const;
    qint64 seqOfKey(const QString &platformIdOrLocalId) const;
    qint64 seqOfDuplicate(const ChatMessage &message) const;
    Row makeRow(const ChatMessage &message, qint64 seq);
    void indexRow(const Row &row);
    void adoptWaiting(Row &row); // statuses received before the row
    bool mergeInto(Row &row, const ChatMessage &incoming);
    void changed(Row &row); // bump the revision and re-derive the cached flags
    bool updateReadHint(Row &row, const QDateTime &now);
    bool attachReaction(const ChatMessage &reaction, QList<qint64> *changedSeqs);
    bool reactionStatus(const QString &id, const DeliveryStatus &status, bool resolve = false,
                        const QString &platformId = {});
    void touchQuoters(const QString &platformId, QList<qint64> *changedSeqs);
    void emitChanged(const QList<qint64> &seqs);
    QuotedMessage quotedFor(const Row &row) const;
    bool dayStart(int row) const;
    void armTimer();
    qint64 localDayOf(const QDateTime &at);

    const Clock *m_clock;
    QList<Row> m_rows;
    qint64 m_firstSeq = 0; // seq of row 0; index = seq - m_firstSeq
    QHash<qint64, qint64> m_seqById;
    QHash<QString, qint64> m_seqByPlatformId;
    QHash<QString, qint64> m_seqByLocalId;
    QHash<QString, DeliveryStatus> m_waitingStatuses; // for messages not loaded yet
    QList<QString> m_waitingOrder; // oldest first, to bound the map
    QHash<QString, QList<ChatMessage>> m_waitingReactions; // by target platform id
    QHash<QString, QString> m_reactionTargets; // reaction local/platform id -> target id
    QMultiHash<QString, qint64> m_quoters; // quoted platform id -> rows quoting it
    QHash<qint64, qint64> m_hintDue; // seq -> msecs when its read-receipt hint turns on
    std::chrono::milliseconds m_readThreshold{std::chrono::hours(24)};
    QTimer m_hintTimer;
    // The local day last converted, as a UTC range: neighbouring messages share their day.
    qint64 m_dayCacheStart = 0;
    qint64 m_dayCacheEnd = 0;
    qint64 m_dayCacheDay = 0;
};

} // namespace sb

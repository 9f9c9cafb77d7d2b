#include "MessageListModel.h"

#include "AudioDuration.h"
#include "ChatMessageSummary.h"
#include "Clock.h"
#include "Logging.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {

constexpr qint64 kNoSeq = std::numeric_limits<qint64>::min();
// Statuses for messages that are not loaded are kept, but not without bound: a misrouted stream
// must not grow the model forever.
constexpr qsizetype kMaxWaiting = 2000;

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

StatusTimes timesOf(const DeliveryStatus &status)
{
    StatusTimes times;
    for (int i = 0; i < DeliveryStateCount; ++i) {
        const auto state = static_cast<DeliveryState>(i);
        if (const auto at = status.timestamp(state))
            times.insert(state, *at);
    }
    return times;
}

bool hasQuote(const Message &message)
{
    return message.context
        && (!message.context->messageId.isEmpty()
            || !message.context->referredProductRetailerId.isEmpty());
}

} // namespace

MessageListModel::MessageListModel(const Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock ? clock : &systemClock())
{
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_hintTimer, &QTimer::timeout, this, &MessageListModel::refreshTimeDependent);
}

MessageListModel::~MessageListModel() = default;

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ChatMessage &chat = row.chat;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return ChatMessageSummary::oneLine(chat.message);
    case ChatMessageRole:
        return QVariant::fromValue(chat);
    case MessageRole:
        return QVariant::fromValue(chat.message);
    case KindRole:
        return QVariant::fromValue(chat.message.kind);
    case DirectionRole:
        return QVariant::fromValue(chat.message.direction);
    case TimestampRole:
        return chat.message.timestamp;
    case DayStartRole:
        return dayStart(index.row());
    case StatusRole:
        return QVariant::fromValue(chat.status.state());
    case DeliveryStatusRole:
        return QVariant::fromValue(chat.status);
    case StatusTimesRole:
        return QVariant::fromValue(timesOf(chat.status));
    case ErrorRole: {
        const auto &error = chat.error ? chat.error : chat.status.error();
        return error ? QVariant::fromValue(*error) : QVariant();
    }
    case LocalIdRole:
        return chat.localId;
    case PlatformIdRole:
        return chat.message.platformId;
    case IdRole:
        return chat.id;
    case MediaPathRole:
        return chat.mediaLocalPath;
    case MediaErrorRole:
        return chat.mediaError;
    case MediaDurationRole:
        return row.durationMs;
    case ReactionsRole:
        return QVariant::fromValue(chat.reactions);
    case RenderedTemplateRole:
        return chat.renderedTemplate ? QVariant::fromValue(*chat.renderedTemplate) : QVariant();
    case QuotedRole:
        return hasQuote(chat.message) ? QVariant::fromValue(quotedFor(row)) : QVariant();
    case ReadReceiptsMaybeOffRole:
        return row.readHint;
    case RowKeyRole:
        return row.seq;
    case RevisionRole:
        return row.revision;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ChatMessageRole, "chatMessage"},
                  {MessageRole, "message"},
                  {KindRole, "kind"},
                  {DirectionRole, "direction"},
                  {TimestampRole, "timestamp"},
                  {DayStartRole, "dayStart"},
                  {StatusRole, "status"},
                  {DeliveryStatusRole, "deliveryStatus"},
                  {StatusTimesRole, "statusTimes"},
                  {ErrorRole, "error"},
                  {LocalIdRole, "localId"},
                  {PlatformIdRole, "platformId"},
                  {IdRole, "id"},
                  {MediaPathRole, "mediaPath"},
                  {MediaErrorRole, "mediaError"},
                  {MediaDurationRole, "mediaDuration"},
                  {ReactionsRole, "reactions"},
                  {RenderedTemplateRole, "renderedTemplate"},
                  {QuotedRole, "quoted"},
                  {ReadReceiptsMaybeOffRole, "readReceiptsMaybeOff"},
                  {RowKeyRole, "rowKey"},
                  {RevisionRole, "revision"}});
    return names;
}

int MessageListModel::prependHistory(const QList<ChatMessage> &olderFirst)
{
    QList<Row> fresh;
    QList<ChatMessage> reactions;
    QList<qint64> changedSeqs;
    QHash<QString, qsizetype> freshByPlatformId;
    for (const ChatMessage &message : olderFirst) {
        if (message.message.kind == MessageKind::Reaction) {
            reactions.append(message);
            continue;
        }
        const qint64 duplicate = seqOfDuplicate(message);
        if (duplicate != kNoSeq) {
            if (mergeInto(*rowBySeq(duplicate), message))
                changedSeqs.append(duplicate);
            continue;
        }
        const QString &platformId = message.message.platformId;
        if (!platformId.isEmpty() && freshByPlatformId.contains(platformId)) {
            fresh[freshByPlatformId.value(platformId)].chat.status.merge(message.status);
            continue;
        }
        if (!platformId.isEmpty())
            freshByPlatformId.insert(platformId, fresh.size());
        fresh.append(makeRow(message, 0));
    }

    const int count = int(fresh.size());
    if (count > 0) {
        const bool hadRows = !m_rows.isEmpty();
        const bool oldFirstWasDayStart = hadRows && dayStart(0);
        beginInsertRows({}, 0, count - 1);
        m_firstSeq -= count;
        for (int i = 0; i < count; ++i)
            fresh[i].seq = m_firstSeq + i;
        m_rows = hadRows ? fresh + m_rows : std::move(fresh);
        for (int i = 0; i < count; ++i)
            indexRow(m_rows[i]);
        endInsertRows();
        if (hadRows && dayStart(count) != oldFirstWasDayStart) {
            changed(m_rows[count]);
            changedSeqs.append(m_rows.at(count).seq);
        }
        for (int i = 0; i < count; ++i) {
            const QString platformId = m_rows.at(i).chat.message.platformId;
            if (platformId.isEmpty())
                continue;
            touchQuoters(platformId, &changedSeqs);
            for (const ChatMessage &waiting : m_waitingReactions.take(platformId))
                attachReaction(waiting, &changedSeqs);
        }
    }
    for (const ChatMessage &reaction : std::as_const(reactions))
        attachReaction(reaction, &changedSeqs);
    emitChanged(changedSeqs);
    armTimer();
    return count;
}

void MessageListModel::appendLive(const ChatMessage &message)
{
    QList<qint64> changedSeqs;
    if (message.message.kind == MessageKind::Reaction) {
        attachReaction(message, &changedSeqs);
        emitChanged(changedSeqs);
        return;
    }
    const qint64 duplicate = seqOfDuplicate(message);
    if (duplicate != kNoSeq) {
        if (mergeInto(*rowBySeq(duplicate), message))
            emitChanged({duplicate});
        armTimer();
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(makeRow(message, m_firstSeq + at));
    indexRow(m_rows.last());
    endInsertRows();
    const QString platformId = message.message.platformId;
    if (!platformId.isEmpty()) {
        touchQuoters(platformId, &changedSeqs);
        for (const ChatMessage &waiting : m_waitingReactions.take(platformId))
            attachReaction(waiting, &changedSeqs);
    }
    emitChanged(changedSeqs);
    armTimer();
}

bool MessageListModel::addPending(const ChatMessage &message)
{
    if (message.localId.isEmpty()) {
        qCWarning(lcUi) << "A pending message needs a local id; not shown";
        return false;
    }
    if (m_seqByLocalId.contains(message.localId) || m_reactionTargets.contains(message.localId)) {
        qCWarning(lcUi) << "Local id" << message.localId << "is already in the timeline";
        return false;
    }
    ChatMessage pending = message;
    pending.message.direction = Direction::Outbound;
    if (pending.status.isEmpty())
        pending.status.apply(DeliveryState::Queued, m_clock->now());
    appendLive(pending);
    return true;
}

bool MessageListModel::resolvePending(const QString &localId, const QString &platformId)
{
    if (localId.isEmpty() || platformId.isEmpty())
        return false;
    const qint64 seq = m_seqByLocalId.value(localId, kNoSeq);
    if (seq == kNoSeq)
        return reactionStatus(localId, {}, true, platformId);
    Row &row = *rowBySeq(seq);
    const QString known = row.chat.message.platformId;
    if (!known.isEmpty() && known != platformId) {
        qCWarning(lcUi) << "Pending" << localId << "already resolved as" << known;
        return false;
    }
    const qint64 other = m_seqByPlatformId.value(platformId, kNoSeq);
    if (other != kNoSeq && other != seq) {
        qCWarning(lcUi) << "Platform id" << platformId << "already belongs to another row";
        return false;
    }
    row.chat.message.platformId = platformId;
    row.chat.status.apply(DeliveryState::Accepted, m_clock->now());
    m_seqByPlatformId.insert(platformId, seq);
    adoptWaiting(row);
    changed(row);
    QList<qint64> changedSeqs{seq};
    touchQuoters(platformId, &changedSeqs);
    for (const ChatMessage &waiting : m_waitingReactions.take(platformId))
        attachReaction(waiting, &changedSeqs);
    emitChanged(changedSeqs);
    armTimer();
    return true;
}

bool MessageListModel::restartPending(const QString &localId)
{
    const qint64 seq = m_seqByLocalId.value(localId, kNoSeq);
    if (localId.isEmpty() || seq == kNoSeq)
        return false;
    Row &row = *rowBySeq(seq);
    const DeliveryState state = row.chat.status.state();
    if (state != DeliveryState::Failed && state != DeliveryState::Unknown)
        return false;
    // A new attempt has its own status lifecycle; the old one's events must not reach it.
    m_seqByPlatformId.remove(row.chat.message.platformId);
    row.chat.message.platformId.clear();
    row.chat.error.reset();
    row.chat.status = DeliveryStatus();
    row.chat.status.apply(DeliveryState::Queued, m_clock->now());
    changed(row);
    emitChanged({seq});
    armTimer();
    return true;
}

bool MessageListModel::applyStatus(const QString &platformIdOrLocalId, const DeliveryStatus &status)
{
    if (platformIdOrLocalId.isEmpty() || status.isEmpty())
        return false;
    const qint64 seq = seqOfKey(platformIdOrLocalId);
    if (seq != kNoSeq) {
        Row &row = *rowBySeq(seq);
        if (!row.chat.status.merge(status))
            return false;
        changed(row);
        emitChanged({seq});
        armTimer();
        return true;
    }
    if (m_reactionTargets.contains(platformIdOrLocalId))
        return reactionStatus(platformIdOrLocalId, status);
    auto waiting = m_waitingStatuses.find(platformIdOrLocalId);
    if (waiting != m_waitingStatuses.end()) {
        waiting->merge(status);
        return false;
    }
    m_waitingStatuses.insert(platformIdOrLocalId, status);
    m_waitingOrder.append(platformIdOrLocalId);
    while (m_waitingOrder.size() > kMaxWaiting)
        m_waitingStatuses.remove(m_waitingOrder.takeFirst());
    return false;
}

bool MessageListModel::setMediaPath(qint64 id, const QString &path)
{
    const qint64 seq = m_seqById.value(id, kNoSeq);
    if (seq == kNoSeq || path.isEmpty())
        return false;
    Row &row = *rowBySeq(seq);
    if (row.chat.mediaLocalPath == path && row.chat.mediaError.isEmpty())
        return false;
    row.chat.mediaLocalPath = path;
    row.chat.mediaError.clear();
    if (row.chat.message.kind == MessageKind::Audio)
        row.durationMs = AudioDuration::probeMs(path).value_or(-1);
    changed(row);
    emitChanged({seq});
    return true;
}

bool MessageListModel::setMediaError(qint64 id, const QString &reason)
{
    const qint64 seq = m_seqById.value(id, kNoSeq);
    if (seq == kNoSeq)
        return false;
    Row &row = *rowBySeq(seq);
    if (row.chat.mediaError == reason)
        return false;
    row.chat.mediaError = reason;
    changed(row);
    emitChanged({seq});
    return true;
}

void MessageListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_firstSeq = 0;
    m_seqById.clear();
    m_seqByPlatformId.clear();
    m_seqByLocalId.clear();
    m_waitingStatuses.clear();
    m_waitingOrder.clear();
    m_waitingReactions.clear();
    m_reactionTargets.clear();
    m_quoters.clear();
    m_hintDue.clear();
    m_hintTimer.stop();
    endResetModel();
}

int MessageListModel::rowOfId(qint64 id) const
{
    return indexOfSeq(m_seqById.value(id, kNoSeq));
}

int MessageListModel::rowOfPlatformId(const QString &platformId) const
{
    return indexOfSeq(m_seqByPlatformId.value(platformId, kNoSeq));
}

int MessageListModel::rowOfLocalId(const QString &localId) const
{
    return indexOfSeq(m_seqByLocalId.value(localId, kNoSeq));
}

const ChatMessage &MessageListModel::messageAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).chat;
}

} // namespace sb

// MessageListModel's row bookkeeping: indexes, merges, reactions, quotes and derived flags.
#include "AudioDuration.h"
#include "ChatMessageSummary.h"
#include "Clock.h"
#include "Logging.h"
#include "MessageListModel.h"

#include <algorithm>
#include <limits>

namespace sb {

namespace {

constexpr qint64 kNoSeq = std::numeric_limits<qint64>::min();
constexpr qsizetype kMaxWaitingReactions = 50; // per target; a target gets at most a few

QString senderOf(const Message &message)
{
    if (message.direction == Direction::Outbound)
        return {};
    return message.from.isEmpty() ? message.fromUserId : message.from;
}

DeliveryState reactionStateOf(const ChatMessage &reaction)
{
    if (reaction.message.direction == Direction::Inbound)
        return DeliveryState::Sent;
    return reaction.status.isEmpty() ? DeliveryState::Queued : reaction.status.state();
}

// Keeps the newest reaction per sender; returns whether `list` changed.
bool mergeReaction(QList<ChatReaction> &list, const ChatReaction &incoming, bool removal)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const ChatReaction &existing) {
        return existing.direction == incoming.direction && existing.from == incoming.from;
    });
    if (it != list.end() && incoming.at.isValid() && it->at.isValid() && incoming.at < it->at)
        return false; // an older event arriving late does not undo a newer one
    if (removal) {
        if (it == list.end())
            return false;
        list.erase(it);
        return true;
    }
    if (it == list.end()) {
        list.append(incoming);
        return true;
    }
    if (*it == incoming)
        return false;
    *it = incoming;
    return true;
}

} // namespace

MessageListModel::Row *MessageListModel::rowBySeq(qint64 seq)
{
    const int index = indexOfSeq(seq);
    return index < 0 ? nullptr : &m_rows[index];
}

int MessageListModel::indexOfSeq(qint64 seq) const
{
    if (seq == kNoSeq)
        return -1;
    const qint64 index = seq - m_firstSeq;
    return index >= 0 && index < m_rows.size() ? int(index) : -1;
}

qint64 MessageListModel::seqOfKey(const QString &platformIdOrLocalId) const
{
    const qint64 seq = m_seqByPlatformId.value(platformIdOrLocalId, kNoSeq);
    return seq != kNoSeq ? seq : m_seqByLocalId.value(platformIdOrLocalId, kNoSeq);
}

qint64 MessageListModel::seqOfDuplicate(const ChatMessage &message) const
{
    if (!message.message.platformId.isEmpty()) {
        const qint64 seq = m_seqByPlatformId.value(message.message.platformId, kNoSeq);
        if (seq != kNoSeq)
            return seq;
    }
    if (message.id != 0) {
        const qint64 seq = m_seqById.value(message.id, kNoSeq);
        if (seq != kNoSeq)
            return seq;
    }
    if (message.message.direction == Direction::Outbound && !message.localId.isEmpty())
        return m_seqByLocalId.value(message.localId, kNoSeq);
    return kNoSeq;
}

MessageListModel::Row MessageListModel::makeRow(const ChatMessage &message, qint64 seq)
{
    Row row;
    row.chat = message;
    row.seq = seq;
    row.localDay = localDayOf(message.message.timestamp);
    if (message.message.kind == MessageKind::Audio && !message.mediaLocalPath.isEmpty())
        row.durationMs = AudioDuration::probeMs(message.mediaLocalPath).value_or(-1);
    return row;
}

void MessageListModel::indexRow(const Row &row)
{
    const ChatMessage &chat = row.chat;
    if (chat.id != 0)
        m_seqById.insert(chat.id, row.seq);
    if (!chat.message.platformId.isEmpty())
        m_seqByPlatformId.insert(chat.message.platformId, row.seq);
    if (!chat.localId.isEmpty())
        m_seqByLocalId.insert(chat.localId, row.seq);
    const auto &context = chat.message.context;
    if (context && !context->messageId.isEmpty() && !m_seqByPlatformId.contains(context->messageId)
        && !m_quoters.contains(context->messageId, row.seq))
        m_quoters.insert(context->messageId, row.seq);
    Row &stored = *rowBySeq(row.seq);
    adoptWaiting(stored);
    updateReadHint(stored, m_clock->now());
}

void MessageListModel::adoptWaiting(Row &row)
{
    for (const QString &key : {row.chat.message.platformId, row.chat.localId}) {
        if (key.isEmpty())
            continue;
        const auto waiting = m_waitingStatuses.constFind(key);
        if (waiting == m_waitingStatuses.cend())
            continue;
        row.chat.status.merge(*waiting);
        m_waitingStatuses.erase(waiting);
        m_waitingOrder.removeOne(key);
    }
}

bool MessageListModel::mergeInto(Row &row, const ChatMessage &incoming)
{
    ChatMessage updated = row.chat;
    updated.message = incoming.message;
    if (updated.message.platformId.isEmpty())
        updated.message.platformId = row.chat.message.platformId;
    // The row keeps its place and its day: the first known time stays.
    if (row.chat.message.timestamp.isValid())
        updated.message.timestamp = row.chat.message.timestamp;
    if (incoming.id != 0)
        updated.id = incoming.id;
    if (updated.localId.isEmpty())
        updated.localId = incoming.localId;
    updated.status.merge(incoming.status);
    if (incoming.error)
        updated.error = incoming.error;
    if (!incoming.mediaLocalPath.isEmpty()) {
        updated.mediaLocalPath = incoming.mediaLocalPath;
        updated.mediaError.clear();
    } else if (!incoming.mediaError.isEmpty() && updated.mediaLocalPath.isEmpty()) {
        updated.mediaError = incoming.mediaError;
    }
    for (const ChatReaction &reaction : incoming.reactions)
        mergeReaction(updated.reactions, reaction, false);
    if (incoming.renderedTemplate)
        updated.renderedTemplate = incoming.renderedTemplate;
    if (incoming.quoted)
        updated.quoted = incoming.quoted;
    if (updated == row.chat)
        return false;
    const QString oldPlatformId = row.chat.message.platformId;
    row.chat = updated;
    row.localDay = localDayOf(updated.message.timestamp);
    if (updated.message.kind == MessageKind::Audio && !updated.mediaLocalPath.isEmpty())
        row.durationMs = AudioDuration::probeMs(updated.mediaLocalPath).value_or(-1);
    if (!oldPlatformId.isEmpty() && oldPlatformId != updated.message.platformId)
        m_seqByPlatformId.remove(oldPlatformId);
    indexRow(row);
    changed(row);
    return true;
}

void MessageListModel::changed(Row &row)
{
    ++row.revision;
    updateReadHint(row, m_clock->now());
}

bool MessageListModel::attachReaction(const ChatMessage &reaction, QList<qint64> *changedSeqs)
{
    const auto *content = reaction.message.as<ReactionContent>();
    if (!content || content->messageId.isEmpty()) {
        qCWarning(lcUi) << "Ignoring a reaction without a target message";
        return false;
    }
    const QString &target = content->messageId;
    if (!reaction.localId.isEmpty())
        m_reactionTargets.insert(reaction.localId, target);
    if (!reaction.message.platformId.isEmpty())
        m_reactionTargets.insert(reaction.message.platformId, target);
    const qint64 seq = m_seqByPlatformId.value(target, kNoSeq);
    if (seq == kNoSeq) {
        QList<ChatMessage> &waiting = m_waitingReactions[target];
        waiting.append(reaction);
        if (waiting.size() > kMaxWaitingReactions)
            waiting.removeFirst();
        return false;
    }
    const ChatReaction shown{content->emoji,
                             senderOf(reaction.message),
                             reaction.message.direction,
                             reaction.message.timestamp,
                             reaction.message.platformId,
                             reaction.localId,
                             reactionStateOf(reaction)};
    Row &row = *rowBySeq(seq);
    if (!mergeReaction(row.chat.reactions, shown, content->emoji.isEmpty()))
        return false;
    changed(row);
    changedSeqs->append(seq);
    return true;
}

bool MessageListModel::reactionStatus(const QString &id, const DeliveryStatus &status, bool resolve,
                                      const QString &platformId)
{
    const QString target = m_reactionTargets.value(id);
    if (target.isEmpty())
        return false;
    const auto update = [&](QString &reactionPlatformId, DeliveryState &state) {
        const DeliveryState before = state;
        const QString beforeId = reactionPlatformId;
        if (resolve) {
            reactionPlatformId = platformId;
            m_reactionTargets.insert(platformId, target);
            if (deliveryStateRank(state) < deliveryStateRank(DeliveryState::Accepted))
                state = DeliveryState::Accepted;
        } else if (status.hasReached(DeliveryState::Failed)) {
            state = DeliveryState::Failed; // a reaction only ever gets "sent" or "failed"
        } else if (deliveryStateRank(status.state()) > deliveryStateRank(state)) {
            state = status.state();
        }
        return state != before || reactionPlatformId != beforeId;
    };
    const qint64 seq = m_seqByPlatformId.value(target, kNoSeq);
    if (seq == kNoSeq) {
        for (ChatMessage &waiting : m_waitingReactions[target]) {
            if (waiting.localId == id || waiting.message.platformId == id) {
                DeliveryState state = reactionStateOf(waiting);
                if (update(waiting.message.platformId, state) && !resolve)
                    waiting.status.merge(status);
            }
        }
        return false;
    }
    Row &row = *rowBySeq(seq);
    bool any = false;
    for (ChatReaction &reaction : row.chat.reactions) {
        if (reaction.localId == id || (!reaction.platformId.isEmpty() && reaction.platformId == id))
            any = update(reaction.platformId, reaction.state) || any;
    }
    if (!any)
        return false;
    changed(row);
    emitChanged({seq});
    return true;
}

void MessageListModel::touchQuoters(const QString &platformId, QList<qint64> *changedSeqs)
{
    const QList<qint64> quoters = m_quoters.values(platformId);
    m_quoters.remove(platformId);
    for (const qint64 seq : quoters) {
        if (Row *row = rowBySeq(seq)) {
            changed(*row);
            changedSeqs->append(seq);
        }
    }
}

void MessageListModel::emitChanged(const QList<qint64> &seqs)
{
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (const qint64 seq : seqs) {
        const int index = indexOfSeq(seq);
        if (index < 0)
            continue;
        first = std::min(first, index);
        last = std::max(last, index);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first), index(last));
}

QuotedMessage MessageListModel::quotedFor(const Row &row) const
{
    const ReplyContext &context = *row.chat.message.context;
    const int target = indexOfSeq(m_seqByPlatformId.value(context.messageId, kNoSeq));
    if (target >= 0 && !context.messageId.isEmpty()) {
        const Message &quoted = m_rows.at(target).chat.message;
        return {context.messageId,
                true,
                quoted.direction,
                quoted.kind,
                ChatMessageSummary::oneLine(quoted),
                context.referredProductRetailerId};
    }
    if (row.chat.quoted)
        return *row.chat.quoted;
    QuotedMessage missing;
    missing.platformId = context.messageId;
    missing.referredProductRetailerId = context.referredProductRetailerId;
    return missing;
}

} // namespace sb

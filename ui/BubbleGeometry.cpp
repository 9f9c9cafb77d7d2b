#include "BubbleGeometry.h"

#include "MessageListModel.h"

#include <QModelIndex>

namespace sb {

BubbleInput BubbleInput::fromIndex(const QModelIndex &index)
{
    using Model = MessageListModel;
    BubbleInput input;
    input.key = index.data(Model::RowKeyRole).toLongLong();
    input.revision = index.data(Model::RevisionRole).toULongLong();
    input.chat = index.data(Model::ChatMessageRole).value<ChatMessage>();
    input.dayStart = index.data(Model::DayStartRole).toBool();
    input.readReceiptsMaybeOff = index.data(Model::ReadReceiptsMaybeOffRole).toBool();
    const QVariant quoted = index.data(Model::QuotedRole);
    if (quoted.isValid())
        input.quoted = quoted.value<QuotedMessage>();
    const QVariant duration = index.data(Model::MediaDurationRole);
    input.durationMs = duration.isValid() ? duration.toLongLong() : -1;
    return input;
}

BubbleInput BubbleInput::forEstimate(const QModelIndex &index)
{
    using Model = MessageListModel;
    BubbleInput input;
    input.key = index.data(Model::RowKeyRole).toLongLong();
    input.revision = index.data(Model::RevisionRole).toULongLong();
    input.chat = index.data(Model::ChatMessageRole).value<ChatMessage>();
    input.dayStart = index.data(Model::DayStartRole).toBool();
    input.readReceiptsMaybeOff = index.data(Model::ReadReceiptsMaybeOffRole).toBool();
    if (input.chat.message.context)
        input.quoted = QuotedMessage{};
    return input;
}

const BubblePiece *BubbleGeometry::piece(PieceKind kind) const
{
    for (const BubblePiece &candidate : pieces) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

} // namespace sb

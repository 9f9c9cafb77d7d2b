#pragma once

// Rows and statuses for the MessageListModel tests.

#include "Clock.h"
#include "MessageListModel.h"

#include <QDateTime>
#include <QStringList>

using namespace std::chrono_literals;
using Model = sb::MessageListModel;
using sb::ChatMessage;
using sb::DeliveryState;
using sb::DeliveryStatus;
using sb::Direction;

namespace modelfixtures {

// A fixed local noon, so that +/- a few hours stays on the same local day.
inline const QDateTime t0 = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime).toUTC();

inline ChatMessage text(qint64 id, const QString &body, const QDateTime &at,
                        Direction direction = Direction::Inbound)
{
    ChatMessage chat;
    chat.id = id;
    chat.message.kind = sb::MessageKind::Text;
    chat.message.direction = direction;
    chat.message.body = sb::TextContent{body};
    chat.message.platformId = QStringLiteral("wamid.%1").arg(id);
    chat.message.from = direction == Direction::Inbound ? QStringLiteral("4915550001") : QString();
    chat.message.timestamp = at;
    return chat;
}

inline ChatMessage pending(const QString &localId, const QString &body, const QDateTime &at)
{
    ChatMessage chat = text(0, body, at, Direction::Outbound);
    chat.message.platformId.clear();
    chat.localId = localId;
    return chat;
}

inline ChatMessage reaction(const QString &target, const QString &emoji, const QDateTime &at,
                            Direction direction = Direction::Inbound)
{
    ChatMessage chat;
    chat.message.kind = sb::MessageKind::Reaction;
    chat.message.direction = direction;
    chat.message.body = sb::ReactionContent{target, emoji};
    chat.message.from = direction == Direction::Inbound ? QStringLiteral("4915550001") : QString();
    chat.message.timestamp = at;
    return chat;
}

inline DeliveryStatus status(DeliveryState state, const QDateTime &at, int errorCode = 0)
{
    DeliveryStatus result;
    std::optional<sb::StatusError> error;
    if (errorCode != 0)
        error = sb::StatusError{errorCode, QStringLiteral("Re-engagement message"), {}};
    result.apply(state, at, error);
    return result;
}

inline QStringList bodies(const Model &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row).data(Qt::DisplayRole).toString());
    return out;
}

template<typename T>
T role(const Model &model, int row, int role)
{
    return model.index(row).data(role).value<T>();
}

} // namespace modelfixtures

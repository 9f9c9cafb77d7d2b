#pragma once

#include "ChatMessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sb {

// Every sentence the chat view shows about a message, in one translatable place.
class BubbleStrings
{
    Q_DECLARE_TR_FUNCTIONS(sb::BubbleStrings)

public:
    BubbleStrings() = delete;

    // "Today", "Yesterday", "Monday", "10 March", "10 March 2025".
    static QString dayLabel(const QDate &day, const QDate &today);
    static QString timeLabel(const QDateTime &at); // local "14:05"
    static QString fullTime(const QDateTime &at); // local date and time with seconds

    // One line per reached state in the order they happen: "Sent: 10/03/2026 14:05:01".
    static QString statusToolTip(const DeliveryStatus &status);
    static QString receivedToolTip(const QDateTime &at);
    // "Failed (131047): <plain explanation> — <what to do>".
    static QString failureLine(const std::optional<StatusError> &error);
    // "Delivered 2 days ago, not read: the customer may have read receipts off".
    static QString readReceiptsHint(const QDateTime &deliveredAt, const QDateTime &now);
    static QString reactionsToolTip(const QList<ChatReaction> &reactions);

    static QString duration(qint64 ms); // "0:42", "1:02:03"
    static QString dataSize(qint64 bytes); // "1.2 MB"; empty when unknown
    static QString mediaUnavailable(const QString &reason);
    static QString retry();
    static QString openMap();
    static QString you();
    static QString customer();
};

} // namespace sb

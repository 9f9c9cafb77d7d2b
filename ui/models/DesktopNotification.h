#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sb {

enum class NotificationKind {
    NewMessages, // customers wrote
    WindowClosing, // a conversation that still needs a reply is about to lose its 24 h window
};

// One desktop notification, already worded; the tray shows it as it is.
struct DesktopNotification
{
    NotificationKind kind = NotificationKind::NewMessages;
    QString title;
    QString body;
    qint64 conversationId = 0; // opened when the agent clicks the notification
    QList<qint64> conversationIds; // every conversation it speaks about
    int messageCount = 0; // NewMessages only

    friend bool operator==(const DesktopNotification &, const DesktopNotification &) = default;
};

// What the tray shows between notifications.
struct InboxCounts
{
    int unreadMessages = 0;
    int unreadConversations = 0;
    int needingReply = 0; // the customer wrote last

    friend bool operator==(const InboxCounts &, const InboxCounts &) = default;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::DesktopNotification)
Q_DECLARE_METATYPE(sb::InboxCounts)

#pragma once

#include "DesktopNotification.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace sb {

// The wording of desktop notifications, kept apart from the decisions so both can be read (and
// translated) on their own.
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(sb::NotificationText)

public:
    // At most this many conversations are named in one notification; the rest are counted.
    static constexpr int MaxListed = 3;

    struct Entry
    {
        qint64 conversationId = 0;
        QString name; // profile name, else the number
        QString preview; // latest message, plain text
        int messages = 0; // new messages (NewMessages)
        qint64 remainingMs = 0; // until the window closes (WindowClosing)
    };

    NotificationText() = delete;

    // `entries` newest first; the newest is the one a click opens.
    static DesktopNotification newMessages(const QList<Entry> &entries);
    // `entries` soonest deadline first; the soonest is the one a click opens.
    static DesktopNotification closingWindows(const QList<Entry> &entries);
    // "45 min", "60 min", "1 h 5 min": rounded up to the minute, so it never promises more than is
    // left.
    static QString remaining(std::chrono::milliseconds left);
};

} // namespace sb

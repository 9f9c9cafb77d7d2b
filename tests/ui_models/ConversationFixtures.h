#pragma once

#include "ConversationSummary.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// Inbox rows for the conversation-list tests, positioned relative to one fixed instant.
namespace fixtures {

inline QDateTime t0()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
}

// A conversation whose 24 h window ends `left` after t0() (negative: it closed that long ago);
// no `left` means the customer never wrote.
inline sb::ConversationSummary conversation(qint64 id, const QString &name,
                                            std::optional<std::chrono::milliseconds> left)
{
    sb::ConversationSummary c;
    c.id = id;
    c.contactName = name;
    c.contactPhone = QStringLiteral("+49 151 %1").arg(1000000 + id);
    c.businessNumberLabel = QStringLiteral("+1 555 0100");
    c.lastPreview = QStringLiteral("Message from %1").arg(name);
    if (left) {
        const QDateTime inbound = t0().addMSecs(left->count()).addSecs(-24 * 3600);
        c.window.lastInbound = inbound;
        c.lastMessageAt = inbound;
        c.lastFromCustomer = true;
    } else {
        c.lastMessageAt = t0().addSecs(-id * 60);
    }
    return c;
}

} // namespace fixtures

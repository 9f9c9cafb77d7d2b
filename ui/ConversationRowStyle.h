#pragma once

#include "ServiceWindow.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace sb {

// How the window pill of a conversation row looks.
enum class WindowLook {
    Open, // green, "hh:mm"
    ClosingSoon, // amber, "mm:ss" in the last minutes
    Closed, // red, "closed 5 min ago"
    TemplateOnly, // grey: the customer never wrote
};

// What the delegate draws for a row's window, decided without any painting so tests can check
// every threshold directly.
struct ConversationRowStyle
{
    WindowLook look = WindowLook::TemplateOnly;
    QString pillText;
    bool freeEntryPoint = false; // draws the "Free 72 h" marker next to the pill
    QString freeEntryPointText;

    friend bool operator==(const ConversationRowStyle &, const ConversationRowStyle &) = default;
};

// `windowText` is the model's WindowTextRole (formatted by ServiceWindow::formatRemaining).
ConversationRowStyle styleFor(WindowPhase phase, const QString &windowText,
                              bool freeEntryPointActive);

// Fixed tints, readable on light and dark palettes alike.
QColor pillBackground(WindowLook look);
QColor pillForeground(WindowLook look);
QColor freeEntryPointBackground();
QColor freeEntryPointForeground();
QColor unreadBadgeColor();
QColor avatarColor(qint64 conversationId);

// Up to two initials from the name; the phone's last two digits when there is no name.
QString initialsFor(const QString &name, const QString &phone);
// "14:05" today, "Yesterday", a weekday within the week, else a short date; local time.
QString lastMessageLabel(const QDateTime &at, const QDateTime &now);

} // namespace sb

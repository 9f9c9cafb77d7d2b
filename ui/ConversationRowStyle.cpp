#include "ConversationRowStyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace sb {

ConversationRowStyle styleFor(WindowPhase phase, const QString &windowText,
                              bool freeEntryPointActive)
{
    ConversationRowStyle style;
    switch (phase) {
    case WindowPhase::Open:
        style.look = WindowLook::Open;
        style.pillText = windowText;
        break;
    case WindowPhase::ClosingSoon:
        style.look = WindowLook::ClosingSoon;
        style.pillText = windowText;
        break;
    case WindowPhase::Closed:
        style.look = WindowLook::Closed;
        style.pillText = windowText;
        break;
    case WindowPhase::Never:
        style.look = WindowLook::TemplateOnly;
        style.pillText = QCoreApplication::translate("sb::ConversationRowStyle", "Template only",
                                                     "window pill: only templates may be sent");
        break;
    }
    // Free entry point is about price, not permission: it can accompany any phase.
    if (freeEntryPointActive) {
        style.freeEntryPoint = true;
        style.freeEntryPointText = QCoreApplication::translate(
            "sb::ConversationRowStyle", "Free 72 h",
            "marker: free-entry-point window, messages are not charged");
    }
    return style;
}

QColor pillBackground(WindowLook look)
{
    switch (look) {
    case WindowLook::Open:
        return QColor(0xD3, 0xF4, 0xDD);
    case WindowLook::ClosingSoon:
        return QColor(0xFF, 0xE4, 0xB5);
    case WindowLook::Closed:
        return QColor(0xFB, 0xD9, 0xD6);
    case WindowLook::TemplateOnly:
        return QColor(0xE4, 0xE7, 0xEB);
    }
    return {};
}

QColor pillForeground(WindowLook look)
{
    switch (look) {
    case WindowLook::Open:
        return QColor(0x0E, 0x73, 0x37);
    case WindowLook::ClosingSoon:
        return QColor(0x94, 0x52, 0x00);
    case WindowLook::Closed:
        return QColor(0xB3, 0x26, 0x1E);
    case WindowLook::TemplateOnly:
        return QColor(0x54, 0x5E, 0x69);
    }
    return {};
}

QColor freeEntryPointBackground()
{
    return QColor(0xDC, 0xE8, 0xFF);
}

QColor freeEntryPointForeground()
{
    return QColor(0x17, 0x4E, 0xC7);
}

QColor unreadBadgeColor()
{
    return QColor(0x25, 0xD3, 0x66);
}

QColor avatarColor(qint64 conversationId)
{
    static constexpr std::array<QRgb, 8> colors{0x5C7CBA, 0xD9605A, 0x3E9ADB, 0x4FA36B,
                                                0xE0953A, 0x9B62C0, 0x2E9E95, 0x8D6E63};
    const auto slot = static_cast<size_t>((conversationId % 8 + 8) % 8);
    return QColor::fromRgb(colors.at(slot));
}

QString initialsFor(const QString &name, const QString &phone)
{
    QString initials;
    const auto words = QStringView(name).split(u' ', Qt::SkipEmptyParts);
    for (const QStringView word : words) {
        const QChar first = word.front();
        if (!first.isLetterOrNumber())
            continue;
        initials += first.toUpper();
        if (initials.size() == 2)
            break;
    }
    if (!initials.isEmpty())
        return initials;
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits += ch;
    }
    return digits.isEmpty() ? QStringLiteral("?") : digits.right(2);
}

QString lastMessageLabel(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QDate day = local.date();
    const QLocale locale;
    if (day == today) {
        // Some locales' short format still carries seconds; a list row never needs them.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return locale.toString(local.time(), format);
    }
    if (day == today.addDays(-1))
        return QCoreApplication::translate("sb::ConversationRowStyle", "Yesterday",
                                           "last message time");
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace sb

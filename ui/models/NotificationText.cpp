#include "NotificationText.h"

#include <algorithm>

namespace sb {

namespace {

QString quoted(const QString &preview)
{
    return preview.isEmpty() ? QCoreApplication::translate("sb::NotificationText", "New message")
                             : preview.simplified();
}

} // namespace

DesktopNotification NotificationText::newMessages(const QList<Entry> &entries)
{
    DesktopNotification n;
    n.kind = NotificationKind::NewMessages;
    if (entries.isEmpty())
        return n;
    for (const Entry &e : entries) {
        n.conversationIds.append(e.conversationId);
        n.messageCount += e.messages;
    }
    const Entry &newest = entries.first();
    n.conversationId = newest.conversationId;
    if (entries.size() == 1) {
        n.title = newest.name;
        n.body = newest.messages <= 1 ? quoted(newest.preview)
                                      : tr("%n new message(s)", nullptr, newest.messages)
                + QLatin1Char('\n') + quoted(newest.preview);
        return n;
    }
    n.title = tr("%1 from %n customer(s)", "%1 is the number of new messages",
                 static_cast<int>(entries.size()))
                  .arg(tr("%n new message(s)", nullptr, n.messageCount));
    QStringList lines;
    const int listed = std::min<int>(MaxListed, static_cast<int>(entries.size()));
    for (int i = 0; i < listed; ++i)
        lines << tr("%1: %2", "customer name: latest message")
                     .arg(entries.at(i).name, quoted(entries.at(i).preview));
    if (entries.size() > listed)
        lines << tr("and %n more", "customers", static_cast<int>(entries.size()) - listed);
    n.body = lines.join(QLatin1Char('\n'));
    return n;
}

DesktopNotification NotificationText::closingWindows(const QList<Entry> &entries)
{
    DesktopNotification n;
    n.kind = NotificationKind::WindowClosing;
    if (entries.isEmpty())
        return n;
    for (const Entry &e : entries)
        n.conversationIds.append(e.conversationId);
    const Entry &soonest = entries.first();
    n.conversationId = soonest.conversationId;
    if (entries.size() == 1) {
        n.title = tr("Reply to %1 soon").arg(soonest.name);
        n.body = tr("The 24-hour window closes in %1. After that, only approved templates can be "
                    "sent.")
                     .arg(remaining(std::chrono::milliseconds(soonest.remainingMs)));
        return n;
    }
    n.title = tr("%n window(s) closing without a reply", nullptr, static_cast<int>(entries.size()));
    QStringList lines;
    const int listed = std::min<int>(MaxListed, static_cast<int>(entries.size()));
    for (int i = 0; i < listed; ++i)
        lines << tr("%1: closes in %2", "customer name: time left")
                     .arg(entries.at(i).name,
                          remaining(std::chrono::milliseconds(entries.at(i).remainingMs)));
    if (entries.size() > listed)
        lines << tr("and %n more", "windows", static_cast<int>(entries.size()) - listed);
    n.body = lines.join(QLatin1Char('\n'));
    return n;
}

QString NotificationText::remaining(std::chrono::milliseconds left)
{
    constexpr qint64 MinuteMs = 60 * 1000;
    const qint64 minutes = std::max<qint64>(1, (left.count() + MinuteMs - 1) / MinuteMs);
    if (minutes <= 60)
        return tr("%n min", "time left", static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return tr("%n h", "time left", static_cast<int>(hours));
    return tr("%1 h %2 min", "time left").arg(hours).arg(rest);
}

} // namespace sb

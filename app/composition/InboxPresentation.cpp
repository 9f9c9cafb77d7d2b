#include "InboxPresentation.h"

#include "AudioDuration.h"
#include "ChatMessageSummary.h"
#include "InboxService.h"
#include "WhatsAppMarkup.h"

namespace sb {

QString InboxPresentation::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 500) / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const QString ss = QStringLiteral("%1").arg(s, 2, 10, QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(ss);
    return QStringLiteral("%1:%2").arg(m).arg(ss);
}

ChatMessage InboxPresentation::chatMessage(const InboxMessage &message, const InboxService &service)
{
    ChatMessage chat;
    chat.id = message.id;
    chat.message = message.message;
    chat.status = message.delivery;
    chat.localId = message.localId;
    if (const auto *media = message.message.as<MediaContent>(); media && !media->id.isEmpty())
        chat.mediaLocalPath = service.cachedMediaPath(media->id);
    return chat;
}

QString InboxPresentation::preview(const InboxConversation &conversation,
                                   const InboxService &service)
{
    if (!conversation.lastMessage) {
        // The stored preview is the message text as written: show it as the customer sees it.
        QString plain = WhatsAppMarkup::toPlainText(conversation.record.lastMessagePreview);
        plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return plain.simplified();
    }
    const Message &last = conversation.lastMessage->message;
    QString line = ChatMessageSummary::oneLine(last);
    if (const auto *media = last.as<MediaContent>();
        media && media->kind == MediaKind::Audio && !media->id.isEmpty()) {
        const QString cached = service.cachedMediaPath(media->id);
        if (!cached.isEmpty()) {
            if (const auto ms = AudioDuration::probeMs(cached))
                line += QLatin1Char(' ') + duration(*ms);
        }
    }
    return line.isEmpty() ? conversation.record.lastMessagePreview : line;
}

ConversationSummary InboxPresentation::summary(const InboxConversation &conversation,
                                               const InboxService &service)
{
    const ConversationRecord &record = conversation.record;
    ConversationSummary s;
    s.id = record.id;
    s.contactName = record.contactName;
    s.contactPhone = record.contactWaId.isEmpty() ? QString() : u'+' + record.contactWaId;
    s.businessNumberLabel = conversation.businessNumber;
    s.lastPreview = preview(conversation, service);
    s.lastMessageAt = record.lastMessageAt;
    s.lastFromCustomer = record.needsReply();
    s.unread = record.unreadCount;
    s.assignee = record.assignee;
    s.labels = record.labels;
    s.window = record.window;
    s.optedOutMarketing = conversation.optedOutMarketing();
    return s;
}

ComposerContact InboxPresentation::composerContact(const InboxConversation &conversation)
{
    const ConversationRecord &record = conversation.record;
    ComposerContact c;
    c.name = record.contactName;
    c.to = record.contactWaId.isEmpty() ? QString() : u'+' + record.contactWaId;
    if (const auto &contact = conversation.contact) {
        c.optedOutMarketing = contact->isOptedOut();
        c.optOutSource =
            contact->optOutDetail.isEmpty() ? contact->optOutMethod : contact->optOutDetail;
        if (contact->optOutAt)
            c.optOutAt = *contact->optOutAt;
        c.optInSource = contact->optInSource;
        if (contact->optInAt)
            c.optInAt = *contact->optInAt;
    }
    return c;
}

} // namespace sb

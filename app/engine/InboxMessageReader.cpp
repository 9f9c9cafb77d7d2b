#include "InboxMessageReader.h"

#include "MessageJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::InboxMessageReader", text);
}

Message unreadable(const MessageRecord &record)
{
    return makeUnsupported(record.kind, tr("The stored copy of this message cannot be read."), 0,
                           record.contentJson);
}

} // namespace

InboxMessage inboxMessageFrom(const MessageRecord &record)
{
    InboxMessage out;
    out.id = record.id;
    out.conversationId = record.conversationId;
    out.localId = record.localId;
    out.author = record.author;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(record.contentJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        out.message = unreadable(record);
    } else if (record.direction == Direction::Inbound) {
        out.message = fromInboundMessage(document.object());
    } else {
        const RequestParseResult parsed = fromRequestBody(document.object());
        out.message = parsed.message ? *parsed.message : unreadable(record);
    }
    out.message.direction = record.direction;
    if (!record.platformId.isEmpty())
        out.message.platformId = record.platformId;
    // The store's time is the message's own (inbound) or when it was queued (outbound).
    out.message.timestamp = record.createdAt;
    if (!record.replyToPlatformId.isEmpty() && !out.message.context)
        out.message.context = ReplyContext{record.replyToPlatformId, {}, {}, {}};
    if (record.direction == Direction::Outbound) {
        out.message.bizOpaqueCallbackData = record.localId;
        out.delivery = record.delivery;
    }
    return out;
}

} // namespace sb

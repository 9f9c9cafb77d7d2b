#pragma once

#include "ChatMessage.h"
#include "ComposerContact.h"
#include "ConversationSummary.h"
#include "InboxTypes.h"

namespace sb {

class InboxService;

// Turns the inbox service's values into what the UI models take.
class InboxPresentation
{
public:
    InboxPresentation() = delete;

    // One chat row; media already in the cache comes with its local file.
    static ChatMessage chatMessage(const InboxMessage &message, const InboxService &service);
    static ConversationSummary summary(const InboxConversation &conversation,
                                       const InboxService &service);
    static ComposerContact composerContact(const InboxConversation &conversation);
    // The list's one-line preview: the stored text, or what the last message was when it has no
    // text of its own ("Voice message 0:12", "Location: Central Station", "Sticker").
    static QString preview(const InboxConversation &conversation, const InboxService &service);
    // "0:12", "12:05", "1:02:03".
    static QString duration(qint64 ms);
};

} // namespace sb

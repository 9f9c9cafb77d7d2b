#pragma once

#include <QString>

namespace sb {

// Where the composer keeps unsent text per conversation, so it survives switching chats and
// restarts. Drafts are not secrets; an implementation may keep them in plain settings.
class DraftStore
{
public:
    virtual ~DraftStore() = default;

    // The saved draft of a conversation; empty when there is none.
    virtual QString load(qint64 conversationId) const = 0;
    // Saving an empty (or whitespace-only) text removes the draft.
    virtual void save(qint64 conversationId, const QString &text) = 0;
    virtual void remove(qint64 conversationId) = 0;
};

} // namespace sb

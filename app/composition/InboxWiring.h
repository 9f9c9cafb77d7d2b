#pragma once

#include <memory>

namespace sb {

class ConversationListModel;
class DraftStore;
class InboxFeed;
class MainWindow;
class SandboxSession;

// Connects the main window's conversation list and composer to a running session: the list is
// fed from the store and refreshed by each committed webhook batch; opening a conversation
// loads the composer; a send goes through media upload (when a file is attached) into the
// outbox, whose dispatcher paces it to the Graph API; read receipts follow the composer's policy.
void wireSandboxInbox(MainWindow &window, SandboxSession &session, ConversationListModel &model,
                      DraftStore &drafts, std::unique_ptr<InboxFeed> &feed);

} // namespace sb

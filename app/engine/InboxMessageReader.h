#pragma once

#include "InboxTypes.h"

namespace sb {

// Reads a stored message back into the domain type: inbound rows keep the webhook's message
// object, outbound rows the POST body that was (or will be) sent. A row that cannot be read
// becomes an unsupported message with the reason, never an error.
InboxMessage inboxMessageFrom(const MessageRecord &record);

} // namespace sb

#pragma once

#include "WebhookEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace sb {

// Parses one webhook POST body into a flat, ordered list of typed events. Never throws and never
// gives up on a whole batch for one bad piece: malformed parts become problems with JSON paths and
// the rest is still returned. Duplicates are returned as they come; deduplication is the store's.
WebhookParseResult parseWebhook(const QByteArray &rawBody);
WebhookParseResult parseWebhook(const QJsonObject &payload);

} // namespace sb

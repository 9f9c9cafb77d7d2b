#pragma once

#include "WebhookEvent.h"

#include <QJsonObject>

namespace sb {

// The normalised, machine-readable form of one parsed webhook event: `{"event": "<kind>", ...}`
// with our field names and ISO-8601 UTC times. This is what `switchboardctl parse-webhook` prints
// one per line; it is stable enough for scripts and keeps no raw payload (that stays in the store).
QJsonObject toJson(const WebhookEvent &event);

// "inbound_message", "status", "system_error", "template_status", ... as in toJson()'s "event".
QString eventName(const WebhookEvent &event);

} // namespace sb

#pragma once

#include "WebhookEvent.h"

#include <QString>

namespace sb {

// One translated line for the live activity list: who did what ("Sheena Nelson wrote: …",
// "Message wamid… read", "Template order_update (en_US) is now APPROVED").
QString activityText(const WebhookEvent &event);

} // namespace sb

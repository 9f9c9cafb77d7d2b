#include "WebhookEvent.h"

namespace sb {

bool PhoneQualityEvent::isLegacyEvent() const
{
    return event == u"FLAGGED" || event == u"UNFLAGGED" || event == u"DOWNGRADE"
        || event == u"UPGRADE";
}

} // namespace sb

#include "RecipientKey.h"

#include "ContactKey.h"
#include "E164.h"

namespace sb {

QString recipientKey(const QString &to)
{
    const QString trimmed = to.trimmed();
    if (isBsuid(trimmed))
        return trimmed;
    const E164Result phone = normalizeE164(trimmed);
    if (phone.ok())
        return waIdFromE164(*phone.e164);
    return trimmed;
}

} // namespace sb

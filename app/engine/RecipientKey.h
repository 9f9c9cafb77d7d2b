#pragma once

#include <QString>

namespace sb {

// The pair-rate and ordering key of a recipient: a BSUID as given, a phone number as its wa_id
// digits ("+1 650-555-1234" and "16505551234" are one customer), anything else trimmed.
QString recipientKey(const QString &to);

} // namespace sb

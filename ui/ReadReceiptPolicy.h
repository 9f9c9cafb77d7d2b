#pragma once

#include <QString>
#include <QStringView>

namespace sb {

// When the customer is told their messages were seen (spec §2). Opening a chat must not say
// "seen" unless the agent chose so.
enum class ReadReceiptPolicy {
    OnOpen, // when the agent opens the conversation
    OnReply, // when the agent sends a reply
    Never,
};

// Stable settings spellings ("on_open", "on_reply", "never"); unknown text gives OnReply, the
// choice that never reports "seen" before the agent acts.
QString readReceiptPolicySettingsName(ReadReceiptPolicy policy);
ReadReceiptPolicy readReceiptPolicyFromSettings(QStringView name);
// Translated label for the settings dialog.
QString readReceiptPolicyLabel(ReadReceiptPolicy policy);

} // namespace sb

#pragma once

#include <QDateTime>
#include <QString>

namespace sb {

// What the composer needs to know about the person it writes to. Filled by the composition root
// from the contact store, so the UI never links the store.
struct ComposerContact
{
    QString name; // display name; may be empty (then `to` is shown)
    QString to; // E.164 phone number or business-scoped user id
    // Marketing opt-out (spec §11): only MARKETING templates are refused; only the customer can
    // reverse it.
    bool optedOutMarketing = false;
    QString optOutSource; // how they opted out, e.g. the keyword "STOP" or "WhatsApp settings"
    QDateTime optOutAt;
    QString optInSource; // where the opt-in was collected, e.g. "checkout form"
    QDateTime optInAt;

    // The name for sentences: the display name, else the number.
    QString displayName() const { return name.trimmed().isEmpty() ? to : name.trimmed(); }

    friend bool operator==(const ComposerContact &, const ComposerContact &) = default;
};

} // namespace sb

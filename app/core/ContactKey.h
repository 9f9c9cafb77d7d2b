#pragma once

#include <QString>

namespace sb {

// Everything the platform may tell us about who a customer is (spec §5.3, §12). Any field may
// be empty: username users can arrive without `wa_id`, older payloads without BSUIDs.
struct ContactIdentity
{
    QString parentUserId; // contacts[].parent_user_id, "US.ENT.…", spans linked portfolios
    QString userId; // contacts[].user_id / from_user_id, "US.1349…", per business portfolio
    QString waId; // contacts[].wa_id, digits only
    QString phone; // E.164 as we sent to or as the agent typed it

    friend bool operator==(const ContactIdentity &, const ContactIdentity &) = default;
};

// The stable key a contact is stored under, most durable identifier first (spec §12:
// key on parent_user_id ?? user_id, keep wa_id as an attribute, never assume `from`):
//   "bsuid:<parentUserId or userId>", else "wa:<waId digits>", else "phone:<E.164>",
//   else empty (nothing usable; the caller must not create a contact).
// BSUIDs are used as the platform sent them (trimmed, not format-checked) so a format change
// on Meta's side cannot orphan a username-only contact. A phone that does not normalise to
// E.164 is ignored.
//
// The key is not forever: a contact first seen by wa_id ("wa:…") that later arrives with a
// BSUID gets a "bsuid:…" key, and a user_id-only contact may later gain a parent id. The store
// must merge such records; sameContact() tells it when.
QString contactKey(const ContactIdentity &identity);

// True for a user BSUID "CC.<1-128 alnum>" or a parent BSUID "CC.ENT.<1-128 alnum>", where CC is
// a two-letter uppercase country code. Use it to validate typed input, not platform data.
bool isBsuid(const QString &text);
// True only for the parent form "CC.ENT.<1-128 alnum>".
bool isParentBsuid(const QString &text);

// True when two identities are the same customer. BSUIDs decide when both sides carry one of
// the same level (parent with parent, then user with user): equal means same, different means
// different, even if they share a phone, since numbers get recycled. Otherwise any shared
// wa_id or phone (wa_id on one side may match the phone digits on the other) means the same.
bool sameContact(const ContactIdentity &a, const ContactIdentity &b);

} // namespace sb

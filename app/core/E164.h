#pragma once

#include <QString>

#include <optional>

namespace sb {

// Shortest and longest accepted number, country code included. ITU E.164 caps numbers at 15
// digits. The minimum is 7 rather than 8 because Niue (+683) and Tokelau (+690) use
// four-digit subscriber numbers; anything shorter is a typo, not a reachable number.
inline constexpr int kE164MinDigits = 7;
inline constexpr int kE164MaxDigits = 15;

// Why an input was rejected; the UI may key icons or focus on it, the text is in `error`.
enum class E164Error {
    None,
    Empty,
    Letters, // "ext. 12", "1-800-FLOWERS"
    InvalidCharacter, // anything but digits, + - ( ) . and spaces
    MultiplePlus,
    MisplacedPlus, // a + after the first digit
    MissingCountryCode, // no +, no 00 and no default country code
    NationalTrunkPrefix, // "020 …": a leading 0 without + or 00 would dial the wrong number
    InvalidCountryCode, // country codes never start with 0 ("+0…", "000…")
    InvalidDefaultCountryCode, // the business country code passed in is not 1-3 digits
    TooShort,
    TooLong,
};

struct E164Result
{
    std::optional<QString> e164; // "+<digits>" when valid
    E164Error code = E164Error::None;
    QString error; // translated, specific; empty when valid

    bool ok() const { return e164.has_value(); }
};

// Normalises what an agent types into E.164. Accepted formatting: + - ( ) dots and any
// whitespace; Unicode decimal digits (e.g. Arabic-Indic) count as digits. The country code
// comes from a leading +, a leading 00 (international prefix), or, mirroring the Cloud API,
// `defaultCountryCode` (the business number's code, "+91" or "91") prepended to a number
// written without either. A number starting with a single 0 is rejected rather than
// prefixed: the platform would keep the trunk 0 and reach somebody else.
E164Result normalizeE164(const QString &input, const QString &defaultCountryCode = {});

// "+16505551234" -> "16505551234" (the `wa_id` shape). Empty unless `e164` is "+<digits>".
QString waIdFromE164(const QString &e164);

} // namespace sb

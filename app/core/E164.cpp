#include "E164.h"

#include <QCoreApplication>

namespace sb {

namespace {

E164Result failure(E164Error code, const QString &message)
{
    E164Result result;
    result.code = code;
    result.error = message;
    return result;
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

// Formatting an agent may paste: ASCII separators, any Unicode space or dash, and invisible
// direction marks that come along when copying from right-to-left text.
bool isIgnorableFormatting(char32_t ucs)
{
    if (ucs == U'-' || ucs == U'(' || ucs == U')' || ucs == U'.')
        return true;
    if (QChar::isSpace(ucs))
        return true;
    const QChar::Category category = QChar::category(ucs);
    return category == QChar::Punctuation_Dash || category == QChar::Other_Format;
}

} // namespace

E164Result normalizeE164(const QString &input, const QString &defaultCountryCode)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        return failure(E164Error::Empty,
                       QCoreApplication::translate("sb::E164",
                                                   "Enter a phone number, including the country "
                                                   "code (for example +1 650 555 1234)."));
    }

    QString digits;
    int plusCount = 0;
    bool plusAfterDigit = false;
    QString firstLetter;
    QString firstInvalid;
    const auto codePoints = trimmed.toUcs4();
    for (const char32_t ucs : codePoints) {
        if (QChar::isDigit(ucs)) {
            digits.append(QChar(u'0' + QChar::digitValue(ucs)));
        } else if (ucs == U'+') {
            ++plusCount;
            if (!digits.isEmpty())
                plusAfterDigit = true;
        } else if (isIgnorableFormatting(ucs)) {
            continue;
        } else if (QChar::isLetter(ucs)) {
            if (firstLetter.isEmpty())
                firstLetter = QString::fromUcs4(&ucs, 1);
        } else if (firstInvalid.isEmpty()) {
            firstInvalid = QString::fromUcs4(&ucs, 1);
        }
    }

    if (!firstLetter.isEmpty()) {
        return failure(E164Error::Letters,
                       QCoreApplication::translate("sb::E164",
                                                   "A phone number can only contain digits; "
                                                   "remove the letters (\u201c%1\u201d). Spaces, "
                                                   "dashes, dots, brackets and a leading + are "
                                                   "fine.")
                           .arg(firstLetter));
    }
    if (!firstInvalid.isEmpty()) {
        return failure(E164Error::InvalidCharacter,
                       QCoreApplication::translate("sb::E164",
                                                   "\u201c%1\u201d is not allowed in a phone "
                                                   "number. Use digits, with optional spaces, "
                                                   "dashes, dots, brackets and a leading +.")
                           .arg(firstInvalid));
    }
    if (plusCount > 1) {
        return failure(E164Error::MultiplePlus,
                       QCoreApplication::translate("sb::E164",
                                                   "Use a single + sign, in front of the country "
                                                   "code."));
    }
    if (plusAfterDigit) {
        return failure(E164Error::MisplacedPlus,
                       QCoreApplication::translate("sb::E164",
                                                   "The + sign must come first, right before the "
                                                   "country code."));
    }
    if (digits.isEmpty()) {
        return failure(E164Error::Empty,
                       QCoreApplication::translate("sb::E164",
                                                   "Enter a phone number, including the country "
                                                   "code (for example +1 650 555 1234)."));
    }

    const bool hasPlus = plusCount == 1;
    const bool hasDoubleZero = !hasPlus && digits.startsWith(QLatin1String("00"));
    if (hasPlus || hasDoubleZero) {
        if (hasDoubleZero)
            digits.remove(0, 2);
        if (digits.startsWith(u'0')) {
            return failure(E164Error::InvalidCountryCode,
                           QCoreApplication::translate("sb::E164",
                                                       "Country codes never start with 0; check "
                                                       "the digits after %1.")
                               .arg(hasPlus ? QStringLiteral("+") : QStringLiteral("00")));
        }
    } else if (digits.startsWith(u'0')) {
        return failure(E164Error::NationalTrunkPrefix,
                       QCoreApplication::translate("sb::E164",
                                                   "This number starts with 0, which only works "
                                                   "for calls inside one country. Enter + and the "
                                                   "country code, then the number (usually "
                                                   "without that 0)."));
    } else {
        QString countryCode = defaultCountryCode.trimmed();
        if (countryCode.isEmpty()) {
            return failure(E164Error::MissingCountryCode,
                           QCoreApplication::translate("sb::E164",
                                                       "Add the country code: start the number "
                                                       "with + (for example +1 650 555 1234 or "
                                                       "+44 20 7946 0958)."));
        }
        if (countryCode.startsWith(u'+'))
            countryCode.remove(0, 1);
        if (!isAsciiDigits(countryCode) || countryCode.size() > 3 || countryCode.startsWith(u'0')) {
            return failure(E164Error::InvalidDefaultCountryCode,
                           QCoreApplication::translate("sb::E164",
                                                       "The business country code \u201c%1\u201d "
                                                       "is not valid; it must be 1 to 3 digits "
                                                       "not starting with 0, such as 1 or 44.")
                               .arg(defaultCountryCode));
        }
        // The Cloud API prepends the business number's country code to numbers without +.
        digits.prepend(countryCode);
    }

    if (digits.size() < kE164MinDigits) {
        return failure(E164Error::TooShort,
                       QCoreApplication::translate("sb::E164",
                                                   "This number is too short: %n digit(s) with "
                                                   "the country code, but a full international "
                                                   "number has at least %1.",
                                                   nullptr, int(digits.size()))
                           .arg(kE164MinDigits));
    }
    if (digits.size() > kE164MaxDigits) {
        return failure(E164Error::TooLong,
                       QCoreApplication::translate("sb::E164",
                                                   "This number is too long: %n digit(s) with "
                                                   "the country code, but international numbers "
                                                   "have at most %1.",
                                                   nullptr, int(digits.size()))
                           .arg(kE164MaxDigits));
    }

    E164Result result;
    result.e164 = u'+' + digits;
    return result;
}

QString waIdFromE164(const QString &e164)
{
    if (!e164.startsWith(u'+'))
        return {};
    const QStringView digits = QStringView(e164).mid(1);
    return isAsciiDigits(digits) ? digits.toString() : QString();
}

} // namespace sb

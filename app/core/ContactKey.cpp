#include "ContactKey.h"

#include "E164.h"

namespace sb {

namespace {

constexpr int kBsuidMaxBodyLength = 128;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isBsuidBody(QStringView body)
{
    if (body.isEmpty() || body.size() > kBsuidMaxBodyLength)
        return false;
    for (QChar c : body) {
        if (!isAsciiAlnum(c))
            return false;
    }
    return true;
}

bool hasCountryPrefix(QStringView text)
{
    return text.size() > 3 && text[0] >= u'A' && text[0] <= u'Z' && text[1] >= u'A'
        && text[1] <= u'Z' && text[2] == u'.';
}

QString normalizedWaId(const QString &waId)
{
    QString digits = waId.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    return digits;
}

// Both the E.164 form and its wa_id shape: a wa_id is the phone's digits for most customers.
QString normalizedPhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    const E164Result result = normalizeE164(phone);
    return result.ok() ? *result.e164 : QString();
}

bool sharedNonEmpty(const QString &a, const QString &b)
{
    return !a.isEmpty() && a == b;
}

} // namespace

bool isParentBsuid(const QString &text)
{
    const QStringView view(text);
    return hasCountryPrefix(view) && view.mid(3).startsWith(QLatin1String("ENT."))
        && isBsuidBody(view.mid(7));
}

bool isBsuid(const QString &text)
{
    const QStringView view(text);
    return isParentBsuid(text) || (hasCountryPrefix(view) && isBsuidBody(view.mid(3)));
}

QString contactKey(const ContactIdentity &identity)
{
    const QString parent = identity.parentUserId.trimmed();
    if (!parent.isEmpty())
        return QLatin1String("bsuid:") + parent;
    const QString user = identity.userId.trimmed();
    if (!user.isEmpty())
        return QLatin1String("bsuid:") + user;
    const QString waId = normalizedWaId(identity.waId);
    if (!waId.isEmpty())
        return QLatin1String("wa:") + waId;
    const QString phone = normalizedPhone(identity.phone);
    if (!phone.isEmpty())
        return QLatin1String("phone:") + phone;
    return {};
}

bool sameContact(const ContactIdentity &a, const ContactIdentity &b)
{
    const QString parentA = a.parentUserId.trimmed();
    const QString parentB = b.parentUserId.trimmed();
    if (!parentA.isEmpty() && !parentB.isEmpty())
        return parentA == parentB;
    const QString userA = a.userId.trimmed();
    const QString userB = b.userId.trimmed();
    if (!userA.isEmpty() && !userB.isEmpty())
        return userA == userB;

    const QString waA = normalizedWaId(a.waId);
    const QString waB = normalizedWaId(b.waId);
    const QString phoneA = normalizedPhone(a.phone);
    const QString phoneB = normalizedPhone(b.phone);
    return sharedNonEmpty(waA, waB) || sharedNonEmpty(phoneA, phoneB)
        || sharedNonEmpty(waA, waIdFromE164(phoneB)) || sharedNonEmpty(waIdFromE164(phoneA), waB);
}

} // namespace sb

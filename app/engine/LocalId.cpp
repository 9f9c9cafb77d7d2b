#include "LocalId.h"

#include <QUuid>

namespace sb {

namespace {
constexpr QLatin1String kPrefix("sb-");
}

QString newLocalId()
{
    return kPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLocalId(QStringView text)
{
    if (!text.startsWith(kPrefix) || text.size() != kPrefix.size() + 36)
        return false;
    return !QUuid::fromString(text.mid(kPrefix.size())).isNull();
}

} // namespace sb

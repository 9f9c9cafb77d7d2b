#include "StoreError.h"

#include <utility>

namespace sb {

QString StoreError::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QLatin1String(" (") + detail + QLatin1Char(')');
}

StoreException::StoreException(StoreError error)
    : m_error(std::move(error))
    , m_what(m_error.toString().toUtf8())
{
}

} // namespace sb

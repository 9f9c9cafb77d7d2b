#pragma once

#include "DeliveryStatus.h"
#include "SqlStatement.h"

#include <QVariant>

#include <optional>

// Column helpers shared by MessageRepository's two source files.
namespace sb::messagerows {

inline std::optional<StatusError> errorFrom(const SqlStatement &q, int codeColumn)
{
    if (q.isNull(codeColumn) && q.isNull(codeColumn + 1))
        return std::nullopt;
    return StatusError{static_cast<int>(q.int64(codeColumn)), q.text(codeColumn + 1),
                       q.text(codeColumn + 2)};
}

inline std::optional<bool> optionalBool(const SqlStatement &q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.boolean(column);
}

inline QVariant boolOrNull(const std::optional<bool> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace sb::messagerows

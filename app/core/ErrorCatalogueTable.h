#pragma once

#include "ErrorCatalogue.h"

#include <span>

namespace sb::detail {

// One row of the error catalogue. Texts are untranslated sources (QT_TRANSLATE_NOOP in the
// "sb::ErrorCatalogue" context); ErrorCatalogue::lookup() translates them.
struct ErrorEntry
{
    int code;
    ErrorClass cls;
    NextAction action;
    qint64 delaySeconds; // ErrorInfo::suggestedDelay
    int maxAutoRetries; // > 0 means the dispatcher may retry on its own
    const char *title;
    const char *explanation;
    const char *fix;
};

inline constexpr char kErrorContext[] = "sb::ErrorCatalogue";

// Sorted by code, each code once (checked at compile time).
std::span<const ErrorEntry> errorTable();

} // namespace sb::detail

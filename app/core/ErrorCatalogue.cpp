#include "ErrorCatalogue.h"

#include "Backoff.h"
#include "ErrorCatalogueTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb {

using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

QString translated(const char *source)
{
    return QCoreApplication::translate(detail::kErrorContext, source);
}

const detail::ErrorEntry *findEntry(int code)
{
    const auto table = detail::errorTable();
    const auto it = std::lower_bound(
        table.begin(), table.end(), code,
        [](const detail::ErrorEntry &entry, int wanted) { return entry.code < wanted; });
    return (it != table.end() && it->code == code) ? &*it : nullptr;
}

ErrorInfo fromEntry(const detail::ErrorEntry &entry, int code)
{
    ErrorInfo info;
    info.code = code;
    info.cls = entry.cls;
    info.title = translated(entry.title);
    info.explanation = translated(entry.explanation);
    info.fix = translated(entry.fix);
    info.action = entry.action;
    info.suggestedDelay = seconds(entry.delaySeconds);
    info.maxAutoRetries = entry.maxAutoRetries;
    info.autoRetry = entry.maxAutoRetries > 0;
    return info;
}

} // namespace

ErrorInfo ErrorCatalogue::lookup(int code)
{
    if (const auto *entry = findEntry(code)) {
        ErrorInfo info = fromEntry(*entry, code);
        info.known = true;
        return info;
    }
    return unknownCodeInfo(code);
}

bool ErrorCatalogue::contains(int code)
{
    return findEntry(code) != nullptr;
}

QList<int> ErrorCatalogue::codes()
{
    QList<int> result;
    result.reserve(qsizetype(detail::errorTable().size()));
    for (const auto &entry : detail::errorTable())
        result.append(entry.code);
    return result;
}

ErrorInfo ErrorCatalogue::unknownCodeInfo(int code)
{
    // Graph documents 200-299 as one family of permission errors.
    if (code > 200 && code <= 299) {
        if (const auto *permission = findEntry(200))
            return fromEntry(*permission, code);
    }

    ErrorInfo info;
    info.code = code;
    info.known = false;
    if (code >= 132000 && code <= 132999) {
        info.cls = ErrorClass::FixRequest;
        info.action = NextAction::OpenTemplatePicker;
        info.title = QCoreApplication::translate("sb::ErrorCatalogue", "Template problem");
        info.explanation = QCoreApplication::translate(
                               "sb::ErrorCatalogue",
                               "WhatsApp rejected the template message with error code %1, "
                               "which Switchboard does not know in detail.")
                               .arg(code);
        info.fix = QCoreApplication::translate(
            "sb::ErrorCatalogue",
            "Check the template and its variables, or pick another template. Sending it again "
            "unchanged is likely to fail again.");
        return info;
    }

    info.cls = ErrorClass::RetryWithBackoff;
    info.action = NextAction::Retry;
    info.title = QCoreApplication::translate("sb::ErrorCatalogue", "Unrecognized error");
    info.explanation = QCoreApplication::translate("sb::ErrorCatalogue",
                                                   "WhatsApp returned error code %1, which "
                                                   "Switchboard does not recognize.")
                           .arg(code);
    info.fix = QCoreApplication::translate(
        "sb::ErrorCatalogue",
        "Switchboard retries a few times. If the message still fails, read the error details "
        "and contact Meta support if needed.");
    info.suggestedDelay = seconds(2);
    info.autoRetry = true;
    info.maxAutoRetries = kUnknownMaxAutoRetries;
    return info;
}

QString ErrorCatalogue::className(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::RetryWithBackoff:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Temporary, retrying");
    case ErrorClass::RetryRecipientLater:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Paused for this customer");
    case ErrorClass::Wait24h:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Try again tomorrow");
    case ErrorClass::TerminalForRecipient:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Cannot reach this customer");
    case ErrorClass::FixRequest:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Needs a change");
    case ErrorClass::ReAuthenticate:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Reconnect the account");
    case ErrorClass::StopAccount:
        return QCoreApplication::translate("sb::ErrorCatalogue", "Account blocked");
    }
    return {};
}

milliseconds backoffDelay(ErrorClass cls, int attempt, quint32 randomValue)
{
    switch (cls) {
    case ErrorClass::RetryWithBackoff:
        return fullJitterDelay(kBackoffBase, kBackoffCap, attempt, randomValue);
    case ErrorClass::RetryRecipientLater:
        return pairRateDelay(attempt);
    case ErrorClass::Wait24h:
        return std::chrono::hours(24);
    case ErrorClass::TerminalForRecipient:
    case ErrorClass::FixRequest:
    case ErrorClass::ReAuthenticate:
    case ErrorClass::StopAccount:
        break;
    }
    return milliseconds::zero();
}

milliseconds backoffDelay(const ErrorInfo &info, int attempt, quint32 randomValue)
{
    const milliseconds base = info.suggestedDelay;
    switch (info.cls) {
    case ErrorClass::RetryWithBackoff:
        if (base <= milliseconds::zero())
            break;
        return fullJitterDelay(base, std::max(kBackoffCap, base), attempt, randomValue);
    case ErrorClass::Wait24h:
        if (base <= milliseconds::zero())
            break;
        return base;
    case ErrorClass::RetryRecipientLater:
    case ErrorClass::TerminalForRecipient:
    case ErrorClass::FixRequest:
    case ErrorClass::ReAuthenticate:
    case ErrorClass::StopAccount:
        break;
    }
    return backoffDelay(info.cls, attempt, randomValue);
}

} // namespace sb

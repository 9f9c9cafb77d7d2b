#include "SendVerdict.h"

#include <algorithm>

namespace sb {

namespace {

using Action = SendVerdict::Action;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::SendVerdict)
};

// A transport failure described like a catalogue entry, so the UI shows it the same way.
ErrorInfo transportInfo(const GraphFailure &failure)
{
    ErrorInfo info;
    info.code = 0;
    info.known = false;
    info.cls = ErrorClass::RetryWithBackoff;
    info.title = Text::tr("Outcome unknown");
    info.explanation = failure.explanation();
    info.fix =
        Text::tr("Switchboard does not send it again on its own: WhatsApp may already have it. "
                 "The message is updated as soon as WhatsApp reports its status; if it never "
                 "does, send it again yourself.");
    info.action = NextAction::None;
    return info;
}

SendVerdict fromApi(const ApiError &api, int attemptsMade, quint32 randomValue)
{
    SendVerdict verdict;
    verdict.info = ErrorCatalogue::lookup(api.code);
    verdict.code = api.code;
    verdict.title = api.message.isEmpty() ? verdict.info.title : api.message;
    verdict.details = api.details;
    verdict.retryIndex = std::max(0, attemptsMade - 1);
    const bool retriesLeft =
        verdict.info.autoRetry && verdict.retryIndex < verdict.info.maxAutoRetries;

    switch (verdict.info.cls) {
    case ErrorClass::ReAuthenticate:
        verdict.action = Action::Pause;
        verdict.pause = PauseReason::ReAuthenticate;
        return verdict;
    case ErrorClass::StopAccount:
        verdict.action = Action::Pause;
        verdict.pause = PauseReason::StopAccount;
        return verdict;
    case ErrorClass::TerminalForRecipient:
    case ErrorClass::FixRequest:
        verdict.action = Action::Fail;
        return verdict;
    case ErrorClass::RetryRecipientLater:
        verdict.action = retriesLeft ? Action::RetryRecipient : Action::Fail;
        return verdict;
    case ErrorClass::Wait24h:
    case ErrorClass::RetryWithBackoff:
        if (!retriesLeft) {
            verdict.action = Action::Fail;
            return verdict;
        }
        verdict.action = api.code == 130429 ? Action::SlowDown : Action::Retry;
        verdict.delay = backoffDelay(verdict.info, verdict.retryIndex, randomValue);
        return verdict;
    }
    verdict.action = Action::Fail;
    return verdict;
}

} // namespace

SendVerdict judgeFailure(const GraphFailure &failure, int attemptsMade, quint32 randomValue)
{
    if (failure.kind == FailureKind::Api && failure.api)
        return fromApi(*failure.api, attemptsMade, randomValue);

    SendVerdict verdict;
    verdict.info = transportInfo(failure);
    verdict.title = failure.explanation();
    verdict.retryIndex = std::max(0, attemptsMade - 1);
    switch (failure.kind) {
    case FailureKind::InvalidRequest:
        verdict.action = Action::Pause;
        verdict.pause = PauseReason::Configuration;
        verdict.info.title = Text::tr("Not sent");
        verdict.info.fix = Text::tr("Check the phone number's settings and its access token.");
        return verdict;
    case FailureKind::InvalidResponse:
        if (failure.httpStatus >= 400 && failure.httpStatus < 500 && failure.httpStatus != 408) {
            // Refused by something in between before the platform saw it: safe to send again.
            ErrorInfo unknown = ErrorCatalogue::unknownCodeInfo(0);
            verdict.info.autoRetry = true;
            verdict.info.maxAutoRetries = unknown.maxAutoRetries;
            verdict.info.suggestedDelay = unknown.suggestedDelay;
            verdict.info.title = Text::tr("Refused before reaching WhatsApp");
            if (verdict.retryIndex < unknown.maxAutoRetries) {
                verdict.action = Action::Retry;
                verdict.delay = backoffDelay(verdict.info, verdict.retryIndex, randomValue);
            } else {
                verdict.action = Action::Fail;
            }
            return verdict;
        }
        verdict.action = Action::Unknown;
        return verdict;
    case FailureKind::Api: // an Api failure without its error body cannot be judged
    case FailureKind::Network:
    case FailureKind::Timeout:
    case FailureKind::Cancelled:
    case FailureKind::Integrity:
    case FailureKind::LocalFile:
        verdict.action = Action::Unknown;
        return verdict;
    }
    verdict.action = Action::Unknown;
    return verdict;
}

QString pauseReasonName(PauseReason reason)
{
    switch (reason) {
    case PauseReason::None:
        return QStringLiteral("none");
    case PauseReason::ReAuthenticate:
        return QStringLiteral("reauthenticate");
    case PauseReason::StopAccount:
        return QStringLiteral("stop_account");
    case PauseReason::Configuration:
        return QStringLiteral("configuration");
    }
    return QStringLiteral("none");
}

QString pauseReasonText(PauseReason reason)
{
    switch (reason) {
    case PauseReason::None:
        return QString();
    case PauseReason::ReAuthenticate:
        return Text::tr("Sending from this number is paused: WhatsApp no longer accepts its access "
                        "token. Save a new token to resume; queued messages are kept.");
    case PauseReason::StopAccount:
        return Text::tr(
            "Sending from this number is paused: WhatsApp blocked sends for the account or "
            "number. Check the account's health, then resume; queued messages are kept.");
    case PauseReason::Configuration:
        return Text::tr(
            "Sending from this number is paused: Switchboard could not build a valid "
            "request (missing token or invalid phone number id). Fix the settings, then "
            "resume; queued messages are kept.");
    }
    return QString();
}

} // namespace sb

#pragma once

#include "ErrorCatalogue.h"
#include "GraphError.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace sb {

// Why a number's dispatcher stopped sending until someone acts.
enum class PauseReason {
    None,
    ReAuthenticate, // the access token expired or was revoked (190, 0, ...): a new token resumes
    StopAccount, // the account or number is blocked, locked, unpaid or unregistered
    Configuration, // the client refused to send (no token, bad phone number id): nothing left
};

// What the dispatcher does with a send that did not end in "accepted" (spec §8, §15.3).
struct SendVerdict
{
    enum class Action {
        Retry, // back to the queue, not before now + delay
        RetryRecipient, // 131056: only this recipient waits (the pair limiter sets when)
        SlowDown, // 130429: the number's throughput is cut, then the same as Retry
        Fail, // terminal: the message ends failed with the catalogue's explanation
        Unknown, // the request may have been accepted: never re-sent automatically
        Pause, // back to the queue as it was; the number stops until resumed
    };

    Action action = Action::Fail;
    std::chrono::milliseconds delay{0}; // Retry and SlowDown
    int retryIndex = 0; // 0 for the first retry (the backoff exponent)
    PauseReason pause = PauseReason::None;
    ErrorInfo info; // the catalogue entry (Api failures), or a description of the transport failure
    std::optional<int> code; // the Graph error code; nullopt when no API error came back
    QString title; // what Meta said (its message), or the transport failure's explanation
    QString details; // error_data.details
};

// Judges one failed send. `attemptsMade` counts the requests sent for this message so far,
// including this one, so attemptsMade - 1 retries were used. `randomValue` feeds the full jitter.
//
// - Api: by the catalogue's class. Retries stop after ErrorInfo::maxAutoRetries, and a class
//   the catalogue does not auto-retry (e.g. Wait24h 131049: "do not resend now") fails at once
//   with the catalogue's explanation; the agent may send it again as a new message later.
// - Timeout, Network, Cancelled, and an unreadable 2xx/5xx answer: the request may have reached
//   the platform, so the outcome is Unknown (resolved by the status webhook, never re-sent).
// - An unreadable 4xx answer (a proxy refusing the request) and InvalidRequest: nothing reached
//   the platform. The former is retried like an unknown error code; InvalidRequest pauses the
//   number (Configuration) because every later send would be refused the same way.
SendVerdict judgeFailure(const GraphFailure &failure, int attemptsMade, quint32 randomValue);

QString pauseReasonName(PauseReason reason); // stable, for logs and storage
// One translated sentence for an alert or banner.
QString pauseReasonText(PauseReason reason);

} // namespace sb

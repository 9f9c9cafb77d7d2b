#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace sb {

// What the sender should do about a Graph / Cloud API error code (spec §8, §15.3).
enum class ErrorClass {
    RetryWithBackoff, // transient: retry the same request later, exponential backoff + jitter
    RetryRecipientLater, // pair rate (131056): only this recipient waits, 4^n s
    Wait24h, // a per-user or enforcement cap: do not hot-retry, try again after a day or more
    TerminalForRecipient, // this recipient cannot get this message: never retry automatically
    FixRequest, // the request itself is wrong: retrying it unchanged fails again
    ReAuthenticate, // the access token is expired, revoked or lacks permissions
    StopAccount, // the account or number is blocked, locked, unpaid or unregistered
};

// The one thing the UI should offer next.
enum class NextAction {
    None,
    Retry, // offer "Retry" once automatic retries are used up
    WaitAndRetry, // offer "Retry" after ErrorInfo::suggestedDelay
    OpenTemplatePicker, // switch the composer to template mode (e.g. 131047)
    EditMessage, // reopen the failed message in the composer
    EditTemplate, // open the template in the template manager
    RefreshTemplates, // reload the template cache
    ReconnectAccount, // ask an admin for a new access token
    CheckAccountHealth, // open the account health panel
    CheckQuality, // open the quality / messaging limit view
    FixBilling, // payment method and credit line in WhatsApp Manager
    RegisterNumber, // (re-)register the business phone number
    UnblockUser, // the business blocked this user
    ReachOutOtherChannel, // contact the customer another way
    VerifyIdentity, // re-verify the customer out of band
    RequestCallPermission, // Calling API: ask the user for call permission first
    ContactSupport,
};

struct ErrorInfo
{
    int code = 0;
    bool known = false; // false: the code is not in the catalogue and got the safe default
    ErrorClass cls = ErrorClass::FixRequest;
    QString title; // short, for a list or badge
    QString explanation; // plain language, for an agent who does not know the API
    QString fix; // what to do about it
    NextAction action = NextAction::None;
    // The wait before the first retry (backoff base), or the fixed wait for Wait24h.
    std::chrono::seconds suggestedDelay{0};
    bool autoRetry = false; // the dispatcher may retry on its own
    int maxAutoRetries = 0; // automatic retries allowed before giving up (0 when !autoRetry)
};

class ErrorCatalogue
{
public:
    // Never fails: unknown codes get unknownCodeInfo(code).
    static ErrorInfo lookup(int code);
    static bool contains(int code);
    static QList<int> codes(); // every catalogued code, ascending

    // Unknown codes: a bounded RetryWithBackoff (kUnknownMaxAutoRetries attempts). An error
    // response means the message was not accepted, so a retry cannot duplicate it; a couple
    // of spaced retries recover the transient failures new codes most often are, and then the
    // message fails visibly with its code instead of looping. Two families get their
    // documented class instead: 132xxx (template problems, §15.3) -> FixRequest and 200-299
    // (Graph API permission errors) -> ReAuthenticate.
    static constexpr int kUnknownMaxAutoRetries = 2;
    static ErrorInfo unknownCodeInfo(int code);

    static QString className(ErrorClass cls); // translated, for the UI
};

// Backoff defaults per class (see Backoff.h for the jitter formula).
inline constexpr std::chrono::milliseconds kBackoffBase{1000};
inline constexpr std::chrono::milliseconds kBackoffCap{5 * 60 * 1000};

// The wait before retry number `attempt` (0 = first retry):
// - RetryWithBackoff: full jitter in [0, min(kBackoffCap, kBackoffBase * 2^attempt)];
// - RetryRecipientLater: 4^attempt s (1, 4, 16, 64, 256, then 256); randomValue is unused;
// - Wait24h: 24 h;
// - every other class: 0, because it is never retried automatically (check autoRetry).
std::chrono::milliseconds backoffDelay(ErrorClass cls, int attempt, quint32 randomValue);

// As above, but a RetryWithBackoff entry uses its own suggestedDelay as the base (e.g. 60 s for
// maintenance mode, 131057), capped at max(kBackoffCap, suggestedDelay); a Wait24h entry
// waits its suggestedDelay.
std::chrono::milliseconds backoffDelay(const ErrorInfo &info, int attempt, quint32 randomValue);

} // namespace sb

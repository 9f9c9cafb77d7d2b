#include "ErrorCatalogueTable.h"

#include <QtGlobal>

#include <algorithm>
#include <iterator>

// The catalogue is data: one row per code of spec §8 (main table and "others on the page").
// Classes follow spec §15.3; texts are written for an agent, not for a developer.

namespace sb::detail {
namespace {

using C = ErrorClass;
using A = NextAction;
constexpr qint64 kDay = 24 * 60 * 60;

constexpr ErrorEntry kTable[] = {
    {0, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Authentication failed"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Meta could not authenticate Switchboard: the access token expired, was "
                       "revoked, or access to the account was withdrawn."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to reconnect the account with a new system-user "
                       "token. Queued messages are sent afterwards.")},
    {1, C::RetryWithBackoff, A::Retry, 2, 4,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "WhatsApp service error"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp's servers reported an unexpected internal problem. This is "
                       "usually temporary."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically. If it keeps failing, check the "
                       "WhatsApp Business platform status page.")},
    {2, C::RetryWithBackoff, A::Retry, 2, 4,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "WhatsApp service unavailable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The WhatsApp service was temporarily unavailable, for example during "
                       "maintenance."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically. If it keeps failing, check the "
                       "WhatsApp Business platform status page.")},
    {3, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Missing capability"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The app connected to this account lacks a capability or permission "
                       "that this action needs."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to check the app's permissions and reconnect the "
                       "account with a token that has them.")},
    {4, C::RetryWithBackoff, A::WaitAndRetry, 60, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Too many API calls"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The app made more calls to Meta than its allowance permits, so Meta "
                       "refuses further calls for a while."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard slows down and retries. If this happens often, an "
                       "administrator should check the application rate limit in the Meta App "
                       "Dashboard.")},
    {10, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Permission denied"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The access token does not have permission for this action, or the "
                       "permission was removed."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to reconnect the account with a token that "
                       "includes the WhatsApp messaging and management permissions.")},
    {33, C::StopAccount, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Phone number not found"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The business phone number this account uses no longer exists or its ID "
                       "is wrong, for example because the number was deleted."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Sending from this number is paused. Ask an administrator to check the "
                       "phone number in the account settings.")},
    {100, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Invalid request"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp rejected the request because a field is unknown, misspelled, "
                       "too long or duplicated. Sending it again unchanged fails again."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Edit the message and send it again. If it keeps failing, report it with "
                       "the error details.")},
    {190, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Access token expired"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The access token Switchboard uses for this account has expired, so "
                       "nothing can be sent until it is replaced."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to reconnect the account with a new token. The "
                       "message is retried once afterwards.")},
    {200, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "API permission missing"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The access token lacks a permission this action needs, or the "
                       "permission was withdrawn."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to reconnect the account with a token that has the "
                       "required permissions.")},
    {368, C::StopAccount, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Blocked for policy violations"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Meta has temporarily blocked this WhatsApp Business account from sending "
                       "because it broke a WhatsApp policy."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Sending is paused. An administrator should read the notice under Policy "
                       "Enforcement in WhatsApp Manager and correct or appeal it.")},
    {80007, C::RetryWithBackoff, A::WaitAndRetry, 60, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Account rate limit reached"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This WhatsApp Business account made too many API calls in a short "
                       "time."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard slows down and retries automatically. Reduce bulk actions if "
                       "it keeps happening.")},
    {130403, C::TerminalForRecipient, A::UnblockUser, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Customer is blocked"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Your business has blocked this customer, so WhatsApp does not deliver "
                       "messages to them."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Unblock the customer first if you want to message them again.")},
    {130429, C::RetryWithBackoff, A::Retry, 1, 8,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Sending too fast"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This phone number sent more messages per second than its throughput "
                       "allows."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Nothing to do: Switchboard slows down and sends the message again "
                       "automatically.")},
    {130472, C::TerminalForRecipient, A::None, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Customer is in a Meta experiment"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This customer's number is part of a Meta experiment on marketing "
                       "messages, so the message was not delivered."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Do not resend it; treat it as not delivered. Replies to messages the "
                       "customer sends still work.")},
    {130497, C::StopAccount, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Country restricted"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This account is not allowed to message users in the customer's "
                       "country."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Stop sending to this country. An administrator should check the "
                       "account's restrictions in WhatsApp Manager.")},
    {131000, C::RetryWithBackoff, A::Retry, 2, 4,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Something went wrong"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp could not send the message because of an unknown error on its "
                       "side."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically. If it keeps failing, contact Meta "
                       "support with the error details.")},
    {131005, C::ReAuthenticate, A::ReconnectAccount, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Access denied"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The access token is missing a permission for this action, or the "
                       "permission was removed."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to check the token's permissions and reconnect the "
                       "account.")},
    {131008, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Required field missing"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The message lacks a field WhatsApp requires, so it was rejected."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Edit the message, fill in what is missing, and send it again.")},
    {131009, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Invalid value"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "A value in the request is not valid, for example the message it refers "
                       "to no longer exists."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Edit the message and send it again; the error details name the "
                       "value.")},
    {131016, C::RetryWithBackoff, A::Retry, 5, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Service unavailable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "A WhatsApp service is temporarily overloaded or unavailable."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically. If it keeps failing, check the "
                       "WhatsApp Business platform status page.")},
    {131021, C::TerminalForRecipient, A::None, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Recipient is the sender"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The message was addressed to this business's own phone number."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Choose a different recipient: a number cannot message itself.")},
    {131026, C::TerminalForRecipient, A::ReachOutOtherChannel, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Message undeliverable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp could not deliver to this customer: the number may not use "
                       "WhatsApp, the customer may not have accepted the latest terms, their "
                       "app may be too old, or WhatsApp held the message back to protect their "
                       "experience."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Do not resend automatically. Reach the customer another way and ask "
                       "them to update WhatsApp if needed.")},
    {131031, C::StopAccount, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Account locked"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The WhatsApp Business account was locked, for a policy breach or "
                       "because a verification failed (for example a wrong two-step PIN)."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Sending is paused. An administrator should check the account health in "
                       "WhatsApp Manager.")},
    {131037, C::StopAccount, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Display name not approved"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This number cannot send messages yet because its display name has not "
                       "been approved."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "An administrator should get the display name approved in WhatsApp "
                       "Manager.")},
    {131042, C::StopAccount, A::FixBilling, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Payment problem"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The account has a billing problem: no valid payment method, a credit "
                       "line over its limit, a suspended account, or no time zone or currency "
                       "set."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Sending is paused until an administrator fixes billing in WhatsApp "
                       "Manager.")},
    {131045, C::StopAccount, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Number not registered correctly"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The business phone number is not correctly registered with the Cloud "
                       "API."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "An administrator should register the number again; then the message can "
                       "be retried.")},
    {131047, C::FixRequest, A::OpenTemplatePicker, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Conversation window closed"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "More than 24 hours have passed since the customer last wrote, so "
                       "WhatsApp only accepts an approved template message."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Pick a template to reopen the conversation.")},
    {131048, C::StopAccount, A::CheckQuality, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Spam limit reached"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Sending from this number is restricted because many customers blocked "
                       "it or reported it as spam."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Stop bulk sends and check the number's quality rating in WhatsApp "
                       "Manager before sending more.")},
    {131049, C::Wait24h, A::WaitAndRetry, kDay, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Held back for healthy engagement"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp did not deliver this marketing message to keep the customer's "
                       "experience healthy: they have received many marketing messages "
                       "lately."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Do not resend now. Try again in 24 hours at the earliest.")},
    {131050, C::TerminalForRecipient, A::None, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Customer stopped marketing messages"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The customer has opted out of marketing messages from your business."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Do not send marketing messages to this customer. Service replies are "
                       "still possible when they write to you.")},
    {131051, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Unsupported message type"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "WhatsApp does not support this type of message."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Send the content as a supported type, for example as text or as a "
                       "document.")},
    {131052, C::TerminalForRecipient, A::ReachOutOtherChannel, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Customer's media unavailable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The photo, video or file the customer sent could not be downloaded, for "
                       "example because it is too large or of an unsupported type."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask the customer to send it again another way, such as a smaller file "
                       "or a link.")},
    {131053, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Media upload failed"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The attachment could not be uploaded because its format is not "
                       "supported or does not match its file type."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Convert the file to a supported format and attach it again.")},
    {131056, C::RetryRecipientLater, A::WaitAndRetry, 1, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Too many messages to this customer"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Too many messages were sent to this one customer in a short time. "
                       "Other customers are not affected."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Nothing to do: Switchboard sends it again after a short pause.")},
    {131057, C::RetryWithBackoff, A::Retry, 60, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Account in maintenance"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The account is briefly in maintenance, for example while its "
                       "throughput is upgraded. This usually lasts under a minute."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically in about a minute.")},
    {131060, C::TerminalForRecipient, A::None, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Message unavailable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The content of this incoming message is not available. This happens "
                       "with the first message to a number shared with the WhatsApp Business "
                       "app."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Ask the customer to repeat it if it matters.")},
    {131063, C::FixRequest, A::CheckAccountHealth, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Marketing disabled on Cloud API"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Marketing messages are turned off for the Cloud API on this account."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Send marketing through the Marketing Messages API, or ask an "
                       "administrator to turn it back on for the Cloud API.")},
    {131064, C::Wait24h, A::EditTemplate, kDay, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Limit reduced for misclassified templates"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The messaging limit was reduced for a while because templates were "
                       "sent in the wrong category."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Correct the template categories and wait for the enforcement period to "
                       "end.")},
    {132000, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Wrong number of template variables"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The template was sent with a different number of variables than it "
                       "defines."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Fill in every variable of the template and send it again.")},
    {132001, C::FixRequest, A::RefreshTemplates, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template not found"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp has no approved template with this name in this language."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Refresh the templates, then check the template's name, language and "
                       "approval status.")},
    {132005, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template text too long"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "With the variables filled in, the template text is longer than "
                       "WhatsApp allows."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Shorten the variable values and send it again.")},
    {132007, C::FixRequest, A::EditTemplate, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template breaks a content rule"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The template's content breaks a WhatsApp formatting or content policy."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Edit the template so that it follows WhatsApp's template guidelines.")},
    {132012, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template variable in the wrong format"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "A variable value does not have the format the template defines, for "
                       "example text where a currency or a date is expected."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Correct the variable values and send it again.")},
    {132015, C::FixRequest, A::OpenTemplatePicker, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template paused"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The template is paused because of low quality ratings, so it cannot be "
                       "sent for now."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Pick another template, or edit this one. It can be used again once it "
                       "is reinstated.")},
    {132016, C::FixRequest, A::EditTemplate, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template disabled"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The template was paused too many times and is now permanently "
                       "disabled."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Create a new template to replace it.")},
    {132018, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Template parameter problem"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp found a problem with the template's parameters while "
                       "sending."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Check the variables named in the error details and send it again.")},
    {132068, C::FixRequest, A::EditMessage, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Flow blocked"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The Flow attached to this message is blocked, so it cannot be sent."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Send a different message or Flow, and ask an administrator to fix the "
                       "Flow.")},
    {132069, C::FixRequest, A::WaitAndRetry, 60 * 60, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Flow throttled"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The Flow attached to this message is throttled: only a few messages an "
                       "hour may use it."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Send a different message, or wait an hour and try again.")},
    {133000, C::StopAccount, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Incomplete deregistration"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "An earlier attempt to deregister this phone number did not finish."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "An administrator should deregister the number again, then register "
                       "it.")},
    {133004, C::RetryWithBackoff, A::Retry, 5, 5,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Server temporarily unavailable"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The WhatsApp server handling this number is temporarily unavailable."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Switchboard retries automatically. If it keeps failing, check the "
                       "WhatsApp Business platform status page.")},
    {133005, C::FixRequest, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Two-step PIN does not match"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The two-step verification PIN entered is not the one set for this "
                       "number."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Enter the correct PIN, or reset it in WhatsApp Manager.")},
    {133006, C::StopAccount, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Number needs verification"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The phone number must be verified again before it can be registered."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "An administrator should verify the number, then register it.")},
    {133008, C::StopAccount, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Too many PIN attempts"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Too many wrong two-step verification PINs were tried for this number, "
                       "so registration is locked for a while."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Wait for the time stated in the error details, then register with the "
                       "correct PIN.")},
    {133009, C::RetryWithBackoff, A::WaitAndRetry, 10, 2,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "PIN entered too fast"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Two-step verification PINs were tried too quickly one after another."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Wait a moment and try again.")},
    {133010, C::StopAccount, A::RegisterNumber, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Number not registered"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The business phone number is not registered on the Cloud API, so it "
                       "cannot send messages."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "An administrator should register the number.")},
    {133015, C::RetryWithBackoff, A::WaitAndRetry, 5 * 60, 3,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Wait before registering"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The number was deleted recently, and WhatsApp needs a few minutes "
                       "before it can be registered again."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Wait a few minutes, then register again.")},
    {133016, C::Wait24h, A::WaitAndRetry, 3 * kDay, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Registration limit reached"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "This number was registered or deregistered too many times recently."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Wait before trying again; the limit can last up to 72 hours.")},
    {134011, C::FixRequest, A::ContactSupport, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Account set-up problem"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp refused the request because of how this business account is "
                       "set up."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Ask an administrator to check the account in WhatsApp Manager, and "
                       "contact Meta support with the error details if it persists.")},
    {135000, C::FixRequest, A::ContactSupport, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Request rejected"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "WhatsApp rejected the request because of an unspecified problem with "
                       "its parameters."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Check the message and send it again. If it keeps failing, contact Meta "
                       "support with the error details.")},
    {137000, C::TerminalForRecipient, A::VerifyIdentity, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Customer identity changed"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The customer's WhatsApp identity changed, for example after a new phone "
                       "or a reinstall, and the identity check stopped the message."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "Confirm who the customer is another way before sending again.")},
    {138006, C::FixRequest, A::RequestCallPermission, 0, 0,
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "No call permission"),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue",
                       "The customer has not given your business permission to call them."),
     QT_TRANSLATE_NOOP("sb::ErrorCatalogue", "Ask the customer for call permission first.")},
};

constexpr bool strictlyAscending()
{
    return std::adjacent_find(
               std::begin(kTable), std::end(kTable),
               [](const ErrorEntry &a, const ErrorEntry &b) { return a.code >= b.code; })
        == std::end(kTable);
}
static_assert(strictlyAscending(), "the error table must be sorted by code, each code once");

} // namespace

std::span<const ErrorEntry> errorTable()
{
    return kTable;
}

} // namespace sb::detail

#pragma once

#include "DeliveryStatus.h"
#include "Message.h"
#include "ParseIssue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

// Typed events from one webhook POST, as domain facts (parsed in sb_cloudapi, stored by sb_store)
// (spec §5.3-§5.5, §12). Every event keeps where it came from and the raw `value` object, so
// nothing the parser does not model is lost.
namespace sb {

using ParseProblem = ParseIssue;

struct WebhookOrigin
{
    QString wabaId; // entry[].id
    QDateTime entryTime; // entry[].time, when sent (management fields)
    QString field; // changes[].field
    QString phoneNumberId; // value.metadata.phone_number_id
    QString displayPhoneNumber; // value.metadata.display_phone_number
    QJsonObject value; // the whole changes[].value, shared (implicitly) by its events

    friend bool operator==(const WebhookOrigin &, const WebhookOrigin &) = default;
};

// An element of value.errors[] or statuses[].errors[].
struct WebhookError
{
    int code = 0;
    QString title;
    QString message;
    QString details; // error_data.details
    QString href;

    StatusError toStatusError() const { return StatusError{code, title, details}; }
    friend bool operator==(const WebhookError &, const WebhookError &) = default;
};

// value.contacts[]: who wrote, in both the phone and the BSUID world.
struct WebhookContact
{
    QString profileName;
    QString waId;
    QString userId; // BSUID
    QString parentUserId;
    QString username;
    QString identityKeyHash;

    friend bool operator==(const WebhookContact &, const WebhookContact &) = default;
};

struct InboundMessageEvent
{
    WebhookOrigin origin;
    Message message;
    WebhookContact contact; // joined from contacts[] by wa_id / user_id; empty for system messages
    QString fromParentUserId; // messages[].from_parent_user_id

    friend bool operator==(const InboundMessageEvent &, const InboundMessageEvent &) = default;
};

struct StatusConversation
{
    QString id;
    QDateTime expiration; // only on "sent"
    QString originType; // marketing, utility, service, ...

    friend bool operator==(const StatusConversation &, const StatusConversation &) = default;
};

struct StatusPricing
{
    std::optional<bool> billable; // slated for deprecation
    QString pricingModel; // PMP (CBP before 2025-07-01)
    QString type; // regular | free_customer_service | free_entry_point
    QString category;

    friend bool operator==(const StatusPricing &, const StatusPricing &) = default;
};

struct StatusEvent
{
    WebhookOrigin origin;
    QString messageId; // wamid
    QString status; // the wire spelling, kept even when unknown
    std::optional<DeliveryState> state; // sent/delivered/read/played/failed; nullopt otherwise
    QDateTime timestamp;
    QString recipientId; // phone, BSUID or group id; may be absent for BSUID sends
    QString recipientUserId;
    QString recipientParentUserId;
    QString recipientType; // "group" for group sends, else empty
    QString recipientParticipantId;
    QString recipientIdentityKeyHash;
    QString bizOpaqueCallbackData; // our local id
    std::optional<StatusConversation> conversation; // omitted from v24.0 on, mostly
    std::optional<StatusPricing> pricing;
    QList<WebhookError> errors;

    friend bool operator==(const StatusEvent &, const StatusEvent &) = default;
};

// value.errors[] on a `messages` change that carries no message: a system-level problem.
struct SystemErrorEvent
{
    WebhookOrigin origin;
    QList<WebhookError> errors;

    friend bool operator==(const SystemErrorEvent &, const SystemErrorEvent &) = default;
};

// The three ids every template webhook names.
struct TemplateRef
{
    QString id; // message_template_id (a number on the wire, kept as text)
    QString name;
    QString language;

    friend bool operator==(const TemplateRef &, const TemplateRef &) = default;
};

struct TemplateStatusEvent
{
    WebhookOrigin origin;
    TemplateRef tmpl;
    QString event; // APPROVED, REJECTED, PAUSED, DISABLED, ...
    QString reason; // may be empty (null when scheduled for deletion)
    QString category;
    QString disableDate; // disable_info.disable_date, as sent
    QString otherInfoTitle; // FIRST_PAUSE, SECOND_PAUSE, RATE_LIMITING_PAUSE, UNPAUSE, DISABLED
    QString otherInfoDescription;
    QString rejectionReason; // rejection_info.reason
    QString rejectionRecommendation;

    friend bool operator==(const TemplateStatusEvent &, const TemplateStatusEvent &) = default;
};

struct TemplateQualityEvent
{
    WebhookOrigin origin;
    TemplateRef tmpl;
    QString previousQualityScore; // GREEN / YELLOW / RED / UNKNOWN
    QString newQualityScore;

    friend bool operator==(const TemplateQualityEvent &, const TemplateQualityEvent &) = default;
};

struct TemplateCategoryEvent
{
    WebhookOrigin origin;
    TemplateRef tmpl;
    bool impending = false; // 24 h notice (correct_category given) vs a completed change
    QString previousCategory;
    QString newCategory;
    QString correctCategory;
    QDateTime categoryUpdateTime; // impending only

    friend bool operator==(const TemplateCategoryEvent &, const TemplateCategoryEvent &) = default;
};

struct TemplateButtonInfo
{
    QString type;
    QString text;
    QString url;
    QString phoneNumber;

    friend bool operator==(const TemplateButtonInfo &, const TemplateButtonInfo &) = default;
};

struct TemplateComponentsEvent
{
    WebhookOrigin origin;
    TemplateRef tmpl;
    QString element; // the body text
    QString title;
    QString footer;
    QList<TemplateButtonInfo> buttons;

    friend bool operator==(const TemplateComponentsEvent &,
                           const TemplateComponentsEvent &) = default;
};

struct PhoneQualityEvent
{
    WebhookOrigin origin;
    QString displayPhoneNumber;
    QString event; // ONBOARDING, THROUGHPUT_UPGRADE; legacy FLAGGED, UNFLAGGED, DOWNGRADE, UPGRADE
    QString currentLimit; // TIER_* (removed Feb 2026)
    QString oldLimit;
    QString maxDailyConversationsPerBusiness; // TIER_* or a number, as sent

    // True for the events older payloads carried and the current reference no longer lists.
    bool isLegacyEvent() const;
    friend bool operator==(const PhoneQualityEvent &, const PhoneQualityEvent &) = default;
};

struct CapabilityEvent
{
    WebhookOrigin origin;
    // -1 means unlimited; nullopt when the field is absent.
    std::optional<qint64> maxDailyConversationPerPhone; // removed Feb 2026, still parsed
    std::optional<qint64> maxDailyConversationsPerBusiness;
    std::optional<qint64> maxPhoneNumbersPerBusiness;
    std::optional<qint64> maxPhoneNumbersPerWaba;

    static constexpr qint64 Unlimited = -1;
    friend bool operator==(const CapabilityEvent &, const CapabilityEvent &) = default;
};

struct AccountRestriction
{
    QString type;
    QDateTime expiration;
    QString remediation;

    friend bool operator==(const AccountRestriction &, const AccountRestriction &) = default;
};

struct VolumeTierInfo
{
    QDateTime tierUpdateTime; // duplicates happen: keep the smallest
    QString pricingCategory;
    QString tier; // "25000001:50000000"
    QString effectiveMonth; // "2025-11"
    QString region;

    friend bool operator==(const VolumeTierInfo &, const VolumeTierInfo &) = default;
};

struct AccountUpdateEvent
{
    WebhookOrigin origin;
    QString event; // ACCOUNT_RESTRICTION, ACCOUNT_VIOLATION, DISABLED_UPDATE, ...
    QString phoneNumber; // value.phone_number when present
    QList<AccountRestriction> restrictions; // restriction_info[]
    QString violationType; // violation_info.violation_type
    QString banState; // ban_info.waba_ban_state
    QString banDate; // ban_info.waba_ban_date, as sent
    std::optional<VolumeTierInfo> volumeTier;
    QString disconnectionReason; // disconnection_info.reason
    QString disconnectionInitiatedBy;
    // The sub-objects as they came, for everything the fields above do not cover.
    QJsonValue restrictionInfo;
    QJsonValue violationInfo;
    QJsonValue banInfo;
    QJsonValue volumeTierInfo;
    QJsonValue disconnectionInfo;

    friend bool operator==(const AccountUpdateEvent &, const AccountUpdateEvent &) = default;
};

struct AccountAlertEvent
{
    WebhookOrigin origin;
    QString entityType;
    QString entityId;
    QString alertSeverity;
    QString alertStatus;
    QString alertType;
    QString alertDescription;

    friend bool operator==(const AccountAlertEvent &, const AccountAlertEvent &) = default;
};

struct UserPreference
{
    QString waId;
    QString userId;
    QString detail;
    QString category; // marketing_messages
    QString value; // stop / resume (exact strings unconfirmed)
    QDateTime timestamp;

    friend bool operator==(const UserPreference &, const UserPreference &) = default;
};

struct UserPreferencesEvent
{
    WebhookOrigin origin;
    QList<WebhookContact> contacts;
    QList<UserPreference> preferences;

    friend bool operator==(const UserPreferencesEvent &, const UserPreferencesEvent &) = default;
};

// Any field this build does not model (calls, history, smb_message_echoes, ...): kept verbatim.
struct UnknownFieldEvent
{
    WebhookOrigin origin;
    QString field;
    QJsonValue value;

    friend bool operator==(const UnknownFieldEvent &, const UnknownFieldEvent &) = default;
};

using WebhookEvent =
    std::variant<InboundMessageEvent, StatusEvent, SystemErrorEvent, TemplateStatusEvent,
                 TemplateQualityEvent, TemplateCategoryEvent, TemplateComponentsEvent,
                 PhoneQualityEvent, CapabilityEvent, AccountUpdateEvent, AccountAlertEvent,
                 UserPreferencesEvent, UnknownFieldEvent>;

struct WebhookParseResult
{
    QList<WebhookEvent> events; // in payload order: entries, then changes, then items
    QList<ParseProblem> problems; // paths like "entry[0].changes[1].value.statuses[2].timestamp"
    bool validJson = false; // false: the body was not a JSON object at all

    bool isClean() const { return validJson && problems.isEmpty(); }
};

} // namespace sb

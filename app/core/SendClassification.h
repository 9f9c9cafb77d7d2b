#pragma once

#include "Message.h"
#include "Template.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace sb {

// `pricing.category` of status webhooks (spec §5.4); also `conversation.origin.type`.
enum class PricingCategory {
    Service,
    Marketing,
    Utility,
    Authentication,
    AuthenticationInternational,
    MarketingLite,
    ReferralConversion,
    Unknown,
};

// `pricing.type` of status webhooks (spec §5.4).
enum class PricingType { Regular, FreeCustomerService, FreeEntryPoint, Unknown };

// What a send is expected to cost. Paid means billed once delivered (spec §7.2).
enum class ExpectedCharge { Free, Paid, Unknown };

// Parsing is trimmed and case-insensitive and never fails: unknown values become Unknown.
// Both "authentication-international" (the docs' pricing spelling) and
// "authentication_international" (the origin.type spelling) are accepted.
PricingCategory pricingCategoryFromWire(QStringView wire);
// Lower-case underscore spellings, "authentication_international" included; empty for Unknown.
QString pricingCategoryWireName(PricingCategory category);
PricingType pricingTypeFromWire(QStringView wire);
QString pricingTypeWireName(PricingType type);
PricingCategory pricingCategoryOf(TemplateCategory category);

// The first day service messages and in-window utility templates are charged (spec §7.2).
QDate serviceChargesStart();

// How the platform will treat one outgoing message (spec §7).
struct SendClassification
{
    // Service for free-form messages, else the template's category. The platform may still
    // bill an authentication template as AuthenticationInternational; only it knows.
    PricingCategory category = PricingCategory::Unknown;
    // Free-form needs an open customer-service window (else error 131047); approved templates
    // can always be sent; inbound-only kinds never.
    bool allowed = false;
    // Free when nothing can be sent (allowed == false): a blocked send costs nothing.
    ExpectedCharge expectedCharge = ExpectedCharge::Unknown;
    // The `pricing.type` the status webhook should report; Unknown when not sendable.
    PricingType pricingType = PricingType::Unknown;
    QString explanation; // translated, one or two sentences for the composer

    friend bool operator==(const SendClassification &, const SendClassification &) = default;
};

// `sendDate` is the UTC date of the send. The rules are per-message pricing (from 2025-07-01):
// before serviceChargesStart() service messages and utility templates inside an open window are
// free; from that day both are charged. Marketing and authentication templates are always
// charged; an active free-entry-point window makes every message free. An invalid date leaves
// date-dependent charges Unknown. `templateCategory` is only read for MessageKind::Template;
// missing or Unknown gives category Unknown and, outside an FEP window, charge Unknown.
SendClassification classifySend(MessageKind kind, std::optional<TemplateCategory> templateCategory,
                                bool windowOpen, bool freeEntryPointActive, QDate sendDate);

} // namespace sb

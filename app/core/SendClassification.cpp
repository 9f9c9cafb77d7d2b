#include "SendClassification.h"

#include <QCoreApplication>

#include <array>

namespace sb {

namespace {

struct CategoryName
{
    PricingCategory category;
    const char *wire;
};

// The first entry per category is its canonical name.
constexpr std::array kCategoryNames{
    CategoryName{PricingCategory::Service, "service"},
    CategoryName{PricingCategory::Marketing, "marketing"},
    CategoryName{PricingCategory::Utility, "utility"},
    CategoryName{PricingCategory::Authentication, "authentication"},
    CategoryName{PricingCategory::AuthenticationInternational, "authentication_international"},
    CategoryName{PricingCategory::AuthenticationInternational, "authentication-international"},
    CategoryName{PricingCategory::MarketingLite, "marketing_lite"},
    CategoryName{PricingCategory::ReferralConversion, "referral_conversion"},
};

struct TypeName
{
    PricingType type;
    const char *wire;
};

constexpr std::array kTypeNames{
    TypeName{PricingType::Regular, "regular"},
    TypeName{PricingType::FreeCustomerService, "free_customer_service"},
    TypeName{PricingType::FreeEntryPoint, "free_entry_point"},
};

SendClassification result(PricingCategory category, bool allowed, ExpectedCharge charge,
                          PricingType type, const QString &explanation)
{
    return SendClassification{category, allowed, charge, type, explanation};
}

SendClassification classifyFreeForm(bool windowOpen, bool freeEntryPoint, QDate sendDate)
{
    const PricingCategory service = PricingCategory::Service;
    if (!windowOpen) {
        return result(
            service, false, ExpectedCharge::Free, PricingType::Unknown,
            QCoreApplication::translate(
                "sb::SendClassification",
                "The customer-service window is closed: the customer has not written "
                "or called in the last 24 hours. Only an approved template can be sent."));
    }
    if (freeEntryPoint) {
        return result(service, true, ExpectedCharge::Free, PricingType::FreeEntryPoint,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "Free: the conversation started from an ad or a Page button, so every "
                          "message is free for 72 hours after the first reply."));
    }
    if (!sendDate.isValid()) {
        return result(service, true, ExpectedCharge::Unknown, PricingType::Unknown,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "The send date is unknown, so whether this reply is charged cannot be "
                          "predicted."));
    }
    if (sendDate < serviceChargesStart()) {
        return result(service, true, ExpectedCharge::Free, PricingType::FreeCustomerService,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "Free: replies inside the customer-service window are not charged "
                          "until 30 September 2026."));
    }
    return result(service, true, ExpectedCharge::Paid, PricingType::Regular,
                  QCoreApplication::translate(
                      "sb::SendClassification",
                      "Charged: since 1 October 2026 every reply inside the customer-service "
                      "window is billed per delivered message."));
}

SendClassification classifyUtility(bool windowOpen, QDate sendDate)
{
    const PricingCategory utility = PricingCategory::Utility;
    if (!windowOpen) {
        return result(utility, true, ExpectedCharge::Paid, PricingType::Regular,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "Charged: utility templates sent outside the customer-service window "
                          "are billed per delivered message."));
    }
    if (!sendDate.isValid()) {
        return result(utility, true, ExpectedCharge::Unknown, PricingType::Unknown,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "The send date is unknown, so whether this utility template is charged "
                          "cannot be predicted."));
    }
    if (sendDate < serviceChargesStart()) {
        return result(utility, true, ExpectedCharge::Free, PricingType::FreeCustomerService,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "Free: utility templates sent inside the customer-service window are "
                          "not charged until 30 September 2026."));
    }
    return result(utility, true, ExpectedCharge::Paid, PricingType::Regular,
                  QCoreApplication::translate(
                      "sb::SendClassification",
                      "Charged: since 1 October 2026 utility templates are billed even inside "
                      "the customer-service window."));
}

SendClassification classifyTemplate(std::optional<TemplateCategory> templateCategory,
                                    bool windowOpen, bool freeEntryPoint, QDate sendDate)
{
    const TemplateCategory category = templateCategory.value_or(TemplateCategory::Unknown);
    const PricingCategory pricing = pricingCategoryOf(category);
    if (freeEntryPoint) {
        return result(pricing, true, ExpectedCharge::Free, PricingType::FreeEntryPoint,
                      QCoreApplication::translate(
                          "sb::SendClassification",
                          "Free: the conversation started from an ad or a Page button, so every "
                          "message, templates included, is free for 72 hours after the first "
                          "reply."));
    }
    switch (category) {
    case TemplateCategory::Marketing:
        return result(pricing, true, ExpectedCharge::Paid, PricingType::Regular,
                      QCoreApplication::translate("sb::SendClassification",
                                                  "Charged: marketing templates are billed per "
                                                  "delivered message."));
    case TemplateCategory::Authentication:
        return result(pricing, true, ExpectedCharge::Paid, PricingType::Regular,
                      QCoreApplication::translate("sb::SendClassification",
                                                  "Charged: authentication templates are billed "
                                                  "per delivered message."));
    case TemplateCategory::Utility:
        return classifyUtility(windowOpen, sendDate);
    case TemplateCategory::Unknown:
        break;
    }
    return result(pricing, true, ExpectedCharge::Unknown, PricingType::Unknown,
                  QCoreApplication::translate("sb::SendClassification",
                                              "The template's category is unknown, so the charge "
                                              "cannot be predicted."));
}

} // namespace

PricingCategory pricingCategoryFromWire(QStringView wire)
{
    const QStringView trimmed = wire.trimmed();
    for (const auto &entry : kCategoryNames) {
        if (trimmed.compare(QLatin1String(entry.wire), Qt::CaseInsensitive) == 0)
            return entry.category;
    }
    return PricingCategory::Unknown;
}

QString pricingCategoryWireName(PricingCategory category)
{
    for (const auto &entry : kCategoryNames) {
        if (entry.category == category)
            return QLatin1String(entry.wire);
    }
    return {};
}

PricingType pricingTypeFromWire(QStringView wire)
{
    const QStringView trimmed = wire.trimmed();
    for (const auto &entry : kTypeNames) {
        if (trimmed.compare(QLatin1String(entry.wire), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return PricingType::Unknown;
}

QString pricingTypeWireName(PricingType type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.wire);
    }
    return {};
}

PricingCategory pricingCategoryOf(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Marketing:
        return PricingCategory::Marketing;
    case TemplateCategory::Utility:
        return PricingCategory::Utility;
    case TemplateCategory::Authentication:
        return PricingCategory::Authentication;
    case TemplateCategory::Unknown:
        break;
    }
    return PricingCategory::Unknown;
}

QDate serviceChargesStart()
{
    return QDate(2026, 10, 1);
}

SendClassification classifySend(MessageKind kind, std::optional<TemplateCategory> templateCategory,
                                bool windowOpen, bool freeEntryPointActive, QDate sendDate)
{
    if (isInboundOnly(kind)) {
        return result(PricingCategory::Unknown, false, ExpectedCharge::Free, PricingType::Unknown,
                      QCoreApplication::translate("sb::SendClassification",
                                                  "Only customers send this kind of message; a "
                                                  "business cannot send it."));
    }
    if (kind == MessageKind::Template)
        return classifyTemplate(templateCategory, windowOpen, freeEntryPointActive, sendDate);
    return classifyFreeForm(windowOpen, freeEntryPointActive, sendDate);
}

} // namespace sb

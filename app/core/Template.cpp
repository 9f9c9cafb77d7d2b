#include "Template.h"

#include <array>
#include <cstddef>

namespace sb {

namespace {

template<typename Enum>
struct WireName
{
    Enum value;
    const char *wire;
};

template<typename Enum, std::size_t N>
QString wireNameOf(const std::array<WireName<Enum>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.wire);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum fromWireIn(const std::array<WireName<Enum>, N> &table, QStringView wire, Enum fallback)
{
    const QStringView trimmed = wire.trimmed();
    for (const auto &entry : table) {
        if (trimmed.compare(QLatin1String(entry.wire), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return fallback;
}

constexpr std::array kCategories{
    WireName<TemplateCategory>{TemplateCategory::Marketing, "MARKETING"},
    WireName<TemplateCategory>{TemplateCategory::Utility, "UTILITY"},
    WireName<TemplateCategory>{TemplateCategory::Authentication, "AUTHENTICATION"},
};

constexpr std::array kStatuses{
    WireName<TemplateStatus>{TemplateStatus::Approved, "APPROVED"},
    WireName<TemplateStatus>{TemplateStatus::Pending, "PENDING"},
    WireName<TemplateStatus>{TemplateStatus::Rejected, "REJECTED"},
    WireName<TemplateStatus>{TemplateStatus::Paused, "PAUSED"},
    WireName<TemplateStatus>{TemplateStatus::Disabled, "DISABLED"},
    WireName<TemplateStatus>{TemplateStatus::InAppeal, "IN_APPEAL"},
    WireName<TemplateStatus>{TemplateStatus::Archived, "ARCHIVED"},
    WireName<TemplateStatus>{TemplateStatus::PendingDeletion, "PENDING_DELETION"},
    WireName<TemplateStatus>{TemplateStatus::Locked, "LOCKED"},
    WireName<TemplateStatus>{TemplateStatus::LimitExceeded, "LIMIT_EXCEEDED"},
    WireName<TemplateStatus>{TemplateStatus::Flagged, "FLAGGED"},
};

constexpr std::array kQualities{
    WireName<TemplateQuality>{TemplateQuality::Green, "GREEN"},
    WireName<TemplateQuality>{TemplateQuality::Yellow, "YELLOW"},
    WireName<TemplateQuality>{TemplateQuality::Red, "RED"},
    WireName<TemplateQuality>{TemplateQuality::Unknown, "UNKNOWN"},
};

constexpr std::array kParameterFormats{
    WireName<TemplateParameterFormat>{TemplateParameterFormat::Positional, "POSITIONAL"},
    WireName<TemplateParameterFormat>{TemplateParameterFormat::Named, "NAMED"},
};

constexpr std::array kHeaderFormats{
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Text, "TEXT"},
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Image, "IMAGE"},
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Video, "VIDEO"},
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Gif, "GIF"},
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Document, "DOCUMENT"},
    WireName<TemplateHeaderFormat>{TemplateHeaderFormat::Location, "LOCATION"},
};

constexpr std::array kButtonTypes{
    WireName<TemplateButtonType>{TemplateButtonType::QuickReply, "QUICK_REPLY"},
    WireName<TemplateButtonType>{TemplateButtonType::Url, "URL"},
    WireName<TemplateButtonType>{TemplateButtonType::PhoneNumber, "PHONE_NUMBER"},
    WireName<TemplateButtonType>{TemplateButtonType::CopyCode, "COPY_CODE"},
    WireName<TemplateButtonType>{TemplateButtonType::Flow, "FLOW"},
    WireName<TemplateButtonType>{TemplateButtonType::Otp, "OTP"},
    WireName<TemplateButtonType>{TemplateButtonType::Catalog, "CATALOG"},
    WireName<TemplateButtonType>{TemplateButtonType::Mpm, "MPM"},
    WireName<TemplateButtonType>{TemplateButtonType::Spm, "SPM"},
    WireName<TemplateButtonType>{TemplateButtonType::VoiceCall, "VOICE_CALL"},
    WireName<TemplateButtonType>{TemplateButtonType::SendLocation, "SEND_LOCATION"},
    WireName<TemplateButtonType>{TemplateButtonType::OrderDetails, "ORDER_DETAILS"},
    WireName<TemplateButtonType>{TemplateButtonType::Extension, "EXTENSION"},
    WireName<TemplateButtonType>{TemplateButtonType::Postback, "POSTBACK"},
    WireName<TemplateButtonType>{TemplateButtonType::Reminder, "REMINDER"},
};

} // namespace

QString templateCategoryWireName(TemplateCategory category)
{
    return wireNameOf(kCategories, category);
}

TemplateCategory templateCategoryFromWire(QStringView wire)
{
    return fromWireIn(kCategories, wire, TemplateCategory::Unknown);
}

QString templateStatusWireName(TemplateStatus status)
{
    return wireNameOf(kStatuses, status);
}

TemplateStatus templateStatusFromWire(QStringView wire)
{
    if (wire.trimmed().compare(QLatin1String("REINSTATED"), Qt::CaseInsensitive) == 0)
        return TemplateStatus::Approved;
    return fromWireIn(kStatuses, wire, TemplateStatus::Unknown);
}

QString templateQualityWireName(TemplateQuality quality)
{
    return wireNameOf(kQualities, quality);
}

TemplateQuality templateQualityFromWire(QStringView wire)
{
    return fromWireIn(kQualities, wire, TemplateQuality::Unknown);
}

QString templateParameterFormatWireName(TemplateParameterFormat format)
{
    return wireNameOf(kParameterFormats, format);
}

TemplateParameterFormat templateParameterFormatFromWire(QStringView wire)
{
    return fromWireIn(kParameterFormats, wire, TemplateParameterFormat::Positional);
}

QString templateHeaderFormatWireName(TemplateHeaderFormat format)
{
    return wireNameOf(kHeaderFormats, format);
}

TemplateHeaderFormat templateHeaderFormatFromWire(QStringView wire)
{
    return fromWireIn(kHeaderFormats, wire, TemplateHeaderFormat::Unknown);
}

QString templateButtonTypeWireName(TemplateButtonType type)
{
    return wireNameOf(kButtonTypes, type);
}

TemplateButtonType templateButtonTypeFromWire(QStringView wire)
{
    return fromWireIn(kButtonTypes, wire, TemplateButtonType::Unknown);
}

} // namespace sb

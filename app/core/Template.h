#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The definition side of a template (spec §6): what Meta approved and what the picker shows.
// The send side (`template{name, language, components}`) lives in TemplateContent.h; the JSON
// mapping lives in the cloudapi layer. Wire-name parsing is case-insensitive and never fails:
// values this build does not know become Unknown.
namespace sb {

enum class TemplateCategory { Marketing, Utility, Authentication, Unknown };

enum class TemplateStatus {
    Approved,
    Pending,
    Rejected,
    Paused,
    Disabled,
    InAppeal,
    Archived,
    PendingDeletion,
    Locked,
    LimitExceeded,
    Flagged,
    Unknown,
};

enum class TemplateQuality { Green, Yellow, Red, Unknown };

// POSITIONAL ({{1}}) is the platform default; NAMED uses {{lower_snake}} names.
enum class TemplateParameterFormat { Positional, Named };

enum class TemplateHeaderFormat { Text, Image, Video, Gif, Document, Location, Unknown };

enum class TemplateButtonType {
    QuickReply,
    Url,
    PhoneNumber,
    CopyCode,
    Flow,
    Otp, // a special URL button of authentication templates
    Catalog,
    Mpm,
    Spm,
    VoiceCall,
    SendLocation,
    OrderDetails,
    Extension,
    Postback,
    Reminder,
    Unknown,
};

// One example value of the definition. Positional examples have an empty name and are in
// placeholder order ({{1}} first); named examples carry their param_name.
struct TemplateExampleValue
{
    QString name;
    QString value;

    friend bool operator==(const TemplateExampleValue &, const TemplateExampleValue &) = default;
};

struct TemplateHeaderDef
{
    TemplateHeaderFormat format = TemplateHeaderFormat::Text;
    QString text; // TEXT headers only
    QList<TemplateExampleValue> examples; // header_text / header_text_named_params
    QString mediaExample; // header_handle[0] of media headers

    friend bool operator==(const TemplateHeaderDef &, const TemplateHeaderDef &) = default;
};

struct TemplateBodyDef
{
    QString text;
    QList<TemplateExampleValue> examples; // body_text[0] / body_text_named_params

    friend bool operator==(const TemplateBodyDef &, const TemplateBodyDef &) = default;
};

struct TemplateButtonDef
{
    TemplateButtonType type = TemplateButtonType::Unknown;
    QString text; // the label
    QString url; // URL buttons; may end in {{1}}
    QString phoneNumber; // PHONE_NUMBER buttons
    QString example; // URL: example for {{1}} (or a full example URL); COPY_CODE: the code

    friend bool operator==(const TemplateButtonDef &, const TemplateButtonDef &) = default;
};

struct TemplateDefinition
{
    QString id;
    QString name;
    QString language; // e.g. en_US
    TemplateCategory category = TemplateCategory::Unknown;
    TemplateStatus status = TemplateStatus::Unknown;
    TemplateQuality quality = TemplateQuality::Unknown;
    TemplateParameterFormat parameterFormat = TemplateParameterFormat::Positional;
    std::optional<TemplateHeaderDef> header;
    TemplateBodyDef body;
    std::optional<QString> footer;
    QList<TemplateButtonDef> buttons;
    QString rejectionReason; // e.g. INCORRECT_CATEGORY; empty unless rejected

    friend bool operator==(const TemplateDefinition &, const TemplateDefinition &) = default;
};

// Wire names are the upper-case API spellings (APPROVED, MARKETING, GREEN, NAMED, IMAGE,
// QUICK_REPLY). Unknown values have an empty wire name, except TemplateQuality::Unknown which
// the API itself spells UNKNOWN.
QString templateCategoryWireName(TemplateCategory category);
TemplateCategory templateCategoryFromWire(QStringView wire);
QString templateStatusWireName(TemplateStatus status);
// Also accepts the status webhook's REINSTATED event, which means APPROVED again.
TemplateStatus templateStatusFromWire(QStringView wire);
QString templateQualityWireName(TemplateQuality quality);
// NA (no data yet) is Unknown.
TemplateQuality templateQualityFromWire(QStringView wire);
QString templateParameterFormatWireName(TemplateParameterFormat format);
// Anything but NAMED is the platform default, POSITIONAL.
TemplateParameterFormat templateParameterFormatFromWire(QStringView wire);
QString templateHeaderFormatWireName(TemplateHeaderFormat format);
TemplateHeaderFormat templateHeaderFormatFromWire(QStringView wire);
QString templateButtonTypeWireName(TemplateButtonType type);
TemplateButtonType templateButtonTypeFromWire(QStringView wire);

} // namespace sb

#pragma once

#include "MessageContent.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
#include <span>

// The one table of platform limits (spec §1.2-§1.8, §3, §4, §6.1-§6.2), written as data with its
// source noted. The validator (Validator.h), the template-definition checks
// (TemplateButtonRules.h) and the generic checks (LimitCheck.h) read every number from here.
//
// Where the product brief disagrees with the spec, §4's current docs win: list rows are limited
// to 10 in total across sections, a list body may have 4096 characters, a list header is text
// only and template button labels have 25 characters.
namespace sb {

enum class LimitId {
    // envelope (§1.1, §1.8)
    RecipientTo,
    ContextMessageId,
    ReactionNoContext,
    OutboundKind,
    BodyMatchesKind,
    // text (§1.2)
    TextBody,
    // media messages (§1.3, §3)
    MediaSource,
    MediaLinkHttps,
    MediaCaption,
    MediaCaptionNotAllowed,
    MediaFilenameNotAllowed,
    MediaMimeType,
    DocumentMimeType,
    ImageFileSize,
    VideoFileSize,
    AudioFileSize,
    DocumentFileSize,
    StickerStaticFileSize,
    StickerAnimatedFileSize,
    VoiceMimeType,
    VoicePlayIconSize,
    // location, location request, contacts (§1.4, §1.5)
    LocationLatitude,
    LocationLongitude,
    LocationRequestBody,
    ContactsCount,
    ContactFormattedName,
    // reply buttons (§4 M-BTN)
    ButtonHeaderText,
    ButtonBody,
    ButtonFooter,
    ReplyButtonCount,
    ReplyButtonId,
    ReplyButtonTitle,
    ReplyButtonIdUnique,
    ReplyButtonTitleUnique,
    // list (§4 M-LIST)
    ListHeaderTextOnly,
    ListHeaderText,
    ListBody,
    ListFooter,
    ListButtonLabel,
    ListSectionCount,
    ListRowsTotal,
    ListSectionRows,
    ListSectionTitle,
    ListRowId,
    ListRowIdUnique,
    ListRowTitle,
    ListRowDescription,
    // CTA URL (§4 M-CTA)
    CtaHeaderText,
    CtaBody,
    CtaFooter,
    CtaDisplayText,
    CtaUrl,
    CtaButtonCount,
    // commerce (§1.6, §4)
    ProductCatalogId,
    ProductRetailerId,
    ProductBody,
    ProductFooter,
    ProductListHeaderRequired,
    ProductListHeaderText,
    ProductListBody,
    ProductListFooter,
    MultiProductSections,
    MultiProductTotal,
    MultiProductPerSection,
    MultiProductSectionTitle,
    MultiProductSectionTitleRequired,
    CatalogBody,
    CatalogFooter,
    // flow (§1.6 FLOWS)
    FlowHeaderText,
    FlowBody,
    FlowFooter,
    FlowIdOrName,
    FlowCta,
    FlowCtaLength,
    FlowCtaEmoji,
    FlowActionValue,
    FlowModeValue,
    FlowMessageVersion,
    FlowPayloadData,
    // media carousel (§1.6, §4 M-CAR); the message model has no carousel yet, see LimitCheck.h
    CarouselCardCount,
    CarouselBody,
    CarouselCardBody,
    CarouselCardBodyLineBreaks,
    CarouselButtonLabel,
    CarouselQuickReplyId,
    // reaction (§1.8)
    ReactionMessageId,
    ReactionEmoji,
    // template send structure (§1.7) and names shared with the definition (§4)
    TemplateName,
    TemplateNamePattern,
    TemplateLanguageCode,
    TemplateLanguagePolicy,
    TemplateComponentUnique,
    TemplateButtonSubType,
    TemplateButtonIndex,
    TemplateButtonIndexUnique,
    TemplateParameterValue,
    TemplateParameterKind,
    TemplateParameterNaming,
    TemplateCurrencyCode,
    TemplateHeaderVariables,
    // template definition (§4 TPL-COMP, §6.1-§6.2)
    TemplateHeaderText,
    TemplateBody,
    TemplateFooter,
    TemplateButtonsTotal,
    TemplateQuickReplyCount,
    TemplateUrlButtonCount,
    TemplatePhoneButtonCount,
    TemplateCopyCodeCount,
    TemplateButtonLabel,
    TemplateVoiceCallLabel,
    TemplateUrl,
    TemplateUrlVariable,
    TemplatePhoneNumber,
    TemplateCopyCodeValue,
    TemplateQuickReplyContiguous,

    Count // not a limit: the number of entries
};

enum class LimitUnit {
    Characters, // Unicode code points, see PlatformText.h
    Items, // list entries, buttons, line breaks
    Bytes,
    Degrees,
    Index, // a zero-based position
    Rule, // no number: a structural rule (exclusive fields, allowed values, uniqueness, pattern)
};

// Errors make the platform refuse the send; warnings are advice (it sends, but looks worse).
enum class Severity { Error, Warning };

inline constexpr qint64 kUnbounded = std::numeric_limits<qint64>::max();

struct LimitEntry
{
    LimitId id;
    const char *key; // stable name, e.g. "ListRowTitle" (JSON output, test names)
    // Wire path pattern: "[*]" is any index, "{a,b}" any one alternative ("{,x.}" = optional).
    const char *path;
    const char *rule; // length, count, size, range, index, required, exclusive, pattern, ...
    qint64 min;
    qint64 max; // kUnbounded when there is no upper bound
    LimitUnit unit;
    Severity severity;
    const char *source; // spec section and source tag, e.g. "§4 M-LIST"
    const char *noun; // translatable (context "sb::Limits"), singular: "row title"
    const char *nounPlural; // translatable, for Items: "rows"; otherwise nullptr
    const char *pattern; // regular expression for rule "pattern"; otherwise nullptr
    const char *hint; // translatable extra sentence for the fix; may be nullptr
};

// The entry of `id`. Never fails: the table has one entry per LimitId, in enum order.
const LimitEntry &limit(LimitId id);
// Every entry, in LimitId order.
std::span<const LimitEntry> limitTable();
// Translated noun of an entry ("row title"); the plural form for Items when `plural`.
QString limitNoun(const LimitEntry &entry, bool plural = false);

// Media types accepted per kind (spec §3), as data.
struct MediaTypeEntry
{
    MediaKind kind;
    const char *mimeType;
    const char *extension; // without the dot
};

std::span<const MediaTypeEntry> mediaTypeTable();
QStringList allowedMimeTypes(MediaKind kind);
// Case-insensitive; parameters such as "; codecs=opus" are ignored.
bool isAllowedMimeType(MediaKind kind, QStringView mimeType);
// The size limit of a kind; stickers differ for animated and static files.
LimitId mediaSizeLimit(MediaKind kind, bool animatedSticker = false);

} // namespace sb

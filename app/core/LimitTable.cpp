#include "Limits.h"

#include <QtGlobal>

#include <array>

// The data of Limits.h. Numbers and sources are those of /work/shared/spec/cloud-api.md; a
// source tag such as "§4 M-LIST" names the spec section and the Meta page it was read from.
// "MODEL" marks a rule of our own message model rather than of the platform.
namespace sb {

namespace {

constexpr const char *kPatternTemplateName = "^[a-z0-9_]+$";
constexpr const char *kPatternCurrencyCode = "^[A-Z]{3}$";

constexpr qint64 kKB = 1000; // decimal units, see kTable's comment
constexpr qint64 kMB = 1000 * kKB;

constexpr LimitEntry chars(LimitId id, const char *key, const char *path, qint64 min, qint64 max,
                           const char *source, const char *noun, const char *hint = nullptr,
                           Severity severity = Severity::Error)
{
    const char *rule = (min >= 1 && max == kUnbounded) ? "required" : "length";
    return {id,       key,    path, rule,    min,     max, LimitUnit::Characters,
            severity, source, noun, nullptr, nullptr, hint};
}

constexpr LimitEntry items(LimitId id, const char *key, const char *path, qint64 min, qint64 max,
                           const char *source, const char *noun, const char *plural,
                           const char *hint = nullptr)
{
    return {id,     key,  path,   "count", min, max, LimitUnit::Items, Severity::Error,
            source, noun, plural, nullptr, hint};
}

constexpr LimitEntry bytes(LimitId id, const char *key, const char *path, qint64 max,
                           const char *source, const char *noun, const char *hint,
                           Severity severity = Severity::Error)
{
    return {id,       key,    path, "size",  0,       max, LimitUnit::Bytes,
            severity, source, noun, nullptr, nullptr, hint};
}

constexpr LimitEntry degrees(LimitId id, const char *key, const char *path, qint64 bound,
                             const char *source, const char *noun)
{
    return {id,     key,  path,    "range", -bound, bound, LimitUnit::Degrees, Severity::Error,
            source, noun, nullptr, nullptr, nullptr};
}

constexpr LimitEntry position(LimitId id, const char *key, const char *path, qint64 max,
                              const char *source, const char *noun)
{
    return {id,     key,  path,    "index", 0,      max, LimitUnit::Index, Severity::Error,
            source, noun, nullptr, nullptr, nullptr};
}

constexpr LimitEntry rule(LimitId id, const char *key, const char *path, const char *ruleName,
                          const char *source, const char *noun, const char *hint = nullptr,
                          Severity severity = Severity::Error, const char *pattern = nullptr)
{
    return {id,       key,    path, ruleName, 0,       0,   LimitUnit::Rule,
            severity, source, noun, nullptr,  pattern, hint};
}

#define SB_LIMIT(name) LimitId::name, #name

// Optional path prefixes of a media object: a message, an interactive header, a template
// header parameter.
#define SB_MEDIA_AT "{,interactive.header.,template.components[*].parameters[*].}"

// File sizes use decimal units (1 MB = 1,000,000 bytes): Meta states them as "5 MB" without
// saying which, and the smaller reading never lets an oversize file through.
constexpr std::array kTable{
    // envelope
    chars(SB_LIMIT(RecipientTo), "to", 1, kUnbounded, "§1.1 M-SEND",
          QT_TRANSLATE_NOOP("sb::Limits", "recipient (to)")),
    chars(SB_LIMIT(ContextMessageId), "context.message_id", 1, kUnbounded, "§1.8 M-CTX",
          QT_TRANSLATE_NOOP("sb::Limits", "id of the message replied to")),
    rule(SB_LIMIT(ReactionNoContext), "context", "not_allowed", "§1.8 M-CTX",
         QT_TRANSLATE_NOOP("sb::Limits", "reply context")),
    rule(SB_LIMIT(OutboundKind), "type", "allowed_values", "§1.1 M-SEND, §5.3 WH-MSG",
         QT_TRANSLATE_NOOP("sb::Limits", "message type")),
    rule(SB_LIMIT(BodyMatchesKind), "type", "consistency", "MODEL",
         QT_TRANSLATE_NOOP("sb::Limits", "message content")),
    // text
    chars(SB_LIMIT(TextBody), "text.body", 1, 4096, "§1.2 M-TEXT",
          QT_TRANSLATE_NOOP("sb::Limits", "message text")),
    // media messages
    rule(SB_LIMIT(MediaSource), SB_MEDIA_AT "{image,video,audio,document,sticker}", "exclusive",
         "§1.3 M-IMG/M-VID/M-AUD/M-DOC/M-STK", QT_TRANSLATE_NOOP("sb::Limits", "media id or link")),
    rule(SB_LIMIT(MediaLinkHttps), SB_MEDIA_AT "{image,video,audio,document,sticker}.link",
         "https_url", "§1.3 M-IMG/M-VID/M-AUD/M-DOC/M-STK",
         QT_TRANSLATE_NOOP("sb::Limits", "media link")),
    chars(SB_LIMIT(MediaCaption), "{image,video,document}.caption", 0, 1024,
          "§1.3 M-IMG/M-VID/M-DOC", QT_TRANSLATE_NOOP("sb::Limits", "caption")),
    rule(SB_LIMIT(MediaCaptionNotAllowed), "{audio,sticker}.caption", "not_allowed",
         "§1.3 M-AUD/M-STK", QT_TRANSLATE_NOOP("sb::Limits", "caption")),
    rule(SB_LIMIT(MediaFilenameNotAllowed), "{image,video,audio,sticker}.filename", "not_allowed",
         "§1.3 M-DOC", QT_TRANSLATE_NOOP("sb::Limits", "file name")),
    rule(SB_LIMIT(MediaMimeType), SB_MEDIA_AT "{image,video,audio,sticker}.mime_type",
         "allowed_values", "§3 MEDIA", QT_TRANSLATE_NOOP("sb::Limits", "media type")),
    rule(SB_LIMIT(DocumentMimeType), SB_MEDIA_AT "document.mime_type", "allowed_values",
         "§3 MEDIA, M-DOC", QT_TRANSLATE_NOOP("sb::Limits", "document type"),
         QT_TRANSLATE_NOOP("sb::Limits",
                           "Other document types are delivered but may not display correctly."),
         Severity::Warning),
    bytes(SB_LIMIT(ImageFileSize), SB_MEDIA_AT "image.file_size", 5 * kMB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "image file"),
          QT_TRANSLATE_NOOP("sb::Limits", "Compress or scale down the image.")),
    bytes(SB_LIMIT(VideoFileSize), SB_MEDIA_AT "video.file_size", 16 * kMB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "video file"),
          QT_TRANSLATE_NOOP("sb::Limits", "Shorten the video or lower its bit rate.")),
    bytes(SB_LIMIT(AudioFileSize), "audio.file_size", 16 * kMB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "audio file"),
          QT_TRANSLATE_NOOP("sb::Limits", "Shorten the recording or lower its bit rate.")),
    bytes(SB_LIMIT(DocumentFileSize), SB_MEDIA_AT "document.file_size", 100 * kMB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "document file"),
          QT_TRANSLATE_NOOP("sb::Limits", "Split the document or send a link to it instead.")),
    bytes(SB_LIMIT(StickerStaticFileSize), "sticker.file_size", 100 * kKB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "static sticker file"), nullptr),
    bytes(SB_LIMIT(StickerAnimatedFileSize), "sticker.file_size", 500 * kKB, "§3 MEDIA",
          QT_TRANSLATE_NOOP("sb::Limits", "animated sticker file"), nullptr),
    rule(SB_LIMIT(VoiceMimeType), "audio.mime_type", "allowed_values", "§1.3 M-AUD, §3 MEDIA",
         QT_TRANSLATE_NOOP("sb::Limits", "voice message file type")),
    bytes(SB_LIMIT(VoicePlayIconSize), "audio.file_size", 512 * kKB, "§1.3 M-AUD",
          QT_TRANSLATE_NOOP("sb::Limits", "voice message file"),
          QT_TRANSLATE_NOOP("sb::Limits",
                            "Larger voice messages are delivered but show no play icon."),
          Severity::Warning),
    // location, location request, contacts
    degrees(SB_LIMIT(LocationLatitude),
            "{location,template.components[*].parameters[*].location}.latitude", 90, "§1.4 M-LOC",
            QT_TRANSLATE_NOOP("sb::Limits", "latitude")),
    degrees(SB_LIMIT(LocationLongitude),
            "{location,template.components[*].parameters[*].location}.longitude", 180, "§1.4 M-LOC",
            QT_TRANSLATE_NOOP("sb::Limits", "longitude")),
    chars(SB_LIMIT(LocationRequestBody), "interactive.body.text", 1, 1024, "§1.4 M-LOCREQ, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "location request text")),
    items(SB_LIMIT(ContactsCount), "contacts", 1, 257, "§1.5 M-CONT",
          QT_TRANSLATE_NOOP("sb::Limits", "contact card"),
          QT_TRANSLATE_NOOP("sb::Limits", "contact cards")),
    chars(SB_LIMIT(ContactFormattedName), "contacts[*].name.formatted_name", 1, kUnbounded,
          "§1.5 M-CONT", QT_TRANSLATE_NOOP("sb::Limits", "contact's formatted name")),
    // reply buttons
    chars(SB_LIMIT(ButtonHeaderText), "interactive.header.text", 1, 60, "§4 M-BTN",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(ButtonBody), "interactive.body.text", 1, 1024, "§4 M-BTN",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(ButtonFooter), "interactive.footer.text", 0, 60, "§4 M-BTN",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    items(SB_LIMIT(ReplyButtonCount), "interactive.action.buttons", 1, 3, "§4 M-BTN",
          QT_TRANSLATE_NOOP("sb::Limits", "reply button"),
          QT_TRANSLATE_NOOP("sb::Limits", "reply buttons")),
    chars(SB_LIMIT(ReplyButtonId), "interactive.action.buttons[*].reply.id", 1, 256, "§4 M-BTN",
          QT_TRANSLATE_NOOP("sb::Limits", "button id")),
    chars(SB_LIMIT(ReplyButtonTitle), "interactive.action.buttons[*].reply.title", 1, 20,
          "§4 M-BTN", QT_TRANSLATE_NOOP("sb::Limits", "button title")),
    rule(SB_LIMIT(ReplyButtonIdUnique), "interactive.action.buttons[*].reply.id", "unique",
         "§4 M-BTN", QT_TRANSLATE_NOOP("sb::Limits", "button id")),
    rule(SB_LIMIT(ReplyButtonTitleUnique), "interactive.action.buttons[*].reply.title", "unique",
         "§4 M-BTN", QT_TRANSLATE_NOOP("sb::Limits", "button title")),
    // list
    rule(SB_LIMIT(ListHeaderTextOnly), "interactive.header.type", "allowed_values", "§4 M-LIST",
         QT_TRANSLATE_NOOP("sb::Limits", "list header")),
    chars(SB_LIMIT(ListHeaderText), "interactive.header.text", 1, 60, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(ListBody), "interactive.body.text", 1, 4096, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(ListFooter), "interactive.footer.text", 0, 60, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    chars(SB_LIMIT(ListButtonLabel), "interactive.action.button", 1, 20, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "list button label")),
    items(SB_LIMIT(ListSectionCount), "interactive.action.sections", 1, 10, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "section"), QT_TRANSLATE_NOOP("sb::Limits", "sections")),
    items(SB_LIMIT(ListRowsTotal), "interactive.action.sections", 1, 10, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "row"), QT_TRANSLATE_NOOP("sb::Limits", "rows"),
          QT_TRANSLATE_NOOP("sb::Limits", "The limit counts the rows of all sections together.")),
    items(SB_LIMIT(ListSectionRows), "interactive.action.sections[*].rows", 1, kUnbounded,
          "§4 M-LIST", QT_TRANSLATE_NOOP("sb::Limits", "row in this section"),
          QT_TRANSLATE_NOOP("sb::Limits", "rows in this section")),
    chars(SB_LIMIT(ListSectionTitle), "interactive.action.sections[*].title", 1, 24, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "section title"),
          QT_TRANSLATE_NOOP("sb::Limits",
                            "Current platform docs require a title on every "
                            "section, even when there is only one.")),
    chars(SB_LIMIT(ListRowId), "interactive.action.sections[*].rows[*].id", 1, 200, "§4 M-LIST",
          QT_TRANSLATE_NOOP("sb::Limits", "row id")),
    rule(SB_LIMIT(ListRowIdUnique), "interactive.action.sections[*].rows[*].id", "unique",
         "§4 M-LIST", QT_TRANSLATE_NOOP("sb::Limits", "row id")),
    chars(SB_LIMIT(ListRowTitle), "interactive.action.sections[*].rows[*].title", 1, 24,
          "§4 M-LIST", QT_TRANSLATE_NOOP("sb::Limits", "row title")),
    chars(SB_LIMIT(ListRowDescription), "interactive.action.sections[*].rows[*].description", 0, 72,
          "§4 M-LIST", QT_TRANSLATE_NOOP("sb::Limits", "row description")),
    // CTA URL
    chars(SB_LIMIT(CtaHeaderText), "interactive.header.text", 1, 60, "§4 M-CTA",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(CtaBody), "interactive.body.text", 1, 1024, "§4 M-CTA",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(CtaFooter), "interactive.footer.text", 0, 60, "§4 M-CTA",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    chars(SB_LIMIT(CtaDisplayText), "interactive.action.parameters.display_text", 1, 20, "§4 M-CTA",
          QT_TRANSLATE_NOOP("sb::Limits", "button label")),
    rule(SB_LIMIT(CtaUrl), "interactive.action.parameters.url", "https_url", "§1.6 M-CTA",
         QT_TRANSLATE_NOOP("sb::Limits", "button URL")),
    items(SB_LIMIT(CtaButtonCount), "interactive.action", 1, 1, "§4 M-CTA",
          QT_TRANSLATE_NOOP("sb::Limits", "URL button"),
          QT_TRANSLATE_NOOP("sb::Limits", "URL buttons")),
    // commerce
    chars(SB_LIMIT(ProductCatalogId), "interactive.action.catalog_id", 1, kUnbounded, "§1.6",
          QT_TRANSLATE_NOOP("sb::Limits", "catalog id")),
    chars(SB_LIMIT(ProductRetailerId),
          "interactive.action.{,sections[*].product_items[*].}product_retailer_id", 1, kUnbounded,
          "§1.6", QT_TRANSLATE_NOOP("sb::Limits", "product retailer id")),
    chars(SB_LIMIT(ProductBody), "interactive.body.text", 0, 1024, "§4 (interactive body)",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(ProductFooter), "interactive.footer.text", 0, 60, "§4 (interactive footer)",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    rule(SB_LIMIT(ProductListHeaderRequired), "interactive.header{,.type}", "required", "§1.6",
         QT_TRANSLATE_NOOP("sb::Limits", "text header")),
    chars(SB_LIMIT(ProductListHeaderText), "interactive.header.text", 1, 60, "§1.6, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(ProductListBody), "interactive.body.text", 1, 1024, "§1.6, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(ProductListFooter), "interactive.footer.text", 0, 60, "§4",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    items(SB_LIMIT(MultiProductSections), "interactive.action.sections", 1, 10, "§4",
          QT_TRANSLATE_NOOP("sb::Limits", "section"), QT_TRANSLATE_NOOP("sb::Limits", "sections")),
    items(
        SB_LIMIT(MultiProductTotal), "interactive.action.sections", 1, 30, "§4",
        QT_TRANSLATE_NOOP("sb::Limits", "product"), QT_TRANSLATE_NOOP("sb::Limits", "products"),
        QT_TRANSLATE_NOOP("sb::Limits", "The limit counts the products of all sections together.")),
    items(SB_LIMIT(MultiProductPerSection), "interactive.action.sections[*].product_items", 1,
          kUnbounded, "§4", QT_TRANSLATE_NOOP("sb::Limits", "product in this section"),
          QT_TRANSLATE_NOOP("sb::Limits", "products in this section")),
    chars(SB_LIMIT(MultiProductSectionTitle), "interactive.action.sections[*].title", 0, 24, "§4",
          QT_TRANSLATE_NOOP("sb::Limits", "section title")),
    rule(SB_LIMIT(MultiProductSectionTitleRequired), "interactive.action.sections[*].title",
         "required", "§4", QT_TRANSLATE_NOOP("sb::Limits", "section title")),
    chars(SB_LIMIT(CatalogBody), "interactive.body.text", 1, 1024, "§4",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(CatalogFooter), "interactive.footer.text", 0, 60, "§4",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    // flow
    chars(SB_LIMIT(FlowHeaderText), "interactive.header.text", 1, 60, "§1.6 FLOWS, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(FlowBody), "interactive.body.text", 1, 1024, "§1.6 FLOWS, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(FlowFooter), "interactive.footer.text", 0, 60, "§1.6 FLOWS, §4",
          QT_TRANSLATE_NOOP("sb::Limits", "footer")),
    rule(SB_LIMIT(FlowIdOrName), "interactive.action.parameters.{flow_id,flow_name}", "exclusive",
         "§1.6 FLOWS", QT_TRANSLATE_NOOP("sb::Limits", "flow id or flow name")),
    chars(SB_LIMIT(FlowCta), "interactive.action.parameters.flow_cta", 1, kUnbounded, "§1.6 FLOWS",
          QT_TRANSLATE_NOOP("sb::Limits", "flow button label")),
    chars(SB_LIMIT(FlowCtaLength), "interactive.action.parameters.flow_cta", 0, 30, "§1.6 FLOWS",
          QT_TRANSLATE_NOOP("sb::Limits", "flow button label"),
          QT_TRANSLATE_NOOP("sb::Limits", "Longer labels may be cut off on the phone."),
          Severity::Warning),
    rule(SB_LIMIT(FlowCtaEmoji), "interactive.action.parameters.flow_cta", "no_emoji", "§1.6 FLOWS",
         QT_TRANSLATE_NOOP("sb::Limits", "flow button label"), nullptr, Severity::Warning),
    rule(SB_LIMIT(FlowActionValue), "interactive.action.parameters.flow_action", "allowed_values",
         "§1.6 FLOWS", QT_TRANSLATE_NOOP("sb::Limits", "flow action")),
    rule(SB_LIMIT(FlowModeValue), "interactive.action.parameters.mode", "allowed_values",
         "§1.6 FLOWS", QT_TRANSLATE_NOOP("sb::Limits", "flow mode")),
    rule(SB_LIMIT(FlowMessageVersion), "interactive.action.parameters.flow_message_version",
         "allowed_values", "§1.6 FLOWS", QT_TRANSLATE_NOOP("sb::Limits", "flow message version")),
    rule(SB_LIMIT(FlowPayloadData), "interactive.action.parameters.flow_action_payload.data",
         "json_object", "§1.6 FLOWS", QT_TRANSLATE_NOOP("sb::Limits", "flow payload data")),
    // media carousel
    items(SB_LIMIT(CarouselCardCount), "interactive.action.cards", 2, 10, "§4 M-CAR",
          QT_TRANSLATE_NOOP("sb::Limits", "card"), QT_TRANSLATE_NOOP("sb::Limits", "cards")),
    chars(SB_LIMIT(CarouselBody), "interactive.body.text", 1, 1024, "§4 M-CAR",
          QT_TRANSLATE_NOOP("sb::Limits", "message body")),
    chars(SB_LIMIT(CarouselCardBody), "interactive.action.cards[*].body.text", 0, 160, "§4 M-CAR",
          QT_TRANSLATE_NOOP("sb::Limits", "card body")),
    items(SB_LIMIT(CarouselCardBodyLineBreaks), "interactive.action.cards[*].body.text", 0, 2,
          "§4 M-CAR", QT_TRANSLATE_NOOP("sb::Limits", "line break in the card body"),
          QT_TRANSLATE_NOOP("sb::Limits", "line breaks in the card body")),
    chars(SB_LIMIT(CarouselButtonLabel),
          "interactive.action.cards[*].action.{buttons[*].quick_reply.title,parameters.display_"
          "text}",
          1, 20, "§4 M-CAR", QT_TRANSLATE_NOOP("sb::Limits", "card button label")),
    chars(SB_LIMIT(CarouselQuickReplyId),
          "interactive.action.cards[*].action.buttons[*].quick_reply.id", 1, 256, "§4 M-CAR",
          QT_TRANSLATE_NOOP("sb::Limits", "card button id")),
    // reaction
    chars(SB_LIMIT(ReactionMessageId), "reaction.message_id", 1, kUnbounded, "§1.8 M-REACT",
          QT_TRANSLATE_NOOP("sb::Limits", "id of the message reacted to")),
    rule(SB_LIMIT(ReactionEmoji), "reaction.emoji", "single_emoji", "§1.8 M-REACT",
         QT_TRANSLATE_NOOP("sb::Limits", "reaction emoji")),
    // template send structure and the name shared with the definition
    chars(SB_LIMIT(TemplateName), "{,template.}name", 1, 512, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "template name")),
    rule(SB_LIMIT(TemplateNamePattern), "{,template.}name", "pattern", "§4 TPL-COMP",
         QT_TRANSLATE_NOOP("sb::Limits", "template name"),
         QT_TRANSLATE_NOOP("sb::Limits",
                           "Use only lowercase letters a-z, digits 0-9 and underscores."),
         Severity::Error, kPatternTemplateName),
    chars(SB_LIMIT(TemplateLanguageCode), "template.language.code", 1, kUnbounded, "§1.7",
          QT_TRANSLATE_NOOP("sb::Limits", "template language code")),
    rule(SB_LIMIT(TemplateLanguagePolicy), "template.language.policy", "allowed_values", "§1.7",
         QT_TRANSLATE_NOOP("sb::Limits", "language policy")),
    rule(SB_LIMIT(TemplateComponentUnique), "template.components[*]", "unique", "§1.7 TPL-COMP",
         QT_TRANSLATE_NOOP("sb::Limits", "component")),
    rule(SB_LIMIT(TemplateButtonSubType), "template.components[*].sub_type", "allowed_values",
         "§1.7, §6.1 WH-TCOMP", QT_TRANSLATE_NOOP("sb::Limits", "button type")),
    position(SB_LIMIT(TemplateButtonIndex), "template.components[*].index", 9,
             "§1.7, §4 TPL-COMP (10 buttons)", QT_TRANSLATE_NOOP("sb::Limits", "button index")),
    rule(SB_LIMIT(TemplateButtonIndexUnique), "template.components[*].index", "unique", "§1.7",
         QT_TRANSLATE_NOOP("sb::Limits", "button index")),
    chars(SB_LIMIT(TemplateParameterValue),
          "template.components[*].parameters[*].{text,payload,currency.fallback_value,date_"
          "time.fallback_value}",
          1, kUnbounded, "§1.7, §8 131008", QT_TRANSLATE_NOOP("sb::Limits", "parameter value")),
    rule(SB_LIMIT(TemplateParameterKind), "template.components[*].parameters[*].type",
         "allowed_values", "§1.7 TPL-COMP", QT_TRANSLATE_NOOP("sb::Limits", "parameter type")),
    rule(SB_LIMIT(TemplateParameterNaming), "template.components[*].parameters[*].parameter_name",
         "consistency", "§1.7", QT_TRANSLATE_NOOP("sb::Limits", "parameter name")),
    rule(SB_LIMIT(TemplateCurrencyCode), "template.components[*].parameters[*].currency.code",
         "pattern", "§1.7", QT_TRANSLATE_NOOP("sb::Limits", "currency code"),
         QT_TRANSLATE_NOOP("sb::Limits",
                           "Use a three-letter ISO 4217 code in capitals, such as USD or EUR."),
         Severity::Error, kPatternCurrencyCode),
    items(SB_LIMIT(TemplateHeaderVariables),
          "{template.components[*].parameters,components[*].text}", 0, 1, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "header variable"),
          QT_TRANSLATE_NOOP("sb::Limits", "header variables")),
    // template definition
    chars(SB_LIMIT(TemplateHeaderText), "components[*].text", 1, 60, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "header text")),
    chars(SB_LIMIT(TemplateBody), "components[*].text", 1, 1024, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "body text")),
    chars(SB_LIMIT(TemplateFooter), "components[*].text", 1, 60, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "footer text")),
    items(SB_LIMIT(TemplateButtonsTotal), "components[*].buttons", 1, 10, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "button"), QT_TRANSLATE_NOOP("sb::Limits", "buttons")),
    items(SB_LIMIT(TemplateQuickReplyCount), "components[*].buttons", 0, 10, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "quick-reply button"),
          QT_TRANSLATE_NOOP("sb::Limits", "quick-reply buttons")),
    items(SB_LIMIT(TemplateUrlButtonCount), "components[*].buttons", 0, 2, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "URL button"),
          QT_TRANSLATE_NOOP("sb::Limits", "URL buttons")),
    items(SB_LIMIT(TemplatePhoneButtonCount), "components[*].buttons", 0, 1, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "phone-number button"),
          QT_TRANSLATE_NOOP("sb::Limits", "phone-number buttons")),
    items(SB_LIMIT(TemplateCopyCodeCount), "components[*].buttons", 0, 1, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "copy-code button"),
          QT_TRANSLATE_NOOP("sb::Limits", "copy-code buttons")),
    chars(SB_LIMIT(TemplateButtonLabel), "components[*].buttons[*].text", 1, 25, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "button label")),
    chars(SB_LIMIT(TemplateVoiceCallLabel), "components[*].buttons[*].text", 1, 20, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "call button label")),
    chars(SB_LIMIT(TemplateUrl), "components[*].buttons[*].url", 1, 2000, "§4 TPL-COMP",
          QT_TRANSLATE_NOOP("sb::Limits", "button URL")),
    rule(SB_LIMIT(TemplateUrlVariable), "components[*].buttons[*].url", "variable_at_end",
         "§4 TPL-COMP", QT_TRANSLATE_NOOP("sb::Limits", "button URL")),
    chars(SB_LIMIT(TemplatePhoneNumber), "components[*].buttons[*].phone_number", 1, 20,
          "§4 TPL-COMP", QT_TRANSLATE_NOOP("sb::Limits", "phone number")),
    chars(SB_LIMIT(TemplateCopyCodeValue),
          "{components[*].buttons[*].example,template.components[*].parameters[*].coupon_code}", 1,
          20, "§4 TPL-COMP", QT_TRANSLATE_NOOP("sb::Limits", "offer code")),
    rule(SB_LIMIT(TemplateQuickReplyContiguous), "components[*].buttons[*]", "contiguous",
         "§4 TPL-COMP", QT_TRANSLATE_NOOP("sb::Limits", "quick-reply button")),
};

#undef SB_MEDIA_AT
#undef SB_LIMIT

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        if (static_cast<std::size_t>(kTable[i].id) != i)
            return false;
    }
    return true;
}

static_assert(kTable.size() == static_cast<std::size_t>(LimitId::Count),
              "one table entry per LimitId");
static_assert(inEnumOrder(), "table entries must be in LimitId order");

} // namespace

std::span<const LimitEntry> limitTable()
{
    return kTable;
}

} // namespace sb

#pragma once

#include "InboundContent.h"
#include "InteractiveContent.h"
#include "MessageContent.h"
#include "TemplateContent.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <variant>

namespace sb {

// Every kind the platform sends or receives. Unknown wire types become Unsupported.
enum class MessageKind {
    Text,
    Image,
    Video,
    Audio,
    Document,
    Sticker,
    Location,
    LocationRequest,
    Contacts,
    Interactive,
    Template,
    Reaction,
    // inbound only
    ButtonTap, // type "button"
    ButtonReply, // interactive button_reply
    ListReply, // interactive list_reply
    FlowReply, // interactive nfm_reply
    Order,
    System,
    Unsupported,
};

enum class Direction { Inbound, Outbound };

using MessageBody = std::variant<TextContent, MediaContent, LocationContent, LocationRequestContent,
                                 ContactsContent, InteractiveContent, TemplateContent,
                                 ReactionContent, ButtonTapContent, ReplyContent, FlowReplyContent,
                                 OrderContent, SystemContent, UnsupportedContent>;

// A reply's quote (`context`): the message replied to, and inbound extras.
struct ReplyContext
{
    QString messageId;
    QString from; // inbound only
    QString referredCatalogId; // inbound "Message business" on a product
    QString referredProductRetailerId;

    friend bool operator==(const ReplyContext &, const ReplyContext &) = default;
};

// One message, either direction. Immutable once built: the store and views share copies.
struct Message
{
    MessageKind kind = MessageKind::Text;
    Direction direction = Direction::Outbound;
    MessageBody body = TextContent{};
    std::optional<ReplyContext> context;
    std::optional<Referral> referral;
    QString platformId; // wamid
    QString from; // inbound: sender wa_id (may be empty in the BSUID era)
    QString fromUserId; // inbound: business-scoped user id
    QString to; // outbound: recipient phone (E.164) or BSUID
    QDateTime timestamp;
    QString bizOpaqueCallbackData; // outbound: our local id travels here

    friend bool operator==(const Message &, const Message &) = default;

    // Typed access; nullptr when the body holds another alternative.
    template<typename T>
    const T *as() const
    {
        return std::get_if<T>(&body);
    }
};

// Wire names. `type` is the message `type`; for interactive inbound replies the sub-type decides.
QString messageKindWireName(MessageKind kind);
// Unknown combinations give MessageKind::Unsupported; never throws.
MessageKind messageKindFromWire(const QString &type, const QString &interactiveType = {});
QString mediaKindWireName(MediaKind kind);
std::optional<MediaKind> mediaKindFromWire(const QString &type);
MessageKind messageKindOf(MediaKind kind);
QString interactiveKindWireName(InteractiveKind kind);
std::optional<InteractiveKind> interactiveKindFromWire(const QString &type);

// True for kinds only a customer can send.
bool isInboundOnly(MessageKind kind);

// Builders for the common outbound messages (keep kind and body in step).
Message makeText(const QString &to, const QString &body, bool previewUrl = false);
Message makeMedia(const QString &to, const MediaContent &media);
Message makeInteractive(const QString &to, const InteractiveContent &interactive);
Message makeTemplate(const QString &to, const TemplateContent &tmpl);
Message makeUnsupported(const QString &originalType, const QString &reason, int errorCode = 0,
                        const QString &rawJson = {});

} // namespace sb

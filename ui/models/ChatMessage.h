#pragma once

#include "DeliveryStatus.h"
#include "Message.h"
#include "TemplateRenderer.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sb {

// One reaction shown on the message it targets. A chat has two parties, so a message carries at
// most one reaction per sender; a new one from the same sender replaces the old.
struct ChatReaction
{
    QString emoji;
    QString from; // the customer's wa_id or user id; empty for the business ("You")
    Direction direction = Direction::Inbound;
    QDateTime at;
    QString platformId; // the reaction message's own wamid, when known
    QString localId; // outbound: the outbox id, until and after the API answers
    DeliveryState state = DeliveryState::Sent; // outbound reactions can fail (131009)

    friend bool operator==(const ChatReaction &, const ChatReaction &) = default;
};

// What a reply quotes, ready to show above the reply's own content.
struct QuotedMessage
{
    QString platformId;
    bool found = false; // false: the quoted message is not loaded (older, deleted or unknown)
    Direction direction = Direction::Inbound;
    MessageKind kind = MessageKind::Text;
    QString preview; // one line, markup removed
    QString referredProductRetailerId; // inbound "Message business" on a product

    friend bool operator==(const QuotedMessage &, const QuotedMessage &) = default;
};

// The time each delivery state was reached (UTC), for tooltips.
using StatusTimes = QMap<DeliveryState, QDateTime>;

// One row of the chat timeline. Immutable once in the model: a change (a status, a downloaded
// file, a reaction) replaces the row with an updated copy and bumps its revision, so views can
// cache anything derived from a row for as long as its revision stays the same.
struct ChatMessage
{
    qint64 id = 0; // the store's row id; 0 while the message only exists in the outbox
    Message message;
    DeliveryStatus status; // outbound only; inbound rows stay empty
    QString localId; // outbound: the outbox id (it also travels in biz_opaque_callback_data)
    std::optional<StatusError> error; // a synchronous send error not carried by `status`
    QString mediaLocalPath; // the cached download; empty until fetched
    QString mediaError; // why inbound media could not be fetched; empty when it could
    QList<ChatReaction> reactions;
    // Templates: the text the customer saw, rendered by the composition root from the approved
    // definition; std::nullopt when the definition is not known here.
    std::optional<RenderedTemplate> renderedTemplate;
    // Set by the composition root when it knows the quoted message even though the model has
    // not loaded it; the model prefers a loaded row.
    std::optional<QuotedMessage> quoted;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace sb

#pragma once

#include "ChatMessage.h"

#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QModelIndex;

namespace sb {

// Everything a bubble is drawn from: the immutable row plus what the model derives for it.
struct BubbleInput
{
    qint64 key = 0; // MessageListModel::RowKeyRole
    quint64 revision = 0;
    ChatMessage chat;
    bool dayStart = false;
    bool readReceiptsMaybeOff = false;
    std::optional<QuotedMessage> quoted;
    qint64 durationMs = -1;

    static BubbleInput fromIndex(const QModelIndex &index);
    // Without the quote's text (only whether there is one), for height estimates.
    static BubbleInput forEstimate(const QModelIndex &index);
    bool outgoing() const { return chat.message.direction == Direction::Outbound; }
    bool failed() const { return outgoing() && chat.status.state() == DeliveryState::Failed; }
};

// The stacked parts of one row, top to bottom.
enum class PieceKind : quint8 {
    DaySeparator,
    SystemNote,
    Forwarded,
    Referral,
    TemplateTag,
    Quote,
    HeaderText,
    Media, // image, video, sticker, or a media header of an interactive/template message
    Audio,
    Document,
    Location,
    Contact, // index: which card
    Product,
    Order,
    ReplyLabel, // "Form response", "Chose from the list"
    Text, // the markup body or caption
    Description, // secondary text under a list reply
    Footer,
    Unsupported,
    Meta, // time and ticks
    Button, // index: which button
    ListButton,
    Failure,
    Retry,
    Reactions,
    Hint, // read receipts may be off
};

struct BubblePiece
{
    PieceKind kind = PieceKind::Text;
    QRectF rect; // relative to the row's top-left corner
    int index = 0;
};

// What a click at a point of a row means.
struct BubbleHit
{
    enum class Kind { Link, Retry, ListButton, Media };
    Kind kind = Kind::Link;
    QRectF rect; // relative to the row's top-left corner
    QString target; // Link: the URL
};

// The measured layout of one row at one width.
struct BubbleGeometry
{
    QSize size;
    QRectF bubble; // empty for rows without a bubble (stickers, system notes)
    QList<BubblePiece> pieces;
    QList<BubbleHit> hits; // fixed areas; links inside text are found through the document
    qreal textWidth = 0; // the width the text document was laid out at
    bool metaOverlay = false; // the time sits on a picture
    bool exact = false; // false: an estimate from text length, replaced once the row is near view

    const BubblePiece *piece(PieceKind kind) const;
};

} // namespace sb

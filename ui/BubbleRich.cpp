#include "BubbleRich.h"

#include "BubbleContent.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <cmath>

namespace sb {

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

struct TextLook
{
    const QFont *font;
    const QFontMetricsF *metrics;
    QColor color;
    bool pill = false; // centred on the view, on a rounded background
};

TextLook lookOf(PieceKind kind, const BubbleStyle &style)
{
    switch (kind) {
    case PieceKind::DaySeparator:
    case PieceKind::SystemNote:
        return {&style.small, &style.smallFm, style.pillText, true};
    case PieceKind::HeaderText:
        return {&style.bold, &style.boldFm, style.text};
    case PieceKind::Unsupported:
        return {&style.smallItalic, &style.smallItalicFm, style.text};
    case PieceKind::Forwarded:
    case PieceKind::ReplyLabel:
    case PieceKind::Hint:
        return {&style.smallItalic, &style.smallItalicFm, style.secondary};
    default:
        return {&style.small, &style.smallFm, style.secondary};
    }
}

QSizeF wrapped(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    if (text.isEmpty())
        return {0, 0};
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), kWrap, text);
    return {std::min(width, std::ceil(bounds.width())), std::ceil(bounds.height())};
}

QString quoteAuthor(const QuotedMessage &quoted)
{
    return quoted.direction == Direction::Outbound ? BubbleStrings::you()
                                                   : BubbleStrings::customer();
}

QString reactionText(const BubbleInput &input)
{
    QString text;
    for (const ChatReaction &reaction : input.chat.reactions)
        text += reaction.emoji;
    return text;
}

} // namespace

bool BubbleRich::handles(PieceKind kind)
{
    switch (kind) {
    case PieceKind::DaySeparator:
    case PieceKind::SystemNote:
    case PieceKind::Forwarded:
    case PieceKind::Referral:
    case PieceKind::TemplateTag:
    case PieceKind::Quote:
    case PieceKind::HeaderText:
    case PieceKind::Location:
    case PieceKind::Contact:
    case PieceKind::Product:
    case PieceKind::Order:
    case PieceKind::ReplyLabel:
    case PieceKind::Description:
    case PieceKind::Footer:
    case PieceKind::Unsupported:
    case PieceKind::Reactions:
    case PieceKind::Hint:
        return true;
    default:
        return false;
    }
}

QString BubbleRich::simpleText(PieceKind kind, const BubbleInput &input, const QDateTime &now)
{
    switch (kind) {
    case PieceKind::DaySeparator:
        return BubbleStrings::dayLabel(input.chat.message.timestamp.toLocalTime().date(),
                                       now.toLocalTime().date());
    case PieceKind::SystemNote:
        return BubbleContent::systemText(input);
    case PieceKind::Forwarded:
        return BubbleContent::forwardedLabel(input);
    case PieceKind::TemplateTag:
        return BubbleContent::templateTag(input);
    case PieceKind::HeaderText:
        return BubbleContent::headerText(input);
    case PieceKind::ReplyLabel:
        return BubbleContent::replyLabel(input);
    case PieceKind::Description:
        return BubbleContent::description(input);
    case PieceKind::Footer:
        return BubbleContent::footer(input);
    case PieceKind::Unsupported:
        return BubbleContent::unsupportedText(input);
    case PieceKind::Hint: {
        const auto delivered = input.chat.status.timestamp(DeliveryState::Delivered);
        return delivered ? BubbleStrings::readReceiptsHint(*delivered, now) : QString();
    }
    default:
        return {};
    }
}

qreal BubbleRich::mapHeight(const BubbleStyle &style)
{
    return std::ceil(112 * style.unit);
}

QSizeF BubbleRich::measure(PieceKind kind, const BubbleInput &input, int index, qreal width,
                           const BubbleStyle &style, const QDateTime &now)
{
    const qreal u = style.unit;
    switch (kind) {
    case PieceKind::Quote: {
        const QuotedMessage quoted = input.quoted.value_or(QuotedMessage{});
        const qreal natural = std::max(style.smallBoldFm.horizontalAdvance(quoteAuthor(quoted)),
                                       style.smallFm.horizontalAdvance(quotePreview(quoted)));
        return {std::min(width, std::ceil(natural + 22 * u)),
                std::ceil(style.smallBoldFm.height() + style.smallFm.height() + 12 * u)};
    }
    case PieceKind::Referral: {
        const Referral referral = input.chat.message.referral.value_or(Referral{});
        const qreal inner = width - 18 * u;
        const qreal h = wrapped(style.smallBoldFm, referral.headline, inner).height()
            + std::min(wrapped(style.smallFm, referral.body, inner).height(),
                       3 * style.smallFm.lineSpacing())
            + style.smallFm.height() + 16 * u;
        return {width, std::ceil(h)};
    }
    case PieceKind::Location: {
        const auto *location = input.chat.message.as<LocationContent>();
        qreal h = mapHeight(style);
        if (location) {
            const qreal text = width - 2 * (style.padding - 3 * u);
            h += 6 * u + wrapped(style.boldFm, location->name, text).height();
            h += std::min(wrapped(style.smallFm, location->address, text).height(),
                          2 * style.smallFm.lineSpacing());
            h += style.smallFm.height() + 4 * u;
        }
        return {std::min(width, style.mediaWidth), std::ceil(h)};
    }
    case PieceKind::Contact: {
        const auto *contacts = input.chat.message.as<ContactsContent>();
        if (!contacts || index >= contacts->contacts.size())
            return {0, 0};
        const ContactCard &card = contacts->contacts.at(index);
        const qsizetype details =
            std::min<qsizetype>(4, card.phones.size() + card.emails.size() + (card.org ? 1 : 0));
        const qreal text = style.boldFm.height() + details * style.smallFm.lineSpacing();
        return {std::min(width, 250 * u), std::ceil(std::max(40 * u, text) + 10 * u)};
    }
    case PieceKind::Product: {
        const auto *interactive = input.chat.message.as<InteractiveContent>();
        const QString title =
            productTitle(interactive ? interactive->productRetailerId : QString());
        const qreal natural = 66 * u + style.boldFm.horizontalAdvance(title) + 14 * u;
        return {std::min(width, std::max(natural, 200 * u)), std::ceil(66 * u)};
    }
    case PieceKind::Order: {
        const auto *order = input.chat.message.as<OrderContent>();
        const qsizetype items = order ? order->items.size() : 0;
        return {
            std::min(width, 250 * u),
            std::ceil(2 * style.boldFm.height() + items * style.smallFm.lineSpacing() + 12 * u)};
    }
    case PieceKind::Reactions: {
        const qreal w = style.fm.horizontalAdvance(reactionText(input)) + 14 * u;
        return {std::ceil(w), std::ceil(style.fm.height() + 6 * u)};
    }
    default: {
        const TextLook look = lookOf(kind, style);
        const QString text = simpleText(kind, input, now);
        const qreal inner = look.pill ? width - 20 * u : width;
        QSizeF size = wrapped(*look.metrics, text, inner);
        if (look.pill && !text.isEmpty())
            size += QSizeF(20 * u, 10 * u);
        return size;
    }
    }
}

void BubbleRich::paint(QPainter *painter, const BubblePiece &piece, const BubbleInput &input,
                       const BubbleStyle &style, const QDateTime &now)
{
    switch (piece.kind) {
    case PieceKind::Quote:
        paintQuote(painter, piece.rect, input, style);
        return;
    case PieceKind::Referral:
        paintReferral(painter, piece.rect, input, style);
        return;
    case PieceKind::Location:
        paintLocation(painter, piece.rect, input, style);
        return;
    case PieceKind::Contact:
        paintContact(painter, piece.rect, input, piece.index, style);
        return;
    case PieceKind::Product:
        paintProduct(painter, piece.rect, input, style);
        return;
    case PieceKind::Order:
        paintOrder(painter, piece.rect, input, style);
        return;
    case PieceKind::Reactions:
        paintReactions(painter, piece.rect, input, style);
        return;
    default:
        break;
    }
    const TextLook look = lookOf(piece.kind, style);
    const QString text = simpleText(piece.kind, input, now);
    painter->save();
    QRectF textRect = piece.rect;
    if (look.pill) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.shadow);
        painter->drawRoundedRect(piece.rect.translated(0, 1), 7 * style.unit, 7 * style.unit);
        painter->setBrush(style.pill);
        painter->drawRoundedRect(piece.rect, 7 * style.unit, 7 * style.unit);
        textRect =
            piece.rect.adjusted(10 * style.unit, 5 * style.unit, -10 * style.unit, -5 * style.unit);
    }
    painter->setFont(*look.font);
    painter->setPen(look.color);
    painter->drawText(textRect, look.pill ? (Qt::TextWordWrap | Qt::AlignCenter) : kWrap, text);
    painter->restore();
}

void BubbleRich::paintQuote(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                            const BubbleStyle &style)
{
    const QuotedMessage quoted = input.quoted.value_or(QuotedMessage{});
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(rect, 6 * u, 6 * u);
    painter->setClipPath(clip);
    painter->fillRect(rect, style.quoteBackground);
    const QColor bar =
        quoted.direction == Direction::Outbound ? style.quoteOutbound : style.quoteInbound;
    painter->fillRect(QRectF(rect.left(), rect.top(), 4 * u, rect.height()), bar);
    const qreal left = rect.left() + 12 * u;
    const qreal width = rect.right() - 8 * u - left;
    painter->setFont(style.smallBold);
    painter->setPen(quoted.found ? bar : style.secondary);
    const QRectF authorRect(left, rect.top() + 6 * u, width, style.smallBoldFm.height());
    painter->drawText(
        authorRect, Qt::AlignLeft | Qt::AlignVCenter,
        style.smallBoldFm.elidedText(quoted.found ? quoteAuthor(quoted) : tr("Reply to"),
                                     Qt::ElideRight, width));
    painter->setFont(quoted.found ? style.small : style.smallItalic);
    painter->setPen(style.secondary);
    const QRectF previewRect(left, authorRect.bottom(), width, style.smallFm.height());
    painter->drawText(previewRect, Qt::AlignLeft | Qt::AlignVCenter,
                      style.smallFm.elidedText(quotePreview(quoted), Qt::ElideRight, width));
    painter->restore();
}

QString BubbleRich::productTitle(const QString &retailerId)
{
    return tr("Product %1").arg(retailerId);
}

QString BubbleRich::quotePreview(const QuotedMessage &quoted)
{
    if (quoted.found && !quoted.preview.isEmpty())
        return quoted.preview;
    if (!quoted.referredProductRetailerId.isEmpty())
        return tr("Product %1").arg(quoted.referredProductRetailerId);
    return tr("Original message not loaded");
}

} // namespace sb

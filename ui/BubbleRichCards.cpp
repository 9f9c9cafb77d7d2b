// BubbleRich: the card-like parts (location, contact, product, order, referral, reactions).
#include "BubbleContent.h"
#include "BubbleGlyphs.h"
#include "BubbleRich.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace sb {

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QString initialsOf(const QString &name)
{
    QString initials;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}

QColor avatarColor(const QString &name)
{
    static const QColor palette[] = {QColor(0x1f, 0xa8, 0x85), QColor(0x53, 0x7b, 0xd8),
                                     QColor(0xd8, 0x6a, 0x3c), QColor(0x9b, 0x59, 0xb6),
                                     QColor(0xc0, 0x39, 0x4b), QColor(0x2d, 0x8f, 0xb5)};
    return palette[qHash(name) % (sizeof(palette) / sizeof(palette[0]))];
}

QString price(double amount, const QString &currency)
{
    return QLocale().toString(amount, 'f', 2) + QLatin1Char(' ') + currency;
}

void paintMap(QPainter *painter, const QRectF &map, const BubbleStyle &style, double seed)
{
    QPainterPath clip;
    clip.addRoundedRect(map, 6 * style.unit, 6 * style.unit);
    painter->save();
    painter->setClipPath(clip);
    painter->fillRect(map, style.dark ? QColor(0x2c, 0x3a, 0x33) : QColor(0xe6, 0xee, 0xdf));
    const qreal u = style.unit;
    // A stylised street grid, shifted by the coordinates so two places do not look identical.
    const qreal shift = std::fmod(std::abs(seed) * 977.0, 1.0);
    painter->setPen(QPen(style.dark ? QColor(0x45, 0x55, 0x4c) : QColor(Qt::white), 7 * u));
    painter->drawLine(QPointF(map.left(), map.top() + map.height() * (0.3 + 0.3 * shift)),
                      QPointF(map.right(), map.top() + map.height() * (0.5 - 0.2 * shift)));
    painter->drawLine(QPointF(map.left() + map.width() * (0.25 + 0.4 * shift), map.top()),
                      QPointF(map.left() + map.width() * (0.45 + 0.2 * shift), map.bottom()));
    painter->setPen(QPen(style.dark ? QColor(0x3b, 0x4a, 0x42) : QColor(0xf7, 0xf4, 0xe9), 3 * u));
    painter->drawLine(QPointF(map.left(), map.bottom() - map.height() * 0.2),
                      QPointF(map.right(), map.bottom() - map.height() * (0.1 + 0.3 * shift)));
    painter->drawLine(QPointF(map.right() - map.width() * 0.2, map.top()),
                      QPointF(map.right() - map.width() * (0.1 + 0.2 * shift), map.bottom()));
    painter->setPen(QPen(QColor(0x9c, 0xc9, 0xe8), 9 * u, Qt::SolidLine, Qt::RoundCap));
    QPainterPath river;
    river.moveTo(map.left(), map.bottom() - map.height() * 0.05);
    river.cubicTo(QPointF(map.left() + map.width() * 0.3, map.bottom() - map.height() * 0.4),
                  QPointF(map.left() + map.width() * 0.6, map.bottom()),
                  QPointF(map.right(), map.bottom() - map.height() * 0.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(river);
    painter->restore();
    const qreal pin = 30 * u;
    glyphs::pin(painter, QRectF(map.center().x() - pin / 2, map.center().y() - pin, pin, pin),
                QColor(0xe5, 0x3e, 0x3e));
}

} // namespace

QRectF BubbleRich::mapLinkRect(const BubblePiece &piece, const BubbleInput &input,
                               const BubbleStyle &style)
{
    const auto *location = input.chat.message.as<LocationContent>();
    if (!location)
        return {};
    const qreal u = style.unit;
    const qreal inset = style.padding - 3 * u; // text lines up with padded parts
    const qreal width = piece.rect.width() - 2 * inset;
    qreal y = piece.rect.top() + mapHeight(style) + 6 * u;
    if (!location->name.isEmpty())
        y += std::ceil(
            style.boldFm.boundingRect(QRectF(0, 0, width, 1e6), kWrap, location->name).height());
    if (!location->address.isEmpty())
        y += std::min(
            std::ceil(style.smallFm.boundingRect(QRectF(0, 0, width, 1e6), kWrap, location->address)
                          .height()),
            2 * style.smallFm.lineSpacing());
    return {piece.rect.left() + inset, y,
            std::ceil(style.smallFm.horizontalAdvance(BubbleStrings::openMap())) + 2,
            style.smallFm.height()};
}

void BubbleRich::paintLocation(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                               const BubbleStyle &style)
{
    const auto *location = input.chat.message.as<LocationContent>();
    const qreal u = style.unit;
    const QRectF map(rect.left(), rect.top(), rect.width(), mapHeight(style));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintMap(painter, map, style, location ? location->latitude + location->longitude : 0.5);
    if (!location) {
        // A template's location header: the rendered name on the map's lower edge.
        const QString name =
            input.chat.renderedTemplate ? input.chat.renderedTemplate->headerText : QString();
        if (!name.isEmpty()) {
            const QRectF strip(map.left(), map.bottom() - style.smallFm.height() - 8 * u,
                               map.width(), style.smallFm.height() + 8 * u);
            painter->fillRect(strip, QColor(0, 0, 0, 120));
            painter->setFont(style.small);
            painter->setPen(Qt::white);
            painter->drawText(
                strip.adjusted(8 * u, 0, -8 * u, 0), Qt::AlignVCenter | Qt::AlignLeft,
                style.smallFm.elidedText(name, Qt::ElideRight, strip.width() - 16 * u));
        }
        painter->restore();
        return;
    }
    const qreal inset = style.padding - 3 * u;
    const qreal width = rect.width() - 2 * inset;
    qreal y = map.bottom() + 6 * u;
    if (!location->name.isEmpty()) {
        painter->setFont(style.bold);
        painter->setPen(style.text);
        const QRectF nameRect(rect.left() + inset, y, width, rect.bottom() - y);
        const QRectF used = painter->boundingRect(nameRect, kWrap, location->name);
        painter->drawText(nameRect, kWrap, location->name);
        y += std::ceil(used.height());
    }
    if (!location->address.isEmpty()) {
        painter->setFont(style.small);
        painter->setPen(style.secondary);
        const qreal h = std::min(
            std::ceil(style.smallFm.boundingRect(QRectF(0, 0, width, 1e6), kWrap, location->address)
                          .height()),
            2 * style.smallFm.lineSpacing());
        painter->save();
        painter->setClipRect(QRectF(rect.left(), y, rect.width(), h));
        painter->drawText(QRectF(rect.left() + inset, y, width, h + style.smallFm.lineSpacing()),
                          kWrap, location->address);
        painter->restore();
        y += h;
    }
    painter->setFont(style.small);
    painter->setPen(style.link);
    painter->drawText(QRectF(rect.left() + inset, y, width, style.smallFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, BubbleStrings::openMap());
    painter->restore();
}

void BubbleRich::paintContact(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                              int index, const BubbleStyle &style)
{
    const auto *contacts = input.chat.message.as<ContactsContent>();
    if (!contacts || index >= contacts->contacts.size())
        return;
    const ContactCard &card = contacts->contacts.at(index);
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QString name = card.name.formattedName.isEmpty()
        ? QString(card.name.firstName + QLatin1Char(' ') + card.name.lastName).trimmed()
        : card.name.formattedName;
    const qreal d = 40 * u;
    const QRectF avatar(rect.left(), rect.top() + 4 * u, d, d);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(name));
    painter->drawEllipse(avatar);
    painter->setFont(style.bold);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, initialsOf(name));

    const qreal left = avatar.right() + 10 * u;
    const qreal width = rect.right() - left;
    painter->setPen(style.text);
    painter->drawText(QRectF(left, rect.top() + 4 * u, width, style.boldFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      style.boldFm.elidedText(name, Qt::ElideRight, width));
    QStringList details;
    for (const ContactPhone &phone : card.phones)
        details.append(phone.type.isEmpty()
                           ? phone.phone
                           : phone.phone + QStringLiteral(" (") + phone.type + QLatin1Char(')'));
    for (const ContactEmail &email : card.emails)
        details.append(email.email);
    if (card.org)
        details.append(QStringList{card.org->company, card.org->title}.join(QStringLiteral(" · ")));
    painter->setFont(style.small);
    painter->setPen(style.secondary);
    qreal y = rect.top() + 4 * u + style.boldFm.height();
    for (qsizetype i = 0; i < std::min<qsizetype>(4, details.size()); ++i) {
        painter->drawText(QRectF(left, y, width, style.smallFm.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          style.smallFm.elidedText(details.at(i), Qt::ElideRight, width));
        y += style.smallFm.lineSpacing();
    }
    painter->restore();
}

void BubbleRich::paintProduct(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                              const BubbleStyle &style)
{
    const auto *interactive = input.chat.message.as<InteractiveContent>();
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.cardBackground);
    painter->drawRoundedRect(rect, 6 * u, 6 * u);
    const QRectF thumb(rect.left() + 5 * u, rect.top() + 5 * u, rect.height() - 10 * u,
                       rect.height() - 10 * u);
    painter->setBrush(style.placeholder);
    painter->drawRoundedRect(thumb, 4 * u, 4 * u);
    glyphs::button(painter,
                   thumb.adjusted(thumb.width() * 0.25, thumb.height() * 0.25,
                                  -thumb.width() * 0.25, -thumb.height() * 0.25),
                   ButtonGlyph::Cart, style.placeholderGlyph);
    const qreal left = thumb.right() + 10 * u;
    const qreal width = rect.right() - 8 * u - left;
    const QString id = interactive ? interactive->productRetailerId : QString();
    painter->setFont(style.bold);
    painter->setPen(style.text);
    painter->drawText(QRectF(left, rect.top() + 10 * u, width, style.boldFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      style.boldFm.elidedText(productTitle(id), Qt::ElideRight, width));
    painter->setFont(style.small);
    painter->setPen(style.secondary);
    painter->drawText(
        QRectF(left, rect.top() + 10 * u + style.boldFm.height(), width, style.smallFm.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        style.smallFm.elidedText(
            tr("Catalog %1").arg(interactive ? interactive->catalogId : QString()), Qt::ElideRight,
            width));
    painter->restore();
}

void BubbleRich::paintOrder(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                            const BubbleStyle &style)
{
    const auto *order = input.chat.message.as<OrderContent>();
    if (!order)
        return;
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal line = style.boldFm.height();
    glyphs::button(painter, QRectF(rect.left(), rect.top() + 2 * u, line, line), ButtonGlyph::Cart,
                   style.text);
    painter->setFont(style.bold);
    painter->setPen(style.text);
    painter->drawText(QRectF(rect.left() + line + 6 * u, rect.top() + 2 * u, rect.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Order · %n item(s)", nullptr, int(order->items.size())));
    qreal y = rect.top() + 6 * u + line;
    double total = 0;
    QString currency;
    bool oneCurrency = true;
    painter->setFont(style.small);
    for (const OrderItem &item : order->items) {
        const QRectF row(rect.left(), y, rect.width(), style.smallFm.lineSpacing());
        const QString amount = price(item.itemPrice * item.quantity, item.currency);
        const qreal amountWidth = style.smallFm.horizontalAdvance(amount) + 8 * u;
        painter->setPen(style.secondary);
        painter->drawText(
            row.adjusted(0, 0, -amountWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            style.smallFm.elidedText(tr("%1 × %2").arg(item.quantity).arg(item.productRetailerId),
                                     Qt::ElideRight, row.width() - amountWidth));
        painter->setPen(style.text);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, amount);
        total += item.itemPrice * item.quantity;
        oneCurrency = oneCurrency && (currency.isEmpty() || currency == item.currency);
        currency = item.currency;
        y += style.smallFm.lineSpacing();
    }
    if (oneCurrency && !order->items.isEmpty()) {
        painter->setFont(style.bold);
        painter->setPen(style.text);
        const QRectF row(rect.left(), y + 4 * u, rect.width(), line);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, tr("Total", "order sum"));
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, price(total, currency));
    }
    painter->restore();
}

void BubbleRich::paintReferral(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                               const BubbleStyle &style)
{
    const Referral referral = input.chat.message.referral.value_or(Referral{});
    const qreal u = style.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.quoteBackground);
    painter->drawRoundedRect(rect, 6 * u, 6 * u);
    const QRectF inner = rect.adjusted(9 * u, 6 * u, -9 * u, -6 * u);
    qreal y = inner.top();
    painter->setFont(style.smallBold);
    painter->setPen(style.text);
    const QRectF headline = painter->boundingRect(QRectF(inner.left(), y, inner.width(), 1e6),
                                                  kWrap, referral.headline);
    painter->drawText(QRectF(inner.left(), y, inner.width(), headline.height()), kWrap,
                      referral.headline);
    y += std::ceil(headline.height());
    painter->setFont(style.small);
    painter->setPen(style.secondary);
    const qreal bodyHeight = std::min(
        std::ceil(style.smallFm.boundingRect(QRectF(0, 0, inner.width(), 1e6), kWrap, referral.body)
                      .height()),
        3 * style.smallFm.lineSpacing());
    painter->save();
    painter->setClipRect(QRectF(inner.left(), y, inner.width(), bodyHeight));
    painter->drawText(QRectF(inner.left(), y, inner.width(), bodyHeight + 20 * u), kWrap,
                      referral.body);
    painter->restore();
    y += bodyHeight;
    painter->setPen(style.link);
    const QString source = referral.sourceUrl.isEmpty() ? tr("From an ad") : referral.sourceUrl;
    painter->drawText(QRectF(inner.left(), y, inner.width(), style.smallFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      style.smallFm.elidedText(source, Qt::ElideMiddle, inner.width()));
    painter->restore();
}

void BubbleRich::paintReactions(QPainter *painter, const QRectF &rect, const BubbleInput &input,
                                const BubbleStyle &style)
{
    QString text;
    bool failed = false;
    for (const ChatReaction &reaction : input.chat.reactions) {
        text += reaction.emoji;
        failed = failed || reaction.state == DeliveryState::Failed;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.shadow);
    painter->drawRoundedRect(rect.translated(0, 1), rect.height() / 2, rect.height() / 2);
    painter->setBrush(style.inbound);
    painter->setPen(failed ? QPen(style.failed, 1.5 * style.unit)
                           : QPen(style.background, 1.5 * style.unit));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(style.font);
    painter->setPen(style.text);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace sb

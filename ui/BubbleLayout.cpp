#include "BubbleLayout.h"

#include "BubbleActions.h"
#include "BubbleContent.h"
#include "BubbleMedia.h"
#include "BubbleRich.h"
#include "BubbleStrings.h"
#include "BubbleStyle.h"
#include "BubbleText.h"
#include "BubbleTicks.h"

#include <cmath>

namespace sb {

namespace {

enum class Span { Padded, Inset, Full }; // inside the padding, 3 px from the edge, edge to edge

struct Part
{
    PieceKind kind;
    int index = 0;
    qreal natural = 0;
    qreal height = 0;
    Span span = Span::Padded;
};

bool isWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

qreal insetOf(Span span, const BubbleStyle &style)
{
    switch (span) {
    case Span::Padded:
        return style.padding;
    case Span::Inset:
        return 3 * style.unit;
    case Span::Full:
        return 0;
    }
    return style.padding;
}

struct Context
{
    const BubbleInput &input;
    const BubbleStyle &style;
    const QDateTime &now;
    qreal contentMax;
};

void addRich(QList<Part> &parts, const Context &c, PieceKind kind, int index = 0,
             Span span = Span::Padded)
{
    const qreal width = span == Span::Padded
        ? c.contentMax
        : c.contentMax + 2 * (c.style.padding - insetOf(span, c.style));
    const QSizeF size = BubbleRich::measure(kind, c.input, index, width, c.style, c.now);
    if (size.height() > 0)
        parts.append({kind, index, size.width(), size.height(), span});
}

} // namespace

BubbleGeometry BubbleLayout::build(const BubbleInput &input, qreal viewWidth,
                                   const BubbleStyle &style, BubbleText &text, quint64 generation,
                                   const QDateTime &now)
{
    BubbleGeometry g;
    g.exact = true;
    const qreal u = style.unit;
    const qreal maxBubble = style.maxBubbleWidth(viewWidth);
    const bool out = input.outgoing();
    const Message &message = input.chat.message;
    qreal y = style.rowGap;

    if (input.dayStart) {
        const QSizeF s =
            BubbleRich::measure(PieceKind::DaySeparator, input, 0, maxBubble, style, now);
        const QRectF pill((viewWidth - s.width()) / 2, y + 8 * u, s.width(), s.height());
        g.pieces.append({PieceKind::DaySeparator, pill, 0});
        y = pill.bottom() + 10 * u;
    }
    if (message.kind == MessageKind::System) {
        const QSizeF s =
            BubbleRich::measure(PieceKind::SystemNote, input, 0, maxBubble, style, now);
        const QRectF pill((viewWidth - s.width()) / 2, y + 4 * u, s.width(), s.height());
        g.pieces.append({PieceKind::SystemNote, pill, 0});
        g.size = QSize(int(viewWidth), int(std::ceil(pill.bottom() + 4 * u + style.rowGap)));
        return g;
    }

    const auto media = BubbleContent::media(input);
    const bool sticker = media && media->kind == MediaKind::Sticker;
    const bool visual =
        media && (media->kind == MediaKind::Image || media->kind == MediaKind::Video);
    const bool location = BubbleContent::hasLocation(input);
    const qreal mediaWidth = std::min(style.mediaWidth, maxBubble - 6 * u);
    qreal contentMax = maxBubble - 2 * style.padding;
    if (visual || location || sticker) // captions wrap at the picture's width
        contentMax = std::min(contentMax, mediaWidth + 6 * u - 2 * style.padding);
    const Context c{input, style, now, contentMax};

    QList<Part> content;
    if (!BubbleContent::forwardedLabel(input).isEmpty())
        addRich(content, c, PieceKind::Forwarded);
    if (message.referral)
        addRich(content, c, PieceKind::Referral);
    if (message.kind == MessageKind::Template)
        addRich(content, c, PieceKind::TemplateTag);
    if (input.quoted)
        addRich(content, c, PieceKind::Quote);
    addRich(content, c, PieceKind::HeaderText);
    if (sticker)
        content.append({PieceKind::Media, 0, style.stickerSize, style.stickerSize, Span::Padded});
    else if (visual)
        content.append({PieceKind::Media, 0, mediaWidth, style.mediaHeight, Span::Inset});
    else if (media && media->kind == MediaKind::Document)
        content.append({PieceKind::Document, 0, std::min(contentMax, style.mediaWidth),
                        BubbleMedia::documentHeight(style), Span::Inset});
    else if (media && media->kind == MediaKind::Audio)
        content.append({PieceKind::Audio, 0, std::min(contentMax, 250 * u),
                        BubbleMedia::audioHeight(style), Span::Padded});
    if (location)
        addRich(content, c, PieceKind::Location, 0, Span::Inset);
    if (const auto *contacts = message.as<ContactsContent>()) {
        for (int i = 0; i < contacts->contacts.size(); ++i)
            addRich(content, c, PieceKind::Contact, i);
    }
    if (const auto *interactive = message.as<InteractiveContent>();
        interactive && interactive->kind == InteractiveKind::Product)
        addRich(content, c, PieceKind::Product);
    if (message.kind == MessageKind::Order)
        addRich(content, c, PieceKind::Order);
    addRich(content, c, PieceKind::ReplyLabel);
    const QString markup = BubbleContent::markup(input);
    BubbleText::Metrics textMetrics;
    if (!markup.isEmpty()) {
        textMetrics = text.measure(input.key, markup, contentMax, style, generation);
        g.textWidth = contentMax;
        content.append({PieceKind::Text, 0, textMetrics.width, textMetrics.height, Span::Padded});
    }
    addRich(content, c, PieceKind::Description);
    addRich(content, c, PieceKind::Footer);
    if (message.kind == MessageKind::Unsupported)
        addRich(content, c, PieceKind::Unsupported);

    QList<Part> actions;
    if (input.failed()) {
        const QSizeF failure = BubbleActions::measure(PieceKind::Failure, input, contentMax, style);
        actions.append({PieceKind::Failure, 0, failure.width(), failure.height(), Span::Padded});
        if (!input.chat.localId.isEmpty()) {
            const QSizeF retry = BubbleActions::measure(PieceKind::Retry, input, contentMax, style);
            actions.append({PieceKind::Retry, 0, retry.width(), retry.height(), Span::Padded});
        }
    }
    const qsizetype buttonCount = BubbleContent::buttons(input).size();
    const bool listButton = BubbleContent::listButton(input).has_value();
    QList<Part> buttons;
    if (buttonCount > 0 || listButton) {
        const qreal natural =
            BubbleActions::measure(PieceKind::Button, input, maxBubble, style).width();
        for (int i = 0; i < buttonCount; ++i)
            buttons.append({PieceKind::Button, i, natural, style.buttonHeight, Span::Full});
        if (listButton)
            buttons.append({PieceKind::ListButton, 0, natural, style.buttonHeight, Span::Full});
    }

    // Bubble width: the widest part, then room for the time stamp.
    const QString time = BubbleStrings::timeLabel(message.timestamp);
    const DeliveryState state = input.chat.status.state();
    const qreal metaWidth = BubbleTicks::metaWidth(time, out, state, style);
    const qreal metaHeight = std::ceil(style.smallFm.height());
    qreal bubbleWidth = 60 * u;
    for (const QList<Part> *list : {&content, &actions, &buttons}) {
        for (const Part &part : *list)
            bubbleWidth = std::max(bubbleWidth, part.natural + 2 * insetOf(part.span, style));
    }
    const Part *last = content.isEmpty() ? nullptr : &content.last();
    enum class MetaPlace { Inline, Overlay, Line } place = MetaPlace::Line;
    if (last && last->kind == PieceKind::Text && !textMetrics.lastLineRightToLeft) {
        const qreal inlineWidth =
            2 * style.padding + textMetrics.lastLineRight + 10 * u + metaWidth;
        if (inlineWidth <= maxBubble) {
            place = MetaPlace::Inline;
            bubbleWidth = std::max(bubbleWidth, inlineWidth);
        }
    } else if (last && last->kind == PieceKind::Media && !sticker) {
        place = MetaPlace::Overlay;
    } else if (last
               && (last->kind == PieceKind::Footer || last->kind == PieceKind::Description
                   || last->kind == PieceKind::ReplyLabel || last->kind == PieceKind::HeaderText)
               && last->height < 1.5 * style.smallFm.lineSpacing()) {
        // A one-line footer takes the time at its end, as on the phone.
        const qreal inlineWidth = 2 * style.padding + last->natural + 10 * u + metaWidth;
        if (inlineWidth <= maxBubble) {
            place = MetaPlace::Inline;
            bubbleWidth = std::max(bubbleWidth, inlineWidth);
        }
    }
    if (place == MetaPlace::Line)
        bubbleWidth = std::max(bubbleWidth, metaWidth + 2 * style.padding);
    bubbleWidth = std::ceil(std::min(bubbleWidth, maxBubble));
    if (sticker) {
        bubbleWidth = std::max(style.stickerSize, metaWidth + 2 * style.padding);
        g.metaOverlay = true; // no bubble behind the time: give it its own capsule
    }

    const qreal left = out ? viewWidth - style.sideMargin - bubbleWidth : style.sideMargin;
    const qreal top = y;
    const qreal firstInset =
        !content.isEmpty() && content.first().span == Span::Inset ? 3 * u : style.padding * 0.75;
    qreal cursor = top + (sticker ? 0 : firstInset);
    QRectF lastRect;
    for (int i = 0; i < content.size(); ++i) {
        const Part &part = content.at(i);
        const qreal inset = sticker ? 0 : insetOf(part.span, style);
        QRectF rect(left + inset, cursor, bubbleWidth - 2 * inset, part.height);
        if (sticker && part.kind == PieceKind::Media)
            rect = QRectF(out ? left + bubbleWidth - part.natural : left, cursor, part.natural,
                          part.height);
        g.pieces.append({part.kind, rect, part.index});
        switch (part.kind) {
        case PieceKind::Media:
        case PieceKind::Audio:
        case PieceKind::Document:
            g.hits.append({BubbleHit::Kind::Media, rect, {}});
            break;
        case PieceKind::Location: {
            const QString url = BubbleContent::mapUrl(input);
            if (url.isEmpty())
                break; // a template's location header without coordinates
            g.hits.append(
                {BubbleHit::Kind::Link,
                 QRectF(rect.topLeft(), QSizeF(rect.width(), BubbleRich::mapHeight(style))), url});
            const QRectF link = BubbleRich::mapLinkRect(g.pieces.last(), input, style);
            if (!link.isEmpty())
                g.hits.append({BubbleHit::Kind::Link, link, url});
            break;
        }
        case PieceKind::Referral:
            if (isWebUrl(message.referral->sourceUrl))
                g.hits.append({BubbleHit::Kind::Link, rect, message.referral->sourceUrl});
            break;
        default:
            break;
        }
        cursor = rect.bottom() + (i + 1 < content.size() ? style.lineGap : 0);
        lastRect = rect;
    }

    QRectF meta;
    switch (place) {
    case MetaPlace::Inline:
        meta = QRectF(left + bubbleWidth - style.padding - metaWidth,
                      lastRect.bottom() - metaHeight, metaWidth, metaHeight);
        cursor = lastRect.bottom() + style.padding * 0.6;
        break;
    case MetaPlace::Overlay:
        meta = QRectF(lastRect.right() - 8 * u - metaWidth, lastRect.bottom() - 6 * u - metaHeight,
                      metaWidth, metaHeight);
        g.metaOverlay = true;
        cursor = lastRect.bottom() + 3 * u;
        break;
    case MetaPlace::Line:
        meta = QRectF(left + bubbleWidth - style.padding - metaWidth,
                      cursor + (content.isEmpty() ? 0 : 2 * u), metaWidth, metaHeight);
        cursor = meta.bottom() + (sticker ? 0 : style.padding * 0.6);
        break;
    }
    g.pieces.append({PieceKind::Meta, meta, 0});

    for (const Part &part : actions) {
        QRectF rect(left + style.padding, cursor, bubbleWidth - 2 * style.padding, part.height);
        if (part.kind == PieceKind::Retry) {
            rect = QRectF(left + bubbleWidth - style.padding - part.natural, cursor + 4 * u,
                          part.natural, part.height);
            g.hits.append({BubbleHit::Kind::Retry, rect, {}});
        }
        g.pieces.append({part.kind, rect, part.index});
        cursor = rect.bottom() + style.padding * 0.75;
    }
    const QList<BubbleButton> shownButtons = BubbleContent::buttons(input);
    for (const Part &part : buttons) {
        const QRectF rect(left, cursor, bubbleWidth, part.height);
        g.pieces.append({part.kind, rect, part.index});
        if (part.kind == PieceKind::ListButton)
            g.hits.append({BubbleHit::Kind::ListButton, rect, {}});
        else if (!shownButtons.at(part.index).target.isEmpty())
            g.hits.append({BubbleHit::Kind::Link, rect, shownButtons.at(part.index).target});
        cursor = rect.bottom();
    }
    g.bubble = sticker ? QRectF() : QRectF(left, top, bubbleWidth, cursor - top);
    qreal bottom = sticker ? cursor : g.bubble.bottom();

    if (!input.chat.reactions.isEmpty()) {
        const QSizeF s = BubbleRich::measure(PieceKind::Reactions, input, 0, maxBubble, style, now);
        const qreal x = out ? left + bubbleWidth - 10 * u - s.width() : left + 10 * u;
        const QRectF pill(x, bottom - 5 * u, s.width(), s.height());
        g.pieces.append({PieceKind::Reactions, pill, 0});
        bottom = pill.bottom();
    }
    if (input.readReceiptsMaybeOff && out) {
        const QSizeF s = BubbleRich::measure(PieceKind::Hint, input, 0, maxBubble, style, now);
        const qreal x = out ? left + bubbleWidth - s.width() : left;
        const QRectF hint(x, bottom + 3 * u, s.width(), s.height());
        g.pieces.append({PieceKind::Hint, hint, 0});
        bottom = hint.bottom();
    }
    g.size = QSize(int(viewWidth), int(std::ceil(bottom + style.rowGap)));
    return g;
}

QSize BubbleLayout::estimate(const BubbleInput &input, qreal viewWidth, const BubbleStyle &style)
{
    const qreal u = style.unit;
    const qreal maxBubble = style.maxBubbleWidth(viewWidth);
    const qreal small = style.smallFm.lineSpacing();
    const Message &message = input.chat.message;
    qreal h = 2 * style.rowGap;
    if (input.dayStart)
        h += style.smallFm.height() + 28 * u;
    if (message.kind == MessageKind::System)
        return QSize(int(viewWidth), int(std::ceil(h + 2 * small + 18 * u)));

    const auto media = BubbleContent::media(input);
    const bool location = BubbleContent::hasLocation(input);
    qreal contentMax = maxBubble - 2 * style.padding;
    if (location
        || (media && media->kind != MediaKind::Document && media->kind != MediaKind::Audio))
        contentMax = std::min(
            contentMax, std::min(style.mediaWidth, maxBubble - 6 * u) + 6 * u - 2 * style.padding);
    h += style.padding * 1.35 + small;
    if (media) {
        switch (media->kind) {
        case MediaKind::Image:
        case MediaKind::Video:
            h += style.mediaHeight;
            break;
        case MediaKind::Sticker:
            h += style.stickerSize;
            break;
        case MediaKind::Document:
            h += BubbleMedia::documentHeight(style);
            break;
        case MediaKind::Audio:
            h += BubbleMedia::audioHeight(style);
            break;
        }
    }
    if (location)
        h += BubbleRich::mapHeight(style) + 3 * small;
    if (const auto *contacts = message.as<ContactsContent>())
        h += contacts->contacts.size() * 50 * u;
    if (const auto *order = message.as<OrderContent>())
        h += order->items.size() * small + 2 * style.boldFm.height();
    if (message.kind == MessageKind::Interactive || message.kind == MessageKind::Template)
        h += 2 * small;
    if (input.quoted)
        h += 2 * small + 16 * u;
    if (message.referral)
        h += 5 * small;
    const QString markup = BubbleContent::markup(input);
    if (!markup.isEmpty())
        h += BubbleText::estimateHeight(markup, contentMax, style);
    h += (BubbleContent::buttons(input).size() + (BubbleContent::listButton(input) ? 1 : 0))
        * style.buttonHeight;
    if (input.failed())
        h += 3 * small + 40 * u;
    if (!input.chat.reactions.isEmpty())
        h += style.fm.height();
    if (input.readReceiptsMaybeOff)
        h += 2 * small;
    return QSize(int(viewWidth), int(std::ceil(h)));
}

} // namespace sb

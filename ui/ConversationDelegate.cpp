#include "ConversationDelegate.h"

#include "Clock.h"
#include "ConversationListModel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sb {

namespace {

constexpr int HPad = 12;
constexpr int VPad = 9;
constexpr int AvatarGap = 12;
constexpr int ItemGap = 6;
constexpr int PillHPad = 8;
constexpr int BadgeHPad = 6;
constexpr int MaxAssigneeWidth = 96;
constexpr int MinimumRowWidth = 260;

using Role = ConversationListModel::Role;

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(8, qRound(base.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

struct ConversationDelegate::Metrics
{
    explicit Metrics(const QFont &font)
        : base(font)
        , name(scaled(font, 1.0, true))
        , small(scaled(font, 0.85, false))
        , smallBold(scaled(font, 0.85, true))
        , baseFm(base)
        , nameFm(name)
        , smallFm(small)
        , smallBoldFm(smallBold)
    {
        lineGap = std::max(3, baseFm.height() / 5);
        const int textHeight = nameFm.height() + lineGap + baseFm.height();
        avatarSize = std::max(40, textHeight + 6);
        rowHeight = std::max(avatarSize, textHeight) + 2 * VPad;
        badgeHeight = smallFm.height() + 2;
        pillHeight = smallBoldFm.height() + 4;
        avatar = scaled(font, 1.0, true);
        avatar.setPixelSize(std::max(10, avatarSize * 2 / 5));
    }

    QFont base, name, small, smallBold, avatar;
    QFontMetrics baseFm, nameFm, smallFm, smallBoldFm;
    int lineGap = 0;
    int avatarSize = 0;
    int rowHeight = 0;
    int badgeHeight = 0;
    int pillHeight = 0;
};

struct ConversationDelegate::Row
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString business;
    QString preview;
    QString time;
    bool fromCustomer = false;
    int unread = 0;
    QString assignee;
    ConversationRowStyle style;
};

struct ConversationDelegate::Geometry
{
    QRect avatar, name, business, time, assignee, preview, unread, marker, pill;
    QString nameText, businessText, assigneeText, previewText, unreadText;
};

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ConversationDelegate::~ConversationDelegate() = default;

void ConversationDelegate::setShowBusinessNumber(bool show)
{
    m_showBusinessNumber = show;
}

void ConversationDelegate::setClock(const Clock *clock)
{
    m_clock = clock;
}

const ConversationDelegate::Metrics &ConversationDelegate::metrics(const QFont &font) const
{
    if (!m_metrics || m_metrics->base != font) {
        m_metrics = std::make_unique<Metrics>(font);
        m_sizeByWidth.clear();
    }
    return *m_metrics;
}

ConversationDelegate::Row ConversationDelegate::rowData(const QModelIndex &index) const
{
    Row row;
    row.id = index.data(Role::IdRole).toLongLong();
    row.name = index.data(Role::ContactNameRole).toString();
    row.phone = index.data(Role::ContactPhoneRole).toString();
    row.business = index.data(Role::BusinessNumberRole).toString();
    row.preview = index.data(Role::LastPreviewRole).toString();
    row.fromCustomer = index.data(Role::LastFromCustomerRole).toBool();
    row.unread = index.data(Role::UnreadRole).toInt();
    row.assignee = index.data(Role::AssigneeRole).toString();
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    row.time = lastMessageLabel(index.data(Role::LastMessageAtRole).toDateTime(), now);
    row.style = styleFor(index.data(Role::WindowPhaseRole).value<WindowPhase>(),
                         index.data(Role::WindowTextRole).toString(),
                         index.data(Role::FreeEntryPointActiveRole).toBool());
    return row;
}

ConversationDelegate::Geometry ConversationDelegate::layout(const QRect &rect, const Metrics &m,
                                                            const Row &row) const
{
    Geometry g;
    const QRect content = rect.adjusted(HPad, VPad, -HPad, -VPad);
    g.avatar = QRect(content.left(), content.top() + (content.height() - m.avatarSize) / 2,
                     m.avatarSize, m.avatarSize);
    const int left = g.avatar.right() + 1 + AvatarGap;
    const int textHeight = m.nameFm.height() + m.lineGap + m.baseFm.height();
    const int top = content.top() + (content.height() - textHeight) / 2;
    const QRect line1(left, top, std::max(0, content.right() - left + 1), m.nameFm.height());
    const QRect line2(left, line1.bottom() + 1 + m.lineGap, line1.width(), m.baseFm.height());
    const auto centred = [](const QRect &line, int right, int width, int height) {
        return QRect(right - width, line.top() + (line.height() - height) / 2, width, height);
    };

    // Line 1, right to left: time, assignee; the name takes what is left.
    int x = line1.right() + 1;
    if (!row.time.isEmpty()) {
        g.time = centred(line1, x, m.smallFm.horizontalAdvance(row.time), line1.height());
        x = g.time.left() - ItemGap;
    }
    if (!row.assignee.isEmpty()) {
        g.assigneeText = m.smallFm.elidedText(row.assignee, Qt::ElideRight, MaxAssigneeWidth);
        const int width = m.smallFm.horizontalAdvance(g.assigneeText) + 2 * BadgeHPad;
        g.assignee = centred(line1, x, width, m.badgeHeight);
        x = g.assignee.left() - ItemGap;
    }
    int available = std::max(0, x - left);
    int businessWidth = 0;
    if (m_showBusinessNumber && !row.business.isEmpty()) {
        g.businessText = m.smallFm.elidedText(row.business, Qt::ElideMiddle,
                                              std::max(0, available * 2 / 5 - 2 * BadgeHPad));
        businessWidth = m.smallFm.horizontalAdvance(g.businessText) + 2 * BadgeHPad;
        available = std::max(0, available - businessWidth - ItemGap);
    }
    const QString name =
        row.name.isEmpty() ? (row.phone.isEmpty() ? tr("Unknown contact") : row.phone) : row.name;
    g.nameText = m.nameFm.elidedText(name, Qt::ElideRight, available);
    g.name = QRect(left, line1.top(), m.nameFm.horizontalAdvance(g.nameText), line1.height());
    if (businessWidth > 0)
        g.business = centred(line1, g.name.right() + 1 + ItemGap + businessWidth, businessWidth,
                             m.badgeHeight);

    // Line 2, right to left: window pill, free-entry-point marker, unread badge, then preview.
    x = line2.right() + 1;
    const int pillWidth = m.smallBoldFm.horizontalAdvance(row.style.pillText) + 2 * PillHPad;
    g.pill = centred(line2, x, pillWidth, m.pillHeight);
    x = g.pill.left() - ItemGap;
    if (row.style.freeEntryPoint) {
        const int width =
            m.smallBoldFm.horizontalAdvance(row.style.freeEntryPointText) + 2 * PillHPad;
        g.marker = centred(line2, x, width, m.pillHeight);
        x = g.marker.left() - ItemGap;
    }
    if (row.unread > 0) {
        g.unreadText = row.unread > 99 ? QStringLiteral("99+") : QString::number(row.unread);
        const int width =
            std::max(m.pillHeight, m.smallBoldFm.horizontalAdvance(g.unreadText) + 2 * BadgeHPad);
        g.unread = centred(line2, x, width, m.pillHeight);
        x = g.unread.left() - ItemGap;
    }
    QString preview = row.preview;
    preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!row.fromCustomer && !preview.isEmpty())
        preview = tr("You: %1", "preview of our own last message").arg(preview);
    g.previewText = m.baseFm.elidedText(preview, Qt::ElideRight, std::max(0, x - left));
    g.preview = QRect(left, line2.top(), std::max(0, x - left), line2.height());
    return g;
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const Metrics &m = metrics(option.font);
    const Row row = rowData(index);
    const Geometry g = layout(option.rect, m, row);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !option.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : (option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive);
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = withAlpha(text, 150);

    if (!selected) {
        painter->setPen(withAlpha(text, 28));
        painter->drawLine(g.name.left(), option.rect.bottom(), option.rect.right(),
                          option.rect.bottom());
    }
    paintAvatar(painter, g.avatar, m, row);

    painter->setFont(m.name);
    painter->setPen(text);
    painter->drawText(g.name, Qt::AlignLeft | Qt::AlignVCenter, g.nameText);
    painter->setFont(m.small);
    if (!g.business.isEmpty()) {
        painter->setPen(withAlpha(text, 70));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(g.business).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(muted);
        painter->drawText(g.business, Qt::AlignCenter, g.businessText);
    }
    if (!g.assignee.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(text, 20));
        painter->drawRoundedRect(g.assignee, g.assignee.height() / 2.0, g.assignee.height() / 2.0);
        painter->setPen(muted);
        painter->drawText(g.assignee, Qt::AlignCenter, g.assigneeText);
    }
    if (!g.time.isEmpty()) {
        painter->setPen(row.unread > 0 && !selected ? unreadBadgeColor().darker(115) : muted);
        painter->drawText(g.time, Qt::AlignRight | Qt::AlignVCenter, row.time);
    }

    painter->setFont(m.base);
    painter->setPen(row.unread > 0 ? text : muted);
    painter->drawText(g.preview, Qt::AlignLeft | Qt::AlignVCenter, g.previewText);
    if (!g.unread.isEmpty())
        paintPill(painter, g.unread, m.smallBold, unreadBadgeColor(), Qt::white, g.unreadText);
    if (!g.marker.isEmpty())
        paintPill(painter, g.marker, m.smallBold, freeEntryPointBackground(),
                  freeEntryPointForeground(), row.style.freeEntryPointText);
    paintPill(painter, g.pill, m.smallBold, pillBackground(row.style.look),
              pillForeground(row.style.look), row.style.pillText);
    painter->restore();
}

void ConversationDelegate::paintAvatar(QPainter *painter, const QRect &rect, const Metrics &m,
                                       const Row &row) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(row.id));
    painter->drawEllipse(rect);
    painter->setFont(m.avatar);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, initialsFor(row.name, row.phone));
}

void ConversationDelegate::paintPill(QPainter *painter, const QRect &rect, const QFont &font,
                                     const QColor &background, const QColor &foreground,
                                     const QString &text) const
{
    const qreal radius = rect.height() / 2.0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(font);
    painter->setPen(foreground);
    painter->drawText(rect, Qt::AlignCenter, text);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    const Metrics &m = metrics(option.font);
    const int width = option.rect.width();
    const auto cached = m_sizeByWidth.constFind(width);
    if (cached != m_sizeByWidth.cend())
        return *cached;
    // Rows stretch to the view's width; the hint only asks for room for a name and a pill.
    const QSize size(MinimumRowWidth, m.rowHeight);
    m_sizeByWidth.insert(width, size);
    return size;
}

QRect ConversationDelegate::pillRect(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    return layout(option.rect, metrics(option.font), rowData(index)).pill;
}

QRect ConversationDelegate::freeEntryPointRect(const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    return layout(option.rect, metrics(option.font), rowData(index)).marker;
}

} // namespace sb

#include "TemplateListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace sb {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 6;
constexpr int kLineGap = 2;

// QFontMetrics::elidedText() may elide a text that exactly fits; only shorten what does not.
QString fitted(const QFontMetrics &metrics, const QString &text, int width)
{
    return metrics.horizontalAdvance(text) <= width
        ? text
        : metrics.elidedText(text, Qt::ElideRight, width);
}
} // namespace

QSize TemplateListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return {200, 2 * kPadY + 2 * metrics.height() + kLineGap};
}

void TemplateListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear(); // only the panel: selection and hover
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool sendable = index.data(SendableRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = selected ? palette.color(QPalette::HighlightedText)
        : sendable               ? palette.color(QPalette::Text)
                                 : palette.color(QPalette::Disabled, QPalette::Text);
    const QColor muted = selected ? palette.color(QPalette::HighlightedText)
                                  : palette.color(QPalette::PlaceholderText);

    painter->save();
    const QRect area = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);

    // The reason a row cannot be sent is its second line, so the first needs no status mark.
    const int right = area.right();
    const QString meta = index.data(MetaRole).toString();
    painter->setFont(opt.font);
    painter->setPen(muted);
    // The name keeps what it needs up to half the row; language and category get the rest.
    const QString name = index.data(NameRole).toString();
    const int nameNeeds = std::min(boldMetrics.horizontalAdvance(name), (right - area.left()) / 2);
    const int metaWidth =
        std::max(0, std::min(metrics.horizontalAdvance(meta), right - area.left() - nameNeeds - 8));
    const QRect metaRect(right - metaWidth, area.top(), metaWidth, metrics.height());
    painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter,
                      fitted(metrics, meta, metaWidth));

    painter->setFont(bold);
    painter->setPen(text);
    const QRect nameRect(area.left(), area.top(), metaRect.left() - area.left() - 8,
                         boldMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fitted(boldMetrics, name, nameRect.width()));

    painter->setFont(opt.font);
    painter->setPen(sendable ? muted : palette.color(QPalette::Disabled, QPalette::Text));
    const QRect subRect(area.left(), area.top() + boldMetrics.height() + kLineGap, area.width(),
                        metrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fitted(metrics, index.data(SubtitleRole).toString(), subRect.width()));
    painter->restore();
}

} // namespace sb

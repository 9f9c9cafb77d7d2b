#pragma once

#include <QStyledItemDelegate>

namespace sb {

// Paints one template row of the picker: the name in bold with language and category on the
// right, and under it the body (or, greyed, why the template cannot be sent).
class TemplateListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListDelegate)

public:
    // Item data roles the picker fills.
    enum Role {
        NameRole = Qt::UserRole + 10,
        MetaRole, // "en_US · Utility"
        SubtitleRole, // body text, or the reason it cannot be sent
        SendableRole, // bool
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sb

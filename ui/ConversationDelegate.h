#pragma once

#include "ConversationRowStyle.h"

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace sb {

class Clock;

// Paints one inbox row from ConversationListModel roles: avatar, name, business-number badge,
// last-message time, assignee, preview, unread badge, free-entry-point marker and window pill.
// Layout metrics are cached per font and the size hint per width.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject *parent = nullptr);
    ~ConversationDelegate() override;

    // Show which of our numbers a conversation belongs to (when several are connected).
    void setShowBusinessNumber(bool show);
    bool showBusinessNumber() const { return m_showBusinessNumber; }
    // For "today"/"yesterday" labels. nullptr means the system clock; it must outlive the delegate.
    void setClock(const Clock *clock);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the window pill and the free-entry-point marker of `index` go inside option.rect;
    // the marker's rect is empty when there is none.
    QRect pillRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect freeEntryPointRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    struct Metrics;
    struct Row;
    struct Geometry;

    const Metrics &metrics(const QFont &font) const;
    Row rowData(const QModelIndex &index) const;
    Geometry layout(const QRect &rect, const Metrics &m, const Row &row) const;
    void paintAvatar(QPainter *painter, const QRect &rect, const Metrics &m, const Row &row) const;
    void paintPill(QPainter *painter, const QRect &rect, const QFont &font,
                   const QColor &background, const QColor &foreground, const QString &text) const;

    bool m_showBusinessNumber = false;
    const Clock *m_clock = nullptr;
    mutable std::unique_ptr<Metrics> m_metrics;
    mutable QHash<int, QSize> m_sizeByWidth;
};

} // namespace sb

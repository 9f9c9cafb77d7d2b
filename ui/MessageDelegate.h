#pragma once

#include "BubbleGeometry.h"

#include <QDate>
#include <QHash>
#include <QStyledItemDelegate>

#include <memory>
#include <optional>

namespace sb {

class BubbleMedia;
class BubbleStyle;
class BubbleText;
class Clock;

// Paints MessageListModel rows as chat bubbles. Each row's layout is measured once per width,
// revision and style generation and cached under the row's key (Chatterino's per-message layout
// cache): a status, reaction or download bumps the revision and only that row is measured again;
// a width, font or palette change invalidates everything. Rows far from the viewport get a cheap
// estimated height until the view asks for their exact layout (ensureExact), so a 100,000-row
// history opens without laying out 100,000 texts.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    // The clock (for "Today" and the read-receipts hint) must outlive the delegate; nullptr
    // means the system clock.
    explicit MessageDelegate(const Clock *clock, QObject *parent = nullptr);
    ~MessageDelegate() override;

    void setViewWidth(int width);
    int viewWidth() const { return m_viewWidth; }
    // Font, palette or style changed: every cached layout and document is dropped.
    void invalidateLayouts();
    // Models up to this many rows are measured exactly in sizeHint; bigger ones are estimated.
    void setExactRowLimit(int rows) { m_exactRowLimit = rows; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Measures the row exactly if it is not yet; true when its height differs from the one the
    // view was last given (the view must lay out again).
    bool ensureExact(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // Whether the row has its exact layout at the current width (ChatView tracks which heights
    // it has been given).
    bool geometryIsExact(const QModelIndex &index) const;
    // True once after the local day changed ("Today" and the hints read differently now).
    bool takeRelayoutNeeded() const;

    // Hit-testing in viewport coordinates; option.rect must be the row's visual rect.
    std::optional<BubbleHit> hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                                     const QPoint &pos) const;
    QRect hitRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                  BubbleHit::Kind kind) const;
    QRect bubbleRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QString toolTipAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QPoint &pos) const;
    // The exact geometry of a row, for the view and tests.
    const BubbleGeometry &geometry(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const;

    // The hit area under the mouse, drawn highlighted (row key and row-relative rect). Returns
    // whether it changed.
    bool setHover(qint64 key, const QRectF &rect);

private:
    struct Entry
    {
        int width = 0;
        quint64 revision = 0;
        quint64 generation = 0;
        BubbleGeometry geometry;
        int reportedHeight = -1; // what sizeHint last told the view
    };

    void ensureStyle(const QStyleOptionViewItem &option) const;
    int widthFor(const QStyleOptionViewItem &option) const;
    Entry *entryFor(const QModelIndex &index, int width) const;
    const BubbleGeometry &exact(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const BubbleInput *known = nullptr) const;
    void paintPiece(QPainter *painter, const BubblePiece &piece, const BubbleInput &input,
                    const BubbleGeometry &geometry) const;

    const Clock *m_clock;
    int m_viewWidth = 0;
    int m_exactRowLimit = 400;
    mutable std::unique_ptr<BubbleStyle> m_style;
    mutable std::unique_ptr<BubbleText> m_text;
    mutable std::unique_ptr<BubbleMedia> m_media;
    mutable QHash<qint64, Entry> m_layouts;
    mutable quint64 m_generation = 1;
    mutable qint64 m_dayStartMs = 0; // "Today" changes at midnight: the local day being shown
    mutable qint64 m_dayEndMs = 0;
    mutable bool m_relayoutNeeded = false;
    qint64 m_hoverKey = 0;
    QRectF m_hoverRect;
};

} // namespace sb

#pragma once

#include "BubbleGeometry.h"

#include <QDateTime>
#include <QSize>

namespace sb {

class BubbleStyle;
class BubbleText;

// Measures one row: which parts its message kind has, how big each is, where the bubble sits
// (ours on the right, the customer's on the left) and where the time, ticks, buttons, failure
// panel, reactions and hints go. The same geometry drives painting and hit-testing.
class BubbleLayout
{
public:
    BubbleLayout() = delete;

    static BubbleGeometry build(const BubbleInput &input, qreal viewWidth, const BubbleStyle &style,
                                BubbleText &text, quint64 generation, const QDateTime &now);
    // A cheap height guess (no text layout) for rows that were never near the viewport.
    static QSize estimate(const BubbleInput &input, qreal viewWidth, const BubbleStyle &style);
};

} // namespace sb

#include "EmojiPicker.h"

#include <QGridLayout>
#include <QScreen>
#include <QToolButton>

#include <string_view>

namespace sb {

namespace {
constexpr int kColumns = 8;
}

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Emoji"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(2);
    const QStringList emoji = commonEmoji();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    for (qsizetype i = 0; i < emoji.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setText(emoji[i]);
        button->setFont(font);
        button->setAutoRaise(true);
        button->setFixedSize(34, 34);
        button->setAccessibleName(emoji[i]);
        const QString chosen = emoji[i];
        connect(button, &QToolButton::clicked, this, [this, chosen] {
            Q_EMIT emojiChosen(chosen);
            close();
        });
        grid->addWidget(button, int(i / kColumns), int(i % kColumns));
    }
}

QStringList EmojiPicker::commonEmoji()
{
    // Escapes keep the source ASCII; VS16 asks for the colour presentation of old symbols.
    static constexpr std::u16string_view kEmoji[] = {
        u"\U0001F600",   u"\U0001F603",   u"\U0001F604", u"\U0001F60A",   u"\U0001F642",
        u"\U0001F609",   u"\U0001F60D",   u"\U0001F618", u"\U0001F602",   u"\U0001F923",
        u"\U0001F605",   u"\U0001F607",   u"\U0001F914", u"\U0001F62E",   u"\U0001F622",
        u"\U0001F62D",   u"\U0001F614",   u"\U0001F60E", u"\U0001F44D",   u"\U0001F44E",
        u"\U0001F44F",   u"\U0001F64F",   u"\U0001F44B", u"\U0001F91D",   u"\U0001F4AA",
        u"\u270C\uFE0F", u"\u2764\uFE0F", u"\U0001F525", u"\u2728",       u"\U0001F389",
        u"\U0001F381",   u"\u2705",       u"\u274C",     u"\u26A0\uFE0F", u"\U0001F4E6",
        u"\U0001F69A",   u"\U0001F4B3",   u"\U0001F4C5", u"\u23F0",       u"\U0001F4DE",
    };
    QStringList out;
    out.reserve(std::size(kEmoji));
    for (const std::u16string_view emoji : kEmoji)
        out.append(QStringView(emoji).toString());
    return out;
}

void EmojiPicker::popupAbove(const QPoint &anchor)
{
    adjustSize();
    QPoint topLeft(anchor.x(), anchor.y() - height());
    if (const QScreen *screen = QWidget::screen()) {
        const QRect area = screen->availableGeometry();
        topLeft.setX(
            std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() - width())));
        if (topLeft.y() < area.top())
            topLeft.setY(anchor.y());
    }
    move(topLeft);
    show();
}

} // namespace sb

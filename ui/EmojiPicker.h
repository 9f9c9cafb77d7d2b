#pragma once

#include <QFrame>
#include <QStringList>

namespace sb {

// A small popup grid of the emoji agents use most; a click inserts one and closes the popup.
class EmojiPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiPicker)

public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    static QStringList commonEmoji();
    // Shows the popup with its bottom-left corner at `anchor` (global), kept on screen.
    void popupAbove(const QPoint &anchor);

Q_SIGNALS:
    void emojiChosen(const QString &emoji);
};

} // namespace sb

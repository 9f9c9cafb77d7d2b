#pragma once

#include <QAbstractButton>

namespace sb {

// The floating "3 new messages ↓" pill over the chat when messages arrive while the user reads
// older ones.
class ChatNewMessagesPill final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatNewMessagesPill)

public:
    explicit ChatNewMessagesPill(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace sb

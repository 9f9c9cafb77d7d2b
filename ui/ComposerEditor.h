#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace sb {

// The text field of the composer. Enter asks to send, Shift+Enter breaks the line, Esc asks to
// cancel the reply; dropped or pasted files and images are handed out as attachments instead of
// being inserted as text. Pasted text always arrives plain.
class ComposerEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEditor)

public:
    explicit ComposerEditor(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Grows with its text up to this many lines, then scrolls.
    void setMaximumLines(int lines);

    // Local files of a drop or paste; empty when it carries none.
    static QStringList localFiles(const QMimeData *source);

Q_SIGNALS:
    void sendPressed();
    void escapePressed();
    void filesOffered(const QStringList &localPaths);
    void imageOffered(const QImage &image);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateHeight();

    int m_maximumLines = 8;
};

} // namespace sb

#include "ComposerEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace sb {

ComposerEditor::ComposerEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // QPlainTextDocumentLayout measures the document in lines (wrapping included).
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ComposerEditor::updateHeight);
    updateHeight();
}

QStringList ComposerEditor::localFiles(const QMimeData *source)
{
    QStringList files;
    if (!source || !source->hasUrls())
        return files;
    const QList<QUrl> urls = source->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void ComposerEditor::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    updateHeight();
}

QSize ComposerEditor::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize ComposerEditor::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), height()};
}

void ComposerEditor::updateHeight()
{
    const int measured = int(std::ceil(document()->documentLayout()->documentSize().height()));
    const int lines = std::clamp(measured, 1, m_maximumLines);
    // Below the maximum the field grows instead; a scroll bar would only flicker in and out.
    setVerticalScrollBarPolicy(measured > m_maximumLines ? Qt::ScrollBarAsNeeded
                                                         : Qt::ScrollBarAlwaysOff);
    const int wanted = lines * fontMetrics().lineSpacing()
        + int(std::ceil(2 * document()->documentMargin())) + 2 * frameWidth();
    if (wanted != height()) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}

void ComposerEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods & Qt::ShiftModifier) {
            // A real paragraph, not the default U+2028 soft break: the highlighter works per block.
            textCursor().insertBlock();
            ensureCursorVisible();
            event->accept();
            return;
        }
        if (mods == Qt::NoModifier) {
            event->accept();
            Q_EMIT sendPressed();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        Q_EMIT escapePressed();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return !localFiles(source).isEmpty() || (source && source->hasImage())
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        Q_EMIT filesOffered(files);
        return;
    }
    if (source && source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imageOffered(image);
            return;
        }
    }
    if (source && source->hasText())
        insertPlainText(source->text());
}

} // namespace sb

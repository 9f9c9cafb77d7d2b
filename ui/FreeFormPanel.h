#pragma once

#include "AttachmentCheck.h"
#include "Message.h"
#include "Violation.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QTemporaryDir;
class QToolButton;
class QVBoxLayout;

namespace sb {

class AttachmentChip;
class ComposerEditor;
class EmojiPicker;
class MarkupHighlighter;

// The free-form half of the composer (customer-service window open): text with a live
// formatting preview, emoji, reply-to, attachments and live validation with the same validator
// the outbox and the sandbox use. Enter sends, Shift+Enter breaks the line.
class FreeFormPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreeFormPanel)

public:
    explicit FreeFormPanel(QWidget *parent = nullptr);
    ~FreeFormPanel() override;

    ComposerEditor *editor() const { return m_editor; }
    QString text() const;
    void setText(const QString &text);

    void setRecipient(const QString &to);
    // Quote a message in the next send; Esc or the close button cancels it.
    void setReplyTo(const QString &messageId, const QString &quotedPreview);
    void clearReplyTo();
    QString replyToId() const { return m_replyToId; }

    // Checks each file at once; refused files are named in attachmentMessage(), accepted ones
    // become chips. Returns how many were accepted.
    int attachFiles(const QStringList &localPaths);
    // A pasted picture: saved as an 8-bit PNG (JPEG when that is too large) under the paste
    // directory, then checked like any file.
    bool attachImage(const QImage &image);
    // Where pasted pictures are written; by default a temporary folder that lives as long as the
    // panel (the engine uploads files right after the send).
    void setPasteDirectory(const QString &directory);
    QList<AttachmentChip *> attachments() const { return m_chips; }
    void clearAttachments();
    // The last refusal (or caveat) about a file; empty when none.
    QString attachmentMessage() const;
    void openFileDialog();

    // Everything a send would emit right now, media first (the reply quote goes on the first).
    QList<Message> pendingMessages() const;
    QList<Violation> violations() const { return m_violations; }
    // "Message: Shorten the message text to 4096 characters or fewer (it has 4100)."
    QString firstError() const;
    bool canSend() const;
    // Emits sendRequested for each pending message and clears the panel; false when blocked.
    bool send();

    void setTypingIndicatorEnabled(bool enabled);
    bool typingIndicatorEnabled() const;
    void setFormattingPreviewEnabled(bool enabled);
    QString counterText() const;

Q_SIGNALS:
    void sendRequested(const sb::Message &message, const QString &localFilePath);
    void sent();
    void textEdited();
    void templateRequested();
    void typingIndicatorToggled(bool enabled);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildToolbar(QVBoxLayout *layout);
    void elideReplyQuote();
    void addChip(const AttachmentCheckResult &file);
    void removeChip(AttachmentChip *chip);
    void showFileMessage(const QString &message, bool refusal);
    void revalidate();
    void updatePreview();
    QString fieldLabel(const Violation &violation) const;
    QString pasteDirectory();
    void showEmojiPicker();

    ComposerEditor *m_editor = nullptr;
    MarkupHighlighter *m_highlighter = nullptr;
    QWidget *m_replyBanner = nullptr;
    QLabel *m_replyText = nullptr;
    QLabel *m_preview = nullptr;
    QWidget *m_chipArea = nullptr;
    QVBoxLayout *m_chipLayout = nullptr;
    QLabel *m_fileMessage = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_emojiButton = nullptr;
    QToolButton *m_attachButton = nullptr;
    QToolButton *m_sendButton = nullptr;
    QToolButton *m_templateButton = nullptr;
    QCheckBox *m_typing = nullptr;
    EmojiPicker *m_emojiPicker = nullptr;

    QString m_to;
    QString m_replyToId;
    QString m_replyQuote; // one line, unelided
    QList<AttachmentChip *> m_chips;
    QList<Violation> m_violations;
    QString m_pasteDirectory;
    std::unique_ptr<QTemporaryDir> m_pasteTemp;
    bool m_previewEnabled = true;
};

} // namespace sb

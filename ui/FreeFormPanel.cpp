#include "FreeFormPanel.h"

#include "AttachmentChip.h"
#include "ComposerEditor.h"
#include "ComposerIcons.h"
#include "EmojiPicker.h"
#include "MarkupHighlighter.h"
#include "WhatsAppMarkup.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

constexpr int kPreviewMaxLines = 4;

QToolButton *iconButton(QWidget *parent, ComposerIcons::Icon icon, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setIcon(ComposerIcons::icon(icon, parent->palette().color(QPalette::PlaceholderText)));
    button->setIconSize(QSize(24, 24));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

FreeFormPanel::FreeFormPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1); // extra height goes above: the text field stays at the bottom

    m_replyBanner = new QWidget(this);
    m_replyBanner->setObjectName(QStringLiteral("replyBanner"));
    m_replyBanner->setAttribute(Qt::WA_StyledBackground);
    m_replyBanner->setStyleSheet(QStringLiteral(
        "#replyBanner { background: palette(alternate-base); border-left: 4px solid #25D366; "
        "border-radius: 4px; }"));
    auto *replyRow = new QHBoxLayout(m_replyBanner);
    replyRow->setContentsMargins(10, 4, 4, 4);
    auto *replyTitle = new QLabel(tr("Replying to"), m_replyBanner);
    replyTitle->setStyleSheet(QStringLiteral("color: #128C7E; font-weight: bold;"));
    m_replyText = new QLabel(m_replyBanner);
    m_replyText->setTextFormat(Qt::PlainText);
    m_replyText->setForegroundRole(QPalette::PlaceholderText);
    m_replyText->setMinimumWidth(40);
    auto *cancelReply =
        iconButton(m_replyBanner, ComposerIcons::Icon::Close, tr("Cancel the reply (Esc)"));
    cancelReply->setIconSize(QSize(16, 16));
    connect(cancelReply, &QToolButton::clicked, this, &FreeFormPanel::clearReplyTo);
    replyRow->addWidget(replyTitle);
    replyRow->addWidget(m_replyText, 1);
    replyRow->addWidget(cancelReply);
    m_replyBanner->hide();
    layout->addWidget(m_replyBanner);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("formattingPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::NoTextInteraction);
    m_preview->setToolTip(tr("How WhatsApp will show the formatting"));
    m_preview->setStyleSheet(QStringLiteral("#formattingPreview { background: #DCF8C6; "
                                            "color: #111B21; border-radius: 8px; "
                                            "padding: 6px 10px; }"));
    m_preview->setMaximumHeight(kPreviewMaxLines * fontMetrics().lineSpacing() + 14);
    m_preview->hide();
    layout->addWidget(m_preview);

    m_chipArea = new QWidget(this);
    m_chipLayout = new QVBoxLayout(m_chipArea);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipArea->hide();
    layout->addWidget(m_chipArea);

    m_fileMessage = new QLabel(this);
    m_fileMessage->setObjectName(QStringLiteral("fileMessage"));
    m_fileMessage->setWordWrap(true);
    m_fileMessage->setTextFormat(Qt::PlainText);
    m_fileMessage->hide();
    layout->addWidget(m_fileMessage);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);

    buildToolbar(layout);
    revalidate();
}

FreeFormPanel::~FreeFormPanel() = default;

void FreeFormPanel::buildToolbar(QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_emojiButton = iconButton(this, ComposerIcons::Icon::Emoji, tr("Insert an emoji"));
    m_emojiButton->setObjectName(QStringLiteral("emojiButton"));
    connect(m_emojiButton, &QToolButton::clicked, this, &FreeFormPanel::showEmojiPicker);
    m_attachButton = iconButton(this, ComposerIcons::Icon::Attach,
                                tr("Attach a file (or drop or paste it here)"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    connect(m_attachButton, &QToolButton::clicked, this, &FreeFormPanel::openFileDialog);

    m_editor = new ComposerEditor(this);
    m_editor->setPlaceholderText(tr("Type a message"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setStyleSheet(
        QStringLiteral("#composerEditor { border: 1px solid palette(mid); border-radius: 8px; "
                       "background: palette(base); }"));
    m_editor->document()->setDocumentMargin(6);
    m_highlighter = new MarkupHighlighter(m_editor->document());
    connect(m_editor, &ComposerEditor::textChanged, this, [this] {
        revalidate();
        Q_EMIT textEdited();
    });
    connect(m_editor, &ComposerEditor::sendPressed, this, &FreeFormPanel::send);
    connect(m_editor, &ComposerEditor::escapePressed, this, &FreeFormPanel::clearReplyTo);
    connect(m_editor, &ComposerEditor::filesOffered, this, &FreeFormPanel::attachFiles);
    connect(m_editor, &ComposerEditor::imageOffered, this, &FreeFormPanel::attachImage);

    m_sendButton = new QToolButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setIcon(ComposerIcons::icon(ComposerIcons::Icon::Send, Qt::white));
    m_sendButton->setIconSize(QSize(22, 22));
    m_sendButton->setFixedSize(40, 40);
    m_sendButton->setToolTip(tr("Send (Enter); Shift+Enter starts a new line"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setStyleSheet(
        QStringLiteral("#sendButton { background: #25D366; border: none; border-radius: 20px; }"
                       "#sendButton:hover { background: #1EBE5A; }"
                       "#sendButton:disabled { background: palette(mid); }"));
    connect(m_sendButton, &QToolButton::clicked, this, &FreeFormPanel::send);

    row->addWidget(m_emojiButton, 0, Qt::AlignBottom);
    row->addWidget(m_attachButton, 0, Qt::AlignBottom);
    row->addWidget(m_editor, 1, Qt::AlignBottom);
    row->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addLayout(row);

    auto *options = new QHBoxLayout;
    options->setContentsMargins(4, 0, 4, 0);
    m_templateButton = new QToolButton(this);
    m_templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateButton->setText(tr("Templates…"));
    m_templateButton->setIcon(ComposerIcons::icon(ComposerIcons::Icon::Template,
                                                  palette().color(QPalette::PlaceholderText), 16));
    m_templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_templateButton->setAutoRaise(true);
    m_templateButton->setToolTip(tr("Send an approved template instead of free text"));
    connect(m_templateButton, &QToolButton::clicked, this, &FreeFormPanel::templateRequested);

    m_typing = new QCheckBox(tr("Show “typing…”"), this);
    m_typing->setObjectName(QStringLiteral("typingIndicator"));
    m_typing->setToolTip(
        tr("Shows the customer that you are typing. WhatsApp only shows this together with a "
           "read receipt, so it also marks the chat as read. It disappears after 25 seconds or "
           "when you send."));
    connect(m_typing, &QCheckBox::toggled, this, &FreeFormPanel::typingIndicatorToggled);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("characterCounter"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_counter->setToolTip(tr("Characters as WhatsApp counts them, of the 4096 allowed"));
    options->addWidget(m_templateButton);
    options->addWidget(m_typing);
    options->addStretch(1);
    options->addWidget(m_counter);
    layout->addLayout(options);
}

QString FreeFormPanel::text() const
{
    return m_editor->toPlainText();
}

void FreeFormPanel::setText(const QString &text)
{
    if (text == m_editor->toPlainText())
        return;
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void FreeFormPanel::setRecipient(const QString &to)
{
    m_to = to;
    revalidate();
}

void FreeFormPanel::setReplyTo(const QString &messageId, const QString &quotedPreview)
{
    m_replyToId = messageId;
    if (messageId.isEmpty()) {
        clearReplyTo();
        return;
    }
    m_replyQuote = WhatsAppMarkup::toPlainText(quotedPreview).simplified();
    m_replyText->setToolTip(quotedPreview);
    elideReplyQuote();
    m_replyBanner->show();
    m_editor->setFocus();
    revalidate();
}

void FreeFormPanel::elideReplyQuote()
{
    // The banner's title and close button keep their room; the quote gets what is left.
    const int room = std::max(80, width() - 170);
    const QFontMetrics metrics = m_replyText->fontMetrics();
    m_replyText->setText(metrics.horizontalAdvance(m_replyQuote) <= room
                             ? m_replyQuote
                             : metrics.elidedText(m_replyQuote, Qt::ElideRight, room));
}

void FreeFormPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_replyQuote.isEmpty())
        elideReplyQuote();
}

void FreeFormPanel::clearReplyTo()
{
    m_replyToId.clear();
    m_replyQuote.clear();
    m_replyText->clear();
    m_replyBanner->hide();
    revalidate();
}

void FreeFormPanel::setTypingIndicatorEnabled(bool enabled)
{
    m_typing->setChecked(enabled);
}

bool FreeFormPanel::typingIndicatorEnabled() const
{
    return m_typing->isChecked();
}

void FreeFormPanel::setFormattingPreviewEnabled(bool enabled)
{
    m_previewEnabled = enabled;
    updatePreview();
}

QString FreeFormPanel::counterText() const
{
    return m_counter->text();
}

void FreeFormPanel::showEmojiPicker()
{
    if (!m_emojiPicker) {
        m_emojiPicker = new EmojiPicker(this);
        connect(m_emojiPicker, &EmojiPicker::emojiChosen, this, [this](const QString &emoji) {
            m_editor->insertPlainText(emoji);
            m_editor->setFocus();
        });
    }
    m_emojiPicker->popupAbove(m_emojiButton->mapToGlobal(QPoint(0, 0)));
}

void FreeFormPanel::updatePreview()
{
    m_highlighter->refresh(); // the editor may report the change before the highlighter saw it
    const QString body = text();
    // Only worth a second look when something is styled; plain text already reads as sent.
    const bool styled = m_previewEnabled && !m_highlighter->spans().isEmpty();
    m_preview->setVisible(styled);
    if (styled)
        m_preview->setText(WhatsAppMarkup::toHtml(body.trimmed()));
}

void FreeFormPanel::openFileDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.aac *.amr "
           "*.mp3 *.m4a *.ogg *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.webp);;"
           "All files (*)"));
    if (!files.isEmpty())
        attachFiles(files);
}

} // namespace sb

// FreeFormPanel: attachments, validation and sending.
#include "AttachmentChip.h"
#include "ComposerEditor.h"
#include "FreeFormPanel.h"
#include "PlatformText.h"
#include "Validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

// A local file has no media id yet: the engine uploads it first, so "missing source" is expected.
bool isUploadPending(const Violation &violation)
{
    return violation.limitId == LimitId::MediaSource && violation.rule == QLatin1String("missing");
}

constexpr qint64 kTextLimit = 4096;

} // namespace

int FreeFormPanel::attachFiles(const QStringList &localPaths)
{
    int accepted = 0;
    QStringList problems;
    QStringList notes;
    for (const QString &path : localPaths) {
        bool duplicate = false;
        for (const AttachmentChip *chip : std::as_const(m_chips))
            duplicate = duplicate || chip->localPath() == path;
        if (duplicate)
            continue;
        const AttachmentCheckResult result = AttachmentCheck::check(path);
        if (!result.accepted) {
            problems.append(result.problem);
            continue;
        }
        addChip(result);
        if (!result.note.isEmpty())
            notes.append(result.note);
        ++accepted;
    }
    if (!problems.isEmpty())
        showFileMessage(problems.join(QLatin1Char('\n')), true);
    else if (!notes.isEmpty())
        showFileMessage(notes.join(QLatin1Char('\n')), false);
    else if (accepted > 0)
        showFileMessage(QString(), false);
    revalidate();
    return accepted;
}

QString FreeFormPanel::pasteDirectory()
{
    if (!m_pasteDirectory.isEmpty())
        return m_pasteDirectory;
    if (!m_pasteTemp)
        m_pasteTemp = std::make_unique<QTemporaryDir>();
    return m_pasteTemp->isValid() ? m_pasteTemp->path() : QString();
}

void FreeFormPanel::setPasteDirectory(const QString &directory)
{
    m_pasteDirectory = directory;
}

bool FreeFormPanel::attachImage(const QImage &image)
{
    const QString directory = pasteDirectory();
    if (image.isNull() || directory.isEmpty() || !QDir().mkpath(directory)) {
        showFileMessage(tr("The pasted picture could not be saved: there is no writable "
                           "temporary folder. Save it as a file and attach that."),
                        true);
        return false;
    }
    // Numbered, not time-stamped: the first free name wins.
    QString stem;
    for (int n = 1; stem.isEmpty() || QFileInfo::exists(stem + QLatin1String(".png"))
         || QFileInfo::exists(stem + QLatin1String(".jpg"));
         ++n) {
        stem = QDir(directory).filePath(tr("Pasted image %1").arg(n));
    }
    // WhatsApp wants 8-bit RGB or RGBA PNGs; a photo that is too large as PNG goes as JPEG.
    const QImage plain = image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                       : QImage::Format_RGB32);
    QString path = stem + QLatin1String(".png");
    if (!plain.save(path, "PNG")) {
        showFileMessage(tr("The pasted picture could not be saved to %1.").arg(directory), true);
        return false;
    }
    if (QFileInfo(path).size() > limit(LimitId::ImageFileSize).max) {
        QFile::remove(path);
        path = stem + QLatin1String(".jpg");
        plain.convertToFormat(QImage::Format_RGB32).save(path, "JPEG", 85);
    }
    return attachFiles({path}) == 1;
}

void FreeFormPanel::addChip(const AttachmentCheckResult &file)
{
    auto *chip = new AttachmentChip(file, m_chipArea);
    connect(chip, &AttachmentChip::removeRequested, this, [this, chip] { removeChip(chip); });
    connect(chip, &AttachmentChip::captionChanged, this, &FreeFormPanel::revalidate);
    m_chipLayout->addWidget(chip);
    m_chips.append(chip);
    m_chipArea->show();
}

void FreeFormPanel::removeChip(AttachmentChip *chip)
{
    m_chips.removeAll(chip);
    chip->hide();
    chip->deleteLater();
    m_chipArea->setVisible(!m_chips.isEmpty());
    showFileMessage(QString(), false);
    revalidate();
}

void FreeFormPanel::clearAttachments()
{
    for (AttachmentChip *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    m_chipArea->hide();
    showFileMessage(QString(), false);
    revalidate();
}

void FreeFormPanel::showFileMessage(const QString &message, bool refusal)
{
    m_fileMessage->setText(message);
    m_fileMessage->setProperty("refusal", refusal);
    m_fileMessage->setStyleSheet(refusal ? QStringLiteral("color: #C62828;")
                                         : QStringLiteral("color: #8D6E00;"));
    m_fileMessage->setVisible(!message.isEmpty());
}

QString FreeFormPanel::attachmentMessage() const
{
    return m_fileMessage->text();
}

QList<Message> FreeFormPanel::pendingMessages() const
{
    QList<Message> messages;
    for (const AttachmentChip *chip : std::as_const(m_chips))
        messages.append(makeMedia(m_to, chip->media()));
    const QString body = text().trimmed();
    if (!body.isEmpty()) {
        const bool hasLink =
            body.contains(QLatin1String("https://")) || body.contains(QLatin1String("http://"));
        messages.append(makeText(m_to, body, hasLink));
    }
    if (!m_replyToId.isEmpty() && !messages.isEmpty()) {
        ReplyContext context;
        context.messageId = m_replyToId;
        messages.first().context = context;
    }
    return messages;
}

QString FreeFormPanel::fieldLabel(const Violation &violation) const
{
    if (violation.path.startsWith(QLatin1String("text.")))
        return tr("Message");
    if (violation.path == QLatin1String("to"))
        return tr("Recipient");
    if (violation.path.startsWith(QLatin1String("context")))
        return tr("Reply");
    return {};
}

void FreeFormPanel::revalidate()
{
    m_violations.clear();
    QString firstError;
    const QList<Message> messages = pendingMessages();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QList<Violation> found = validate(messages[i]);
        const bool isMedia = i < m_chips.size();
        for (const Violation &violation : found) {
            if (isUploadPending(violation))
                continue;
            m_violations.append(violation);
            if (!firstError.isEmpty() || violation.severity != Severity::Error)
                continue;
            QString label = isMedia ? m_chips[i]->fileName() : fieldLabel(violation);
            if (isMedia && violation.path.endsWith(QLatin1String(".caption")))
                label = tr("Caption of %1").arg(m_chips[i]->fileName());
            firstError =
                label.isEmpty() ? violation.fix : label + QLatin1String(": ") + violation.fix;
        }
    }
    m_error->setText(firstError);
    m_error->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_error->setVisible(!firstError.isEmpty());

    const qint64 length = platformLength(text().trimmed());
    m_counter->setText(tr("%1/%2", "characters used/allowed").arg(length).arg(kTextLimit));
    m_counter->setStyleSheet(length > kTextLimit ? QStringLiteral("color: #C62828;") : QString());
    m_counter->setVisible(length > 0);
    m_sendButton->setEnabled(canSend());
    updatePreview();
}

QString FreeFormPanel::firstError() const
{
    return m_error->text();
}

bool FreeFormPanel::canSend() const
{
    return !m_to.isEmpty() && !pendingMessages().isEmpty() && !hasErrors(m_violations);
}

bool FreeFormPanel::send()
{
    if (!canSend())
        return false;
    const QList<Message> messages = pendingMessages();
    QStringList paths;
    for (const AttachmentChip *chip : std::as_const(m_chips))
        paths.append(chip->localPath());
    for (qsizetype i = 0; i < messages.size(); ++i)
        Q_EMIT sendRequested(messages[i], i < paths.size() ? paths[i] : QString());
    m_editor->clear();
    clearAttachments();
    clearReplyTo();
    Q_EMIT sent();
    return true;
}

} // namespace sb

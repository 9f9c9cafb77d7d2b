#include "AttachmentChip.h"

#include "LimitCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QString kindLabel(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return AttachmentChip::tr("Photo");
    case MediaKind::Video:
        return AttachmentChip::tr("Video");
    case MediaKind::Audio:
        return AttachmentChip::tr("Audio");
    case MediaKind::Document:
        return AttachmentChip::tr("Document");
    case MediaKind::Sticker:
        return AttachmentChip::tr("Sticker");
    }
    return {};
}

} // namespace

AttachmentChip::AttachmentChip(const AttachmentCheckResult &file, QWidget *parent)
    : QFrame(parent)
    , m_file(file)
{
    setObjectName(QStringLiteral("attachmentChip"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#attachmentChip { border: 1px solid palette(mid); "
                                 "border-radius: 8px; background: palette(base); }"));
    setAccessibleName(tr("Attachment %1").arg(m_file.fileName));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->setSpacing(8);

    auto *badge = new QLabel(kindLabel(m_file.media.kind), this);
    badge->setObjectName(QStringLiteral("attachmentKind"));
    badge->setStyleSheet(QStringLiteral("#attachmentKind { background: #25D366; color: white; "
                                        "border-radius: 4px; padding: 2px 6px; "
                                        "font-weight: bold; }"));
    row->addWidget(badge);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    auto *name = new QLabel(this);
    name->setTextFormat(Qt::PlainText);
    name->setText(m_file.fileName);
    name->setToolTip(m_file.localPath);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    text->addWidget(name);
    QString details = LimitCheck::formatBytes(m_file.media.fileSize);
    if (!m_file.note.isEmpty())
        details += QStringView(u" \u00B7 ") + m_file.note;
    auto *detailLabel = new QLabel(details, this);
    detailLabel->setTextFormat(Qt::PlainText);
    detailLabel->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(detailLabel);
    row->addLayout(text);

    if (takesCaption()) {
        m_caption = new QLineEdit(this);
        m_caption->setPlaceholderText(tr("Add a caption"));
        m_caption->setAccessibleName(tr("Caption of %1").arg(m_file.fileName));
        m_caption->setClearButtonEnabled(true);
        connect(m_caption, &QLineEdit::textChanged, this, &AttachmentChip::captionChanged);
        row->addWidget(m_caption, 1);
    } else {
        row->addStretch(1);
    }

    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeAttachment"));
    remove->setText(QStringLiteral("\u2715"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1").arg(m_file.fileName));
    remove->setAccessibleName(tr("Remove attachment"));
    connect(remove, &QToolButton::clicked, this, &AttachmentChip::removeRequested);
    row->addWidget(remove);
}

bool AttachmentChip::takesCaption() const
{
    return m_file.media.kind == MediaKind::Image || m_file.media.kind == MediaKind::Video
        || m_file.media.kind == MediaKind::Document;
}

QString AttachmentChip::caption() const
{
    return m_caption ? m_caption->text() : QString();
}

void AttachmentChip::setCaption(const QString &caption)
{
    if (m_caption)
        m_caption->setText(caption);
}

MediaContent AttachmentChip::media() const
{
    MediaContent media = m_file.media;
    media.caption = caption();
    return media;
}

} // namespace sb

#pragma once

#include "AttachmentCheck.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace sb {

// One checked attachment waiting in the composer: kind, name and size, a caption field where
// the platform allows one (image, video, document) and a remove button.
class AttachmentChip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentChip)

public:
    explicit AttachmentChip(const AttachmentCheckResult &file, QWidget *parent = nullptr);

    const QString &localPath() const { return m_file.localPath; }
    const QString &fileName() const { return m_file.fileName; }
    // The media as it will be sent: kind, MIME, size, file name and the caption typed so far.
    MediaContent media() const;
    bool takesCaption() const;
    QString caption() const;
    void setCaption(const QString &caption);
    QLineEdit *captionEdit() const { return m_caption; }

Q_SIGNALS:
    void removeRequested();
    void captionChanged();

private:
    AttachmentCheckResult m_file;
    QLineEdit *m_caption = nullptr;
};

} // namespace sb

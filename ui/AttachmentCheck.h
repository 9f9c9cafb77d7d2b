#pragma once

#include "MessageContent.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace sb {

// The verdict on one local file the agent wants to attach.
struct AttachmentCheckResult
{
    bool accepted = false;
    QString localPath;
    QString fileName; // for messages and the chip
    // Accepted files: kind, mimeType (the table's spelling), fileSize; documents also filename.
    MediaContent media;
    QString problem; // refused: names the file, the rule and the fix (translated)
    QString note; // accepted with a caveat, e.g. a document type WhatsApp may not preview
};

// Checks a file at once, before anything is uploaded, against the media table of spec §3
// (Limits.h): the type is read from the file's content, not trusted from its name, because a
// MIME type that does not match the file is a common cause of error 131053.
class AttachmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(sb::AttachmentCheck)

public:
    AttachmentCheck() = delete;

    static AttachmentCheckResult check(const QString &localPath);

    // The MIME type of the file: by content, unless the name gives a more specific type of the
    // same content (a .docx is a zip, a .csv is text). Empty when the file cannot be read.
    static QString detectMimeType(const QString &localPath);
    // The kind a MIME type is sent as; nullopt for image, video and audio formats WhatsApp
    // refuses (they are not sent as documents behind the agent's back).
    static std::optional<MediaKind> kindFor(QStringView mimeType);
};

} // namespace sb

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

// One part of a multipart/form-data body (the media upload, spec §3).
struct SandboxFormPart
{
    QString name;
    QString filename;
    QByteArray contentType;
    QByteArray data;
};

// Splits a multipart/form-data body; nullopt when the content type has no boundary or the body
// does not follow it. Header names are case-insensitive, quoted parameters may hold ';'.
std::optional<QList<SandboxFormPart>> parseMultipart(const QByteArray &contentType,
                                                     const QByteArray &body);

} // namespace sb

#pragma once

#include "MessageContent.h"
#include "Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Part of the validator (Validator.h): text, media, location, location request, contacts and
// reaction bodies. Each function appends every violation it finds to `out`.
namespace sb {

class ContentValidator
{
    Q_DECLARE_TR_FUNCTIONS(sb::ContentValidator)

public:
    static void text(const TextContent &text, QList<Violation> &out);
    // A media message: the media object plus caption, filename and voice rules.
    static void mediaMessage(const MediaContent &media, QList<Violation> &out);
    // A media object wherever it appears (message, interactive header, template header
    // parameter); `path` names the object, e.g. "interactive.header.image". Checks id XOR link,
    // an https link, the MIME type and the file size of `media.kind`.
    static void mediaObject(const MediaContent &media, const QString &path, QList<Violation> &out);
    // `path` names the object holding latitude/longitude, e.g. "location".
    static void location(const LocationContent &location, const QString &path,
                         QList<Violation> &out);
    static void locationRequest(const LocationRequestContent &request, QList<Violation> &out);
    static void contacts(const ContactsContent &contacts, QList<Violation> &out);
    static void reaction(const ReactionContent &reaction, QList<Violation> &out);

    // True for an absolute https:// URL with a host.
    static bool isHttpsUrl(const QString &url);
};

} // namespace sb

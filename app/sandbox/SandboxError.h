#pragma once

#include <QJsonObject>
#include <QString>

namespace sb {

// An error as the Cloud API reports it (spec §8): synchronously as `{"error":{…}}` with an HTTP
// status, or asynchronously in `statuses[].errors[]`. The wording is Meta's English wire text,
// which clients must not parse (they key on `code` and `error_data.details`); it is protocol
// content, not interface text, so it is deliberately not translated.
struct SandboxError
{
    int code = 0;
    QString details; // error_data.details: which field, which rule, what to change
    QString message; // empty: "(#code) title"

    static SandboxError make(int code, const QString &details = {});

    // Meta's title for a code ("Re-engagement message"); a generic one for unknown codes.
    static QString title(int code);
    // The HTTP status Meta answers with for a synchronous error of this code.
    static int httpStatus(int code);

    QString wireMessage() const;
    // {"error":{"message","type","code","error_data":{messaging_product,details},"fbtrace_id"}}
    QJsonObject syncBody(const QString &fbtraceId) const;
    // {"code","title","message","error_data":{"details"},"href"} for statuses[].errors[]
    QJsonObject webhookObject() const;
};

} // namespace sb

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace sb {

class SandboxIds;

// One stored asset: uploaded by the business (kept 30 days) or sent by a customer (7 days).
struct SandboxMedia
{
    QString id;
    QByteArray data;
    QString mimeType;
    QString sha256; // hex, as the media lookup answers it
    QString filename;
    QString phoneNumberId; // the number it belongs to
    QDateTime expires;
};

class SandboxMediaStore
{
public:
    explicit SandboxMediaStore(SandboxIds &ids);

    // Stores the bytes and returns the new media id.
    QString add(const QByteArray &data, const QString &mimeType, const QString &filename,
                const QString &phoneNumberId, const QDateTime &expires);
    // nullptr for unknown ids and for assets expired at `now`.
    const SandboxMedia *find(const QString &id, const QDateTime &now) const;
    bool remove(const QString &id);

    // Download links: the query of a URL that names `id` until `expires` (spec §3: 5 minutes),
    // signed with `key` so that a link cannot be forged or extended.
    static QUrlQuery signedQuery(const QString &id, const QDateTime &expires,
                                 const QByteArray &key);
    // The media id a signed query names; empty when forged. `expired` tells a genuine but stale
    // link (answered 404, so the client asks for a fresh one) from a forged one.
    static QString idFromSignedQuery(const QUrlQuery &query, const QDateTime &now,
                                     const QByteArray &key, bool *expired);

private:
    SandboxIds &m_ids;
    QHash<QString, SandboxMedia> m_media;
};

} // namespace sb

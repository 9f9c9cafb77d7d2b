#include "SandboxMediaStore.h"

#include "SandboxIds.h"

#include <QCryptographicHash>

namespace sb {

SandboxMediaStore::SandboxMediaStore(SandboxIds &ids)
    : m_ids(ids)
{
}

QString SandboxMediaStore::add(const QByteArray &data, const QString &mimeType,
                               const QString &filename, const QString &phoneNumberId,
                               const QDateTime &expires)
{
    SandboxMedia media;
    media.id = m_ids.mediaId();
    media.data = data;
    media.mimeType = mimeType;
    media.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    media.filename = filename;
    media.phoneNumberId = phoneNumberId;
    media.expires = expires;
    const QString id = media.id;
    m_media.insert(id, std::move(media));
    return id;
}

const SandboxMedia *SandboxMediaStore::find(const QString &id, const QDateTime &now) const
{
    const auto it = m_media.constFind(id);
    if (it == m_media.constEnd() || it->expires <= now)
        return nullptr;
    return &*it;
}

bool SandboxMediaStore::remove(const QString &id)
{
    return m_media.remove(id) > 0;
}

namespace {

QByteArray linkSignature(const QString &id, qint64 expires, const QByteArray &key)
{
    const QByteArray message = key + '/' + id.toUtf8() + '/' + QByteArray::number(expires);
    return QCryptographicHash::hash(message, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QUrlQuery SandboxMediaStore::signedQuery(const QString &id, const QDateTime &expires,
                                         const QByteArray &key)
{
    const qint64 seconds = expires.toSecsSinceEpoch();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mid"), id);
    query.addQueryItem(QStringLiteral("ext"), QString::number(seconds));
    query.addQueryItem(QStringLiteral("hash"),
                       QString::fromLatin1(linkSignature(id, seconds, key)));
    return query;
}

QString SandboxMediaStore::idFromSignedQuery(const QUrlQuery &query, const QDateTime &now,
                                             const QByteArray &key, bool *expired)
{
    const QString id = query.queryItemValue(QStringLiteral("mid"));
    bool ok = false;
    const qint64 expires = query.queryItemValue(QStringLiteral("ext")).toLongLong(&ok);
    const QByteArray hash = query.queryItemValue(QStringLiteral("hash")).toLatin1();
    if (id.isEmpty() || !ok || hash != linkSignature(id, expires, key))
        return {};
    if (expired)
        *expired = expires < now.toSecsSinceEpoch();
    return id;
}

} // namespace sb

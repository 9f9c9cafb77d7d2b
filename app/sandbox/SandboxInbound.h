#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sb {

struct SandboxWorld;

// Builds customer messages in the webhook shape of spec §5.3. Written from the spec, not with
// the app's own mapping, so that the sandbox checks the app's parser instead of mirroring it.
class SandboxInbound
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxInbound)

public:
    // `mediaUrl` turns a media id into the download URL placed in the message's `url` field.
    SandboxInbound(SandboxWorld &world, std::function<QUrl(const QString &)> mediaUrl);

    // The shorthand of POST /_sandbox/inbound ({"type":"text","text":"hi"}, {"type":"image"},
    // {"type":"location","latitude":…}, …) or a full webhook message object (recognised by an
    // object named after its type). Fills from, id and timestamp. nullopt + problem when unusable.
    std::optional<QJsonObject> build(const QJsonObject &request, const QString &from,
                                     const QString &phoneNumberId, const QDateTime &at,
                                     QString *problem);

    QJsonObject text(const QString &from, const QDateTime &at, const QString &body,
                     const QString &contextId = {});
    // kind: image, audio (voice when `voice`), document, sticker; generates a sample file.
    QJsonObject media(const QString &from, const QDateTime &at, const QString &kind,
                      const QString &caption, bool voice, const QString &phoneNumberId,
                      const QString &filename = {});
    QJsonObject location(const QString &from, const QDateTime &at, double latitude,
                         double longitude, const QString &name, const QString &address,
                         const QString &contextId = {});
    QJsonObject contacts(const QString &from, const QDateTime &at, const QString &name,
                         const QString &phone);
    QJsonObject buttonTap(const QString &from, const QDateTime &at, const QString &payload,
                          const QString &text, const QString &contextId);
    QJsonObject interactiveReply(const QString &from, const QDateTime &at, bool list,
                                 const QString &id, const QString &title,
                                 const QString &description, const QString &contextId);
    QJsonObject reaction(const QString &from, const QDateTime &at, const QString &messageId,
                         const QString &emoji);
    QJsonObject order(const QString &from, const QDateTime &at, const QString &catalogId,
                      const QString &text);
    QJsonObject unsupported(const QString &from, const QDateTime &at, const QString &originalType);
    QJsonObject systemChangedNumber(const QString &from, const QDateTime &at,
                                    const QString &newWaId);
    // Marks `message` as arriving through a Click-to-WhatsApp ad (a free entry point).
    static void addReferral(QJsonObject &message, const QString &headline);

private:
    QJsonObject base(const QString &from, const QDateTime &at, const QString &type);
    static void addContext(QJsonObject &message, const QString &contextId, const QString &from);

    SandboxWorld &m_world;
    std::function<QUrl(const QString &)> m_mediaUrl;
    quint32 m_samples = 0;
};

} // namespace sb

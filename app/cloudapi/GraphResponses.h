#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace sb {

// One entry of a send response's `contacts[]` (spec §1.1). `input` is what we sent and may
// differ from `wa_id`; store both. `userId` is the business-scoped user id (BSUID) when Meta
// returns one.
struct SentContact
{
    QString input;
    QString waId;
    QString userId;

    friend bool operator==(const SentContact &, const SentContact &) = default;
};

// A send was *accepted* (not delivered; delivery arrives by webhook).
struct SendResult
{
    QString messageId; // the wamid
    // Only for templates under pacing: "accepted", "held_for_quality_assessment", "paused".
    QString messageStatus;
    QList<SentContact> contacts;

    friend bool operator==(const SendResult &, const SendResult &) = default;
};

struct UploadedMedia
{
    QString id;
};

// GET /{media-id} (spec §3). The URL is valid for five minutes.
struct MediaInfo
{
    QString id;
    QUrl url;
    QString mimeType;
    QString sha256;
    qint64 fileSize = -1; // -1 when Meta did not say

    friend bool operator==(const MediaInfo &, const MediaInfo &) = default;
};

// A verified file saved under a name this app generated.
struct DownloadedMedia
{
    QString filePath;
    QString mimeType; // the download's Content-Type
    qint64 size = 0;
    QString sha256; // lowercase hex of what was written
};

// Phone-number fields (spec §9.1, §9.2, §10). Values are Meta's strings, mapped to domain
// enums by the core layer; an empty string means the field was absent.
struct PhoneNumberInfo
{
    QString id;
    QString verifiedName;
    QString displayPhoneNumber;
    QString qualityRating; // GREEN, YELLOW, RED, UNKNOWN, NA
    QString status; // CONNECTED, FLAGGED, RESTRICTED, ...
    QString throughputLevel; // throughput.level: STANDARD, HIGH, NOT_APPLICABLE
    QString messagingLimitTier; // whatsapp_business_manager_messaging_limit: TIER_250, ...

    friend bool operator==(const PhoneNumberInfo &, const PhoneNumberInfo &) = default;
};

// Pure readers of Graph success bodies. Each returns nullopt and fills `problem` (translated)
// when the body lacks what the endpoint documents.
namespace graph {

std::optional<SendResult> readSendResult(const QJsonObject &body, QString *problem);
std::optional<UploadedMedia> readUploadedMedia(const QJsonObject &body, QString *problem);
std::optional<MediaInfo> readMediaInfo(const QJsonObject &body, QString *problem);
std::optional<PhoneNumberInfo> readPhoneNumber(const QJsonObject &body, QString *problem);
// `{"success":true}` (mark read, typing indicator, delete).
bool readSuccessFlag(const QJsonObject &body, QString *problem);
// One page of a Graph list: `data[]` and, when there is a further page, `paging.next`.
struct ListPage
{
    QJsonArray data;
    QUrl next;
};
std::optional<ListPage> readListPage(const QJsonObject &body, QString *problem);

} // namespace graph

} // namespace sb

#pragma once

#include <QList>
#include <QString>

// Content kinds that only ever arrive from the customer (spec §5.3).
namespace sb {

// type "button": a template quick-reply tap.
struct ButtonTapContent
{
    QString payload;
    QString text;

    friend bool operator==(const ButtonTapContent &, const ButtonTapContent &) = default;
};

// interactive.type "button_reply" and "list_reply".
struct ReplyContent
{
    QString id;
    QString title;
    QString description; // list_reply only

    friend bool operator==(const ReplyContent &, const ReplyContent &) = default;
};

// interactive.type "nfm_reply" (Flows, address messages).
struct FlowReplyContent
{
    QString name;
    QString body;
    QString responseJson;

    friend bool operator==(const FlowReplyContent &, const FlowReplyContent &) = default;
};

struct OrderItem
{
    QString productRetailerId;
    int quantity = 0;
    double itemPrice = 0;
    QString currency;

    friend bool operator==(const OrderItem &, const OrderItem &) = default;
};

struct OrderContent
{
    QString catalogId;
    QString text;
    QList<OrderItem> items;

    friend bool operator==(const OrderContent &, const OrderContent &) = default;
};

// type "system": e.g. user_changed_number (new wa_id) or user_changed_user_id.
struct SystemContent
{
    QString type;
    QString body;
    QString newWaId;
    QString newUserId;

    friend bool operator==(const SystemContent &, const SystemContent &) = default;
};

// Click-to-WhatsApp ad referral; rides along on an inbound message.
struct Referral
{
    QString sourceUrl;
    QString sourceId;
    QString sourceType;
    QString body;
    QString headline;
    QString mediaType;
    QString imageUrl;
    QString videoUrl;
    QString thumbnailUrl;
    QString ctwaClid;
    QString welcomeText;

    friend bool operator==(const Referral &, const Referral &) = default;
};

// Anything we cannot show as itself: kept with why, never dropped, never a crash.
struct UnsupportedContent
{
    QString originalType; // the wire type we did not understand (e.g. "poll_creation", "edit")
    QString reason; // human-readable, English (the UI translates by code where it can)
    int errorCode = 0; // e.g. 131051, 131060 when the platform said so
    QString rawJson; // the original message object, compact

    friend bool operator==(const UnsupportedContent &, const UnsupportedContent &) = default;
};

} // namespace sb

#pragma once

#include "MessageContent.h"

#include <QList>
#include <QString>

#include <optional>

// Outbound interactive messages (spec §1.6). Mirrors `interactive{...}`.
namespace sb {

enum class InteractiveKind {
    Button, // "button": reply buttons
    List, // "list"
    CtaUrl, // "cta_url"
    Product, // "product"
    ProductList, // "product_list"
    Catalog, // "catalog_message"
    Flow, // "flow"
};
// location_request_message is its own MessageKind (LocationRequest), not an InteractiveKind.

enum class InteractiveHeaderKind { None, Text, Image, Video, Document };

struct InteractiveHeader
{
    InteractiveHeaderKind kind = InteractiveHeaderKind::None;
    QString text;
    MediaContent media; // for image/video/document headers

    friend bool operator==(const InteractiveHeader &, const InteractiveHeader &) = default;
};

struct ReplyButton
{
    QString id;
    QString title;

    friend bool operator==(const ReplyButton &, const ReplyButton &) = default;
};

struct ListRow
{
    QString id;
    QString title;
    QString description;

    friend bool operator==(const ListRow &, const ListRow &) = default;
};

struct ListSection
{
    QString title;
    QList<ListRow> rows;

    friend bool operator==(const ListSection &, const ListSection &) = default;
};

struct ProductSection
{
    QString title;
    QList<QString> productRetailerIds;

    friend bool operator==(const ProductSection &, const ProductSection &) = default;
};

struct FlowAction
{
    QString messageVersion = QStringLiteral("3");
    QString token;
    QString id; // flow_id or flow_name, not both
    QString name;
    QString cta;
    QString action = QStringLiteral("navigate"); // navigate | data_exchange
    QString mode; // draft | published (empty: published)
    QString screen;
    QString payloadDataJson; // flow_action_payload.data as compact JSON

    friend bool operator==(const FlowAction &, const FlowAction &) = default;
};

struct InteractiveContent
{
    InteractiveKind kind = InteractiveKind::Button;
    InteractiveHeader header;
    QString body;
    QString footer;

    QList<ReplyButton> buttons; // Button
    QString listButton; // List: action.button
    QList<ListSection> sections; // List
    QString ctaDisplayText; // CtaUrl
    QString ctaUrl; // CtaUrl
    QString catalogId; // Product, ProductList
    QString productRetailerId; // Product
    QList<ProductSection> productSections; // ProductList
    QString thumbnailProductRetailerId; // Catalog
    FlowAction flow; // Flow

    friend bool operator==(const InteractiveContent &, const InteractiveContent &) = default;
};

} // namespace sb

#include "MessageJsonDetail.h"

#include <QCoreApplication>
#include <QJsonDocument>

// Interactive messages (spec §1.4 location request, §1.6): writer and tolerant request reader.
namespace sb::wire {

namespace {

const QLatin1String kType("type");
const QLatin1String kText("text");

void putIfSet(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject headerToJson(const InteractiveHeader &header)
{
    const QString type = headerKindWireName(header.kind);
    QJsonObject o{{kType, type}};
    if (header.kind == InteractiveHeaderKind::Text)
        o.insert(kText, header.text);
    else
        o.insert(type, mediaToJson(header.media, MediaShape::Header));
    return o;
}

QJsonObject flowParameters(const FlowAction &flow)
{
    QJsonObject p;
    putIfSet(p, QLatin1String("flow_message_version"), flow.messageVersion);
    putIfSet(p, QLatin1String("flow_token"), flow.token);
    putIfSet(p, QLatin1String("flow_id"), flow.id);
    putIfSet(p, QLatin1String("flow_name"), flow.name);
    putIfSet(p, QLatin1String("flow_cta"), flow.cta);
    putIfSet(p, QLatin1String("flow_action"), flow.action);
    putIfSet(p, QLatin1String("mode"), flow.mode);
    QJsonObject payload;
    putIfSet(payload, QLatin1String("screen"), flow.screen);
    if (!flow.payloadDataJson.isEmpty()) {
        const QJsonDocument data = QJsonDocument::fromJson(flow.payloadDataJson.toUtf8());
        if (data.isObject())
            payload.insert(QLatin1String("data"), data.object());
    }
    if (!payload.isEmpty())
        p.insert(QLatin1String("flow_action_payload"), payload);
    return p;
}

QJsonObject actionToJson(const InteractiveContent &in)
{
    QJsonObject action;
    switch (in.kind) {
    case InteractiveKind::Button: {
        QJsonArray buttons;
        for (const auto &b : in.buttons) {
            buttons.append(QJsonObject{
                {kType, QStringLiteral("reply")},
                {QLatin1String("reply"),
                 QJsonObject{{QLatin1String("id"), b.id}, {QLatin1String("title"), b.title}}}});
        }
        action.insert(QLatin1String("buttons"), buttons);
        break;
    }
    case InteractiveKind::List: {
        QJsonArray sections;
        for (const auto &s : in.sections) {
            QJsonObject section;
            putIfSet(section, QLatin1String("title"), s.title);
            QJsonArray rows;
            for (const auto &r : s.rows) {
                QJsonObject row{{QLatin1String("id"), r.id}, {QLatin1String("title"), r.title}};
                putIfSet(row, QLatin1String("description"), r.description);
                rows.append(row);
            }
            section.insert(QLatin1String("rows"), rows);
            sections.append(section);
        }
        action.insert(QLatin1String("button"), in.listButton);
        action.insert(QLatin1String("sections"), sections);
        break;
    }
    case InteractiveKind::CtaUrl:
        action.insert(QLatin1String("name"), QStringLiteral("cta_url"));
        action.insert(QLatin1String("parameters"),
                      QJsonObject{{QLatin1String("display_text"), in.ctaDisplayText},
                                  {QLatin1String("url"), in.ctaUrl}});
        break;
    case InteractiveKind::Product:
        action.insert(QLatin1String("catalog_id"), in.catalogId);
        action.insert(QLatin1String("product_retailer_id"), in.productRetailerId);
        break;
    case InteractiveKind::ProductList: {
        QJsonArray sections;
        for (const auto &s : in.productSections) {
            QJsonObject section;
            putIfSet(section, QLatin1String("title"), s.title);
            QJsonArray items;
            for (const auto &id : s.productRetailerIds)
                items.append(QJsonObject{{QLatin1String("product_retailer_id"), id}});
            section.insert(QLatin1String("product_items"), items);
            sections.append(section);
        }
        action.insert(QLatin1String("catalog_id"), in.catalogId);
        action.insert(QLatin1String("sections"), sections);
        break;
    }
    case InteractiveKind::Catalog:
        action.insert(QLatin1String("name"), QStringLiteral("catalog_message"));
        if (!in.thumbnailProductRetailerId.isEmpty()) {
            action.insert(QLatin1String("parameters"),
                          QJsonObject{{QLatin1String("thumbnail_product_retailer_id"),
                                       in.thumbnailProductRetailerId}});
        }
        break;
    case InteractiveKind::Flow:
        action.insert(QLatin1String("name"), QStringLiteral("flow"));
        action.insert(QLatin1String("parameters"), flowParameters(in.flow));
        break;
    }
    return action;
}

InteractiveHeader headerFromRequest(const JsonCursor &h)
{
    InteractiveHeader header;
    const QString type = h.string(u"type", Need::Required);
    const auto kind = headerKindFromWire(type);
    if (!kind) {
        if (!type.isEmpty())
            h.report(u"type",
                     QCoreApplication::translate("sb::MessageJson", "Unknown header type \"%1\".")
                         .arg(type));
        return header;
    }
    header.kind = *kind;
    if (*kind == InteractiveHeaderKind::Text) {
        header.text = h.string(u"text", Need::Required);
        return header;
    }
    const MediaKind mediaKind = *kind == InteractiveHeaderKind::Image ? MediaKind::Image
        : *kind == InteractiveHeaderKind::Video                       ? MediaKind::Video
                                                                      : MediaKind::Document;
    header.media = mediaFromJson(h.object(type, Need::Required), mediaKind);
    header.media.kind = mediaKind;
    return header;
}

void flowFromRequest(const JsonCursor &action, FlowAction &flow)
{
    const JsonCursor p = action.object(u"parameters", Need::Required);
    flow.messageVersion = p.stringOrNumber(u"flow_message_version", Need::Required);
    flow.token = p.string(u"flow_token");
    flow.id = p.stringOrNumber(u"flow_id");
    flow.name = p.string(u"flow_name");
    flow.cta = p.string(u"flow_cta", Need::Required);
    // The platform's default when the field is left out.
    flow.action = p.has(u"flow_action") ? p.string(u"flow_action") : QStringLiteral("navigate");
    flow.mode = p.string(u"mode");
    const JsonCursor payload = p.object(u"flow_action_payload");
    flow.screen = payload.string(u"screen");
    const JsonCursor data = payload.object(u"data");
    if (data.isValid())
        flow.payloadDataJson =
            QString::fromUtf8(QJsonDocument(data.json()).toJson(QJsonDocument::Compact));
}

void actionFromRequest(const JsonCursor &action, InteractiveContent &in)
{
    switch (in.kind) {
    case InteractiveKind::Button:
        for (const auto &b : action.objects(u"buttons", Need::Required)) {
            const QString type = b.string(u"type", Need::Required);
            if (!type.isEmpty() && type != u"reply")
                b.report(u"type",
                         QCoreApplication::translate(
                             "sb::MessageJson",
                             "Reply buttons must have the type \"reply\", not \"%1\".")
                             .arg(type));
            const JsonCursor reply = b.object(u"reply", Need::Required);
            in.buttons.append({reply.stringOrNumber(u"id", Need::Required),
                               reply.string(u"title", Need::Required)});
        }
        break;
    case InteractiveKind::List:
        in.listButton = action.string(u"button", Need::Required);
        for (const auto &s : action.objects(u"sections", Need::Required)) {
            ListSection section{s.string(u"title"), {}};
            for (const auto &r : s.objects(u"rows", Need::Required)) {
                section.rows.append({r.stringOrNumber(u"id", Need::Required),
                                     r.string(u"title", Need::Required), r.string(u"description")});
            }
            in.sections.append(section);
        }
        break;
    case InteractiveKind::CtaUrl: {
        const JsonCursor p = action.object(u"parameters", Need::Required);
        in.ctaDisplayText = p.string(u"display_text", Need::Required);
        in.ctaUrl = p.string(u"url", Need::Required);
        break;
    }
    case InteractiveKind::Product:
        in.catalogId = action.stringOrNumber(u"catalog_id", Need::Required);
        in.productRetailerId = action.stringOrNumber(u"product_retailer_id", Need::Required);
        break;
    case InteractiveKind::ProductList:
        in.catalogId = action.stringOrNumber(u"catalog_id", Need::Required);
        for (const auto &s : action.objects(u"sections", Need::Required)) {
            ProductSection section{s.string(u"title"), {}};
            for (const auto &item : s.objects(u"product_items", Need::Required))
                section.productRetailerIds.append(
                    item.stringOrNumber(u"product_retailer_id", Need::Required));
            in.productSections.append(section);
        }
        break;
    case InteractiveKind::Catalog:
        in.thumbnailProductRetailerId =
            action.object(u"parameters").stringOrNumber(u"thumbnail_product_retailer_id");
        break;
    case InteractiveKind::Flow:
        flowFromRequest(action, in.flow);
        break;
    }
}

} // namespace

QJsonObject interactiveToJson(const InteractiveContent &interactive)
{
    QJsonObject o{{kType, interactiveKindWireName(interactive.kind)}};
    if (interactive.header.kind != InteractiveHeaderKind::None)
        o.insert(QLatin1String("header"), headerToJson(interactive.header));
    if (!interactive.body.isEmpty())
        o.insert(QLatin1String("body"), QJsonObject{{kText, interactive.body}});
    if (!interactive.footer.isEmpty())
        o.insert(QLatin1String("footer"), QJsonObject{{kText, interactive.footer}});
    o.insert(QLatin1String("action"), actionToJson(interactive));
    return o;
}

std::optional<Message> interactiveFromRequest(const JsonCursor &interactive)
{
    const QString type = interactive.string(u"type", Need::Required);
    if (type.isEmpty())
        return std::nullopt;
    Message m;
    m.direction = Direction::Outbound;
    if (type == u"location_request_message") {
        m.kind = MessageKind::LocationRequest;
        const JsonCursor action = interactive.object(u"action", Need::Required);
        const QString name = action.string(u"name", Need::Required);
        if (!name.isEmpty() && name != u"send_location")
            action.report(
                u"name",
                QCoreApplication::translate(
                    "sb::MessageJson", "A location request's action must be \"send_location\"."));
        m.body = LocationRequestContent{
            interactive.object(u"body", Need::Required).string(u"text", Need::Required)};
        return m;
    }
    const auto kind = interactiveKindFromWire(type);
    if (!kind) {
        interactive.report(u"type",
                           QCoreApplication::translate(
                               "sb::MessageJson", "Unknown or unsupported interactive type \"%1\".")
                               .arg(type));
        return std::nullopt;
    }
    InteractiveContent in;
    in.kind = *kind;
    const JsonCursor header = interactive.object(u"header");
    if (header.isValid())
        in.header = headerFromRequest(header);
    in.body = interactive.object(u"body").string(u"text", Need::Required);
    in.footer = interactive.object(u"footer").string(u"text", Need::Required);
    const JsonCursor action = interactive.object(u"action", Need::Required);
    if (action.isValid())
        actionFromRequest(action, in);
    m.kind = MessageKind::Interactive;
    m.body = in;
    return m;
}

} // namespace sb::wire

#pragma once

#include "Message.h"

#include <QString>

// Valid outbound messages of every kind, for the validator tests. Each builder returns a message
// that sb::validate() accepts with no violation; tests change one field at a time.
namespace sb::test {

inline QString recipient()
{
    return QStringLiteral("+16505551234");
}

inline Message outbound(MessageKind kind, MessageBody body)
{
    Message message;
    message.kind = kind;
    message.direction = Direction::Outbound;
    message.to = recipient();
    message.body = std::move(body);
    return message;
}

inline MediaContent media(MediaKind kind)
{
    MediaContent content;
    content.kind = kind;
    content.id = QStringLiteral("1479537139650973");
    return content;
}

inline Message validText()
{
    return makeText(recipient(), QStringLiteral("See https://example.com"), true);
}

inline Message validMedia(MediaKind kind)
{
    return makeMedia(recipient(), media(kind));
}

inline Message validLocation()
{
    return outbound(MessageKind::Location,
                    LocationContent{37.4421, -122.1615, QStringLiteral("Philz"),
                                    QStringLiteral("101 Forest Ave"), QString()});
}

inline Message validLocationRequest()
{
    return outbound(MessageKind::LocationRequest,
                    LocationRequestContent{QStringLiteral("Share pickup?")});
}

inline ContactCard contactCard(const QString &formattedName)
{
    ContactCard card;
    card.name.formattedName = formattedName;
    card.phones.append(ContactPhone{QStringLiteral("+19175559999"), QStringLiteral("Mobile"),
                                    QStringLiteral("19175559999")});
    return card;
}

inline Message validContacts(qsizetype count = 1)
{
    ContactsContent content;
    for (qsizetype i = 0; i < count; ++i)
        content.contacts.append(contactCard(QStringLiteral("Barbara J. Johnson %1").arg(i)));
    return outbound(MessageKind::Contacts, content);
}

inline InteractiveContent buttonContent(qsizetype count = 2)
{
    InteractiveContent content;
    content.kind = InteractiveKind::Button;
    content.header.kind = InteractiveHeaderKind::Image;
    content.header.media = media(MediaKind::Image);
    content.body = QStringLiteral("Reschedule?");
    content.footer = QStringLiteral("Lucky Shrub");
    for (qsizetype i = 0; i < count; ++i) {
        content.buttons.append(
            ReplyButton{QStringLiteral("button-%1").arg(i), QStringLiteral("Choice %1").arg(i)});
    }
    return content;
}

inline ListSection listSection(const QString &title, qsizetype rows, qsizetype firstId = 0)
{
    ListSection section;
    section.title = title;
    for (qsizetype i = 0; i < rows; ++i) {
        section.rows.append(ListRow{QStringLiteral("row_%1").arg(firstId + i),
                                    QStringLiteral("Option %1").arg(firstId + i),
                                    QStringLiteral("Next day")});
    }
    return section;
}

inline InteractiveContent listContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::List;
    content.header.kind = InteractiveHeaderKind::Text;
    content.header.text = QStringLiteral("Shipping");
    content.body = QStringLiteral("Pick one");
    content.footer = QStringLiteral("Prices include VAT");
    content.listButton = QStringLiteral("Options");
    content.sections.append(listSection(QStringLiteral("Fast"), 2));
    return content;
}

inline InteractiveContent ctaContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::CtaUrl;
    content.header.kind = InteractiveHeaderKind::Text;
    content.header.text = QStringLiteral("Dates");
    content.body = QStringLiteral("See dates");
    content.footer = QStringLiteral("Lucky Shrub");
    content.ctaDisplayText = QStringLiteral("See Dates");
    content.ctaUrl = QStringLiteral("https://example.com/x");
    return content;
}

inline InteractiveContent productContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::Product;
    content.body = QStringLiteral("Our best seller");
    content.footer = QStringLiteral("Lucky Shrub");
    content.catalogId = QStringLiteral("194836987003835");
    content.productRetailerId = QStringLiteral("sku-1");
    return content;
}

inline ProductSection productSection(const QString &title, qsizetype count)
{
    ProductSection section;
    section.title = title;
    for (qsizetype i = 0; i < count; ++i)
        section.productRetailerIds.append(QStringLiteral("sku-%1").arg(i));
    return section;
}

inline InteractiveContent productListContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::ProductList;
    content.header.kind = InteractiveHeaderKind::Text;
    content.header.text = QStringLiteral("Our plants");
    content.body = QStringLiteral("Pick a plant");
    content.footer = QStringLiteral("Lucky Shrub");
    content.catalogId = QStringLiteral("194836987003835");
    content.productSections.append(productSection(QStringLiteral("Indoor"), 2));
    content.productSections.append(productSection(QStringLiteral("Outdoor"), 1));
    return content;
}

inline InteractiveContent catalogContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::Catalog;
    content.body = QStringLiteral("Browse our catalog");
    content.footer = QStringLiteral("Lucky Shrub");
    content.thumbnailProductRetailerId = QStringLiteral("sku-1");
    return content;
}

inline InteractiveContent flowContent()
{
    InteractiveContent content;
    content.kind = InteractiveKind::Flow;
    content.header.kind = InteractiveHeaderKind::Text;
    content.header.text = QStringLiteral("Booking");
    content.body = QStringLiteral("Book a table");
    content.footer = QStringLiteral("Lucky Shrub");
    content.flow.token = QStringLiteral("tok");
    content.flow.id = QStringLiteral("123456");
    content.flow.cta = QStringLiteral("Book!");
    content.flow.screen = QStringLiteral("START");
    content.flow.payloadDataJson = QStringLiteral("{\"k\":\"v\"}");
    return content;
}

inline Message validInteractive(const InteractiveContent &content)
{
    return makeInteractive(recipient(), content);
}

inline TemplateParameter textParameter(const QString &text, const QString &name = {})
{
    TemplateParameter parameter;
    parameter.kind = TemplateParameterKind::Text;
    parameter.text = text;
    parameter.name = name;
    return parameter;
}

inline TemplateComponent buttonComponent(const QString &subType, int index,
                                         TemplateParameterKind kind, const QString &value)
{
    TemplateParameter parameter;
    parameter.kind = kind;
    parameter.text = value;
    return TemplateComponent{TemplateComponentKind::Button, subType, index, {parameter}};
}

inline TemplateContent templateContent()
{
    TemplateContent content;
    content.name = QStringLiteral("order_confirmation");
    content.languageCode = QStringLiteral("en_US");
    TemplateParameter image;
    image.kind = TemplateParameterKind::Image;
    image.media = media(MediaKind::Image);
    content.components.append(TemplateComponent{TemplateComponentKind::Header, {}, 0, {image}});
    TemplateParameter amount;
    amount.kind = TemplateParameterKind::Currency;
    amount.fallbackValue = QStringLiteral("$100.99");
    amount.currencyCode = QStringLiteral("USD");
    amount.amount1000 = 100990;
    content.components.append(
        TemplateComponent{TemplateComponentKind::Body,
                          {},
                          0,
                          {textParameter(QStringLiteral("Jessica")),
                           textParameter(QStringLiteral("SKBUP2-4CPIG9")), amount}});
    content.components.append(buttonComponent(QStringLiteral("url"), 0, TemplateParameterKind::Text,
                                              QStringLiteral("Gon%C3%A7alves")));
    content.components.append(buttonComponent(
        QStringLiteral("quick_reply"), 1, TemplateParameterKind::Payload, QStringLiteral("STOP")));
    content.components.append(buttonComponent(QStringLiteral("copy_code"), 2,
                                              TemplateParameterKind::CouponCode,
                                              QStringLiteral("250FF")));
    return content;
}

inline Message validTemplate()
{
    return makeTemplate(recipient(), templateContent());
}

inline Message validReaction(const QString &emoji = QStringLiteral("\U0001F44D"))
{
    return outbound(MessageKind::Reaction,
                    ReactionContent{QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkV"), emoji});
}

} // namespace sb::test

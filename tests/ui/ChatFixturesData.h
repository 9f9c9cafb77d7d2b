#pragma once

// Part of ChatFixtures.h: the conversation with one message of every kind.

namespace chatfixtures {

inline QList<ChatMessage> everyKind(const MediaFiles &files)
{
    QList<ChatMessage> rows;
    qint64 id = 0;
    int minute = 0;
    const auto next = [&] {
        ++id;
        minute += 2;
    };

    next();
    ChatMessage greeting = text(id, Direction::Inbound, minute,
                                QStringLiteral("Hi! Is the *blue* jacket still in stock? "
                                               "I saw it on www.example.com/jackets"));
    greeting.message.referral = Referral{QStringLiteral("https://fb.me/ad123"),
                                         QStringLiteral("ad123"),
                                         QStringLiteral("ad"),
                                         QStringLiteral("Spring sale: 20% off every jacket"),
                                         QStringLiteral("Jackets for spring"),
                                         QStringLiteral("image"),
                                         {},
                                         {},
                                         {},
                                         {},
                                         {}};
    rows.append(greeting);

    next();
    rows.append(text(id, Direction::Outbound, minute,
                     QStringLiteral("It is! We have it in:\n* S\n* M\n* L\n> Free returns for "
                                    "30 days")));
    next();
    ChatMessage photo =
        withMedia(id, MessageKind::Image, Direction::Inbound, minute,
                  media(MediaKind::Image, 245000, QStringLiteral("This one?")), files.photo);
    rows.append(photo);
    next();
    ChatMessage forwarded = withMedia(id, MessageKind::Image, Direction::Inbound, minute,
                                      media(MediaKind::Image, 1800000));
    std::get<MediaContent>(forwarded.message.body).forwarded = true;
    rows.append(forwarded);
    next();
    ChatMessage broken = withMedia(id, MessageKind::Image, Direction::Inbound, minute,
                                   media(MediaKind::Image, 90000));
    broken.mediaError = QStringLiteral("the media id expired (older than 30 days)");
    rows.append(broken);
    next();
    rows.append(withMedia(id, MessageKind::Video, Direction::Outbound, minute,
                          media(MediaKind::Video, 4200000, QStringLiteral("How to fold it"))));
    next();
    MediaContent voice = media(MediaKind::Audio, 18000);
    voice.voice = true;
    voice.mimeType = QStringLiteral("audio/ogg; codecs=opus");
    rows.append(withMedia(id, MessageKind::Audio, Direction::Inbound, minute, voice, files.voice));
    next();
    ChatMessage song = withMedia(id, MessageKind::Audio, Direction::Outbound, minute,
                                 media(MediaKind::Audio, 3100000));
    song.status.apply(DeliveryState::Played, song.message.timestamp.addSecs(90));
    rows.append(song);
    next();
    MediaContent pdf = media(MediaKind::Document, 1250000, QStringLiteral("Your invoice"));
    pdf.filename = QStringLiteral("invoice-2026-0042.pdf");
    pdf.mimeType = QStringLiteral("application/pdf");
    rows.append(withMedia(id, MessageKind::Document, Direction::Outbound, minute, pdf));
    next();
    rows.append(withMedia(id, MessageKind::Sticker, Direction::Inbound, minute,
                          media(MediaKind::Sticker, 20000), files.sticker));
    next();
    ChatMessage place = base(id, MessageKind::Location, Direction::Inbound, minute);
    place.message.body = LocationContent{52.520008,
                                         13.404954,
                                         QStringLiteral("Alexanderplatz"),
                                         QStringLiteral("Alexanderplatz 1, 10178 Berlin"),
                                         {}};
    rows.append(place);
    next();
    ChatMessage request = base(id, MessageKind::LocationRequest, Direction::Outbound, minute);
    request.message.body = LocationRequestContent{QStringLiteral("Where should we deliver?")};
    rows.append(request);
    next();
    ChatMessage contacts = base(id, MessageKind::Contacts, Direction::Inbound, minute);
    ContactCard anna;
    anna.name.formattedName = QStringLiteral("Anna Schmidt");
    anna.phones = {ContactPhone{QStringLiteral("+49 30 1234567"), QStringLiteral("WORK"), {}}};
    anna.emails = {ContactEmail{QStringLiteral("anna@example.com"), {}}};
    ContactCard ben;
    ben.name.formattedName = QStringLiteral("Ben Okafor");
    ben.phones = {ContactPhone{QStringLiteral("+44 20 7946 0958"), {}, {}}};
    ben.org = ContactOrg{QStringLiteral("Okafor Ltd"), {}, QStringLiteral("Buyer")};
    contacts.message.body = ContactsContent{{anna, ben}};
    rows.append(contacts);

    next();
    InteractiveContent buttons =
        interactive(InteractiveKind::Button, QStringLiteral("Shall we *reserve* it for you?"));
    buttons.header.kind = InteractiveHeaderKind::Image;
    buttons.header.media = media(MediaKind::Image, 120000);
    buttons.footer = QStringLiteral("Lucky Shrub");
    buttons.buttons = {ReplyButton{QStringLiteral("yes"), QStringLiteral("Yes, reserve")},
                       ReplyButton{QStringLiteral("no"), QStringLiteral("No thanks")}};
    rows.append(withInteractive(id, minute, buttons));
    next();
    InteractiveContent list = interactive(InteractiveKind::List, QStringLiteral("Pick a delivery"));
    list.header.kind = InteractiveHeaderKind::Text;
    list.header.text = QStringLiteral("Shipping");
    list.listButton = QStringLiteral("Options");
    list.sections = {ListSection{QStringLiteral("Fast"),
                                 {ListRow{QStringLiteral("express"), QStringLiteral("Express"),
                                          QStringLiteral("Next day")},
                                  ListRow{QStringLiteral("priority"), QStringLiteral("Priority"),
                                          QStringLiteral("2 days")}}},
                     ListSection{QStringLiteral("Cheap"),
                                 {ListRow{QStringLiteral("standard"), QStringLiteral("Standard"),
                                          QStringLiteral("5 days")}}}};
    rows.append(withInteractive(id, minute, list));
    next();
    InteractiveContent cta = interactive(InteractiveKind::CtaUrl, QStringLiteral("See our dates"));
    cta.ctaDisplayText = QStringLiteral("See dates");
    cta.ctaUrl = QStringLiteral("https://example.com/dates");
    rows.append(withInteractive(id, minute, cta));
    next();
    InteractiveContent product =
        interactive(InteractiveKind::Product, QStringLiteral("Our bestseller"));
    product.catalogId = QStringLiteral("cat-77");
    product.productRetailerId = QStringLiteral("SKU-JACKET-BLUE");
    rows.append(withInteractive(id, minute, product));
    next();
    InteractiveContent products =
        interactive(InteractiveKind::ProductList, QStringLiteral("New in"));
    products.header.kind = InteractiveHeaderKind::Text;
    products.header.text = QStringLiteral("Spring collection");
    products.catalogId = QStringLiteral("cat-77");
    products.productSections = {ProductSection{QStringLiteral("Jackets"),
                                               {QStringLiteral("SKU-1"), QStringLiteral("SKU-2")}}};
    rows.append(withInteractive(id, minute, products));
    next();
    InteractiveContent catalog =
        interactive(InteractiveKind::Catalog, QStringLiteral("Browse everything"));
    rows.append(withInteractive(id, minute, catalog));
    next();
    InteractiveContent flow = interactive(InteractiveKind::Flow, QStringLiteral("Book a fitting"));
    flow.flow.cta = QStringLiteral("Book now");
    rows.append(withInteractive(id, minute, flow));

    next();
    ChatMessage confirmation = base(id, MessageKind::Template, Direction::Outbound, minute);
    TemplateContent tmpl{QStringLiteral("order_confirmation"), QStringLiteral("en_US"), {}, {}};
    tmpl.components = {TemplateComponent{
        TemplateComponentKind::Body, {}, 0, {TemplateParameter{}, TemplateParameter{}}}};
    tmpl.components[0].parameters[0].text = QStringLiteral("Jessica");
    tmpl.components[0].parameters[1].text = QStringLiteral("SKBUP2-4CPIG9");
    confirmation.message.body = tmpl;
    RenderedTemplate rendered;
    rendered.headerFormat = TemplateHeaderFormat::Text;
    rendered.headerText = QStringLiteral("Order confirmed");
    rendered.body = QStringLiteral("Hi Jessica, your order *SKBUP2-4CPIG9* is confirmed.");
    rendered.footer = QStringLiteral("Reply STOP to opt out");
    rendered.buttons = {RenderedButton{TemplateButtonType::Url, QStringLiteral("Track order"),
                                       QStringLiteral("https://example.com/t/SKBUP2")},
                        RenderedButton{TemplateButtonType::QuickReply, QStringLiteral("Stop"),
                                       QStringLiteral("STOP")},
                        RenderedButton{TemplateButtonType::CopyCode, QStringLiteral("Copy code"),
                                       QStringLiteral("SPRING20")}};
    confirmation.renderedTemplate = rendered;
    rows.append(confirmation);
    next();
    ChatMessage unrendered = base(id, MessageKind::Template, Direction::Outbound, minute);
    unrendered.message.body = tmpl;
    rows.append(unrendered);

    next();
    ChatMessage tap = base(id, MessageKind::ButtonTap, Direction::Inbound, minute);
    tap.message.body = ButtonTapContent{QStringLiteral("STOP"), QStringLiteral("Stop")};
    tap.message.context = ReplyContext{QStringLiteral("wamid.%1").arg(id - 2), {}, {}, {}};
    rows.append(tap);
    next();
    ChatMessage buttonReply = base(id, MessageKind::ButtonReply, Direction::Inbound, minute);
    buttonReply.message.body =
        ReplyContent{QStringLiteral("yes"), QStringLiteral("Yes, reserve"), {}};
    buttonReply.message.context = ReplyContext{QStringLiteral("wamid.14"), {}, {}, {}};
    rows.append(buttonReply);
    next();
    ChatMessage listReply = base(id, MessageKind::ListReply, Direction::Inbound, minute);
    listReply.message.body = ReplyContent{QStringLiteral("express"), QStringLiteral("Express"),
                                          QStringLiteral("Next day")};
    rows.append(listReply);
    next();
    ChatMessage flowReply = base(id, MessageKind::FlowReply, Direction::Inbound, minute);
    flowReply.message.body = FlowReplyContent{QStringLiteral("fitting"), QStringLiteral("Sent"),
                                              QStringLiteral("{\"date\":\"2026-03-12\"}")};
    rows.append(flowReply);
    next();
    ChatMessage order = base(id, MessageKind::Order, Direction::Inbound, minute);
    order.message.body =
        OrderContent{QStringLiteral("cat-77"),
                     QStringLiteral("Gift wrap please"),
                     {OrderItem{QStringLiteral("SKU-JACKET-BLUE"), 1, 89.9, QStringLiteral("EUR")},
                      OrderItem{QStringLiteral("SKU-SCARF"), 2, 19.5, QStringLiteral("EUR")}}};
    rows.append(order);
    next();
    ChatMessage system = base(id, MessageKind::System, Direction::Inbound, minute);
    system.message.body =
        SystemContent{QStringLiteral("user_changed_number"),
                      QStringLiteral("The customer changed their number to +49 155 5000 2."),
                      QStringLiteral("491555000002"),
                      {}};
    rows.append(system);
    next();
    ChatMessage unsupported = base(id, MessageKind::Unsupported, Direction::Inbound, minute);
    unsupported.message.body =
        UnsupportedContent{QStringLiteral("poll_creation"),
                           QStringLiteral("Polls are not supported by the Cloud API."),
                           131051,
                           {}};
    rows.append(unsupported);
    next();
    ChatMessage reply =
        text(id, Direction::Outbound, minute, QStringLiteral("Reserved until Friday."));
    reply.message.context = ReplyContext{QStringLiteral("wamid.3"), {}, {}, {}};
    reply.status = DeliveryStatus();
    reply.status.apply(DeliveryState::Delivered, reply.message.timestamp.addSecs(5));
    rows.append(reply);
    next();
    ChatMessage failed =
        text(id, Direction::Outbound, minute, QStringLiteral("Are you still there?"));
    failed.status = DeliveryStatus();
    failed.status.apply(DeliveryState::Queued, failed.message.timestamp);
    failed.status.apply(DeliveryState::Failed, failed.message.timestamp.addSecs(2),
                        StatusError{131047, QStringLiteral("Re-engagement message"), {}});
    rows.append(failed);
    next();
    ChatMessage accepted =
        text(id, Direction::Outbound, minute, QStringLiteral("Accepted, waiting"));
    accepted.status = DeliveryStatus();
    accepted.status.apply(DeliveryState::Accepted, accepted.message.timestamp);
    rows.append(accepted);
    next();
    ChatMessage queued = text(id, Direction::Outbound, minute, QStringLiteral("On its way"));
    queued.status = DeliveryStatus();
    queued.status.apply(DeliveryState::Queued, queued.message.timestamp);
    rows.append(queued);

    next();
    ChatMessage reaction = base(id, MessageKind::Reaction, Direction::Inbound, minute);
    reaction.message.body = ReactionContent{QStringLiteral("wamid.2"), QStringLiteral("👍")};
    rows.append(reaction);
    return rows;
}

} // namespace chatfixtures

#pragma once

#include "LimitCases.h"
#include "PlatformText.h"
#include "ValidMessages.h"

// Boundary cases of the interactive entries (reply buttons, list, CTA URL, commerce, flow) and
// of the carousel, which only the generic checks cover.
namespace sb::test {

using Change = std::function<void(InteractiveContent &, const QString &)>;

inline BoundaryCase interactiveText(const QString &path, InteractiveContent base, Change change,
                                    int flavours = AllFlavours)
{
    return textOnMessage(
        path,
        [base, change](const QString &v) {
            InteractiveContent content = base;
            change(content, v);
            return validInteractive(content);
        },
        flavours);
}

inline BoundaryCase interactiveRule(const QString &path, InteractiveContent base,
                                    std::function<void(InteractiveContent &)> breakIt)
{
    return ruleOnMessage(path, [base, breakIt](bool broken) {
        InteractiveContent content = base;
        if (broken)
            breakIt(content);
        return validInteractive(content);
    });
}

inline BoundaryCase interactiveAmount(const QString &path, InteractiveContent base,
                                      std::function<void(InteractiveContent &, qint64)> change,
                                      QList<LimitId> companionsOver = {})
{
    return amountOnMessage(
        path,
        [base, change](qint64 n) {
            InteractiveContent content = base;
            change(content, n);
            return validInteractive(content);
        },
        std::move(companionsOver));
}

inline void addInteractiveCases(CaseMap &cases)
{
    using L = LimitId;
    const QString header = QStringLiteral("interactive.header.text");
    const QString body = QStringLiteral("interactive.body.text");
    const QString footer = QStringLiteral("interactive.footer.text");
    const QString sections = QStringLiteral("interactive.action.sections");
    const auto textHeader = [](InteractiveContent &c, const QString &v) {
        c.header = InteractiveHeader{InteractiveHeaderKind::Text, v, {}};
    };
    const auto setBody = [](InteractiveContent &c, const QString &v) { c.body = v; };
    const auto setFooter = [](InteractiveContent &c, const QString &v) { c.footer = v; };

    // reply buttons
    cases[L::ButtonHeaderText] = interactiveText(header, buttonContent(), textHeader);
    cases[L::ButtonBody] = interactiveText(body, buttonContent(), setBody);
    cases[L::ButtonFooter] = interactiveText(footer, buttonContent(), setFooter);
    cases[L::ReplyButtonCount] = interactiveAmount(
        QStringLiteral("interactive.action.buttons"), buttonContent(),
        [](InteractiveContent &c, qint64 n) { c.buttons = buttonContent(n).buttons; });
    cases[L::ReplyButtonId] =
        interactiveText(QStringLiteral("interactive.action.buttons[1].reply.id"), buttonContent(),
                        [](InteractiveContent &c, const QString &v) { c.buttons[1].id = v; });
    cases[L::ReplyButtonTitle] = interactiveText(
        QStringLiteral("interactive.action.buttons[1].reply.title"), buttonContent(),
        [](InteractiveContent &c, const QString &v) { c.buttons[1].title = v; });
    cases[L::ReplyButtonIdUnique] =
        interactiveRule(QStringLiteral("interactive.action.buttons[2].reply.id"), buttonContent(3),
                        [](InteractiveContent &c) { c.buttons[2].id = c.buttons[0].id; });
    cases[L::ReplyButtonTitleUnique] = interactiveRule(
        QStringLiteral("interactive.action.buttons[1].reply.title"), buttonContent(3),
        [](InteractiveContent &c) { c.buttons[1].title = c.buttons[0].title; });

    // list
    cases[L::ListHeaderTextOnly] = interactiveRule(
        QStringLiteral("interactive.header.type"), listContent(), [](InteractiveContent &c) {
            c.header = InteractiveHeader{InteractiveHeaderKind::Video, {}, media(MediaKind::Video)};
        });
    cases[L::ListHeaderText] = interactiveText(header, listContent(), textHeader);
    cases[L::ListBody] = interactiveText(body, listContent(), setBody);
    cases[L::ListFooter] = interactiveText(footer, listContent(), setFooter);
    cases[L::ListButtonLabel] =
        interactiveText(QStringLiteral("interactive.action.button"), listContent(),
                        [](InteractiveContent &c, const QString &v) { c.listButton = v; });
    cases[L::ListSectionCount] = interactiveAmount(
        sections, listContent(),
        [](InteractiveContent &c, qint64 n) {
            c.sections.clear();
            for (qint64 i = 0; i < n; ++i)
                c.sections.append(listSection(QStringLiteral("Section %1").arg(i), 1, i));
        },
        {L::ListRowsTotal});
    cases[L::ListRowsTotal] =
        interactiveAmount(sections, listContent(), [](InteractiveContent &c, qint64 n) {
            c.sections = {listSection(QStringLiteral("All"), n)};
        });
    cases[L::ListSectionRows] =
        interactiveAmount(QStringLiteral("interactive.action.sections[1].rows"), listContent(),
                          [](InteractiveContent &c, qint64 n) {
                              c.sections = {listSection(QStringLiteral("A"), 1),
                                            listSection(QStringLiteral("B"), n, 1)};
                          });
    const QString row = QStringLiteral("interactive.action.sections[1].rows[0].");
    InteractiveContent twoSections = listContent();
    twoSections.sections.append(listSection(QStringLiteral("Slow"), 1, 10));
    cases[L::ListSectionTitle] =
        interactiveText(QStringLiteral("interactive.action.sections[1].title"), twoSections,
                        [](InteractiveContent &c, const QString &v) { c.sections[1].title = v; });
    cases[L::ListRowId] = interactiveText(
        row + QLatin1String("id"), twoSections,
        [](InteractiveContent &c, const QString &v) { c.sections[1].rows[0].id = v; });
    cases[L::ListRowIdUnique] =
        interactiveRule(row + QLatin1String("id"), twoSections, [](InteractiveContent &c) {
            c.sections[1].rows[0].id = c.sections[0].rows[1].id;
        });
    cases[L::ListRowTitle] = interactiveText(
        row + QLatin1String("title"), twoSections,
        [](InteractiveContent &c, const QString &v) { c.sections[1].rows[0].title = v; });
    cases[L::ListRowDescription] = interactiveText(
        row + QLatin1String("description"), twoSections,
        [](InteractiveContent &c, const QString &v) { c.sections[1].rows[0].description = v; });

    // CTA URL
    cases[L::CtaHeaderText] = interactiveText(header, ctaContent(), textHeader);
    cases[L::CtaBody] = interactiveText(body, ctaContent(), setBody);
    cases[L::CtaFooter] = interactiveText(footer, ctaContent(), setFooter);
    cases[L::CtaDisplayText] =
        interactiveText(QStringLiteral("interactive.action.parameters.display_text"), ctaContent(),
                        [](InteractiveContent &c, const QString &v) { c.ctaDisplayText = v; });
    cases[L::CtaUrl] = interactiveRule(
        QStringLiteral("interactive.action.parameters.url"), ctaContent(),
        [](InteractiveContent &c) { c.ctaUrl = QStringLiteral("www.example.com"); });
    cases[L::CtaButtonCount] =
        amountDirect(L::CtaButtonCount, QStringLiteral("interactive.action"));

    // commerce
    cases[L::ProductCatalogId] =
        interactiveText(QStringLiteral("interactive.action.catalog_id"), productContent(),
                        [](InteractiveContent &c, const QString &v) { c.catalogId = v; });
    cases[L::ProductRetailerId] = interactiveText(
        QStringLiteral("interactive.action.sections[0].product_items[1].product_retailer_id"),
        productListContent(), [](InteractiveContent &c, const QString &v) {
            c.productSections[0].productRetailerIds[1] = v;
        });
    cases[L::ProductBody] = interactiveText(body, productContent(), setBody);
    cases[L::ProductFooter] = interactiveText(footer, productContent(), setFooter);
    cases[L::ProductListHeaderRequired] =
        interactiveRule(QStringLiteral("interactive.header"), productListContent(),
                        [](InteractiveContent &c) { c.header = InteractiveHeader{}; });
    cases[L::ProductListHeaderText] = interactiveText(header, productListContent(), textHeader);
    cases[L::ProductListBody] = interactiveText(body, productListContent(), setBody);
    cases[L::ProductListFooter] = interactiveText(footer, productListContent(), setFooter);
    cases[L::MultiProductSections] =
        interactiveAmount(sections, productListContent(), [](InteractiveContent &c, qint64 n) {
            c.productSections.clear();
            for (qint64 i = 0; i < n; ++i)
                c.productSections.append(productSection(QStringLiteral("Section %1").arg(i), 1));
        });
    cases[L::MultiProductTotal] =
        interactiveAmount(sections, productListContent(), [](InteractiveContent &c, qint64 n) {
            c.productSections = {productSection(QStringLiteral("All"), n)};
        });
    cases[L::MultiProductPerSection] =
        interactiveAmount(QStringLiteral("interactive.action.sections[1].product_items"),
                          productListContent(), [](InteractiveContent &c, qint64 n) {
                              c.productSections[1] = productSection(QStringLiteral("Outdoor"), n);
                          });
    cases[L::MultiProductSectionTitle] = interactiveText(
        QStringLiteral("interactive.action.sections[1].title"), productListContent(),
        [](InteractiveContent &c, const QString &v) { c.productSections[1].title = v; });
    cases[L::MultiProductSectionTitleRequired] = interactiveRule(
        QStringLiteral("interactive.action.sections[0].title"), productListContent(),
        [](InteractiveContent &c) { c.productSections[0].title.clear(); });
    cases[L::CatalogBody] = interactiveText(body, catalogContent(), setBody);
    cases[L::CatalogFooter] = interactiveText(footer, catalogContent(), setFooter);

    // flow
    const QString parameters = QStringLiteral("interactive.action.parameters.");
    cases[L::FlowHeaderText] = interactiveText(header, flowContent(), textHeader);
    cases[L::FlowBody] = interactiveText(body, flowContent(), setBody);
    cases[L::FlowFooter] = interactiveText(footer, flowContent(), setFooter);
    cases[L::FlowIdOrName] =
        interactiveRule(parameters + QLatin1String("flow_name"), flowContent(),
                        [](InteractiveContent &c) { c.flow.name = QStringLiteral("booking"); });
    const auto setCta = [](InteractiveContent &c, const QString &v) { c.flow.cta = v; };
    cases[L::FlowCta] =
        interactiveText(parameters + QLatin1String("flow_cta"), flowContent(), setCta, NoEmoji);
    cases[L::FlowCtaLength] =
        interactiveText(parameters + QLatin1String("flow_cta"), flowContent(), setCta, NoEmoji);
    cases[L::FlowCtaEmoji] = interactiveRule(
        parameters + QLatin1String("flow_cta"), flowContent(),
        [](InteractiveContent &c) { c.flow.cta = QStringLiteral("Book \U0001F4C5"); });
    cases[L::FlowActionValue] =
        interactiveRule(parameters + QLatin1String("flow_action"), flowContent(),
                        [](InteractiveContent &c) { c.flow.action = QStringLiteral("jump"); });
    cases[L::FlowModeValue] =
        interactiveRule(parameters + QLatin1String("mode"), flowContent(),
                        [](InteractiveContent &c) { c.flow.mode = QStringLiteral("live"); });
    cases[L::FlowMessageVersion] =
        interactiveRule(parameters + QLatin1String("flow_message_version"), flowContent(),
                        [](InteractiveContent &c) { c.flow.messageVersion = QStringLiteral("2"); });
    cases[L::FlowPayloadData] = interactiveRule(
        parameters + QLatin1String("flow_action_payload.data"), flowContent(),
        [](InteractiveContent &c) { c.flow.payloadDataJson = QStringLiteral("[1, 2]"); });

    // carousel: no message model yet, so the generic checks
    cases[L::CarouselCardCount] =
        amountDirect(L::CarouselCardCount, QStringLiteral("interactive.action.cards"));
    cases[L::CarouselBody] = textDirect(L::CarouselBody, body);
    const QString card = QStringLiteral("interactive.action.cards[3].");
    cases[L::CarouselCardBody] = textDirect(L::CarouselCardBody, card + QLatin1String("body.text"));
    BoundaryCase lineBreaks;
    lineBreaks.path = card + QLatin1String("body.text");
    lineBreaks.amount = [path = lineBreaks.path](qint64 n) {
        QString text = QStringLiteral("Fresh");
        for (qint64 i = 0; i < n; ++i)
            text += (i % 2 ? QStringLiteral("\r\nline") : QStringLiteral("\nline"));
        return listOf(
            LimitCheck::amount(L::CarouselCardBodyLineBreaks, path, lineBreakCount(text)));
    };
    cases[L::CarouselCardBodyLineBreaks] = lineBreaks;
    cases[L::CarouselButtonLabel] = textDirect(
        L::CarouselButtonLabel, card + QLatin1String("action.buttons[1].quick_reply.title"));
    cases[L::CarouselQuickReplyId] = textDirect(
        L::CarouselQuickReplyId, card + QLatin1String("action.buttons[1].quick_reply.id"));
}

} // namespace sb::test

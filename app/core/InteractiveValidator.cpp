#include "InteractiveValidator.h"

#include "ContentValidator.h"
#include "LimitCheck.h"
#include "PlatformText.h"

#include <QJsonDocument>
#include <QSet>

namespace sb {

namespace {

const QString kHeaderText = QStringLiteral("interactive.header.text");
const QString kBody = QStringLiteral("interactive.body.text");
const QString kFooter = QStringLiteral("interactive.footer.text");
const QString kSections = QStringLiteral("interactive.action.sections");
const QString kParameters = QStringLiteral("interactive.action.parameters.");

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString headerKindName(InteractiveHeaderKind kind)
{
    switch (kind) {
    case InteractiveHeaderKind::None:
        return QString();
    case InteractiveHeaderKind::Text:
        return QStringLiteral("text");
    case InteractiveHeaderKind::Image:
        return QStringLiteral("image");
    case InteractiveHeaderKind::Video:
        return QStringLiteral("video");
    case InteractiveHeaderKind::Document:
        return QStringLiteral("document");
    }
    return QString();
}

bool isMediaHeader(InteractiveHeaderKind kind)
{
    return kind == InteractiveHeaderKind::Image || kind == InteractiveHeaderKind::Video
        || kind == InteractiveHeaderKind::Document;
}

MediaKind mediaKindOf(InteractiveHeaderKind kind)
{
    switch (kind) {
    case InteractiveHeaderKind::Video:
        return MediaKind::Video;
    case InteractiveHeaderKind::Document:
        return MediaKind::Document;
    default:
        return MediaKind::Image;
    }
}

void bodyAndFooter(const InteractiveContent &content, LimitId body, LimitId footer,
                   QList<Violation> &out)
{
    addViolation(out, LimitCheck::text(body, kBody, content.body));
    addViolation(out, LimitCheck::text(footer, kFooter, content.footer));
}

} // namespace

void InteractiveValidator::validate(const InteractiveContent &content, QList<Violation> &out)
{
    switch (content.kind) {
    case InteractiveKind::Button:
        header(content.header, LimitId::ButtonHeaderText, out);
        bodyAndFooter(content, LimitId::ButtonBody, LimitId::ButtonFooter, out);
        buttons(content, out);
        return;
    case InteractiveKind::List:
        list(content, out);
        return;
    case InteractiveKind::CtaUrl:
        header(content.header, LimitId::CtaHeaderText, out);
        bodyAndFooter(content, LimitId::CtaBody, LimitId::CtaFooter, out);
        ctaUrl(content, out);
        return;
    case InteractiveKind::Product:
        // The header rule for single-product messages is unconfirmed (spec §1.6): not checked.
        bodyAndFooter(content, LimitId::ProductBody, LimitId::ProductFooter, out);
        addViolation(out,
                     LimitCheck::text(LimitId::ProductCatalogId,
                                      QStringLiteral("interactive.action.catalog_id"),
                                      content.catalogId));
        addViolation(out,
                     LimitCheck::text(LimitId::ProductRetailerId,
                                      QStringLiteral("interactive.action.product_retailer_id"),
                                      content.productRetailerId));
        return;
    case InteractiveKind::ProductList:
        productList(content, out);
        return;
    case InteractiveKind::Catalog:
        bodyAndFooter(content, LimitId::CatalogBody, LimitId::CatalogFooter, out);
        return;
    case InteractiveKind::Flow:
        header(content.header, LimitId::FlowHeaderText, out);
        bodyAndFooter(content, LimitId::FlowBody, LimitId::FlowFooter, out);
        flow(content, out);
        return;
    }
}

void InteractiveValidator::header(const InteractiveHeader &header, LimitId textLimit,
                                  QList<Violation> &out)
{
    if (header.kind == InteractiveHeaderKind::Text) {
        addViolation(out, LimitCheck::text(textLimit, kHeaderText, header.text));
    } else if (isMediaHeader(header.kind)) {
        MediaContent media = header.media;
        media.kind = mediaKindOf(header.kind); // the header kind decides the wire key
        ContentValidator::mediaObject(
            media, QLatin1String("interactive.header.") + headerKindName(header.kind), out);
    }
}

void InteractiveValidator::buttons(const InteractiveContent &content, QList<Violation> &out)
{
    const QString listPath = QStringLiteral("interactive.action.buttons");
    addViolation(out,
                 LimitCheck::amount(LimitId::ReplyButtonCount, listPath, content.buttons.size()));
    QSet<QString> ids;
    QSet<QString> titles;
    for (qsizetype i = 0; i < content.buttons.size(); ++i) {
        const ReplyButton &button = content.buttons[i];
        const QString idPath = indexed(listPath, i) + QLatin1String(".reply.id");
        const QString titlePath = indexed(listPath, i) + QLatin1String(".reply.title");
        addViolation(out, LimitCheck::text(LimitId::ReplyButtonId, idPath, button.id));
        addViolation(out, LimitCheck::text(LimitId::ReplyButtonTitle, titlePath, button.title));
        if (!button.id.isEmpty() && ids.contains(button.id)) {
            out.append(LimitCheck::rule(
                LimitId::ReplyButtonIdUnique, idPath, QStringLiteral("not_unique"), button.id,
                tr("unique"),
                tr("Change this button's id: \"%1\" is already used by another button.")
                    .arg(button.id)));
        }
        if (!button.title.isEmpty() && titles.contains(button.title)) {
            out.append(LimitCheck::rule(
                LimitId::ReplyButtonTitleUnique, titlePath, QStringLiteral("not_unique"),
                button.title, tr("unique"),
                tr("Change this button's title: \"%1\" is already used by another button.")
                    .arg(button.title)));
        }
        ids.insert(button.id);
        titles.insert(button.title);
    }
}

void InteractiveValidator::list(const InteractiveContent &content, QList<Violation> &out)
{
    if (isMediaHeader(content.header.kind)) {
        out.append(LimitCheck::rule(
            LimitId::ListHeaderTextOnly, QStringLiteral("interactive.header.type"),
            QStringLiteral("not_allowed"), headerKindName(content.header.kind),
            QStringLiteral("text"),
            tr("Use a text header or none: list messages cannot have an image, video or "
               "document header.")));
    }
    header(content.header.kind == InteractiveHeaderKind::Text ? content.header
                                                              : InteractiveHeader{},
           LimitId::ListHeaderText, out);
    bodyAndFooter(content, LimitId::ListBody, LimitId::ListFooter, out);
    addViolation(out,
                 LimitCheck::text(LimitId::ListButtonLabel,
                                  QStringLiteral("interactive.action.button"), content.listButton));

    const auto &sections = content.sections;
    addViolation(out, LimitCheck::amount(LimitId::ListSectionCount, kSections, sections.size()));
    qsizetype totalRows = 0;
    for (const auto &section : sections)
        totalRows += section.rows.size();
    // With no rows at all, one "add a row" says it; an empty section among full ones is named.
    if (!sections.isEmpty())
        addViolation(out, LimitCheck::amount(LimitId::ListRowsTotal, kSections, totalRows));

    QSet<QString> rowIds;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ListSection &section = sections[s];
        const QString sectionPath = indexed(kSections, s);
        addViolation(out,
                     LimitCheck::text(LimitId::ListSectionTitle,
                                      sectionPath + QLatin1String(".title"), section.title));
        if (totalRows > 0) {
            addViolation(out,
                         LimitCheck::amount(LimitId::ListSectionRows,
                                            sectionPath + QLatin1String(".rows"),
                                            section.rows.size()));
        }
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const ListRow &row = section.rows[r];
            const QString rowPath = indexed(sectionPath + QLatin1String(".rows"), r);
            const QString idPath = rowPath + QLatin1String(".id");
            addViolation(out, LimitCheck::text(LimitId::ListRowId, idPath, row.id));
            if (!row.id.isEmpty() && rowIds.contains(row.id)) {
                out.append(LimitCheck::rule(
                    LimitId::ListRowIdUnique, idPath, QStringLiteral("not_unique"), row.id,
                    tr("unique"),
                    tr("Change this row's id: \"%1\" is already used by another row of the list.")
                        .arg(row.id)));
            }
            rowIds.insert(row.id);
            addViolation(out,
                         LimitCheck::text(LimitId::ListRowTitle, rowPath + QLatin1String(".title"),
                                          row.title));
            addViolation(out,
                         LimitCheck::text(LimitId::ListRowDescription,
                                          rowPath + QLatin1String(".description"),
                                          row.description));
        }
    }
}

void InteractiveValidator::ctaUrl(const InteractiveContent &content, QList<Violation> &out)
{
    addViolation(out,
                 LimitCheck::text(LimitId::CtaDisplayText,
                                  kParameters + QLatin1String("display_text"),
                                  content.ctaDisplayText));
    const QString urlPath = kParameters + QLatin1String("url");
    if (content.ctaUrl.trimmed().isEmpty()) {
        out.append(LimitCheck::rule(LimitId::CtaUrl, urlPath, QStringLiteral("required"), QString(),
                                    QStringLiteral("https://"),
                                    tr("Fill in the button URL; it is required.")));
    } else if (!ContentValidator::isHttpsUrl(content.ctaUrl)) {
        out.append(LimitCheck::rule(
            LimitId::CtaUrl, urlPath, QStringLiteral("invalid"), content.ctaUrl,
            QStringLiteral("https://"),
            tr("Use a full link that starts with https:// (it is \"%1\").").arg(content.ctaUrl)));
    }
}

void InteractiveValidator::productList(const InteractiveContent &content, QList<Violation> &out)
{
    if (content.header.kind == InteractiveHeaderKind::None) {
        out.append(LimitCheck::rule(LimitId::ProductListHeaderRequired,
                                    QStringLiteral("interactive.header"), QStringLiteral("missing"),
                                    QString(), QStringLiteral("text"),
                                    tr("Add a text header; multi-product messages require one.")));
    } else if (isMediaHeader(content.header.kind)) {
        out.append(LimitCheck::rule(
            LimitId::ProductListHeaderRequired, QStringLiteral("interactive.header.type"),
            QStringLiteral("not_allowed"), headerKindName(content.header.kind),
            QStringLiteral("text"),
            tr("Use a text header: multi-product messages cannot have a media header.")));
    } else {
        addViolation(
            out,
            LimitCheck::text(LimitId::ProductListHeaderText, kHeaderText, content.header.text));
    }
    bodyAndFooter(content, LimitId::ProductListBody, LimitId::ProductListFooter, out);
    addViolation(out,
                 LimitCheck::text(LimitId::ProductCatalogId,
                                  QStringLiteral("interactive.action.catalog_id"),
                                  content.catalogId));

    const auto &sections = content.productSections;
    addViolation(out,
                 LimitCheck::amount(LimitId::MultiProductSections, kSections, sections.size()));
    qsizetype total = 0;
    for (const auto &section : sections)
        total += section.productRetailerIds.size();
    if (!sections.isEmpty())
        addViolation(out, LimitCheck::amount(LimitId::MultiProductTotal, kSections, total));

    for (qsizetype s = 0; s < sections.size(); ++s) {
        const ProductSection &section = sections[s];
        const QString sectionPath = indexed(kSections, s);
        const QString titlePath = sectionPath + QLatin1String(".title");
        if (sections.size() > 1 && section.title.trimmed().isEmpty()) {
            out.append(LimitCheck::rule(
                LimitId::MultiProductSectionTitleRequired, titlePath, QStringLiteral("required"),
                QString(), QStringLiteral("1"),
                tr("Fill in the section title; it is required when there is more than one "
                   "section.")));
        }
        addViolation(out,
                     LimitCheck::text(LimitId::MultiProductSectionTitle, titlePath, section.title));
        const QString itemsPath = sectionPath + QLatin1String(".product_items");
        if (total > 0) {
            addViolation(out,
                         LimitCheck::amount(LimitId::MultiProductPerSection, itemsPath,
                                            section.productRetailerIds.size()));
        }
        for (qsizetype p = 0; p < section.productRetailerIds.size(); ++p) {
            addViolation(
                out,
                LimitCheck::text(LimitId::ProductRetailerId,
                                 indexed(itemsPath, p) + QLatin1String(".product_retailer_id"),
                                 section.productRetailerIds[p]));
        }
    }
}

void InteractiveValidator::flow(const InteractiveContent &content, QList<Violation> &out)
{
    const FlowAction &flow = content.flow;
    const bool hasId = !flow.id.trimmed().isEmpty();
    const bool hasName = !flow.name.trimmed().isEmpty();
    if (!hasId && !hasName) {
        out.append(LimitCheck::rule(LimitId::FlowIdOrName, kParameters + QLatin1String("flow_id"),
                                    QStringLiteral("missing"), QString(),
                                    tr("flow_id or flow_name"),
                                    tr("Choose the flow to send: give its flow id or its name.")));
    } else if (hasId && hasName) {
        out.append(LimitCheck::rule(LimitId::FlowIdOrName, kParameters + QLatin1String("flow_name"),
                                    QStringLiteral("conflict"), tr("flow_id and flow_name"),
                                    tr("flow_id or flow_name, not both"),
                                    tr("Identify the flow by its id or by its name, not both.")));
    }

    const QString ctaPath = kParameters + QLatin1String("flow_cta");
    addViolation(out, LimitCheck::text(LimitId::FlowCta, ctaPath, flow.cta));
    addViolation(out, LimitCheck::text(LimitId::FlowCtaLength, ctaPath, flow.cta));
    if (containsEmoji(flow.cta)) {
        out.append(LimitCheck::rule(LimitId::FlowCtaEmoji, ctaPath, QStringLiteral("not_allowed"),
                                    flow.cta, tr("no emoji"),
                                    tr("Remove the emoji from the flow button label.")));
    }

    if (!flow.action.isEmpty() && flow.action != u"navigate" && flow.action != u"data_exchange") {
        out.append(LimitCheck::rule(
            LimitId::FlowActionValue, kParameters + QLatin1String("flow_action"),
            QStringLiteral("not_allowed"), flow.action, QStringLiteral("navigate, data_exchange"),
            tr("Set the flow action to navigate or data_exchange (it is \"%1\").")
                .arg(flow.action)));
    }
    if (!flow.mode.isEmpty() && flow.mode != u"draft" && flow.mode != u"published") {
        out.append(LimitCheck::rule(
            LimitId::FlowModeValue, kParameters + QLatin1String("mode"),
            QStringLiteral("not_allowed"), flow.mode, QStringLiteral("draft, published"),
            tr("Set the flow mode to draft or published, or leave it empty for published (it is "
               "\"%1\").")
                .arg(flow.mode)));
    }
    if (flow.messageVersion != u"3") {
        out.append(LimitCheck::rule(
            LimitId::FlowMessageVersion, kParameters + QLatin1String("flow_message_version"),
            QStringLiteral("not_allowed"), flow.messageVersion, QStringLiteral("3"),
            tr("Set the flow message version to 3 (it is \"%1\").").arg(flow.messageVersion)));
    }
    if (!flow.payloadDataJson.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document =
            QJsonDocument::fromJson(flow.payloadDataJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            out.append(LimitCheck::rule(
                LimitId::FlowPayloadData, kParameters + QLatin1String("flow_action_payload.data"),
                QStringLiteral("invalid"), flow.payloadDataJson, tr("a JSON object"),
                tr("Write the flow's initial data as a JSON object, such as {\"key\": "
                   "\"value\"}.")));
        }
    }
}

} // namespace sb

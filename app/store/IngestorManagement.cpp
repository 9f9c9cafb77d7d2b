#include "AlertRepository.h"
#include "Database.h"
#include "Ingestor.h"
#include "TemplateRepository.h"

#include <QLocale>

// Ingestor: template and account management fields, and system errors.
namespace sb {

namespace {

QString templateSubject(const TemplateRef &ref)
{
    if (!ref.id.isEmpty())
        return QLatin1String("template:") + ref.id;
    return QLatin1String("template:") + ref.name + u'/' + ref.language;
}

QString templateLabel(const TemplateRef &ref)
{
    return ref.language.isEmpty() ? ref.name : ref.name + QLatin1String(" (") + ref.language + u')';
}

} // namespace

void Ingestor::templateStatus(const TemplateStatusEvent &e, Batch &batch)
{
    TemplateRepository templates(m_db);
    const QString event = e.event.trimmed().toUpper();
    if (event == u"DELETED") {
        std::optional<TemplateRecord> row = templates.findByTemplateId(e.tmpl.id);
        if (!row)
            row = templates.find(e.origin.wabaId, e.tmpl.name, e.tmpl.language);
        if (row && templates.remove(row->rowId))
            ++batch.result.templateUpdates;
        return;
    }
    const TemplateStatus status = templateStatusFromWire(event);
    if (status == TemplateStatus::Unknown) {
        ++batch.result.skipped; // e.g. UNARCHIVED: the next template sync tells the status
        return;
    }
    const QString reason = e.reason == u"NONE" ? QString() : e.reason;
    QString detail = e.rejectionRecommendation;
    if (detail.isEmpty())
        detail = e.otherInfoDescription;
    if (detail.isEmpty())
        detail = e.rejectionReason;
    const QString why = reason.isEmpty() ? e.otherInfoTitle : reason;
    const QDateTime at = eventTime({}, e.origin);
    const TemplateChange change =
        templates.updateStatus(e.origin.wabaId, e.tmpl, status, why, detail, at);
    if (!change.changed)
        return;
    ++batch.result.templateUpdates;

    AlertDraft alert;
    alert.kind = QStringLiteral("template_status");
    alert.subject = templateSubject(e.tmpl);
    alert.at = at;
    alert.sourceKey = eventKey(e.origin, e.tmpl.id + e.tmpl.name);
    const QString name = templateLabel(e.tmpl);
    const QString because = detail.isEmpty() ? why : detail;
    switch (status) {
    case TemplateStatus::Rejected:
        alert.severity = AlertSeverity::Warning;
        alert.title = tr("Template %1 was rejected").arg(name);
        alert.text = tr("Meta rejected the template %1: %2. Edit it and submit it again.")
                         .arg(name, because);
        break;
    case TemplateStatus::Paused:
        alert.severity = AlertSeverity::Warning;
        alert.title = tr("Template %1 is paused").arg(name);
        alert.text = tr("Meta paused the template %1 because of low quality (%2). Sends with it "
                        "fail until the pause ends; review who receives it.")
                         .arg(name, because);
        break;
    case TemplateStatus::Disabled:
        alert.severity = AlertSeverity::Critical;
        alert.title = tr("Template %1 is disabled").arg(name);
        alert.text = tr("Meta disabled the template %1 (%2). It can no longer be sent; create a "
                        "new one.")
                         .arg(name, because);
        break;
    case TemplateStatus::Flagged:
    case TemplateStatus::LimitExceeded:
    case TemplateStatus::Locked:
        alert.severity = AlertSeverity::Warning;
        alert.title = tr("Template %1 needs attention").arg(name);
        alert.text = tr("Meta reported %1 for the template %2. %3").arg(event, name, because);
        break;
    default:
        return; // approvals and the like: the template list shows them
    }
    raise(alert, batch);
}

void Ingestor::templateQuality(const TemplateQualityEvent &e, Batch &batch)
{
    const TemplateQuality quality = templateQualityFromWire(e.newQualityScore);
    const QDateTime at = eventTime({}, e.origin);
    const TemplateChange change =
        TemplateRepository(m_db).updateQuality(e.origin.wabaId, e.tmpl, quality, at);
    if (!change.changed)
        return;
    ++batch.result.templateUpdates;
    if (quality != TemplateQuality::Yellow && quality != TemplateQuality::Red)
        return;
    const QString name = templateLabel(e.tmpl);
    AlertDraft alert;
    alert.kind = QStringLiteral("template_quality");
    alert.subject = templateSubject(e.tmpl);
    alert.severity =
        quality == TemplateQuality::Red ? AlertSeverity::Critical : AlertSeverity::Warning;
    alert.title = quality == TemplateQuality::Red ? tr("Template %1 has low quality").arg(name)
                                                  : tr("Template %1 quality dropped").arg(name);
    alert.text = tr("The quality of the template %1 went from %2 to %3. Customers block or report "
                    "it; low quality pauses the template and can lower the number's rating.")
                     .arg(name, e.previousQualityScore, e.newQualityScore);
    alert.at = at;
    alert.sourceKey = eventKey(e.origin, e.tmpl.id + e.tmpl.name);
    raise(alert, batch);
}

void Ingestor::templateCategory(const TemplateCategoryEvent &e, Batch &batch)
{
    TemplateRepository templates(m_db);
    const QDateTime at = eventTime({}, e.origin);
    const QString name = templateLabel(e.tmpl);
    AlertDraft alert;
    alert.kind = QStringLiteral("template_category");
    alert.subject = templateSubject(e.tmpl);
    alert.severity = AlertSeverity::Warning;
    alert.at = at;
    alert.sourceKey = eventKey(e.origin, e.tmpl.id + e.tmpl.name);
    if (e.impending) {
        const TemplateCategory pending = templateCategoryFromWire(e.correctCategory);
        const TemplateChange change =
            templates.announceCategory(e.origin.wabaId, e.tmpl, pending, e.categoryUpdateTime);
        if (!change.changed)
            return;
        ++batch.result.templateUpdates;
        alert.title = tr("Template %1 will change category").arg(name);
        alert.text =
            tr("Meta will move the template %1 from %2 to %3 on %4; it will be priced as "
               "%3 from then on.")
                .arg(name, e.newCategory, e.correctCategory,
                     QLocale().toString(e.categoryUpdateTime.toLocalTime(), QLocale::ShortFormat));
    } else {
        const TemplateChange change = templates.updateCategory(
            e.origin.wabaId, e.tmpl, templateCategoryFromWire(e.newCategory), at);
        if (!change.changed)
            return;
        ++batch.result.templateUpdates;
        alert.title = tr("Template %1 changed category").arg(name);
        alert.text =
            tr("Meta moved the template %1 from %2 to %3; it is priced as %3 now.")
                .arg(name, e.previousCategory.isEmpty() ? change.previous : e.previousCategory,
                     e.newCategory);
    }
    raise(alert, batch);
}

void Ingestor::templateComponents(const TemplateComponentsEvent &e, Batch &batch)
{
    QList<TemplateButtonDef> buttons;
    for (const TemplateButtonInfo &b : e.buttons)
        buttons.append({templateButtonTypeFromWire(b.type), b.text, b.url, b.phoneNumber, {}});
    const TemplateChange change = TemplateRepository(m_db).updateComponents(
        e.origin.wabaId, e.tmpl, e.element, e.title, e.footer, buttons);
    if (change.changed)
        ++batch.result.templateUpdates;
}

void Ingestor::accountAlert(const AccountAlertEvent &e, Batch &batch)
{
    const QString severity = e.alertSeverity.trimmed().toUpper();
    AlertDraft alert;
    alert.kind = QLatin1String("account_alert:") + e.alertType.toLower();
    alert.subject = e.entityId.isEmpty() ? e.origin.wabaId : e.entityId;
    alert.severity = severity == u"CRITICAL" ? AlertSeverity::Critical
        : severity == u"WARNING"             ? AlertSeverity::Warning
                                             : AlertSeverity::Info;
    alert.title = tr("Account alert: %1").arg(e.alertType);
    alert.text = e.alertDescription.isEmpty() ? e.alertType : e.alertDescription;
    alert.at = eventTime({}, e.origin);
    alert.sourceKey = eventKey(e.origin, e.alertType);
    raise(alert, batch);
}

void Ingestor::accountUpdate(const AccountUpdateEvent &e, Batch &batch)
{
    const QString event = e.event.trimmed().toUpper();
    AlertDraft alert;
    alert.kind = QLatin1String("account_update:") + event.toLower();
    alert.subject = e.phoneNumber.isEmpty() ? e.origin.wabaId : e.phoneNumber;
    alert.at = eventTime({}, e.origin);
    alert.sourceKey = eventKey(e.origin, event);
    if (event == u"ACCOUNT_RESTRICTION") {
        QStringList kinds;
        for (const AccountRestriction &r : e.restrictions)
            kinds.append(
                r.expiration.isValid()
                    ? tr("%1 until %2")
                          .arg(r.type,
                               QLocale().toString(r.expiration.toLocalTime(), QLocale::ShortFormat))
                    : r.type);
        alert.severity = AlertSeverity::Critical;
        alert.title = tr("The account is restricted");
        alert.text = tr("Meta restricted the WhatsApp Business Account: %1.")
                         .arg(kinds.join(QLatin1String(", ")));
    } else if (event == u"ACCOUNT_VIOLATION") {
        alert.severity = AlertSeverity::Critical;
        alert.title = tr("Policy violation");
        alert.text =
            tr("Meta reported a policy violation on the account: %1.").arg(e.violationType);
    } else if (event == u"DISABLED_UPDATE" || event == u"ACCOUNT_DELETED") {
        alert.severity = AlertSeverity::Critical;
        alert.title = tr("The account is disabled");
        alert.text = e.banState.isEmpty()
            ? tr("Meta reported %1 for the WhatsApp Business Account.").arg(event)
            : tr("The WhatsApp Business Account is %1.").arg(e.banState);
    } else if (event == u"ACCOUNT_OFFBOARDED" || event == u"PARTNER_REMOVED"
               || event == u"APP_UNINSTALLED") {
        alert.severity = AlertSeverity::Warning;
        alert.title = tr("The account was disconnected");
        alert.text = e.disconnectionReason.isEmpty()
            ? tr("Meta reported %1: this app no longer receives the account's messages.").arg(event)
            : tr("Meta reported %1 (%2): this app no longer receives the account's messages.")
                  .arg(event, e.disconnectionReason);
    } else if (event == u"ACCOUNT_RECONNECTED") {
        alert.severity = AlertSeverity::Info;
        alert.title = tr("The account is connected again");
        alert.text = tr("Meta reconnected the WhatsApp Business Account.");
    } else {
        ++batch.result.skipped; // informational (pricing tiers, partners, ...): raw payload only
        return;
    }
    raise(alert, batch);
}

void Ingestor::systemError(const SystemErrorEvent &e, Batch &batch)
{
    for (qsizetype i = 0; i < e.errors.size(); ++i) {
        const WebhookError &error = e.errors.at(i);
        AlertDraft alert;
        alert.kind = QStringLiteral("system_error:%1").arg(error.code);
        alert.subject = e.origin.phoneNumberId.isEmpty() ? e.origin.wabaId : e.origin.phoneNumberId;
        alert.severity = AlertSeverity::Warning;
        alert.title = tr("WhatsApp reported error %1").arg(error.code);
        alert.text = error.details.isEmpty() ? error.title
                                             : error.title + QLatin1String(": ") + error.details;
        alert.at = eventTime({}, e.origin);
        alert.sourceKey = eventKey(e.origin, QString::number(i));
        raise(alert, batch);
    }
}

} // namespace sb

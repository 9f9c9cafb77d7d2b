#include "ActivityText.h"

#include "WhatsAppMarkup.h"

#include <QCoreApplication>

namespace sb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::ActivityText", text);
}

QString preview(const Message &message)
{
    constexpr int kPreviewLength = 80;
    QString text;
    if (const auto *t = message.as<TextContent>())
        text = WhatsAppMarkup::toPlainText(t->body);
    else if (const auto *m = message.as<MediaContent>())
        text = m->caption.isEmpty() ? tr("[%1]").arg(mediaKindWireName(m->kind)) : m->caption;
    else if (const auto *r = message.as<ReplyContent>())
        text = tr("tapped “%1”").arg(r->title);
    else if (const auto *b = message.as<ButtonTapContent>())
        text = tr("tapped “%1”").arg(b->text);
    else if (const auto *l = message.as<LocationContent>())
        text = tr("shared a location %1").arg(l->name);
    else if (const auto *u = message.as<UnsupportedContent>())
        text = tr("sent something Switchboard cannot show (%1)").arg(u->originalType);
    else
        text = tr("[%1]").arg(messageKindWireName(message.kind));
    text.replace(u'\n', u' ');
    return text.size() > kPreviewLength ? text.left(kPreviewLength - 1) + u'…' : text;
}

struct Describe
{
    QString operator()(const InboundMessageEvent &e) const
    {
        const QString who =
            e.contact.profileName.isEmpty() ? e.message.from : e.contact.profileName;
        return tr("%1 wrote: %2").arg(who, preview(e.message));
    }
    QString operator()(const StatusEvent &e) const
    {
        if (!e.errors.isEmpty())
            return tr("Message to %1 failed (%2): %3")
                .arg(e.recipientId)
                .arg(e.errors.constFirst().code)
                .arg(e.errors.constFirst().title);
        return tr("Message to %1: %2").arg(e.recipientId, e.status);
    }
    QString operator()(const SystemErrorEvent &e) const
    {
        return e.errors.isEmpty() ? tr("Platform error")
                                  : tr("Platform error %1: %2")
                                        .arg(e.errors.constFirst().code)
                                        .arg(e.errors.constFirst().title);
    }
    QString operator()(const TemplateStatusEvent &e) const
    {
        return tr("Template %1 (%2) is now %3").arg(e.tmpl.name, e.tmpl.language, e.event);
    }
    QString operator()(const TemplateQualityEvent &e) const
    {
        return tr("Template %1 quality: %2 → %3")
            .arg(e.tmpl.name, e.previousQualityScore, e.newQualityScore);
    }
    QString operator()(const TemplateCategoryEvent &e) const
    {
        return tr("Template %1 category: %2").arg(e.tmpl.name, e.newCategory);
    }
    QString operator()(const TemplateComponentsEvent &e) const
    {
        return tr("Template %1 was edited").arg(e.tmpl.name);
    }
    QString operator()(const PhoneQualityEvent &e) const
    {
        return tr("Phone number %1: %2 %3")
            .arg(e.displayPhoneNumber, e.event, e.maxDailyConversationsPerBusiness);
    }
    QString operator()(const CapabilityEvent &e) const
    {
        return e.maxDailyConversationsPerBusiness
            ? tr("Messaging limit is now %1").arg(*e.maxDailyConversationsPerBusiness)
            : tr("Business capabilities changed");
    }
    QString operator()(const AccountUpdateEvent &e) const
    {
        return tr("Account update: %1").arg(e.event);
    }
    QString operator()(const AccountAlertEvent &e) const
    {
        return tr("Account alert (%1): %2").arg(e.alertSeverity, e.alertType);
    }
    QString operator()(const UserPreferencesEvent &e) const
    {
        return e.preferences.isEmpty()
            ? tr("Marketing preferences changed")
            : tr("%1 set marketing messages to “%2”")
                  .arg(e.preferences.constFirst().waId, e.preferences.constFirst().value);
    }
    QString operator()(const UnknownFieldEvent &e) const
    {
        return tr("Webhook field %1 (kept, not shown)").arg(e.field);
    }
};

} // namespace

QString activityText(const WebhookEvent &event)
{
    return std::visit(Describe{}, event);
}

} // namespace sb

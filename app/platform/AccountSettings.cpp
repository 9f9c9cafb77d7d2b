#include "AccountSettings.h"

#include <QSettings>

namespace sb {

namespace {

const QString kGroup = QStringLiteral("account");
const QString kWaba = QStringLiteral("account/wabaId");
const QString kPhones = QStringLiteral("account/phoneNumberIds");
const QString kWebhook = QStringLiteral("account/webhookListen");
const QString kGraphBase = QStringLiteral("account/graphBaseUrl");
const QString kGraphOverride = QStringLiteral("developer/graphBaseUrl");

} // namespace

AccountSettings::AccountSettings(QSettings *settings)
    : m_settings(settings)
{
}

bool AccountSettings::hasAccount() const
{
    return m_settings->contains(kWaba);
}

std::optional<AccountConfig> AccountSettings::load(QString *problem) const
{
    const auto fail = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (!hasAccount())
        return fail(tr("No account is connected yet."));
    AccountConfig config;
    config.wabaId = m_settings->value(kWaba).toString();
    if (const auto bad = AccountFields::checkWabaId(config.wabaId))
        return fail(tr("The saved WhatsApp Business Account ID is unusable: %1").arg(*bad));
    if (const auto bad = AccountFields::parsePhoneNumberIds(
            m_settings->value(kPhones).toStringList().join(u','), &config.phoneNumberIds))
        return fail(tr("The saved phone number IDs are unusable: %1").arg(*bad));
    if (const auto bad = AccountFields::parseWebhookListen(m_settings->value(kWebhook).toString(),
                                                           &config.webhook))
        return fail(tr("The saved webhook address is unusable: %1").arg(*bad));
    const QString base = m_settings->value(kGraphBase).toString();
    if (!base.isEmpty()) {
        config.graphBaseUrl = QUrl(base, QUrl::StrictMode);
        if (!config.graphBaseUrl.isValid() || config.graphBaseUrl.host().isEmpty())
            return fail(tr("The saved Graph API address “%1” is not a URL.").arg(base));
    }
    return config;
}

void AccountSettings::save(const AccountConfig &config)
{
    m_settings->remove(kGroup);
    m_settings->setValue(kWaba, config.wabaId);
    m_settings->setValue(kPhones, config.phoneNumberIds);
    m_settings->setValue(kWebhook, config.webhook.toString());
    if (!config.graphBaseUrl.isEmpty())
        m_settings->setValue(kGraphBase, config.graphBaseUrl.toString());
    m_settings->sync();
}

void AccountSettings::forget()
{
    m_settings->remove(kGroup);
    m_settings->sync();
}

QUrl AccountSettings::graphBaseUrlOverride() const
{
    const QUrl url(m_settings->value(kGraphOverride).toString(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

} // namespace sb

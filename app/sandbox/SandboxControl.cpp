// The Sandbox's control side (what POST /_sandbox/phone, /customers and /templates do): kept
// apart from Sandbox.cpp, which holds the platform side.
#include "MessagingTier.h"
#include "Sandbox.h"
#include "SandboxWebhookPayloads.h"
#include "SandboxWorld.h"

namespace sb {

namespace {

const QStringList kQualityRatings{QStringLiteral("GREEN"), QStringLiteral("YELLOW"),
                                  QStringLiteral("RED"), QStringLiteral("UNKNOWN"),
                                  QStringLiteral("NA")};

} // namespace

bool Sandbox::updatePhone(const SandboxPhoneUpdate &update, QString *problem)
{
    const QString id =
        update.phoneNumberId.isEmpty() ? m_world->primaryPhone().id : update.phoneNumberId;
    SandboxPhoneNumber *phone = m_world->phone(id);
    if (!phone) {
        *problem = tr("Phone number %1 is not registered in the sandbox.").arg(id);
        return false;
    }
    if (update.qualityRating && !kQualityRatings.contains(update.qualityRating->toUpper())) {
        *problem = tr("The quality rating must be one of %1.")
                       .arg(kQualityRatings.join(QLatin1String(", ")));
        return false;
    }
    if (update.messagingTier) {
        const MessagingTier tier = messagingTierFromString(*update.messagingTier);
        if (tier == MessagingTier::Unknown) {
            *problem = tr("Unknown messaging tier \"%1\" (use TIER_250, TIER_2K, TIER_10K, "
                          "TIER_100K or TIER_UNLIMITED).")
                           .arg(*update.messagingTier);
            return false;
        }
    }
    if (update.throughputMps && (*update.throughputMps < 1 || *update.throughputMps > 1000)) {
        *problem = tr("The throughput must be between 1 and 1000 messages per second.");
        return false;
    }
    const SandboxPhoneNumber before = *phone;
    if (update.qualityRating)
        phone->qualityRating = update.qualityRating->toUpper();
    if (update.messagingTier)
        phone->messagingTier =
            messagingTierToString(messagingTierFromString(*update.messagingTier));
    if (update.status)
        phone->status = update.status->toUpper();
    if (update.throughputMps) {
        phone->throughputMps = *update.throughputMps;
        phone->throughputLevel =
            *update.throughputMps >= 1000 ? QStringLiteral("HIGH") : QStringLiteral("STANDARD");
        // The 1,000 mps level needs an unlimited messaging limit (spec §9.1).
        if (*update.throughputMps >= 1000)
            phone->messagingTier = QStringLiteral("TIER_UNLIMITED");
    }
    // The messaging limit belongs to the portfolio: every number shares it.
    for (SandboxPhoneNumber &other : m_world->phones)
        other.messagingTier = phone->messagingTier;
    emitPhoneEvents(before, *phone, update.denyTierIncrease);
    return true;
}

void Sandbox::emitPhoneEvents(const SandboxPhoneNumber &before, const SandboxPhoneNumber &after,
                              bool denyTierIncrease)
{
    // The platform reports a fall to low quality (and the recovery) per number; a change between
    // GREEN and YELLOW is only visible by polling quality_rating, as on the real platform.
    if (before.qualityRating != after.qualityRating) {
        if (after.qualityRating == QLatin1String("RED"))
            m_webhooks->post(sandboxpayloads::phoneQuality(after, QStringLiteral("FLAGGED"), {}));
        else if (before.qualityRating == QLatin1String("RED"))
            m_webhooks->post(sandboxpayloads::phoneQuality(after, QStringLiteral("UNFLAGGED"), {}));
    }
    if (before.messagingTier != after.messagingTier) {
        const MessagingTier from = messagingTierFromString(before.messagingTier);
        const MessagingTier to = messagingTierFromString(after.messagingTier);
        const bool up = messagingTierRank(to) > messagingTierRank(from);
        if (after.throughputMps >= 1000 && before.throughputMps < 1000) {
            m_webhooks->post(sandboxpayloads::phoneQuality(
                after, QStringLiteral("THROUGHPUT_UPGRADE"), before.messagingTier));
        } else {
            m_webhooks->post(sandboxpayloads::phoneQuality(
                after, up ? QStringLiteral("UPGRADE") : QStringLiteral("DOWNGRADE"),
                before.messagingTier));
        }
        if (up) {
            const std::optional<int> limit = uniqueUserLimit(to);
            m_webhooks->post(sandboxpayloads::businessCapability(limit ? *limit : -1,
                                                                 limit && *limit < 2000 ? 2 : 20));
        }
    } else if (after.throughputMps >= 1000 && before.throughputMps < 1000) {
        m_webhooks->post(sandboxpayloads::phoneQuality(after, QStringLiteral("THROUGHPUT_UPGRADE"),
                                                       before.messagingTier));
    }
    if (denyTierIncrease) {
        m_webhooks->post(sandboxpayloads::accountAlert(
            QStringLiteral("BUSINESS"), m_world->config.wabaId,
            QStringLiteral("INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED"),
            QStringLiteral("INFORMATIONAL"),
            QStringLiteral("Your business is not yet eligible for a higher messaging limit. Keep "
                           "quality high and use at least half of your current limit.")));
    }
}

bool Sandbox::updateCustomer(const SandboxCustomerUpdate &update, QString *problem)
{
    QString digits;
    for (const QChar c : update.waId) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 7 || digits.size() > 15) {
        *problem = tr("The customer's wa_id must have 7 to 15 digits.");
        return false;
    }
    SandboxCustomer &customer = m_world->ensureCustomer(digits, update.name.value_or(QString()));
    if (update.language)
        customer.language = *update.language;
    if (update.unreachable)
        customer.unreachable = *update.unreachable;
    if (update.replies)
        customer.replies = *update.replies;
    if (update.optedOutMarketing && *update.optedOutMarketing != customer.optedOutMarketing) {
        customer.optedOutMarketing = *update.optedOutMarketing;
        m_webhooks->post(sandboxpayloads::userPreference(
            m_world->primaryPhone(), customer,
            customer.optedOutMarketing ? QStringLiteral("stop") : QStringLiteral("resume"),
            m_world->clock.now()));
    }
    return true;
}

void Sandbox::putTemplate(const TemplateDefinition &definition)
{
    const TemplateDefinition &stored = m_world->templates.put(definition);
    m_webhooks->post(sandboxpayloads::templateStatus(stored, templateStatusWireName(stored.status),
                                                     stored.rejectionReason, {}));
}

bool Sandbox::setTemplateStatus(const QString &name, const QString &language, TemplateStatus status,
                                const QString &reason, QString *problem)
{
    const TemplateDefinition *existing = m_world->templates.find(name, language);
    if (!existing) {
        *problem = tr("There is no template \"%1\" in language %2.").arg(name, language);
        return false;
    }
    if (status == TemplateStatus::Unknown) {
        *problem = tr("Unknown template status.");
        return false;
    }
    const TemplateStatus before = existing->status;
    m_world->templates.setStatus(name, language, status, reason);
    const TemplateDefinition &now = *m_world->templates.find(name, language);
    QString event = templateStatusWireName(status);
    QString otherInfo;
    if (status == TemplateStatus::Paused)
        otherInfo = QStringLiteral("FIRST_PAUSE");
    else if (status == TemplateStatus::Disabled)
        otherInfo = QStringLiteral("DISABLED");
    else if (status == TemplateStatus::Approved && before == TemplateStatus::Paused) {
        event = QStringLiteral("REINSTATED");
        otherInfo = QStringLiteral("UNPAUSE");
    }
    m_webhooks->post(sandboxpayloads::templateStatus(now, event, reason, otherInfo));
    return true;
}

} // namespace sb

#include "AlertRepository.h"
#include "Database.h"
#include "Ingestor.h"
#include "MessagingTier.h"
#include "PhoneNumberRepository.h"

// Ingestor: the health of business numbers and the portfolio (quality, messaging tier,
// throughput, status), from webhooks and from the quality monitor's polls.
namespace sb {

namespace {

int qualityRank(const QString &quality)
{
    const QString q = quality.trimmed().toUpper();
    if (q == u"GREEN")
        return 3;
    if (q == u"YELLOW")
        return 2;
    if (q == u"RED")
        return 1;
    return 0; // UNKNOWN, NA: no data, nothing to compare
}

QString tierName(const QString &text)
{
    const MessagingTier tier = messagingTierFromString(text);
    return tier == MessagingTier::Unknown ? QString() : messagingTierToString(tier);
}

} // namespace

void Ingestor::phoneQuality(const PhoneQualityEvent &e, Batch &batch)
{
    PhoneNumberRepository phones(m_db);
    const QString display =
        e.displayPhoneNumber.isEmpty() ? e.origin.displayPhoneNumber : e.displayPhoneNumber;
    qint64 phoneId = 0;
    if (!e.origin.phoneNumberId.isEmpty())
        phoneId = phones.ensure(e.origin.phoneNumberId, display, e.origin.wabaId);
    else if (!PhoneNumberRepository::displayDigits(display).isEmpty())
        phoneId = phones.ensureByDisplayNumber(display, e.origin.wabaId);
    if (phoneId == 0) {
        ++batch.result.skipped;
        return;
    }
    const QDateTime at = eventTime({}, e.origin);
    const QString event = e.event.trimmed().toUpper();
    const QString subject = QStringLiteral("phone:%1").arg(display);
    const QString tier =
        tierName(e.maxDailyConversationsPerBusiness.isEmpty() ? e.currentLimit
                                                              : e.maxDailyConversationsPerBusiness);
    if (!tier.isEmpty()) {
        const HealthChange change = phones.recordMetric(phoneId, HealthMetric::Tier, tier, at,
                                                        QStringLiteral("webhook"), event);
        if (change.changed) {
            ++batch.result.healthChanges;
            tierChanged(subject, change.oldValue, tier, at,
                        eventKey(e.origin, QStringLiteral("tier")), batch);
        }
    }
    if (event == u"THROUGHPUT_UPGRADE") {
        if (phones
                .recordMetric(phoneId, HealthMetric::Throughput, QStringLiteral("HIGH"), at,
                              QStringLiteral("webhook"), event)
                .changed)
            ++batch.result.healthChanges;
    } else if (event == u"FLAGGED" || event == u"UNFLAGGED") {
        // Legacy events (spec §5.5): still parsed, still meaningful when they come.
        const bool flagged = event == u"FLAGGED";
        const HealthChange change =
            phones.recordMetric(phoneId, HealthMetric::Status,
                                flagged ? QStringLiteral("FLAGGED") : QStringLiteral("CONNECTED"),
                                at, QStringLiteral("webhook"), event);
        if (change.changed) {
            ++batch.result.healthChanges;
            if (flagged) {
                AlertDraft alert;
                alert.kind = QStringLiteral("phone_status");
                alert.subject = subject;
                alert.severity = AlertSeverity::Critical;
                alert.title = tr("%1 was flagged for low quality").arg(display);
                alert.text = tr("Meta flagged %1. Its messaging limit cannot grow and may drop "
                                "if quality does not recover within 7 days: slow down broadcasts "
                                "and review recent templates.")
                                 .arg(display);
                alert.at = at;
                alert.sourceKey = eventKey(e.origin, QStringLiteral("status"));
                raise(alert, batch);
            }
        }
    }
}

void Ingestor::tierChanged(const QString &subject, const QString &oldTier, const QString &newTier,
                           const QDateTime &at, const QString &sourceKey, Batch &batch)
{
    if (oldTier.isEmpty())
        return; // the first value we learn is no change
    const MessagingTier from = messagingTierFromString(oldTier);
    const MessagingTier to = messagingTierFromString(newTier);
    const bool fell = messagingTierRank(to) < messagingTierRank(from);
    AlertDraft alert;
    alert.kind = QStringLiteral("messaging_tier");
    alert.subject = subject;
    alert.severity = fell ? AlertSeverity::Warning : AlertSeverity::Info;
    alert.title = fell ? tr("Messaging limit lowered") : tr("Messaging limit raised");
    alert.text = tr("The messaging limit went from %1 to %2.")
                     .arg(messagingTierDisplayName(from), messagingTierDisplayName(to));
    if (fell)
        alert.text += u' ' + tr("Broadcasts beyond the new limit are held back.");
    alert.at = at;
    alert.sourceKey = sourceKey;
    raise(alert, batch);
}

void Ingestor::capability(const CapabilityEvent &e, Batch &batch)
{
    if (e.origin.wabaId.isEmpty()) {
        ++batch.result.skipped;
        return;
    }
    PhoneNumberRepository phones(m_db);
    const QDateTime at = eventTime({}, e.origin);
    const std::optional<qint64> limit = e.maxDailyConversationsPerBusiness
        ? e.maxDailyConversationsPerBusiness
        : e.maxDailyConversationPerPhone;
    if (limit) {
        const MessagingTier tier = messagingTierFromLimit(*limit);
        if (tier != MessagingTier::Unknown) {
            const QString name = messagingTierToString(tier);
            const HealthChange change =
                phones.recordBusinessTier(e.origin.wabaId, name, at, QStringLiteral("webhook"),
                                          QStringLiteral("business_capability_update"));
            if (change.changed) {
                ++batch.result.healthChanges;
                tierChanged(QLatin1String("business:") + e.origin.wabaId, change.oldValue, name, at,
                            eventKey(e.origin, QStringLiteral("tier")), batch);
            }
        }
    }
    phones.recordBusinessLimits(e.origin.wabaId, e.maxPhoneNumbersPerBusiness,
                                e.maxPhoneNumbersPerWaba);
}

void Ingestor::snapshot(const PhoneSnapshot &s, Batch &batch)
{
    PhoneNumberRepository phones(m_db);
    const qint64 phoneId = phones.ensure(s.phoneNumberId, s.displayPhoneNumber, s.wabaId);
    if (!s.verifiedName.isEmpty() || !s.nameStatus.isEmpty())
        phones.setProfile(phoneId, s.verifiedName, s.nameStatus);
    const QDateTime at = s.at.isValid() ? s.at.toUTC() : m_db.now();
    const QString display = s.displayPhoneNumber.isEmpty() ? s.phoneNumberId : s.displayPhoneNumber;
    const QString subject = QStringLiteral("phone:%1").arg(display);
    const QString source = QStringLiteral("poll");
    const QString keyBase =
        QStringLiteral("poll:%1:%2:").arg(s.phoneNumberId).arg(at.toMSecsSinceEpoch());

    if (!s.qualityRating.isEmpty()) {
        const QString quality = s.qualityRating.trimmed().toUpper();
        const HealthChange change =
            phones.recordMetric(phoneId, HealthMetric::Quality, quality, at, source);
        if (change.changed) {
            ++batch.result.healthChanges;
            const int before = qualityRank(change.oldValue);
            const int now = qualityRank(quality);
            // Falling to YELLOW or RED; the first reading counts when it is already bad.
            if (now > 0 && now < 3 && (before == 0 || now < before)) {
                AlertDraft alert;
                alert.kind = QStringLiteral("phone_quality");
                alert.subject = subject;
                alert.severity = now == 1 ? AlertSeverity::Critical : AlertSeverity::Warning;
                alert.title = now == 1
                    ? tr("Quality of %1 is low (red)").arg(display)
                    : tr("Quality of %1 dropped to medium (yellow)").arg(display);
                alert.text = now == 1
                    ? tr("Customers block or report messages from %1. Pause broadcasts and review "
                         "recent templates and who receives them; low quality stops the messaging "
                         "limit from growing.")
                          .arg(display)
                    : tr("Quality of %1 fell from %2 to YELLOW. Review recent templates and "
                         "broadcast audiences before it turns red.")
                          .arg(display,
                               change.oldValue.isEmpty() ? tr("unknown") : change.oldValue);
                alert.at = at;
                alert.sourceKey = keyBase + QLatin1String("quality");
                raise(alert, batch);
            }
        }
    }
    const QString tier = tierName(s.messagingTier);
    if (!tier.isEmpty()) {
        const HealthChange change =
            phones.recordMetric(phoneId, HealthMetric::Tier, tier, at, source);
        if (change.changed) {
            ++batch.result.healthChanges;
            tierChanged(subject, change.oldValue, tier, at, keyBase + QLatin1String("tier"), batch);
        }
    }
    if (!s.throughputLevel.isEmpty()
        && phones
               .recordMetric(phoneId, HealthMetric::Throughput,
                             s.throughputLevel.trimmed().toUpper(), at, source)
               .changed)
        ++batch.result.healthChanges;
    if (!s.status.isEmpty()) {
        const QString status = s.status.trimmed().toUpper();
        const HealthChange change =
            phones.recordMetric(phoneId, HealthMetric::Status, status, at, source);
        if (change.changed) {
            ++batch.result.healthChanges;
            if (status != u"CONNECTED") {
                AlertDraft alert;
                alert.kind = QStringLiteral("phone_status");
                alert.subject = subject;
                alert.severity =
                    (status == u"BANNED" || status == u"DISCONNECTED" || status == u"DELETED")
                    ? AlertSeverity::Critical
                    : AlertSeverity::Warning;
                alert.title = tr("%1 is %2").arg(display, status);
                alert.text =
                    tr("The number %1 changed from %2 to %3. It must be CONNECTED to send "
                       "and receive messages normally.")
                        .arg(display, change.oldValue.isEmpty() ? tr("unknown") : change.oldValue,
                             status);
                alert.at = at;
                alert.sourceKey = keyBase + QLatin1String("status");
                raise(alert, batch);
            }
        }
    }
}

} // namespace sb

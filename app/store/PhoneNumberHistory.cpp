#include "Database.h"
#include "PhoneNumberRepository.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCoreApplication>

// PhoneNumberRepository: health measurements and their history, per number and per portfolio.
namespace sb {

namespace {

struct MetricColumns
{
    QLatin1String value;
    QLatin1String at;
};

// Fixed column names per metric; nothing user-supplied reaches the SQL text.
MetricColumns columnsOf(HealthMetric metric)
{
    switch (metric) {
    case HealthMetric::Quality:
        return {QLatin1String("quality_rating"), QLatin1String("quality_at")};
    case HealthMetric::Tier:
        return {QLatin1String("messaging_tier"), QLatin1String("tier_at")};
    case HealthMetric::Throughput:
        return {QLatin1String("throughput_level"), QLatin1String("throughput_at")};
    case HealthMetric::Status:
        return {QLatin1String("status"), QLatin1String("status_at")};
    }
    return {QLatin1String("status"), QLatin1String("status_at")};
}

HealthMetric metricFromName(const QString &name)
{
    if (name == u"tier")
        return HealthMetric::Tier;
    if (name == u"throughput")
        return HealthMetric::Throughput;
    if (name == u"status")
        return HealthMetric::Status;
    return HealthMetric::Quality;
}

} // namespace

HealthChange PhoneNumberRepository::recordMetric(qint64 id, HealthMetric metric,
                                                 const QString &value, const QDateTime &at,
                                                 const QString &source, const QString &event)
{
    if (!at.isValid())
        throw invalid(QT_TRANSLATE_NOOP("sb::PhoneNumberRepository",
                                        "A health measurement needs a valid time."));
    const MetricColumns c = columnsOf(metric);
    Transaction tx(m_db);
    m_db.lockRow(QStringLiteral("phone_numbers"), id);
    SqlStatement current(m_db,
                         QLatin1String("SELECT ") + c.value + QLatin1String(", ") + c.at
                             + QLatin1String(" FROM phone_numbers WHERE id = ?"));
    current.bind(id).exec();
    if (!current.next())
        throw invalid(
            QT_TRANSLATE_NOOP("sb::PhoneNumberRepository", "The phone number is not stored."));
    HealthChange change;
    change.oldValue = current.text(0);
    change.newValue = value;
    const std::optional<QDateTime> storedAt = current.time(1);
    if (storedAt && *storedAt > at) {
        change.stale = true;
        return change;
    }
    change.changed = change.oldValue != value;
    if (!change.changed && storedAt == at)
        return change;
    SqlStatement update(m_db,
                        QLatin1String("UPDATE phone_numbers SET ") + c.value
                            + QLatin1String(" = ?, ") + c.at
                            + QLatin1String(" = ?, updated_at = ? WHERE id = ?"));
    update.bindText(value).bindTime(at).bind(m_db.nowMs()).bind(id).exec();
    if (change.changed)
        appendHistory(id, {}, metric, change, event, source, at);
    tx.commit();
    return change;
}

void PhoneNumberRepository::appendHistory(std::optional<qint64> phoneId, const QString &wabaId,
                                          HealthMetric metric, const HealthChange &change,
                                          const QString &event, const QString &source,
                                          const QDateTime &at)
{
    SqlStatement q(m_db,
                   QStringLiteral("INSERT INTO health_history (phone_id, waba_id, metric, "
                                  "old_value, new_value, event, source, recorded_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindOptional(phoneId)
        .bindText(wabaId)
        .bind(healthMetricName(metric))
        .bindText(change.oldValue)
        .bindText(change.newValue)
        .bindText(event)
        .bind(source)
        .bindTime(at)
        .exec();
}

QList<HealthHistoryEntry> PhoneNumberRepository::readHistory(SqlStatement &q)
{
    QList<HealthHistoryEntry> rows;
    while (q.next()) {
        HealthHistoryEntry e;
        e.id = q.int64(0);
        e.phoneId = q.optionalInt64(1).value_or(0);
        e.wabaId = q.text(2);
        e.metric = metricFromName(q.text(3));
        e.oldValue = q.text(4);
        e.newValue = q.text(5);
        e.event = q.text(6);
        e.source = q.text(7);
        e.recordedAt = q.timeOrInvalid(8);
        rows.append(e);
    }
    return rows;
}

QList<HealthHistoryEntry>
PhoneNumberRepository::history(qint64 id, std::optional<HealthMetric> metric, int limit)
{
    const QString base = QStringLiteral("SELECT id, phone_id, waba_id, metric, old_value, "
                                        "new_value, event, source, recorded_at FROM "
                                        "health_history WHERE phone_id = ?");
    SqlStatement q(m_db,
                   base + (metric ? QLatin1String(" AND metric = ?") : QLatin1String())
                       + QLatin1String(" ORDER BY recorded_at, id LIMIT ?"));
    q.bind(id);
    if (metric)
        q.bind(healthMetricName(*metric));
    q.bind(limit).exec();
    return readHistory(q);
}

HealthChange PhoneNumberRepository::recordBusinessTier(const QString &wabaId, const QString &tier,
                                                       const QDateTime &at, const QString &source,
                                                       const QString &event)
{
    if (!at.isValid())
        throw invalid(QT_TRANSLATE_NOOP("sb::PhoneNumberRepository",
                                        "A health measurement needs a valid time."));
    Transaction tx(m_db);
    const qint64 now = m_db.nowMs();
    SqlStatement ensureRow(m_db,
                           QStringLiteral("INSERT INTO business_accounts (waba_id, "
                                          "updated_at) VALUES (?, ?) ON CONFLICT (waba_id) "
                                          "DO NOTHING"));
    ensureRow.bind(wabaId).bind(now).exec();
    SqlStatement current(
        m_db,
        QStringLiteral("SELECT messaging_tier, tier_at FROM business_accounts WHERE waba_id = ?")
            + (m_db.dialect() == Dialect::PostgreSQL ? QLatin1String(" FOR NO KEY UPDATE")
                                                     : QLatin1String()));
    current.bind(wabaId).exec();
    current.next();
    HealthChange change{false, false, current.text(0), tier};
    const std::optional<QDateTime> storedAt = current.time(1);
    if (storedAt && *storedAt > at) {
        change.stale = true;
        return change;
    }
    change.changed = change.oldValue != tier;
    if (!change.changed && storedAt == at)
        return change;
    SqlStatement update(m_db,
                        QStringLiteral("UPDATE business_accounts SET messaging_tier = ?, "
                                       "tier_at = ?, updated_at = ? WHERE waba_id = ?"));
    update.bindText(tier).bindTime(at).bind(now).bind(wabaId).exec();
    if (change.changed)
        appendHistory(std::nullopt, wabaId, HealthMetric::Tier, change, event, source, at);
    tx.commit();
    return change;
}

void PhoneNumberRepository::recordBusinessLimits(const QString &wabaId,
                                                 std::optional<qint64> perBusiness,
                                                 std::optional<qint64> perWaba)
{
    SqlStatement q(
        m_db,
        QStringLiteral("INSERT INTO business_accounts (waba_id, max_phone_numbers_per_business, "
                       "max_phone_numbers_per_waba, updated_at) VALUES (?, ?, ?, ?) ON "
                       "CONFLICT (waba_id) DO UPDATE SET max_phone_numbers_per_business = "
                       "COALESCE(excluded.max_phone_numbers_per_business, "
                       "business_accounts.max_phone_numbers_per_business), "
                       "max_phone_numbers_per_waba = COALESCE(excluded.max_phone_numbers_per_waba, "
                       "business_accounts.max_phone_numbers_per_waba)"));
    q.bind(wabaId).bindOptional(perBusiness).bindOptional(perWaba).bind(m_db.nowMs()).exec();
}

QString PhoneNumberRepository::businessTier(const QString &wabaId)
{
    SqlStatement q(
        m_db, QStringLiteral("SELECT messaging_tier FROM business_accounts WHERE waba_id = ?"));
    q.bind(wabaId).exec();
    return q.next() ? q.text(0) : QString();
}

QList<HealthHistoryEntry> PhoneNumberRepository::businessHistory(const QString &wabaId, int limit)
{
    SqlStatement q(m_db,
                   QStringLiteral("SELECT id, phone_id, waba_id, metric, old_value, "
                                  "new_value, event, source, recorded_at FROM health_history "
                                  "WHERE phone_id IS NULL AND waba_id = ? ORDER BY "
                                  "recorded_at, id LIMIT ?"));
    q.bind(wabaId).bind(limit).exec();
    return readHistory(q);
}

} // namespace sb

#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

// What the number's health is measured in (spec §9, §10).
enum class HealthMetric {
    Quality, // quality_rating: GREEN / YELLOW / RED / UNKNOWN
    Tier, // messaging limit, MessagingTier spelling (TIER_250, ...)
    Throughput, // throughput level (STANDARD, HIGH, ...)
    Status, // CONNECTED, FLAGGED, RESTRICTED, ...
};
QString healthMetricName(HealthMetric metric);

struct PhoneNumberRecord
{
    qint64 id = 0; // row id
    QString phoneNumberId; // Graph id; empty while only the display number is known
    QString wabaId;
    QString displayPhoneNumber;
    QString verifiedName;
    QString qualityRating;
    QString messagingTier;
    QString throughputLevel;
    QString status;
    QString nameStatus;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString value(HealthMetric metric) const;
};

struct HealthChange
{
    bool changed = false; // the stored value moved (a history row was written)
    bool stale = false; // older than what is stored: ignored
    QString oldValue;
    QString newValue;
};

struct HealthHistoryEntry
{
    qint64 id = 0;
    qint64 phoneId = 0; // 0 for portfolio-level rows
    QString wabaId;
    HealthMetric metric = HealthMetric::Quality;
    QString oldValue;
    QString newValue;
    QString event;
    QString source; // webhook | poll | manual
    QDateTime recordedAt;
};

// Business numbers, their current quality/tier/throughput/status, and the history of changes.
// Webhooks for management fields name a number only by its display number, so rows can exist
// before their Graph id is known; ensure() adopts such a row when the id turns up.
class PhoneNumberRepository
{
public:
    explicit PhoneNumberRepository(Database &db);

    // The row of `phoneNumberId`, created (or adopted from a display-number-only row) when
    // missing. Empty display/waba arguments leave stored values alone. Returns the row id.
    qint64 ensure(const QString &phoneNumberId, const QString &displayPhoneNumber = {},
                  const QString &wabaId = {});
    // The row of a display number ("+1 555-078-3881", "15550783881"), created when missing.
    qint64 ensureByDisplayNumber(const QString &displayPhoneNumber, const QString &wabaId = {});
    void setProfile(qint64 id, const QString &verifiedName, const QString &nameStatus);

    std::optional<PhoneNumberRecord> find(qint64 id);
    std::optional<PhoneNumberRecord> findByPhoneNumberId(const QString &phoneNumberId);
    std::optional<PhoneNumberRecord> findByDisplayNumber(const QString &displayPhoneNumber);
    QList<PhoneNumberRecord> list();

    // Sets a metric measured at `at`, unless a later measurement is stored; a changed value
    // appends a history row.
    HealthChange recordMetric(qint64 id, HealthMetric metric, const QString &value,
                              const QDateTime &at, const QString &source,
                              const QString &event = {});
    QList<HealthHistoryEntry> history(qint64 id, std::optional<HealthMetric> metric = {},
                                      int limit = 500);

    // Portfolio level (business_capability_update): the messaging tier of a WABA's business.
    HealthChange recordBusinessTier(const QString &wabaId, const QString &tier, const QDateTime &at,
                                    const QString &source, const QString &event = {});
    void recordBusinessLimits(const QString &wabaId, std::optional<qint64> perBusiness,
                              std::optional<qint64> perWaba);
    QString businessTier(const QString &wabaId);
    QList<HealthHistoryEntry> businessHistory(const QString &wabaId, int limit = 500);

    static QString displayDigits(const QString &displayPhoneNumber);

private:
    void appendHistory(std::optional<qint64> phoneId, const QString &wabaId, HealthMetric metric,
                       const HealthChange &change, const QString &event, const QString &source,
                       const QDateTime &at);
    QList<HealthHistoryEntry> readHistory(SqlStatement &q);
    static PhoneNumberRecord read(const SqlStatement &q);
    // An InvalidArgument error; `text` is marked with QT_TRANSLATE_NOOP.
    static StoreException invalid(const char *text);

    Database &m_db;
};

} // namespace sb

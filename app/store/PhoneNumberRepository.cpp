#include "PhoneNumberRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace sb {

namespace {

const QString Columns = QStringLiteral(
    "id, phone_number_id, waba_id, display_phone_number, verified_name, quality_rating, "
    "messaging_tier, throughput_level, status, name_status, created_at, updated_at");

} // namespace

QString healthMetricName(HealthMetric metric)
{
    switch (metric) {
    case HealthMetric::Quality:
        return QStringLiteral("quality");
    case HealthMetric::Tier:
        return QStringLiteral("tier");
    case HealthMetric::Throughput:
        return QStringLiteral("throughput");
    case HealthMetric::Status:
        return QStringLiteral("status");
    }
    return {};
}

QString PhoneNumberRecord::value(HealthMetric metric) const
{
    switch (metric) {
    case HealthMetric::Quality:
        return qualityRating;
    case HealthMetric::Tier:
        return messagingTier;
    case HealthMetric::Throughput:
        return throughputLevel;
    case HealthMetric::Status:
        return status;
    }
    return {};
}

StoreException PhoneNumberRepository::invalid(const char *text)
{
    return StoreException({StoreErrorKind::InvalidArgument,
                           QCoreApplication::translate("sb::PhoneNumberRepository", text),
                           {}});
}

PhoneNumberRepository::PhoneNumberRepository(Database &db)
    : m_db(db)
{
}

QString PhoneNumberRepository::displayDigits(const QString &displayPhoneNumber)
{
    QString digits;
    for (const QChar c : displayPhoneNumber) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return digits;
}

PhoneNumberRecord PhoneNumberRepository::read(const SqlStatement &q)
{
    PhoneNumberRecord r;
    r.id = q.int64(0);
    r.phoneNumberId = q.text(1);
    r.wabaId = q.text(2);
    r.displayPhoneNumber = q.text(3);
    r.verifiedName = q.text(4);
    r.qualityRating = q.text(5);
    r.messagingTier = q.text(6);
    r.throughputLevel = q.text(7);
    r.status = q.text(8);
    r.nameStatus = q.text(9);
    r.createdAt = q.timeOrInvalid(10);
    r.updatedAt = q.timeOrInvalid(11);
    return r;
}

qint64 PhoneNumberRepository::ensure(const QString &phoneNumberId,
                                     const QString &displayPhoneNumber, const QString &wabaId)
{
    const QString id = phoneNumberId.trimmed();
    if (id.isEmpty())
        throw invalid(QT_TRANSLATE_NOOP("sb::PhoneNumberRepository",
                                        "A business phone number needs its phone number id."));
    const QString digits = displayDigits(displayPhoneNumber);
    // The common case, once per inbound message: known and unchanged, no transaction needed.
    if (const auto known = findByPhoneNumberId(id)) {
        if ((digits.isEmpty() || known->displayPhoneNumber == displayPhoneNumber.trimmed())
            && (wabaId.isEmpty() || known->wabaId == wabaId))
            return known->id;
    }
    Transaction tx(m_db);
    const qint64 now = m_db.nowMs();
    std::optional<PhoneNumberRecord> row = findByPhoneNumberId(id);
    if (!row && !digits.isEmpty()) {
        SqlStatement adopt(
            m_db,
            QStringLiteral("SELECT id FROM phone_numbers WHERE display_digits = ? AND "
                           "phone_number_id IS NULL ORDER BY id LIMIT 1"));
        adopt.bind(digits);
        if (const auto orphan = adopt.execScalar()) {
            SqlStatement claim(m_db,
                               QStringLiteral("UPDATE phone_numbers SET phone_number_id = ?, "
                                              "updated_at = ? WHERE id = ?"));
            claim.bind(id).bind(now).bind(*orphan).exec();
            row = find(*orphan);
        }
    }
    if (!row) {
        SqlStatement insert(m_db,
                            QStringLiteral("INSERT INTO phone_numbers (phone_number_id, waba_id, "
                                           "display_phone_number, display_digits, created_at, "
                                           "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.bind(id)
            .bindText(wabaId)
            .bindText(displayPhoneNumber.trimmed())
            .bindText(digits)
            .bind(now)
            .bind(now);
        const qint64 rowId = insert.execScalar().value_or(0);
        tx.commit();
        return rowId;
    }
    const bool newDisplay =
        !digits.isEmpty() && row->displayPhoneNumber != displayPhoneNumber.trimmed();
    const bool newWaba = !wabaId.isEmpty() && row->wabaId != wabaId;
    if (newDisplay || newWaba) {
        SqlStatement update(m_db,
                            QStringLiteral("UPDATE phone_numbers SET display_phone_number = "
                                           "COALESCE(?, display_phone_number), display_digits = "
                                           "COALESCE(?, display_digits), waba_id = COALESCE(?, "
                                           "waba_id), updated_at = ? WHERE id = ?"));
        update.bindText(newDisplay ? displayPhoneNumber.trimmed() : QString())
            .bindText(newDisplay ? digits : QString())
            .bindText(newWaba ? wabaId : QString())
            .bind(now)
            .bind(row->id)
            .exec();
    }
    tx.commit();
    return row->id;
}

qint64 PhoneNumberRepository::ensureByDisplayNumber(const QString &displayPhoneNumber,
                                                    const QString &wabaId)
{
    const QString digits = displayDigits(displayPhoneNumber);
    if (digits.isEmpty())
        throw invalid(
            QT_TRANSLATE_NOOP("sb::PhoneNumberRepository",
                              "A business phone number needs its number or its phone number id."));
    Transaction tx(m_db);
    if (const auto row = findByDisplayNumber(displayPhoneNumber)) {
        tx.commit();
        return row->id;
    }
    const qint64 now = m_db.nowMs();
    SqlStatement insert(
        m_db,
        QStringLiteral("INSERT INTO phone_numbers (waba_id, display_phone_number, "
                       "display_digits, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                       "RETURNING id"));
    insert.bindText(wabaId).bind(displayPhoneNumber.trimmed()).bind(digits).bind(now).bind(now);
    const qint64 id = insert.execScalar().value_or(0);
    tx.commit();
    return id;
}

void PhoneNumberRepository::setProfile(qint64 id, const QString &verifiedName,
                                       const QString &nameStatus)
{
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE phone_numbers SET verified_name = ?, name_status = "
                                  "?, updated_at = ? WHERE id = ?"));
    q.bindText(verifiedName).bindText(nameStatus).bind(m_db.nowMs()).bind(id).exec();
}

std::optional<PhoneNumberRecord> PhoneNumberRepository::find(qint64 id)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM phone_numbers WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<PhoneNumberRecord>
PhoneNumberRepository::findByPhoneNumberId(const QString &phoneNumberId)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM phone_numbers WHERE phone_number_id = ?"));
    q.bind(phoneNumberId.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<PhoneNumberRecord>
PhoneNumberRepository::findByDisplayNumber(const QString &displayPhoneNumber)
{
    const QString digits = displayDigits(displayPhoneNumber);
    if (digits.isEmpty())
        return std::nullopt;
    // Prefer the row whose Graph id is known.
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM phone_numbers WHERE display_digits = ? ORDER "
                                       "BY CASE WHEN phone_number_id IS NULL THEN 1 ELSE 0 "
                                       "END, id LIMIT 1"));
    q.bind(digits).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<PhoneNumberRecord> PhoneNumberRepository::list()
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM phone_numbers ORDER BY id"));
    q.exec();
    QList<PhoneNumberRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

} // namespace sb

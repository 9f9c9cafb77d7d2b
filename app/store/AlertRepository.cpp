#include "AlertRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

namespace sb {

namespace {

const QString Columns = QStringLiteral(
    "id, kind, severity, subject, title, body, raised_at, last_raised_at, occurrences, "
    "acknowledged_at, acknowledged_by");

// Severity as a number in SQL, to keep the higher one on a repeat.
const QString RankOfExcluded = QStringLiteral(
    "CASE excluded.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END");
const QString RankOfStored =
    QStringLiteral("CASE alerts.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END");

} // namespace

QString alertSeverityName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

AlertSeverity alertSeverityFromName(const QString &name)
{
    if (name == u"info")
        return AlertSeverity::Info;
    if (name == u"critical")
        return AlertSeverity::Critical;
    return AlertSeverity::Warning;
}

AlertRepository::AlertRepository(Database &db)
    : m_db(db)
{
}

AlertRecord AlertRepository::read(const SqlStatement &q)
{
    AlertRecord r;
    r.id = q.int64(0);
    r.kind = q.text(1);
    r.severity = alertSeverityFromName(q.text(2));
    r.subject = q.text(3);
    r.title = q.text(4);
    r.text = q.text(5);
    r.raisedAt = q.timeOrInvalid(6);
    r.lastRaisedAt = q.timeOrInvalid(7);
    r.occurrences = static_cast<int>(q.int64(8));
    r.acknowledgedAt = q.time(9);
    r.acknowledgedBy = q.text(10);
    return r;
}

RaiseResult AlertRepository::raise(const AlertDraft &draft)
{
    if (draft.kind.isEmpty()) {
        throw StoreException(
            {StoreErrorKind::InvalidArgument,
             QCoreApplication::translate("sb::AlertRepository", "An alert needs a kind."),
             {}});
    }
    Transaction tx(m_db);
    RaiseResult result;
    if (!draft.sourceKey.isEmpty()) {
        SqlStatement seen(
            m_db, QStringLiteral("SELECT alert_id FROM alert_sources WHERE source_key = ?"));
        seen.bind(draft.sourceKey);
        if (const auto id = seen.execScalar()) {
            result.id = *id;
            tx.commit();
            return result;
        }
    }
    const qint64 at = draft.at.isValid() ? toMs(draft.at) : m_db.nowMs();
    SqlStatement q(
        m_db,
        QLatin1String("INSERT INTO alerts (kind, severity, subject, title, body, raised_at, "
                      "last_raised_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, "
                      "subject) WHERE acknowledged_at IS NULL DO UPDATE SET occurrences = "
                      "alerts.occurrences + 1, last_raised_at = ")
            + dialectGreatest(m_db.dialect(), QStringLiteral("alerts.last_raised_at"),
                              QStringLiteral("excluded.last_raised_at"))
            + QLatin1String(", severity = CASE WHEN ") + RankOfExcluded + QLatin1String(" > ")
            + RankOfStored
            + QLatin1String(" THEN excluded.severity ELSE alerts.severity END, "
                            "title = excluded.title, body = excluded.body "
                            "RETURNING id, occurrences"));
    q.bind(draft.kind)
        .bind(alertSeverityName(draft.severity))
        .bind(draft.subject)
        .bind(draft.title)
        .bind(draft.text)
        .bind(at)
        .bind(at)
        .exec();
    if (q.next()) {
        result.id = q.int64(0);
        result.created = q.int64(1) == 1;
        result.counted = true;
    }
    if (!draft.sourceKey.isEmpty()) {
        SqlStatement source(m_db,
                            QStringLiteral("INSERT INTO alert_sources (source_key, alert_id, "
                                           "seen_at) VALUES (?, ?, ?)"));
        source.bind(draft.sourceKey).bind(result.id).bind(at).exec();
    }
    tx.commit();
    return result;
}

bool AlertRepository::acknowledge(qint64 id, const QString &by, const QDateTime &at)
{
    SqlStatement q(m_db,
                   QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? "
                                  "WHERE id = ? AND acknowledged_at IS NULL"));
    q.bind(at.isValid() ? toMs(at) : m_db.nowMs()).bindText(by).bind(id).exec();
    return q.rowsAffected() == 1;
}

bool AlertRepository::acknowledgeOpen(const QString &kind, const QString &subject,
                                      const QString &by, const QDateTime &at)
{
    // Read first: the common answer is "none open", and a read takes no write lock.
    std::optional<qint64> id;
    {
        SqlStatement find(m_db,
                          QStringLiteral("SELECT id FROM alerts WHERE kind = ? AND subject "
                                         "= ? AND acknowledged_at IS NULL"));
        find.bind(kind).bind(subject);
        id = find.execScalar();
    }
    return id && acknowledge(*id, by, at);
}

std::optional<AlertRecord> AlertRepository::find(qint64 id)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns + QLatin1String(" FROM alerts WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<AlertRecord> AlertRepository::listOpen()
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM alerts WHERE acknowledged_at IS NULL ORDER BY "
                                       "CASE severity WHEN 'critical' THEN 0 WHEN "
                                       "'warning' THEN 1 ELSE 2 END, last_raised_at DESC, "
                                       "id DESC"));
    q.exec();
    QList<AlertRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

QList<AlertRecord> AlertRepository::list(int limit)
{
    SqlStatement q(m_db,
                   QLatin1String("SELECT ") + Columns
                       + QLatin1String(" FROM alerts ORDER BY raised_at DESC, id DESC LIMIT ?"));
    q.bind(limit).exec();
    QList<AlertRecord> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

} // namespace sb

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Database;
class SqlStatement;

enum class AlertSeverity { Info, Warning, Critical };
QString alertSeverityName(AlertSeverity severity);
AlertSeverity alertSeverityFromName(const QString &name);

struct AlertDraft
{
    QString kind; // stable machine name: contact_opt_out, phone_quality, template_status, ...
    AlertSeverity severity = AlertSeverity::Warning;
    QString subject; // what it is about: a phone number id, a template id, a contact key
    QString title; // translated, short
    QString text; // translated, what happened and what to do
    QDateTime at;
    // Identifies the event that raised it (a webhook's content hash, a wamid): raising again
    // from the same source changes nothing, so redelivered webhooks never count twice.
    QString sourceKey;
};

struct AlertRecord
{
    qint64 id = 0;
    QString kind;
    AlertSeverity severity = AlertSeverity::Warning;
    QString subject;
    QString title;
    QString text;
    QDateTime raisedAt;
    QDateTime lastRaisedAt;
    int occurrences = 1;
    std::optional<QDateTime> acknowledgedAt;
    QString acknowledgedBy;

    bool isOpen() const { return !acknowledgedAt; }
};

struct RaiseResult
{
    qint64 id = 0;
    bool created = false; // a new open alert
    bool counted = false; // created, or an open one got another occurrence
};

// Alerts for the supervisor: at most one open alert per kind and subject; raising it again
// counts an occurrence, raises its severity if higher and takes the newer text. Acknowledging
// closes it; the next raise opens a new one.
class AlertRepository
{
public:
    explicit AlertRepository(Database &db);

    RaiseResult raise(const AlertDraft &draft);
    bool acknowledge(qint64 id, const QString &by, const QDateTime &at = {});
    // Closes the open alert of `kind` about `subject`, whoever raised it (e.g. another process
    // sharing the database). Returns whether one was open.
    bool acknowledgeOpen(const QString &kind, const QString &subject, const QString &by,
                         const QDateTime &at = {});
    std::optional<AlertRecord> find(qint64 id);
    // Open alerts, most severe first, then newest.
    QList<AlertRecord> listOpen();
    // Everything, newest first.
    QList<AlertRecord> list(int limit = 200);

private:
    static AlertRecord read(const SqlStatement &q);

    Database &m_db;
};

} // namespace sb

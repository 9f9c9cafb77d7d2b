#pragma once

#include "ParseIssue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

enum class Need { Optional, Required };

// A JSON object plus its wire path and an issue sink. Every accessor is total: a wrong JSON type
// or a missing required field is recorded (when a sink is set) and a neutral value comes back,
// so parsers never need to branch on garbage before carrying on with the rest.
class JsonCursor
{
    Q_DECLARE_TR_FUNCTIONS(sb::JsonCursor)

public:
    JsonCursor() = default; // an invalid cursor: every read yields nothing
    JsonCursor(QJsonObject object, QString path, QList<ParseIssue> *issues);

    bool isValid() const { return m_valid; }
    const QJsonObject &json() const { return m_object; }
    const QString &path() const { return m_path; }
    QList<ParseIssue> *issues() const { return m_issues; }
    QString pathOf(QStringView key) const;
    static QString indexPath(const QString &arrayPath, qsizetype index);

    bool has(QStringView key) const;
    QJsonValue value(QStringView key) const;

    QString string(QStringView key, Need need = Need::Optional) const;
    // A string, or a number rendered as text: ids and indices that senders write either way.
    QString stringOrNumber(QStringView key, Need need = Need::Optional) const;
    // A number, or a string holding one (the wire writes coordinates as strings).
    std::optional<double> number(QStringView key, Need need = Need::Optional) const;
    std::optional<qint64> integer(QStringView key, Need need = Need::Optional) const;
    bool boolean(QStringView key, bool fallback = false) const;
    std::optional<bool> optionalBoolean(QStringView key) const;
    JsonCursor object(QStringView key, Need need = Need::Optional) const;
    QJsonArray array(QStringView key, Need need = Need::Optional) const;
    // Elements of an array of objects; non-object elements are reported and skipped.
    QList<JsonCursor> objects(QStringView key, Need need = Need::Optional) const;

    void report(QStringView key, const QString &description) const;
    void reportHere(const QString &description) const;
    void reportMissing(QStringView key) const;
    void reportWrongType(QStringView key, QJsonValue::Type expected, const QJsonValue &found) const;

    static QString typeName(QJsonValue::Type type);

private:
    // Looks the key up; reports a missing required key or a wrong type. Null counts as absent.
    std::optional<QJsonValue> fetch(QStringView key, Need need, QJsonValue::Type expected) const;

    QJsonObject m_object;
    QString m_path;
    QList<ParseIssue> *m_issues = nullptr;
    bool m_valid = false;
};

} // namespace sb

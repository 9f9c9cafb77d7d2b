#include "JsonCursor.h"

#include <QLocale>

#include <cmath>
#include <limits>
#include <utility>

namespace sb {

JsonCursor::JsonCursor(QJsonObject object, QString path, QList<ParseIssue> *issues)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_issues(issues)
    , m_valid(true)
{
}

QString JsonCursor::pathOf(QStringView key) const
{
    if (m_path.isEmpty())
        return key.toString();
    return m_path + u'.' + key;
}

QString JsonCursor::indexPath(const QString &arrayPath, qsizetype index)
{
    return arrayPath + u'[' + QString::number(index) + u']';
}

bool JsonCursor::has(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonCursor::value(QStringView key) const
{
    return m_object.value(key);
}

std::optional<QJsonValue> JsonCursor::fetch(QStringView key, Need need,
                                            QJsonValue::Type expected) const
{
    if (!m_valid)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            reportMissing(key);
        return std::nullopt;
    }
    if (v.type() != expected) {
        reportWrongType(key, expected, v);
        return std::nullopt;
    }
    return v;
}

QString JsonCursor::string(QStringView key, Need need) const
{
    const auto v = fetch(key, need, QJsonValue::String);
    return v ? v->toString() : QString();
}

QString JsonCursor::stringOrNumber(QStringView key, Need need) const
{
    if (!m_valid)
        return {};
    const QJsonValue v = m_object.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integral values (ids, indices) print without a fraction or exponent.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return string(key, need);
}

std::optional<double> JsonCursor::number(QStringView key, Need need) const
{
    if (!m_valid)
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
        report(key, tr("Expected a number but found the text \"%1\".").arg(v.toString().left(40)));
        return std::nullopt;
    }
    const auto n = fetch(key, need, QJsonValue::Double);
    if (!n)
        return std::nullopt;
    return n->toDouble();
}

std::optional<qint64> JsonCursor::integer(QStringView key, Need need) const
{
    const auto d = number(key, need);
    if (!d)
        return std::nullopt;
    // 2^53: beyond it a JSON number no longer holds every integer exactly.
    constexpr double kLimit = 9007199254740992.0;
    if (*d != std::floor(*d) || std::fabs(*d) > kLimit) {
        report(key,
               tr("Expected a whole number but found %1.")
                   .arg(QString::number(*d, 'g', QLocale::FloatingPointShortest)));
        return std::nullopt;
    }
    return static_cast<qint64>(*d);
}

bool JsonCursor::boolean(QStringView key, bool fallback) const
{
    return optionalBoolean(key).value_or(fallback);
}

std::optional<bool> JsonCursor::optionalBoolean(QStringView key) const
{
    const auto v = fetch(key, Need::Optional, QJsonValue::Bool);
    if (!v)
        return std::nullopt;
    return v->toBool();
}

JsonCursor JsonCursor::object(QStringView key, Need need) const
{
    const auto v = fetch(key, need, QJsonValue::Object);
    if (!v)
        return {};
    return JsonCursor(v->toObject(), pathOf(key), m_issues);
}

QJsonArray JsonCursor::array(QStringView key, Need need) const
{
    const auto v = fetch(key, need, QJsonValue::Array);
    return v ? v->toArray() : QJsonArray();
}

QList<JsonCursor> JsonCursor::objects(QStringView key, Need need) const
{
    QList<JsonCursor> result;
    const QJsonArray items = array(key, need);
    const QString base = pathOf(key);
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            if (m_issues) {
                m_issues->append({indexPath(base, i),
                                  tr("Expected %1 but found %2.")
                                      .arg(typeName(QJsonValue::Object), typeName(item.type()))});
            }
            continue;
        }
        result.append(JsonCursor(item.toObject(), indexPath(base, i), m_issues));
    }
    return result;
}

void JsonCursor::report(QStringView key, const QString &description) const
{
    if (m_issues)
        m_issues->append({pathOf(key), description});
}

void JsonCursor::reportHere(const QString &description) const
{
    if (m_issues)
        m_issues->append({m_path, description});
}

void JsonCursor::reportMissing(QStringView key) const
{
    report(key, tr("This required field is missing."));
}

void JsonCursor::reportWrongType(QStringView key, QJsonValue::Type expected,
                                 const QJsonValue &found) const
{
    report(key, tr("Expected %1 but found %2.").arg(typeName(expected), typeName(found.type())));
}

QString JsonCursor::typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace sb

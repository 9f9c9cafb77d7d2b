#pragma once

#include "MessageJson.h"

#include <QJsonDocument>
#include <QJsonObject>

// Builders and JSON helpers shared by the message-mapping tests.
namespace testutil {

using namespace sb;
using namespace Qt::StringLiterals;

inline const QString kPhone = u"+16505551234"_s;

inline QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON literal in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline MediaContent media(MediaKind kind, const QString &id, const QString &link = {})
{
    MediaContent m;
    m.kind = kind;
    m.id = id;
    m.link = link;
    return m;
}

inline Message withBody(MessageKind kind, MessageBody body, const QString &to = kPhone)
{
    Message m;
    m.kind = kind;
    m.direction = Direction::Outbound;
    m.to = to;
    m.body = std::move(body);
    return m;
}

inline InteractiveContent interactive(InteractiveKind kind, const QString &body)
{
    InteractiveContent in;
    in.kind = kind;
    in.body = body;
    return in;
}

inline TemplateParameter textParam(const QString &text, const QString &name = {})
{
    TemplateParameter p;
    p.kind = TemplateParameterKind::Text;
    p.text = text;
    p.name = name;
    return p;
}

inline TemplateComponent component(TemplateComponentKind kind, QList<TemplateParameter> parameters,
                                   const QString &subType = {}, int index = 0)
{
    TemplateComponent c;
    c.kind = kind;
    c.subType = subType;
    c.index = index;
    c.parameters = std::move(parameters);
    return c;
}

} // namespace testutil

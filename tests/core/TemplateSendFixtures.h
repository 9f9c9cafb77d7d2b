#pragma once

// Shared fixtures of the template send-check tests: parameter builders, an approved positional
// template with every button kind, a named one, and the data-driven row helpers.
#include "TemplateSendCheck.h"

#include <QTest>

Q_DECLARE_METATYPE(sb::TemplateDefinition)
Q_DECLARE_METATYPE(sb::TemplateContent)

namespace sb::sendfixtures {

using namespace Qt::StringLiterals;

using PK = TemplateParameterKind;

inline TemplateParameter text(const QString &value, const QString &name = {})
{
    TemplateParameter parameter;
    parameter.kind = PK::Text;
    parameter.text = value;
    parameter.name = name;
    return parameter;
}

inline TemplateParameter currency(const QString &fallback, const QString &code, qint64 amount1000)
{
    TemplateParameter parameter;
    parameter.kind = PK::Currency;
    parameter.fallbackValue = fallback;
    parameter.currencyCode = code;
    parameter.amount1000 = amount1000;
    return parameter;
}

inline TemplateParameter dateTime(const QString &fallback)
{
    TemplateParameter parameter;
    parameter.kind = PK::DateTime;
    parameter.text = fallback;
    return parameter;
}

inline TemplateParameter media(PK kind, const QString &id, const QString &link = {})
{
    TemplateParameter parameter;
    parameter.kind = kind;
    parameter.media.id = id;
    parameter.media.link = link;
    return parameter;
}

inline TemplateParameter location(double latitude, double longitude)
{
    TemplateParameter parameter;
    parameter.kind = PK::Location;
    parameter.location.latitude = latitude;
    parameter.location.longitude = longitude;
    parameter.location.name = u"Depot"_s;
    return parameter;
}

inline TemplateParameter payload(const QString &value)
{
    TemplateParameter parameter;
    parameter.kind = PK::Payload;
    parameter.text = value;
    return parameter;
}

inline TemplateParameter coupon(const QString &value)
{
    TemplateParameter parameter;
    parameter.kind = PK::CouponCode;
    parameter.text = value;
    return parameter;
}

inline TemplateComponent component(TemplateComponentKind kind,
                                   const QList<TemplateParameter> &params)
{
    TemplateComponent result;
    result.kind = kind;
    result.parameters = params;
    return result;
}

inline TemplateComponent button(const QString &subType, int index,
                                const QList<TemplateParameter> &params)
{
    TemplateComponent result = component(TemplateComponentKind::Button, params);
    result.subType = subType;
    result.index = index;
    return result;
}

inline TemplateButtonDef buttonDef(TemplateButtonType type, const QString &label,
                                   const QString &url = {})
{
    TemplateButtonDef result;
    result.type = type;
    result.text = label;
    result.url = url;
    return result;
}

// Header "Order {{1}}", three body variables, buttons QR / URL with {{1}} / copy code / phone.
inline TemplateDefinition positionalDefinition()
{
    TemplateDefinition definition;
    definition.id = u"1234"_s;
    definition.name = u"order_confirmation"_s;
    definition.language = u"en_US"_s;
    definition.category = TemplateCategory::Utility;
    definition.status = TemplateStatus::Approved;
    definition.quality = TemplateQuality::Green;
    definition.header = TemplateHeaderDef{TemplateHeaderFormat::Text, u"Order {{1}}"_s, {}, {}};
    definition.body.text = u"Hi {{1}}, order {{2}} ships on {{3}}."_s;
    definition.footer = u"Reply STOP to opt out"_s;
    definition.buttons = {
        buttonDef(TemplateButtonType::QuickReply, u"Stop"_s),
        buttonDef(TemplateButtonType::Url, u"Track"_s, u"https://shop.example/track/{{1}}"_s),
        buttonDef(TemplateButtonType::CopyCode, u"Copy code"_s),
        buttonDef(TemplateButtonType::PhoneNumber, u"Call us"_s)};
    definition.buttons[3].phoneNumber = u"15550051310"_s;
    return definition;
}

inline TemplateContent positionalSend()
{
    TemplateContent send;
    send.name = u"order_confirmation"_s;
    send.languageCode = u"en_US"_s;
    send.components = {
        component(TemplateComponentKind::Header, {text(u"A-100"_s)}), // [0]
        component(TemplateComponentKind::Body,
                  {text(u"Jessica"_s), text(u"SKBUP2"_s), dateTime(u"May 5"_s)}), // [1]
        button(u"url"_s, 1, {text(u"ABC%20123"_s)}), // [2]
        button(u"quick_reply"_s, 0, {payload(u"STOP"_s)}), // [3]
        button(u"copy_code"_s, 2, {coupon(u"SAVE10"_s)}), // [4]
    };
    return send;
}

inline TemplateDefinition namedDefinition()
{
    TemplateDefinition definition = positionalDefinition();
    definition.parameterFormat = TemplateParameterFormat::Named;
    definition.header->text = u"Order {{order_id}}"_s;
    definition.body.text = u"Hi {{first_name}}, order {{order_id}} is ready."_s;
    definition.buttons.clear();
    return definition;
}

inline TemplateContent namedSend()
{
    TemplateContent send = positionalSend();
    // Named parameters may come in any order.
    send.components = {
        component(TemplateComponentKind::Header, {text(u"A-1"_s, u"order_id"_s)}),
        component(TemplateComponentKind::Body,
                  {text(u"860198"_s, u"order_id"_s), text(u"Pablo"_s, u"first_name"_s)}),
    };
    return send;
}

inline QString c(int i)
{
    return u"template.components[%1]"_s.arg(i);
}

inline QString p(int i, int j)
{
    return u"template.components[%1].parameters[%2]"_s.arg(i).arg(j);
}

template<typename Mutate>
inline void row(const char *name, TemplateDefinition definition, TemplateContent send,
                Mutate mutate, int code, const QString &path, int count)
{
    mutate(definition, send);
    QTest::newRow(name) << definition << send << code << path << count;
}

template<typename Mutate>
inline void positional(const char *name, Mutate mutate, int code = 0, const QString &path = {},
                       int count = 0)
{
    row(name, positionalDefinition(), positionalSend(), mutate, code, path, code ? count : 0);
}

template<typename Mutate>
inline void named(const char *name, Mutate mutate, int code = 0, const QString &path = {},
                  int count = 0)
{
    row(name, namedDefinition(), namedSend(), mutate, code, path, code ? count : 0);
}

inline void setHeader(TemplateDefinition &definition, TemplateHeaderFormat format)
{
    definition.header = TemplateHeaderDef{format, {}, {}, {}};
}

inline void columns()
{
    QTest::addColumn<TemplateDefinition>("definition");
    QTest::addColumn<TemplateContent>("send");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
}

inline void verifyRow()
{
    QFETCH(TemplateDefinition, definition);
    QFETCH(TemplateContent, send);
    QFETCH(int, code);
    QFETCH(QString, path);
    QFETCH(int, count);
    const TemplateCheckResult result = TemplateSendCheck::check(definition, send);
    QString found;
    for (const TemplateSendProblem &problem : result.problems) {
        found += u"\n  %1 %2: %3"_s.arg(problem.errorCode).arg(problem.path, problem.message);
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(!problem.fix.isEmpty());
    }
    if (code == 0) {
        QVERIFY2(result.isOk(), qPrintable(found));
        return;
    }
    QVERIFY2(result.hasProblemAt(path, code), qPrintable(found));
    QVERIFY(result.hasCode(code));
    QCOMPARE(result.problems.size(), count);
}

} // namespace sb::sendfixtures

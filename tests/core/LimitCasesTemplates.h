#pragma once

#include "LimitCases.h"
#include "TemplateButtonRules.h"
#include "ValidMessages.h"

// Boundary cases of the template entries: the send structure through sb::validate(), the
// definition's buttons through TemplateButtonRules, its texts through the generic checks.
namespace sb::test {

inline Message templateWith(const std::function<void(TemplateContent &)> &change)
{
    TemplateContent content = templateContent();
    change(content);
    return makeTemplate(recipient(), content);
}

inline TemplateButtonDef buttonDef(TemplateButtonType type, const QString &text = {})
{
    TemplateButtonDef button;
    button.type = type;
    button.text = text.isEmpty() ? QStringLiteral("Label") : text;
    if (type == TemplateButtonType::Url)
        button.url = QStringLiteral("https://example.com/shop?p={{1}}");
    if (type == TemplateButtonType::PhoneNumber)
        button.phoneNumber = QStringLiteral("15550051310");
    if (type == TemplateButtonType::CopyCode) {
        button.text.clear();
        button.example = QStringLiteral("250FF");
    }
    return button;
}

inline QList<TemplateButtonDef> buttonDefs(TemplateButtonType type, qint64 count)
{
    QList<TemplateButtonDef> buttons;
    for (qint64 i = 0; i < count; ++i)
        buttons.append(buttonDef(type, QStringLiteral("Label %1").arg(i)));
    return buttons;
}

inline const QString &buttonsComponent()
{
    static const QString path = QStringLiteral("components[0]");
    return path;
}

inline BoundaryCase buttonsAmount(const QString &path,
                                  std::function<QList<TemplateButtonDef>(qint64)> build,
                                  QList<LimitId> companionsOver = {})
{
    BoundaryCase c;
    c.path = path;
    c.amount = [build](qint64 n) {
        return TemplateButtonRules::check(build(n), buttonsComponent());
    };
    c.companionsOver = std::move(companionsOver);
    return c;
}

inline BoundaryCase buttonText(const QString &path, TemplateButtonType type,
                               std::function<void(TemplateButtonDef &, const QString &)> set)
{
    BoundaryCase c;
    c.path = path;
    c.text = [type, set](const QString &v) {
        QList<TemplateButtonDef> buttons{buttonDef(TemplateButtonType::QuickReply),
                                         buttonDef(type)};
        set(buttons[1], v);
        return TemplateButtonRules::check(buttons, buttonsComponent());
    };
    return c;
}

inline BoundaryCase buttonsRule(const QString &path, QList<TemplateButtonDef> valid,
                                QList<TemplateButtonDef> broken)
{
    BoundaryCase c;
    c.path = path;
    c.rule = [valid, broken](bool isBroken) {
        return TemplateButtonRules::check(isBroken ? broken : valid, buttonsComponent());
    };
    return c;
}

inline void addTemplateCases(CaseMap &cases)
{
    using L = LimitId;
    using T = TemplateButtonType;
    const QString body = QStringLiteral("template.components[1]");

    cases[L::TemplateName] = textOnMessage(
        QStringLiteral("template.name"),
        [](const QString &v) { return templateWith([&](TemplateContent &t) { t.name = v; }); },
        Ascii); // the name pattern allows a-z, 0-9 and _ only
    cases[L::TemplateNamePattern] = ruleOnMessage(QStringLiteral("template.name"), [](bool broken) {
        return templateWith([&](TemplateContent &t) {
            t.name = broken ? QStringLiteral("Order-Update") : QStringLiteral("order_update_2");
        });
    });
    cases[L::TemplateLanguageCode] =
        textOnMessage(QStringLiteral("template.language.code"), [](const QString &v) {
            return templateWith([&](TemplateContent &t) { t.languageCode = v; });
        });
    cases[L::TemplateLanguagePolicy] =
        ruleOnMessage(QStringLiteral("template.language.policy"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                t.languagePolicy =
                    broken ? QStringLiteral("fallback") : QStringLiteral("deterministic");
            });
        });
    cases[L::TemplateComponentUnique] =
        ruleOnMessage(QStringLiteral("template.components[5]"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                if (broken)
                    t.components.append(t.components[1]);
            });
        });
    cases[L::TemplateButtonSubType] =
        ruleOnMessage(QStringLiteral("template.components[2].sub_type"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                t.components[2].subType = broken ? QStringLiteral("bogus") : QStringLiteral("URL");
            });
        });
    cases[L::TemplateButtonIndex] =
        amountOnMessage(QStringLiteral("template.components[1].index"), [](qint64 n) {
            return templateWith([&](TemplateContent &t) {
                t.components = {t.components[1],
                                buttonComponent(QStringLiteral("quick_reply"), int(n),
                                                TemplateParameterKind::Payload,
                                                QStringLiteral("STOP"))};
            });
        });
    cases[L::TemplateButtonIndexUnique] =
        ruleOnMessage(QStringLiteral("template.components[3].index"), [](bool broken) {
            return templateWith(
                [&](TemplateContent &t) { t.components[3].index = broken ? 0 : 1; });
        });
    cases[L::TemplateParameterValue] =
        textOnMessage(body + QLatin1String(".parameters[0].text"), [](const QString &v) {
            return templateWith(
                [&](TemplateContent &t) { t.components[1].parameters[0].text = v; });
        });
    cases[L::TemplateParameterKind] =
        ruleOnMessage(body + QLatin1String(".parameters[0].type"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                if (broken) {
                    t.components[1].parameters[0].kind = TemplateParameterKind::Image;
                    t.components[1].parameters[0].media = media(MediaKind::Image);
                }
            });
        });
    cases[L::TemplateParameterNaming] =
        ruleOnMessage(body + QLatin1String(".parameters[1].parameter_name"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                auto &parameters = t.components[1].parameters;
                parameters[0].name = QStringLiteral("first_name");
                parameters[1].name = broken ? QString() : QStringLiteral("order_id");
                parameters[2].name = QStringLiteral("total");
            });
        });
    cases[L::TemplateCurrencyCode] =
        ruleOnMessage(body + QLatin1String(".parameters[2].currency.code"), [](bool broken) {
            return templateWith([&](TemplateContent &t) {
                t.components[1].parameters[2].currencyCode =
                    broken ? QStringLiteral("usd") : QStringLiteral("EUR");
            });
        });
    cases[L::TemplateHeaderVariables] =
        amountOnMessage(QStringLiteral("template.components[0].parameters"), [](qint64 n) {
            return templateWith([&](TemplateContent &t) {
                t.components[0].parameters.clear();
                for (qint64 i = 0; i < n; ++i)
                    t.components[0].parameters.append(textParameter(QStringLiteral("Summer")));
            });
        });

    // definition texts
    const QString text = QStringLiteral("components[1].text");
    cases[L::TemplateHeaderText] = textDirect(L::TemplateHeaderText, text);
    cases[L::TemplateBody] = textDirect(L::TemplateBody, text);
    cases[L::TemplateFooter] = textDirect(L::TemplateFooter, text);

    // definition buttons
    const QString buttons = QStringLiteral("components[0].buttons");
    cases[L::TemplateButtonsTotal] = buttonsAmount(buttons, [](qint64 n) {
        QList<TemplateButtonDef> list = buttonDefs(T::QuickReply, std::min<qint64>(n, 10));
        list.append(buttonDefs(T::Url, n - list.size()));
        return list;
    });
    cases[L::TemplateQuickReplyCount] = buttonsAmount(
        buttons, [](qint64 n) { return buttonDefs(T::QuickReply, n); }, {L::TemplateButtonsTotal});
    cases[L::TemplateUrlButtonCount] =
        buttonsAmount(buttons, [](qint64 n) { return buttonDefs(T::Url, n); });
    cases[L::TemplatePhoneButtonCount] =
        buttonsAmount(buttons, [](qint64 n) { return buttonDefs(T::PhoneNumber, n); });
    cases[L::TemplateCopyCodeCount] =
        buttonsAmount(buttons, [](qint64 n) { return buttonDefs(T::CopyCode, n); });
    const QString second = buttons + QLatin1String("[1]");
    cases[L::TemplateButtonLabel] =
        buttonText(second + QLatin1String(".text"), T::PhoneNumber,
                   [](TemplateButtonDef &b, const QString &v) { b.text = v; });
    cases[L::TemplateVoiceCallLabel] =
        buttonText(second + QLatin1String(".text"), T::VoiceCall,
                   [](TemplateButtonDef &b, const QString &v) { b.text = v; });
    cases[L::TemplateUrl] = buttonText(second + QLatin1String(".url"), T::Url,
                                       [](TemplateButtonDef &b, const QString &v) { b.url = v; });
    cases[L::TemplatePhoneNumber] =
        buttonText(second + QLatin1String(".phone_number"), T::PhoneNumber,
                   [](TemplateButtonDef &b, const QString &v) { b.phoneNumber = v; });
    cases[L::TemplateCopyCodeValue] =
        buttonText(second + QLatin1String(".example"), T::CopyCode,
                   [](TemplateButtonDef &b, const QString &v) { b.example = v; });
    TemplateButtonDef variableInside = buttonDef(T::Url);
    variableInside.url = QStringLiteral("https://example.com/{{1}}/track");
    cases[L::TemplateUrlVariable] =
        buttonsRule(buttons + QLatin1String("[0].url"), {buttonDef(T::Url)}, {variableInside});
    cases[L::TemplateQuickReplyContiguous] =
        buttonsRule(buttons + QLatin1String("[2]"),
                    {buttonDef(T::QuickReply), buttonDef(T::QuickReply), buttonDef(T::Url),
                     buttonDef(T::PhoneNumber)},
                    {buttonDef(T::QuickReply), buttonDef(T::Url), buttonDef(T::QuickReply)});
}

} // namespace sb::test

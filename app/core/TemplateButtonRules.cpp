#include "TemplateButtonRules.h"

#include "LimitCheck.h"

#include <QRegularExpression>
#include <QStringList>

namespace sb {

namespace {

qsizetype countOf(const QList<TemplateButtonDef> &buttons, TemplateButtonType type)
{
    qsizetype count = 0;
    for (const auto &button : buttons)
        count += button.type == type ? 1 : 0;
    return count;
}

QString typeSequence(const QList<TemplateButtonDef> &buttons)
{
    QStringList names;
    for (const auto &button : buttons) {
        const QString name = templateButtonTypeWireName(button.type);
        names.append(name.isEmpty() ? QStringLiteral("?") : name);
    }
    return names.join(QLatin1String(", "));
}

} // namespace

QList<Violation> TemplateButtonRules::check(const QList<TemplateButtonDef> &buttons,
                                            const QString &componentPath)
{
    QList<Violation> out;
    const QString listPath = componentPath + QLatin1String(".buttons");
    addViolation(out, LimitCheck::amount(LimitId::TemplateButtonsTotal, listPath, buttons.size()));
    addViolation(out,
                 LimitCheck::amount(LimitId::TemplateQuickReplyCount, listPath,
                                    countOf(buttons, TemplateButtonType::QuickReply)));
    addViolation(out,
                 LimitCheck::amount(LimitId::TemplateUrlButtonCount, listPath,
                                    countOf(buttons, TemplateButtonType::Url)));
    addViolation(out,
                 LimitCheck::amount(LimitId::TemplatePhoneButtonCount, listPath,
                                    countOf(buttons, TemplateButtonType::PhoneNumber)));
    addViolation(out,
                 LimitCheck::amount(LimitId::TemplateCopyCodeCount, listPath,
                                    countOf(buttons, TemplateButtonType::CopyCode)));

    static const QRegularExpression variable(QStringLiteral("\\{\\{[^{}]*\\}\\}"));
    bool quickRepliesSeen = false;
    bool quickRepliesEnded = false;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const TemplateButtonDef &button = buttons[i];
        const QString path = listPath + u'[' + QString::number(i) + u']';
        switch (button.type) {
        case TemplateButtonType::QuickReply:
        case TemplateButtonType::Url:
        case TemplateButtonType::PhoneNumber:
            addViolation(out,
                         LimitCheck::text(LimitId::TemplateButtonLabel,
                                          path + QLatin1String(".text"), button.text));
            break;
        case TemplateButtonType::VoiceCall:
            addViolation(out,
                         LimitCheck::text(LimitId::TemplateVoiceCallLabel,
                                          path + QLatin1String(".text"), button.text));
            break;
        default:
            break;
        }

        if (button.type == TemplateButtonType::Url) {
            const QString urlPath = path + QLatin1String(".url");
            addViolation(out, LimitCheck::text(LimitId::TemplateUrl, urlPath, button.url));
            qsizetype count = 0;
            qsizetype lastEnd = -1;
            for (auto it = variable.globalMatch(button.url); it.hasNext();) {
                const auto match = it.next();
                ++count;
                lastEnd = match.capturedEnd();
            }
            if (count > 1) {
                out.append(LimitCheck::rule(
                    LimitId::TemplateUrlVariable, urlPath, QStringLiteral("too_many"),
                    QString::number(count), QStringLiteral("1"),
                    tr("Use at most one variable in the button URL (it has %1).").arg(count)));
            } else if (count == 1 && lastEnd != button.url.size()) {
                out.append(LimitCheck::rule(
                    LimitId::TemplateUrlVariable, urlPath, QStringLiteral("invalid"), button.url,
                    tr("one variable, at the end"),
                    tr("Move the variable to the very end of the button URL, as in "
                       "https://example.com/order/{{1}}.")));
            }
        } else if (button.type == TemplateButtonType::PhoneNumber) {
            addViolation(out,
                         LimitCheck::text(LimitId::TemplatePhoneNumber,
                                          path + QLatin1String(".phone_number"),
                                          button.phoneNumber));
        } else if (button.type == TemplateButtonType::CopyCode) {
            addViolation(out,
                         LimitCheck::text(LimitId::TemplateCopyCodeValue,
                                          path + QLatin1String(".example"), button.example));
        }

        if (button.type == TemplateButtonType::QuickReply) {
            if (quickRepliesEnded) {
                out.append(LimitCheck::rule(
                    LimitId::TemplateQuickReplyContiguous, path, QStringLiteral("not_contiguous"),
                    typeSequence(buttons), tr("quick replies in one group"),
                    tr("Move this quick-reply button next to the other quick-reply buttons: "
                       "quick replies must form one group (QR, QR, URL is valid; QR, URL, QR is "
                       "not).")));
                quickRepliesEnded = false; // report each stray group once, at its first button
            }
            quickRepliesSeen = true;
        } else if (quickRepliesSeen) {
            quickRepliesEnded = true;
        }
    }
    return out;
}

} // namespace sb

// TemplateForm: the send content, its checks, the opt-in rules and the send itself.
#include "Clock.h"
#include "Message.h"
#include "SendClassification.h"
#include "TemplateForm.h"
#include "TemplatePicker.h"
#include "TemplatePlaceholders.h"
#include "TemplatePreview.h"
#include "TemplateUrlParameter.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cmath>
#include <limits>

namespace sb {

namespace {

constexpr int kProblemsShown = 4;

double parseCoordinate(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

TemplateParameterKind headerKind(TemplateHeaderFormat format)
{
    switch (format) {
    case TemplateHeaderFormat::Video:
    case TemplateHeaderFormat::Gif: // GIF headers are MP4 files and travel as video
        return TemplateParameterKind::Video;
    case TemplateHeaderFormat::Document:
        return TemplateParameterKind::Document;
    case TemplateHeaderFormat::Location:
        return TemplateParameterKind::Location;
    default:
        return TemplateParameterKind::Image;
    }
}

} // namespace

TemplateContent TemplateForm::build(QHash<QString, QString> *labels) const
{
    TemplateContent content;
    if (!m_hasTemplate)
        return content;
    const TemplateDefinition &def = m_definition;
    content.name = def.name;
    content.languageCode = def.language;
    const bool named = def.parameterFormat == TemplateParameterFormat::Named;
    const auto pathOf = [&content](qsizetype parameter) {
        return QStringLiteral("template.components[%1].parameters[%2]")
            .arg(content.components.size())
            .arg(parameter);
    };
    const auto note = [labels](const QString &path, const QString &label) {
        if (labels)
            labels->insert(path, label);
    };
    // Text variables of the header or body: one parameter per field, in field order.
    const auto textComponent = [&](TemplateComponentKind kind, const QString &prefix) {
        TemplateComponent component;
        component.kind = kind;
        for (const Field &field : m_fields) {
            if (!field.key.startsWith(prefix))
                continue;
            TemplateParameter parameter;
            parameter.text = field.edit->text();
            if (named)
                parameter.name = field.key.mid(prefix.size());
            note(pathOf(component.parameters.size()), field.label);
            component.parameters.append(parameter);
        }
        if (!component.parameters.isEmpty())
            content.components.append(component);
    };

    if (def.header) {
        const TemplateHeaderFormat format = def.header->format;
        if (format == TemplateHeaderFormat::Text) {
            textComponent(TemplateComponentKind::Header, QStringLiteral("header."));
        } else if (format != TemplateHeaderFormat::Unknown) {
            TemplateComponent component;
            component.kind = TemplateComponentKind::Header;
            TemplateParameter parameter;
            parameter.kind = headerKind(format);
            if (format == TemplateHeaderFormat::Location) {
                parameter.location.latitude =
                    parseCoordinate(valueOf(QStringLiteral("location.latitude")));
                parameter.location.longitude =
                    parseCoordinate(valueOf(QStringLiteral("location.longitude")));
                parameter.location.name = valueOf(QStringLiteral("location.name")).trimmed();
                parameter.location.address = valueOf(QStringLiteral("location.address")).trimmed();
                note(pathOf(0) + QLatin1String(".location"), tr("Location"));
            } else {
                parameter.media.link = valueOf(QStringLiteral("header.link")).trimmed();
                if (!m_mediaPath.isEmpty() && parameter.media.link.isEmpty()) {
                    parameter.media.kind = m_mediaFile.kind;
                    parameter.media.mimeType = m_mediaFile.mimeType;
                    parameter.media.fileSize = m_mediaFile.fileSize;
                    parameter.media.filename = m_mediaFile.filename; // documents only
                }
                note(pathOf(0), tr("Header file"));
            }
            component.parameters.append(parameter);
            content.components.append(component);
        }
    }
    textComponent(TemplateComponentKind::Body, QStringLiteral("body."));

    for (qsizetype i = 0; i < def.buttons.size(); ++i) {
        const QString key = QStringLiteral("button.%1").arg(i);
        const QLineEdit *edit = field(key);
        if (!edit)
            continue;
        const TemplateButtonType type = def.buttons[i].type;
        TemplateComponent component;
        component.kind = TemplateComponentKind::Button;
        component.index = int(i);
        TemplateParameter parameter;
        if (type == TemplateButtonType::CopyCode) {
            component.subType = QStringLiteral("copy_code");
            parameter.kind = TemplateParameterKind::CouponCode;
            parameter.text = edit->text().trimmed();
        } else {
            // URL and one-time-code buttons: the agent types plain text, the wire wants it
            // percent-encoded (spec §1.7).
            component.subType = QStringLiteral("url");
            parameter.text = percentEncodeUrlParameter(edit->text().trimmed());
        }
        for (const Field &f : m_fields) {
            if (f.key == key)
                note(pathOf(0), f.label);
        }
        component.parameters.append(parameter);
        content.components.append(component);
    }
    return content;
}

TemplateContent TemplateForm::content() const
{
    return build(nullptr);
}

RenderedTemplate TemplateForm::rendered() const
{
    if (!m_hasTemplate)
        return {};
    RenderedTemplate out = TemplateRenderer::render(m_definition, content());
    if (!m_mediaPath.isEmpty()) // a local file counts as chosen: the engine uploads it
        out.missing.removeIf([](const MissingParameter &gap) {
            return gap.part == MissingParameter::Part::Header && gap.token.isEmpty();
        });
    return out;
}

QList<TemplateSendProblem> TemplateForm::problems() const
{
    if (!m_hasTemplate)
        return {};
    QList<TemplateSendProblem> found = TemplateSendCheck::check(m_definition, content()).problems;
    if (!m_mediaPath.isEmpty() && valueOf(QStringLiteral("header.link")).trimmed().isEmpty()) {
        found.removeIf([](const TemplateSendProblem &problem) {
            return problem.errorCode == RequiredParameterMissing
                && problem.path.startsWith(QLatin1String("template.components[0]"));
        });
    }
    return found;
}

QString TemplateForm::problemText() const
{
    QHash<QString, QString> labels;
    build(&labels);
    const QList<TemplateSendProblem> found = problems();
    QStringList lines;
    for (qsizetype i = 0; i < found.size() && i < kProblemsShown; ++i) {
        const TemplateSendProblem &problem = found[i];
        QString label;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (problem.path.startsWith(it.key()) && it.key().size() > label.size())
                label = it.value();
        }
        const QString where = label.isEmpty() ? QString() : label + QLatin1String(": ");
        lines.append(tr("%1%2 %3 (error %4)")
                         .arg(where, problem.message, problem.fix)
                         .arg(problem.errorCode));
    }
    if (found.size() > kProblemsShown)
        lines.append(tr("…and %n more.", nullptr, int(found.size() - kProblemsShown)));
    return lines.join(QLatin1Char('\n'));
}

QString TemplateForm::optInText() const
{
    const QString name = m_contact.displayName();
    if (m_contact.optedOutMarketing) {
        if (m_contact.optOutAt.isValid() && !m_contact.optOutSource.isEmpty())
            return tr("%1 opted out of marketing on %2 via “%3”.")
                .arg(name, formatDate(m_contact.optOutAt), m_contact.optOutSource);
        if (m_contact.optOutAt.isValid())
            return tr("%1 opted out of marketing on %2.").arg(name, formatDate(m_contact.optOutAt));
        return tr("%1 opted out of marketing.").arg(name);
    }
    if (m_contact.optInAt.isValid() && !m_contact.optInSource.isEmpty())
        return tr("%1 opted in via %2 on %3.")
            .arg(name, m_contact.optInSource, formatDate(m_contact.optInAt));
    if (!m_contact.optInSource.isEmpty())
        return tr("%1 opted in via %2.").arg(name, m_contact.optInSource);
    if (m_contact.optInAt.isValid())
        return tr("%1 opted in on %2.").arg(name, formatDate(m_contact.optInAt));
    return tr("No opt-in is recorded for %1: business-initiated messages need one.").arg(name);
}

QString TemplateForm::categoryText() const
{
    return m_hasTemplate ? TemplatePicker::categoryLabel(m_definition.category) : QString();
}

QString TemplateForm::refusal() const
{
    if (!m_hasTemplate)
        return {};
    if (m_contact.to.isEmpty())
        return tr("No recipient: open a conversation first.");
    // Spec §11: an opt-out stops MARKETING templates only; utility and authentication still go.
    if (m_definition.category == TemplateCategory::Marketing && m_contact.optedOutMarketing) {
        const QString name = m_contact.displayName();
        QString what = tr("%1 opted out of marketing").arg(name);
        if (m_contact.optOutAt.isValid() && !m_contact.optOutSource.isEmpty())
            what = tr("%1 opted out of marketing on %2 via “%3”")
                       .arg(name, formatDate(m_contact.optOutAt), m_contact.optOutSource);
        else if (m_contact.optOutAt.isValid())
            what = tr("%1 opted out of marketing on %2").arg(name, formatDate(m_contact.optOutAt));
        return tr("%1: send a utility template or wait for %2 to write.").arg(what, name);
    }
    return {};
}

bool TemplateForm::canSend() const
{
    return m_hasTemplate && TemplateSendCheck::isSendable(m_definition) && refusal().isEmpty()
        && problems().isEmpty() && m_mediaMessage.isEmpty();
}

void TemplateForm::refresh()
{
    updateContactLine();
    if (!m_hasTemplate) {
        m_preview->clear();
        m_preview->hide();
        m_problems->hide();
        m_refusal->hide();
        m_send->setEnabled(false);
        return;
    }
    m_preview->show();
    m_preview->showRendered(rendered(), QFileInfo(m_mediaPath).fileName());
    const SendClassification classification =
        classifySend(MessageKind::Template, m_definition.category, m_window.canSendFreeForm(),
                     m_window.freeEntryPointActive, m_clock ? m_clock->now().date() : QDate());
    m_category->setToolTip(classification.explanation);
    const QString problemLines = problemText();
    m_problems->setText(problemLines);
    m_problems->setVisible(!problemLines.isEmpty());
    const QString refused = refusal();
    m_refusal->setText(refused);
    m_refusal->setVisible(!refused.isEmpty());
    m_send->setEnabled(canSend());
    m_send->setToolTip(refused.isEmpty() ? QString() : refused);
}

bool TemplateForm::send()
{
    if (!canSend())
        return false;
    const QString path =
        valueOf(QStringLiteral("header.link")).trimmed().isEmpty() ? m_mediaPath : QString();
    Q_EMIT sendRequested(makeTemplate(m_contact.to, content()), path);
    return true;
}

} // namespace sb

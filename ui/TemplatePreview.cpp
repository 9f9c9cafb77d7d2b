#include "TemplatePreview.h"

#include "WhatsAppMarkup.h"

#include <QLabel>
#include <QVBoxLayout>

#include <optional>

namespace sb {

namespace {

QString highlightMissing(QString html, const QList<MissingParameter> &missing)
{
    QStringList done;
    for (const MissingParameter &gap : missing) {
        if (gap.token.isEmpty() || done.contains(gap.token))
            continue;
        done.append(gap.token);
        html.replace(gap.token,
                     QLatin1String("<span style=\"background:#FFE082;\">") + gap.token
                         + QLatin1String("</span>"));
    }
    return html;
}

QString mediaLabel(TemplateHeaderFormat format)
{
    switch (format) {
    case TemplateHeaderFormat::Image:
        return TemplatePreview::tr("Image");
    case TemplateHeaderFormat::Video:
        return TemplatePreview::tr("Video");
    case TemplateHeaderFormat::Gif:
        return TemplatePreview::tr("GIF");
    case TemplateHeaderFormat::Document:
        return TemplatePreview::tr("Document");
    case TemplateHeaderFormat::Location:
        return TemplatePreview::tr("Location");
    case TemplateHeaderFormat::Text:
    case TemplateHeaderFormat::Unknown:
        break;
    }
    return {};
}

} // namespace

TemplatePreview::TemplatePreview(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("templatePreview"));
    setAccessibleName(tr("Template preview"));
    setStyleSheet(QStringLiteral(
        "#templatePreview { background: #DCF8C6; border-radius: 10px; }"
        "#templatePreview QLabel { color: #111B21; background: transparent; }"
        "#templatePreview QLabel#previewFooter { color: #667781; }"
        "#templatePreview QLabel#previewMedia { background: #B9D8A8; border-radius: 6px; "
        "color: #3B4A54; padding: 14px; }"
        "#templatePreview QLabel#previewButton { color: #027EB5; border-top: 1px solid #C5E1B5; "
        "padding: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    m_media = new QLabel(this);
    m_media->setObjectName(QStringLiteral("previewMedia"));
    m_media->setAlignment(Qt::AlignCenter);
    m_media->setTextFormat(Qt::PlainText);
    m_media->setWordWrap(true);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("previewFooter"));
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    QFont small = m_footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_footer->setFont(small);
    m_buttons = new QWidget(this);
    m_buttonLayout = new QVBoxLayout(m_buttons);
    m_buttonLayout->setContentsMargins(0, 4, 0, 0);
    m_buttonLayout->setSpacing(0);

    layout->addWidget(m_media);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    layout->addWidget(m_footer);
    layout->addWidget(m_buttons);
    clear();
}

void TemplatePreview::clear()
{
    showRendered({});
}

void TemplatePreview::showRendered(const RenderedTemplate &rendered, const QString &mediaCaption)
{
    m_rendered = rendered;
    const std::optional<TemplateHeaderFormat> format = rendered.headerFormat;
    const bool textHeader = format && *format == TemplateHeaderFormat::Text;
    const bool mediaHeader = format && !textHeader && *format != TemplateHeaderFormat::Unknown;

    m_header->setText(rendered.headerText);
    m_header->setVisible(textHeader && !rendered.headerText.isEmpty());
    if (mediaHeader) {
        const QString what = mediaLabel(*format);
        QString source = mediaCaption;
        if (source.isEmpty())
            source = *format == TemplateHeaderFormat::Location ? rendered.headerText
                                                               : rendered.headerMedia;
        m_media->setText(source.isEmpty() ? tr("%1 header: not chosen yet").arg(what)
                                          : tr("%1: %2").arg(what, source));
    }
    m_media->setVisible(mediaHeader);

    m_body->setText(highlightMissing(WhatsAppMarkup::toHtml(rendered.body), rendered.missing));
    m_body->setVisible(!rendered.body.isEmpty());
    m_footer->setText(rendered.footer);
    m_footer->setVisible(!rendered.footer.isEmpty());

    while (QLayoutItem *item = m_buttonLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const RenderedButton &button : rendered.buttons) {
        auto *label = new QLabel(button.label, m_buttons);
        label->setObjectName(QStringLiteral("previewButton"));
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        label->setToolTip(button.target);
        m_buttonLayout->addWidget(label);
    }
    m_buttons->setVisible(!rendered.buttons.isEmpty());
}

QString TemplatePreview::headerText() const
{
    return m_header->isHidden() ? (m_media->isHidden() ? QString() : m_media->text())
                                : m_header->text();
}

QString TemplatePreview::bodyText() const
{
    return m_rendered.body;
}

QString TemplatePreview::footerText() const
{
    return m_rendered.footer;
}

QStringList TemplatePreview::buttonLabels() const
{
    QStringList labels;
    for (const RenderedButton &button : m_rendered.buttons)
        labels.append(button.target.isEmpty()
                          ? button.label
                          : button.label + QStringView(u" \u2192 ") + button.target);
    return labels;
}

} // namespace sb

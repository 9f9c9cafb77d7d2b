#include "TemplateForm.h"

#include "AttachmentCheck.h"
#include "Clock.h"
#include "SendClassification.h"
#include "TemplatePicker.h"
#include "TemplatePlaceholders.h"
#include "TemplatePreview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QString exampleFor(const QList<TemplateExampleValue> &examples, const TemplatePlaceholder &var)
{
    if (var.kind == TemplatePlaceholder::Kind::Positional)
        return var.number <= examples.size() ? examples[var.number - 1].value : QString();
    for (const TemplateExampleValue &example : examples) {
        if (example.name == var.name)
            return example.value;
    }
    return {};
}

QString categoryStyle(TemplateCategory category)
{
    const char *colour = "#5F6B73";
    switch (category) {
    case TemplateCategory::Marketing:
        colour = "#C2410C";
        break;
    case TemplateCategory::Utility:
        colour = "#1D6FA5";
        break;
    case TemplateCategory::Authentication:
        colour = "#7B3FA0";
        break;
    case TemplateCategory::Unknown:
        break;
    }
    return QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                          "padding: 2px 8px; font-weight: bold; }")
        .arg(QLatin1String(colour));
}

} // namespace

TemplateForm::TemplateForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_category = new QLabel(this);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_back = new QToolButton(this);
    m_back->setText(tr("Back to message"));
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Return to free text; the window is still open"));
    connect(m_back, &QToolButton::clicked, this, &TemplateForm::backRequested);
    top->addWidget(m_title);
    top->addWidget(m_category);
    top->addStretch(1);
    top->addWidget(m_back);
    layout->addLayout(top);

    m_contactLine = new QLabel(this);
    m_contactLine->setObjectName(QStringLiteral("optInState"));
    m_contactLine->setTextFormat(Qt::PlainText);
    m_contactLine->setWordWrap(true);
    layout->addWidget(m_contactLine);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    auto *left = new QVBoxLayout;
    m_formArea = new QWidget(this);
    m_form = new QFormLayout(m_formArea);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addWidget(m_formArea);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("templateProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #8D4B00;"));
    left->addWidget(m_problems);
    left->addStretch(1);
    middle->addLayout(left, 3);

    m_preview = new TemplatePreview(this);
    m_preview->setMinimumWidth(220);
    m_preview->setMaximumWidth(320);
    middle->addWidget(m_preview, 2, Qt::AlignTop);
    layout->addLayout(middle, 1);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("templateRefusal"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #C62828; font-weight: bold;"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_refusal, 1);
    bottom->addStretch(0); // keeps Send on the right while there is no refusal
    m_send = new QPushButton(tr("Send template"), this);
    m_send->setObjectName(QStringLiteral("sendTemplate"));
    m_send->setDefault(true);
    m_send->setStyleSheet(QStringLiteral(
        "#sendTemplate { background: #25D366; color: white; border: none; border-radius: 6px; "
        "padding: 6px 16px; font-weight: bold; }"
        "#sendTemplate:disabled { background: palette(mid); color: palette(base); }"));
    m_send->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_send, &QPushButton::clicked, this, &TemplateForm::send);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);

    m_back->hide();
    clear();
}

void TemplateForm::setClock(const Clock *clock)
{
    m_clock = clock;
    updateContactLine();
}

void TemplateForm::setContact(const ComposerContact &contact)
{
    m_contact = contact;
    refresh();
}

void TemplateForm::setWindowState(const WindowState &state)
{
    m_window = state;
    refresh();
}

void TemplateForm::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

void TemplateForm::clear()
{
    m_hasTemplate = false;
    m_definition = {};
    rebuildFields();
}

void TemplateForm::setTemplate(const TemplateDefinition &definition)
{
    m_definition = definition;
    m_hasTemplate = true;
    rebuildFields();
}

void TemplateForm::addField(const QString &key, const QString &label, const QString &example)
{
    auto *edit = new QLineEdit(m_formArea);
    edit->setObjectName(key);
    edit->setAccessibleName(label);
    if (!example.isEmpty())
        edit->setPlaceholderText(tr("e.g. %1").arg(example));
    connect(edit, &QLineEdit::textChanged, this, &TemplateForm::refresh);
    m_form->addRow(label, edit);
    m_fields.append({key, label, edit});
}

void TemplateForm::addMediaRow()
{
    auto *row = new QWidget(m_formArea);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose file…"), row);
    connect(choose, &QPushButton::clicked, this, &TemplateForm::chooseHeaderFile);
    m_mediaName = new QLabel(tr("No file chosen"), row);
    m_mediaName->setTextFormat(Qt::PlainText);
    m_mediaName->setForegroundRole(QPalette::PlaceholderText);
    rowLayout->addWidget(choose);
    rowLayout->addWidget(m_mediaName, 1);
    m_form->addRow(tr("Header file"), row);
    addField(QStringLiteral("header.link"), tr("or https link"), QString());
    m_mediaStatus = new QLabel(m_formArea);
    m_mediaStatus->setTextFormat(Qt::PlainText);
    m_mediaStatus->setWordWrap(true);
    m_mediaStatus->setStyleSheet(QStringLiteral("color: #C62828;"));
    m_mediaStatus->hide();
    m_form->addRow(m_mediaStatus);
}

void TemplateForm::rebuildFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_mediaPath.clear();
    m_mediaFile = {};
    m_mediaMessage.clear();
    m_mediaName = nullptr;
    m_mediaStatus = nullptr;

    if (!m_hasTemplate) {
        m_title->setText(tr("Choose a template"));
        m_category->hide();
        refresh();
        return;
    }
    const TemplateDefinition &def = m_definition;
    m_title->setText(tr("%1  ·  %2").arg(def.name, def.language));
    m_category->setText(TemplatePicker::categoryLabel(def.category));
    m_category->setStyleSheet(categoryStyle(def.category));
    m_category->show();

    const auto ordered = [](const QString &text) {
        QList<TemplatePlaceholder> vars = TemplatePlaceholders::scan(text).distinct();
        // Positional parameters travel in number order, whatever order the text uses.
        std::stable_sort(vars.begin(), vars.end(),
                         [](const TemplatePlaceholder &a, const TemplatePlaceholder &b) {
                             return a.number < b.number;
                         });
        return vars;
    };

    if (def.header) {
        switch (def.header->format) {
        case TemplateHeaderFormat::Text:
            for (const TemplatePlaceholder &var : ordered(def.header->text))
                addField(QLatin1String("header.") + var.key(), tr("Header %1").arg(var.token()),
                         exampleFor(def.header->examples, var));
            break;
        case TemplateHeaderFormat::Image:
        case TemplateHeaderFormat::Video:
        case TemplateHeaderFormat::Gif:
        case TemplateHeaderFormat::Document:
            addMediaRow();
            break;
        case TemplateHeaderFormat::Location:
            addField(QStringLiteral("location.latitude"), tr("Latitude"), QStringLiteral("52.52"));
            addField(QStringLiteral("location.longitude"), tr("Longitude"),
                     QStringLiteral("13.405"));
            addField(QStringLiteral("location.name"), tr("Place name"), QString());
            addField(QStringLiteral("location.address"), tr("Address"), QString());
            break;
        case TemplateHeaderFormat::Unknown:
            break;
        }
    }
    for (const TemplatePlaceholder &var : ordered(def.body.text))
        addField(QLatin1String("body.") + var.key(), var.token(),
                 exampleFor(def.body.examples, var));
    for (qsizetype i = 0; i < def.buttons.size(); ++i) {
        const TemplateButtonDef &button = def.buttons[i];
        const QString key = QStringLiteral("button.%1").arg(i);
        if (button.type == TemplateButtonType::Url
            && !TemplatePlaceholders::scan(button.url).isEmpty()) {
            addField(key, tr("“%1” link {{1}}").arg(button.text),
                     button.example.contains(QLatin1String("://")) ? QString() : button.example);
        } else if (button.type == TemplateButtonType::Otp) {
            addField(key, tr("One-time code"), QString());
        } else if (button.type == TemplateButtonType::CopyCode) {
            addField(key, tr("“%1” code").arg(button.text), button.example);
        }
    }
    if (m_fields.isEmpty() && !m_mediaName)
        m_form->addRow(new QLabel(tr("This template has no variables."), m_formArea));
    refresh();
}

void TemplateForm::chooseHeaderFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the header file"));
    if (!path.isEmpty())
        setHeaderMediaFile(path);
}

bool TemplateForm::setHeaderMediaFile(const QString &localPath)
{
    if (!m_mediaName)
        return false;
    const AttachmentCheckResult file = AttachmentCheck::check(localPath);
    const TemplateHeaderFormat format = m_definition.header->format;
    const MediaKind wanted = format == TemplateHeaderFormat::Image ? MediaKind::Image
        : format == TemplateHeaderFormat::Document                 ? MediaKind::Document
                                                                   : MediaKind::Video;
    m_mediaMessage.clear();
    if (!file.accepted) {
        m_mediaMessage = file.problem;
    } else if (file.media.kind != wanted) {
        const QString needs = wanted == MediaKind::Image ? tr("a JPEG or PNG image")
            : wanted == MediaKind::Video                 ? tr("an MP4 video")
                                                         : tr("a PDF or other document");
        m_mediaMessage =
            tr("%1 cannot be this template's header: it needs %2.").arg(file.fileName, needs);
    }
    m_mediaStatus->setText(m_mediaMessage);
    m_mediaStatus->setVisible(!m_mediaMessage.isEmpty());
    if (!m_mediaMessage.isEmpty())
        return false;
    m_mediaPath = file.localPath;
    m_mediaFile = file.media;
    m_mediaName->setText(file.fileName);
    m_mediaName->setForegroundRole(QPalette::WindowText);
    refresh();
    return true;
}

QString TemplateForm::headerMediaMessage() const
{
    return m_mediaMessage;
}

QStringList TemplateForm::fieldKeys() const
{
    QStringList keys;
    for (const Field &field : m_fields)
        keys.append(field.key);
    return keys;
}

QLineEdit *TemplateForm::field(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.edit;
    }
    return nullptr;
}

bool TemplateForm::setFieldValue(const QString &key, const QString &value)
{
    QLineEdit *edit = field(key);
    if (!edit)
        return false;
    edit->setText(value);
    return true;
}

QString TemplateForm::valueOf(const QString &key) const
{
    const QLineEdit *edit = field(key);
    return edit ? edit->text() : QString();
}

QString TemplateForm::formatDate(const QDateTime &when) const
{
    const QDate date = when.toLocalTime().date();
    const QDate today = (m_clock ? m_clock->now() : when).toLocalTime().date();
    return QLocale().toString(date,
                              date.year() == today.year() ? tr("d MMMM", "date format")
                                                          : tr("d MMMM yyyy", "date format"));
}

void TemplateForm::updateContactLine()
{
    const QString name = m_contact.displayName();
    if (m_contact.optedOutMarketing) {
        m_contactLine->setStyleSheet(QStringLiteral("color: #C62828;"));
    } else if (m_contact.optInAt.isValid() || !m_contact.optInSource.isEmpty()) {
        m_contactLine->setStyleSheet(QStringLiteral("color: #1B7F3B;"));
    } else {
        m_contactLine->setStyleSheet(QStringLiteral("color: #8D6E00;"));
    }
    m_contactLine->setText(optInText());
    m_contactLine->setVisible(!name.isEmpty());
}

} // namespace sb

#include "TemplatePicker.h"

#include "TemplateListDelegate.h"
#include "TemplateSendCheck.h"
#include "WhatsAppMarkup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QString searchable(const TemplateDefinition &definition)
{
    QString text = definition.name + QLatin1Char(' ') + definition.body.text;
    if (definition.header)
        text += QLatin1Char(' ') + definition.header->text;
    return text;
}

} // namespace

TemplatePicker::TemplatePicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search templates"));
    m_search->setAccessibleName(tr("Search templates"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TemplatePicker::applyFilters);
    layout->addWidget(m_search);

    auto *filters = new QHBoxLayout;
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("Show templates in one language"));
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), -1);
    for (const TemplateCategory category : {TemplateCategory::Marketing, TemplateCategory::Utility,
                                            TemplateCategory::Authentication}) {
        m_category->addItem(categoryLabel(category), int(category));
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatePicker::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TemplatePicker::applyFilters);
    filters->addWidget(m_language, 1);
    filters->addWidget(m_category, 1);
    layout->addLayout(filters);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new TemplateListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &TemplatePicker::onCurrentChanged);
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);
    rebuild();
}

QString TemplatePicker::categoryLabel(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Marketing:
        return tr("Marketing", "template category");
    case TemplateCategory::Utility:
        return tr("Utility", "template category");
    case TemplateCategory::Authentication:
        return tr("Authentication", "template category");
    case TemplateCategory::Unknown:
        break;
    }
    return tr("Uncategorised", "template category");
}

void TemplatePicker::setTemplates(const QList<TemplateDefinition> &templates)
{
    m_templates = templates;
    // Sendable first, then by name and language: what the agent can use is on top.
    std::stable_sort(m_templates.begin(), m_templates.end(),
                     [](const TemplateDefinition &a, const TemplateDefinition &b) {
                         const bool sa = TemplateSendCheck::isSendable(a);
                         const bool sb = TemplateSendCheck::isSendable(b);
                         if (sa != sb)
                             return sa;
                         const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                         if (byName != 0)
                             return byName < 0;
                         return a.language < b.language;
                     });
    rebuild();
}

void TemplatePicker::rebuild()
{
    const std::optional<TemplateDefinition> previous = currentTemplate();
    const QString chosenLanguage = m_language->currentData().toString();
    const QSignalBlocker blockLanguage(m_language);
    m_language->clear();
    m_language->addItem(tr("All languages"), QString());
    QStringList languages;
    for (const TemplateDefinition &definition : std::as_const(m_templates)) {
        if (!languages.contains(definition.language))
            languages.append(definition.language);
    }
    languages.sort();
    for (const QString &language : std::as_const(languages)) {
        const QLocale locale(language);
        const QString name = locale.language() == QLocale::C
            ? language
            : tr("%1 (%2)", "language name (code)")
                  .arg(QLocale::languageToString(locale.language()), language);
        m_language->addItem(name, language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenLanguage)));

    QSignalBlocker blockList(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const TemplateDefinition &definition = m_templates[i];
        const bool sendable = TemplateSendCheck::isSendable(definition);
        const QString reason = TemplateSendCheck::unsendableReason(definition);
        const QString title =
            tr("%1  ·  %2  ·  %3", "template name, language, category")
                .arg(definition.name, definition.language, categoryLabel(definition.category));
        const QString second =
            sendable ? WhatsAppMarkup::toPlainText(definition.body.text).simplified() : reason;
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + second, m_list);
        item->setData(kIndexRole, int(i));
        using D = TemplateListDelegate;
        item->setData(D::NameRole, definition.name);
        item->setData(D::MetaRole,
                      tr("%1  ·  %2", "template language, category")
                          .arg(definition.language, categoryLabel(definition.category)));
        item->setData(D::SubtitleRole, second);
        item->setData(D::SendableRole, sendable);
        item->setToolTip(sendable ? WhatsAppMarkup::toPlainText(definition.body.text) : reason);
        if (!sendable) // greyed and unselectable; the reason stays readable in the row
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    }
    applyFilters();
    // A refresh keeps the agent's choice unless the template went away or can no longer be sent.
    if (previous) {
        QListWidgetItem *again = itemFor(previous->name, previous->language);
        if (again && !again->isHidden() && (again->flags() & Qt::ItemIsSelectable)) {
            m_list->setCurrentItem(again);
            again->setSelected(true);
        }
        if (const std::optional<TemplateDefinition> now = currentTemplate()) {
            if (!(*now == *previous)) {
                Q_EMIT templateSelected(*now);
            }
        } else {
            Q_EMIT selectionCleared();
        }
    }
}

void TemplatePicker::applyFilters()
{
    const QString needle = m_search->text().trimmed();
    const QString language = m_language->currentData().toString();
    const int category = m_category->currentData().toInt();
    int shown = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const TemplateDefinition &definition = m_templates[item->data(kIndexRole).toInt()];
        const bool visible =
            (needle.isEmpty() || searchable(definition).contains(needle, Qt::CaseInsensitive))
            && (language.isEmpty() || definition.language == language)
            && (category < 0 || int(definition.category) == category);
        item->setHidden(!visible);
        shown += visible ? 1 : 0;
    }
    if (!m_list->selectedItems().isEmpty() && m_list->selectedItems().constFirst()->isHidden())
        clearSelection();
    m_empty->setText(m_templates.isEmpty()
                         ? tr("No templates yet. Create them in WhatsApp Manager and refresh.")
                         : tr("No template matches the search and filters."));
    m_empty->setVisible(shown == 0);
}

void TemplatePicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void TemplatePicker::setLanguageFilter(const QString &languageCode)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageCode)));
}

void TemplatePicker::setCategoryFilter(std::optional<TemplateCategory> category)
{
    m_category->setCurrentIndex(std::max(0, m_category->findData(category ? int(*category) : -1)));
}

QList<TemplateDefinition> TemplatePicker::visibleTemplates() const
{
    QList<TemplateDefinition> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item->isHidden())
            out.append(m_templates[item->data(kIndexRole).toInt()]);
    }
    return out;
}

std::optional<TemplateDefinition> TemplatePicker::currentTemplate() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    const QListWidgetItem *item = selected.isEmpty() ? nullptr : selected.constFirst();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsSelectable))
        return std::nullopt;
    return m_templates[item->data(kIndexRole).toInt()];
}

QListWidgetItem *TemplatePicker::itemFor(const QString &name, const QString &language) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const TemplateDefinition &definition = m_templates[item->data(kIndexRole).toInt()];
        if (definition.name == name && definition.language == language)
            return item;
    }
    return nullptr;
}

bool TemplatePicker::isSelectable(const QString &name, const QString &language) const
{
    const QListWidgetItem *item = itemFor(name, language);
    return item && (item->flags() & Qt::ItemIsSelectable) && (item->flags() & Qt::ItemIsEnabled);
}

QString TemplatePicker::rowToolTip(const QString &name, const QString &language) const
{
    const QListWidgetItem *item = itemFor(name, language);
    return item ? item->toolTip() : QString();
}

bool TemplatePicker::selectTemplate(const QString &name, const QString &language)
{
    QListWidgetItem *item = itemFor(name, language);
    if (!item || item->isHidden() || !isSelectable(name, language))
        return false;
    m_list->setCurrentItem(item);
    item->setSelected(true);
    return currentTemplate().has_value();
}

void TemplatePicker::clearSelection()
{
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
}

void TemplatePicker::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void TemplatePicker::onCurrentChanged()
{
    if (const std::optional<TemplateDefinition> chosen = currentTemplate())
        Q_EMIT templateSelected(*chosen);
    else
        Q_EMIT selectionCleared();
}

} // namespace sb

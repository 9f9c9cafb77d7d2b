#pragma once

#include "Template.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace sb {

// Finds the template to send: search over name and text, language and category filters, and
// every template with its status. Templates that cannot be sent (paused, rejected, disabled,
// pending...) stay listed but greyed and unselectable, with the reason beside them.
class TemplatePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePicker)

public:
    explicit TemplatePicker(QWidget *parent = nullptr);

    void setTemplates(const QList<TemplateDefinition> &templates);
    const QList<TemplateDefinition> &templates() const { return m_templates; }

    void setSearchText(const QString &text);
    // Empty shows every language.
    void setLanguageFilter(const QString &languageCode);
    void setCategoryFilter(std::optional<TemplateCategory> category);

    // The templates the filters let through, in list order (sendable first).
    QList<TemplateDefinition> visibleTemplates() const;
    std::optional<TemplateDefinition> currentTemplate() const;
    // Selects a template by name and language; false when it is missing, filtered out or
    // cannot be sent.
    bool selectTemplate(const QString &name, const QString &language);
    // Whether the list row of a template can be selected (false for paused, rejected...).
    bool isSelectable(const QString &name, const QString &language) const;
    QString rowToolTip(const QString &name, const QString &language) const;
    void clearSelection();
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

    static QString categoryLabel(TemplateCategory category);

Q_SIGNALS:
    void templateSelected(const sb::TemplateDefinition &definition);
    void selectionCleared();

private:
    void rebuild();
    void applyFilters();
    void onCurrentChanged();
    QListWidgetItem *itemFor(const QString &name, const QString &language) const;

    QLineEdit *m_search = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_category = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QList<TemplateDefinition> m_templates;
};

} // namespace sb

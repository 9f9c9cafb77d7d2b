#pragma once

#include "ComposerContact.h"
#include "ServiceWindow.h"
#include "Template.h"
#include "TemplateContent.h"
#include "TemplateRenderer.h"
#include "TemplateSendCheck.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace sb {

class Clock;
struct Message;
class TemplatePreview;

// Fills one template: a field per variable (positional {{1}} or named), the header media,
// text or location, and URL or code button parameters, with the rendered preview updating as
// the agent types and TemplateSendCheck's problems shown inline. Shows the category and the
// contact's opt-in state, and refuses marketing to a contact who opted out (spec §11).
//
// Field keys: "header.<var>", "body.<var>" (var = "1" or the name), "button.<index>",
// "header.link" (media link), "location.latitude|longitude|name|address".
class TemplateForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateForm)

public:
    explicit TemplateForm(QWidget *parent = nullptr);

    void setClock(const Clock *clock);
    void setContact(const ComposerContact &contact);
    void setWindowState(const WindowState &state);
    void setTemplate(const TemplateDefinition &definition);
    void clear();
    bool hasTemplate() const { return m_hasTemplate; }
    const TemplateDefinition &definition() const { return m_definition; }
    // Offers a way back to free text (only while the window is open).
    void setBackVisible(bool visible);

    QStringList fieldKeys() const;
    QLineEdit *field(const QString &key) const;
    bool setFieldValue(const QString &key, const QString &value);
    // A local file for a media header, checked at once against the header's kind; false (with
    // the reason in headerMediaMessage()) when refused.
    bool setHeaderMediaFile(const QString &localPath);
    QString headerMediaPath() const { return m_mediaPath; }
    QString headerMediaMessage() const;

    // What would be sent now, its preview and the problems still in the way.
    TemplateContent content() const;
    RenderedTemplate rendered() const;
    QList<TemplateSendProblem> problems() const;
    QString problemText() const;
    // Why sending is refused regardless of the fields (marketing to an opted-out contact).
    QString refusal() const;
    QString optInText() const;
    QString categoryText() const;
    TemplatePreview *preview() const { return m_preview; }
    bool canSend() const;
    bool send();

Q_SIGNALS:
    void sendRequested(const sb::Message &message, const QString &headerMediaPath);
    void backRequested();

private:
    struct Field
    {
        QString key;
        QString label;
        QLineEdit *edit = nullptr;
    };

    void rebuildFields();
    void addField(const QString &key, const QString &label, const QString &example);
    void addMediaRow();
    void chooseHeaderFile();
    void refresh();
    void updateContactLine();
    QString valueOf(const QString &key) const;
    TemplateContent build(QHash<QString, QString> *labels) const;
    QString formatDate(const QDateTime &when) const;

    const Clock *m_clock = nullptr;
    ComposerContact m_contact;
    WindowState m_window;
    TemplateDefinition m_definition;
    bool m_hasTemplate = false;
    QList<Field> m_fields;
    QString m_mediaPath;
    MediaContent m_mediaFile; // kind, MIME type and size of the checked header file
    QString m_mediaMessage;

    QLabel *m_title = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_contactLine = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_formArea = nullptr;
    QLabel *m_mediaName = nullptr;
    QLabel *m_mediaStatus = nullptr;
    TemplatePreview *m_preview = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_send = nullptr;
    QToolButton *m_back = nullptr;
};

} // namespace sb

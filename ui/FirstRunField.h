#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace sb {

// One line of the connect form: the edit, and under it either a hint or, once the user has typed
// in it (or tried to go on), what is wrong with it. Checked on every keystroke.
class FirstRunField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunField)

public:
    using Check = std::function<std::optional<QString>(const QString &)>;

    FirstRunField(const QString &hint, Check check, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    std::optional<QString> problem() const;
    bool isValid() const { return !problem().has_value(); }
    // Shows the problem even if the field was never touched.
    void reveal();
    void setSecret(bool secret);
    QString shownMessage() const;

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QLineEdit *m_edit;
    QLabel *m_message;
    QString m_hint;
    Check m_check;
    bool m_touched = false;
};

} // namespace sb

#include "FirstRunField.h"

#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace sb {

FirstRunField::FirstRunField(const QString &hint, Check check, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_hint(hint)
    , m_check(std::move(check))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    QFont small = m_message->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_message->setFont(small);
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        refresh();
        Q_EMIT changed();
    });
    refresh();
}

QString FirstRunField::text() const
{
    return m_edit->text().trimmed();
}

void FirstRunField::setText(const QString &text)
{
    m_edit->setText(text);
    refresh();
    Q_EMIT changed();
}

std::optional<QString> FirstRunField::problem() const
{
    return m_check(m_edit->text());
}

void FirstRunField::reveal()
{
    m_touched = true;
    refresh();
}

void FirstRunField::setSecret(bool secret)
{
    m_edit->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
}

QString FirstRunField::shownMessage() const
{
    return m_message->text();
}

void FirstRunField::refresh()
{
    const auto found = problem();
    const bool showProblem = found && m_touched;
    m_message->setText(showProblem ? *found : m_hint);
    m_message->setVisible(!m_message->text().isEmpty());
    updateGeometry();
    // Errors in a calm red, hints in the palette's secondary text colour.
    m_message->setStyleSheet(showProblem ? QStringLiteral("color: #c62828;")
                                         : QStringLiteral("color: #6b7378;"));
    m_edit->setStyleSheet(showProblem ? QStringLiteral("QLineEdit { border: 1px solid #e57373; "
                                                       "border-radius: 3px; padding: 2px; }")
                                      : QString());
    m_edit->setProperty("invalid", showProblem);
}

} // namespace sb

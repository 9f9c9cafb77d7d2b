#pragma once

#include "TemplateRenderer.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace sb {

// The template as the customer will see it: a chat bubble with header, body, footer and
// buttons. Variables still without a value stay visible as written and are highlighted.
class TemplatePreview final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    // `mediaCaption` names a header file chosen locally (it has no link until uploaded).
    void showRendered(const RenderedTemplate &rendered, const QString &mediaCaption = {});
    void clear();

    // The visible texts, for tests and accessibility.
    QString headerText() const;
    QString bodyText() const;
    QString footerText() const;
    QStringList buttonLabels() const;

private:
    QLabel *m_header = nullptr;
    QLabel *m_media = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_footer = nullptr;
    QWidget *m_buttons = nullptr;
    QVBoxLayout *m_buttonLayout = nullptr;
    RenderedTemplate m_rendered;
};

} // namespace sb

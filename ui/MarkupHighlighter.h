#pragma once

#include "WhatsAppMarkup.h"

#include <QList>
#include <QString>
#include <QSyntaxHighlighter>

namespace sb {

// Live formatting preview inside the composer's editor: *bold*, _italic_, ~strike~ and code
// are styled as WhatsApp will show them while the markers stay visible (dimmed), so the agent
// keeps editing the exact text that is sent.
class MarkupHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkupHighlighter)

public:
    explicit MarkupHighlighter(QTextDocument *document);

    // Re-reads the whole text. A marker typed on one line can change another (``` blocks), so
    // every block is restyled when the spans change.
    void refresh();
    const QList<MarkupSpan> &spans() const { return m_spans; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat formatFor(MarkupStyles styles) const;

    QString m_text;
    QList<MarkupSpan> m_spans;
    bool m_refreshing = false;
};

} // namespace sb

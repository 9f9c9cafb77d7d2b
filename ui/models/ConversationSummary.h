#pragma once

#include "ServiceWindow.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sb {

// One inbox row as the conversation list shows it. The composition root fills it from the store
// (ConversationRecord + contact + business number), so the UI never links the store.
struct ConversationSummary
{
    qint64 id = 0;
    QString contactName; // profile name; may be empty
    QString contactPhone; // the customer's number as displayed
    QString businessNumberLabel; // display number of OUR number the conversation belongs to
    QString lastPreview; // plain text, already stripped of markup
    QDateTime lastMessageAt; // UTC
    bool lastFromCustomer = false; // the customer wrote last: somebody owes an answer
    int unread = 0;
    QString assignee; // agent name; empty when unassigned
    QStringList labels;
    WindowInputs window;
    bool optedOutMarketing = false;

    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

} // namespace sb

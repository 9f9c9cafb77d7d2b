#pragma once

#include "ComposerContact.h"
#include "ConversationSummary.h"

#include <QList>
#include <QObject>

#include <optional>

namespace sb {

class ConversationListModel;
class Database;

// Feeds the inbox's conversation list from the store: everything at start, then only the
// conversations a committed webhook batch or a send touched.
class InboxFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFeed)

public:
    // `database` and `model` must outlive the feed. `businessNumberLabel` names our number.
    InboxFeed(Database &database, ConversationListModel *model, QString businessNumberLabel,
              QObject *parent = nullptr);

    void reloadAll();
    void refresh(const QList<qint64> &conversationIds);

    std::optional<ConversationSummary> summary(qint64 conversationId);
    // Who the composer writes to, with the consent state it shows and enforces.
    std::optional<ComposerContact> composerContact(qint64 conversationId);

private:
    Database &m_db;
    ConversationListModel *m_model;
    QString m_businessNumberLabel;
};

} // namespace sb

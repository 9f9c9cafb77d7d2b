#pragma once

#include "ComposerContact.h"
#include "ConversationSummary.h"

#include <QList>
#include <QObject>

#include <optional>

namespace sb {

class ConversationListModel;
class InboxService;

// Feeds the inbox's conversation list from the inbox service: everything at start, then only the
// conversations the service says changed (a committed webhook batch, a send, a read).
class InboxFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxFeed)

public:
    // `service` and `model` must outlive the feed. Follows service.conversationsChanged().
    InboxFeed(InboxService &service, ConversationListModel *model, QObject *parent = nullptr);

    void reloadAll();
    void refresh(const QList<qint64> &conversationIds);

    std::optional<ConversationSummary> summary(qint64 conversationId);
    // Who the composer writes to, with the consent state it shows and enforces.
    std::optional<ComposerContact> composerContact(qint64 conversationId);

    static constexpr int InboxRows = 2000;

private:
    InboxService &m_service;
    ConversationListModel *m_model;
};

} // namespace sb

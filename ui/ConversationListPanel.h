#pragma once

#include "ConversationFilterModel.h"

#include <QTimer>
#include <QWidget>

#include <chrono>

class QLineEdit;
class QTabBar;
class QToolButton;

namespace sb {

class Clock;
class ConversationListModel;
class ConversationListView;

// The inbox column: view tabs (All, Needs reply, Closing soon, Closed, Unread, Mine), a search
// box and the conversation list. The search filters the loaded rows at once and asks the
// composition root, debounced, for the store's full-text matches (setTextMatches()).
class ConversationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListPanel)

public:
    using View = ConversationFilterModel::View;

    explicit ConversationListPanel(QWidget *parent = nullptr);

    // The model is not owned and must outlive the panel.
    void setSourceModel(ConversationListModel *model);
    ConversationFilterModel *filterModel() const { return m_filter; }
    ConversationListView *listView() const { return m_list; }

    void setView(View view);
    View view() const { return m_filter->view(); }
    void setSortMode(ConversationFilterModel::SortMode mode);
    void setAgentName(const QString &name);
    // Turn on when more than one business number is connected.
    void setShowBusinessNumber(bool show);
    // For time labels; nullptr means the system clock. The model has its own setClock().
    void setClock(const Clock *clock);
    // The store's full-text answer to searchRequested(query).
    void setTextMatches(const QSet<qint64> &conversationIds, const QString &query);
    void setSearchDebounce(std::chrono::milliseconds delay);
    void focusSearch();
    // Selects `conversationId` and activates it as if the agent had clicked it (e.g. from a
    // notification); when the current view or search hides it, switches to All and clears the
    // search first. Returns false when the conversation is not listed at all.
    bool openConversation(qint64 conversationId);

Q_SIGNALS:
    // Debounced search text (also sent at once on Enter); empty when the box was cleared.
    void searchRequested(const QString &text);
    void conversationActivated(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSearchEdited(const QString &text);
    void requestSearch();
    void updateEmptyText();
    void retranslate();

    ConversationFilterModel *m_filter;
    QTabBar *m_tabs;
    QLineEdit *m_search;
    QToolButton *m_sort;
    ConversationListView *m_list;
    QTimer m_searchDebounce;
    QString m_lastRequested;
};

} // namespace sb

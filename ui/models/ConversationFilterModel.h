#pragma once

#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace sb {

class ConversationListModel;

// The inbox views over ConversationListModel: a view (All, Needs reply, ...), a search box and the
// order. Filtering reads the source model's roles; sorting reads the keys ConversationListModel
// keeps per row (the roles of any other source). Either way the proxy re-sorts a row exactly when
// the source reports it changed (e.g. at its window's deadline).
class ConversationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationFilterModel)

public:
    enum class View {
        All,
        NeedsReply, // the customer wrote last
        ClosingSoon, // window open, within the closing-soon threshold
        Closed, // templates only: window closed or never opened
        Unread,
        Mine, // assigned to agentName()
    };
    Q_ENUM(View)

    enum class SortMode {
        TimeLeft, // open windows soonest deadline first, then closed ones most recent first
        LastMessage, // newest message first
    };
    Q_ENUM(SortMode)

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setView(View view);
    View view() const { return m_view; }
    void setSortMode(SortMode mode);
    SortMode sortMode() const { return m_sortMode; }
    // The signed-in agent, for the Mine view (compared case-insensitively).
    void setAgentName(const QString &name);
    QString agentName() const { return m_agentName; }

    // Local search over name, phone and preview; case-insensitive. A query made only of digits and
    // phone punctuation also matches the phone number's digits ("+49 151" finds "4915112345").
    // Changing the text forgets the previous full-text matches.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Conversations the store's full-text search found for `query`, shown in addition to the local
    // matches. An answer for a query other than the current search text is stale and ignored;
    // an empty `query` applies the ids to the current text.
    void setTextMatches(const QSet<qint64> &conversationIds, const QString &query = QString());
    QSet<qint64> textMatches() const { return m_textMatches; }

    qint64 conversationId(int proxyRow) const;
    int proxyRowOf(qint64 conversationId) const; // -1 when absent or filtered out

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool viewAccepts(const QModelIndex &index) const;
    bool searchAccepts(const QModelIndex &index) const;

    // Set when the source is a ConversationListModel: lessThan() then reads its cached integer
    // keys directly; any other source is compared through its roles.
    QPointer<const ConversationListModel> m_conversations;
    View m_view = View::All;
    SortMode m_sortMode = SortMode::TimeLeft;
    QString m_agentName;
    QString m_searchText;
    QString m_searchDigits; // set when the query looks like a phone number
    QSet<qint64> m_textMatches;
};

} // namespace sb

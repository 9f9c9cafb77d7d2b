#include "ConversationFilterModel.h"

#include "ConversationListModel.h"

namespace sb {

namespace {

using Role = ConversationListModel::Role;

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar ch : text) {
        if (ch.isDigit())
            digits += ch;
    }
    return digits;
}

// "+49 (151) 123-45" is a phone query; "order 42" is not.
bool looksLikePhone(QStringView text)
{
    bool anyDigit = false;
    for (const QChar ch : text) {
        if (ch.isDigit())
            anyDigit = true;
        else if (!ch.isSpace() && ch != u'+' && ch != u'-' && ch != u'(' && ch != u')' && ch != u'.'
                 && ch != u'/')
            return false;
    }
    return anyDigit;
}

} // namespace

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void ConversationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_conversations = qobject_cast<const ConversationListModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ConversationFilterModel::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    invalidateFilter();
}

void ConversationFilterModel::setSortMode(SortMode mode)
{
    if (mode == m_sortMode)
        return;
    m_sortMode = mode;
    invalidate();
}

void ConversationFilterModel::setAgentName(const QString &name)
{
    if (name == m_agentName)
        return;
    m_agentName = name;
    if (m_view == View::Mine)
        invalidateFilter();
}

void ConversationFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    m_searchDigits = looksLikePhone(trimmed) ? digitsOf(trimmed) : QString();
    m_textMatches.clear();
    invalidateFilter();
}

void ConversationFilterModel::setTextMatches(const QSet<qint64> &conversationIds,
                                             const QString &query)
{
    if (!query.isNull() && query.trimmed() != m_searchText)
        return; // the answer to a query the agent has already typed past
    if (conversationIds == m_textMatches)
        return;
    m_textMatches = conversationIds;
    if (!m_searchText.isEmpty())
        invalidateFilter();
}

qint64 ConversationFilterModel::conversationId(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return 0;
    return index(proxyRow, 0).data(Role::IdRole).toLongLong();
}

int ConversationFilterModel::proxyRowOf(qint64 conversationId) const
{
    const auto *source = qobject_cast<const ConversationListModel *>(sourceModel());
    if (source) {
        const int sourceRow = source->rowOf(conversationId);
        if (sourceRow < 0)
            return -1;
        return mapFromSource(source->index(sourceRow)).row();
    }
    for (int row = 0; row < rowCount(); ++row) {
        if (this->conversationId(row) == conversationId)
            return row;
    }
    return -1;
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return viewAccepts(index) && searchAccepts(index);
}

bool ConversationFilterModel::viewAccepts(const QModelIndex &index) const
{
    switch (m_view) {
    case View::All:
        return true;
    case View::NeedsReply:
        return index.data(Role::NeedsReplyRole).toBool();
    case View::ClosingSoon:
        return index.data(Role::WindowPhaseRole).value<WindowPhase>() == WindowPhase::ClosingSoon;
    case View::Closed: {
        const auto phase = index.data(Role::WindowPhaseRole).value<WindowPhase>();
        return phase == WindowPhase::Closed || phase == WindowPhase::Never;
    }
    case View::Unread:
        return index.data(Role::UnreadRole).toInt() > 0;
    case View::Mine:
        return !m_agentName.isEmpty()
            && index.data(Role::AssigneeRole).toString().compare(m_agentName, Qt::CaseInsensitive)
            == 0;
    }
    return true;
}

bool ConversationFilterModel::searchAccepts(const QModelIndex &index) const
{
    if (m_searchText.isEmpty())
        return true;
    if (!m_textMatches.isEmpty() && m_textMatches.contains(index.data(Role::IdRole).toLongLong()))
        return true;
    const QString phone = index.data(Role::ContactPhoneRole).toString();
    if (!m_searchDigits.isEmpty() && digitsOf(phone).contains(m_searchDigits))
        return true;
    const auto contains = [this](const QString &field) {
        return field.contains(m_searchText, Qt::CaseInsensitive);
    };
    return contains(index.data(Role::ContactNameRole).toString()) || contains(phone)
        || contains(index.data(Role::LastPreviewRole).toString());
}

bool ConversationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_conversations) {
        // Same order as the role comparison below, from the keys the model keeps per row.
        const int l = left.row();
        const int r = right.row();
        if (m_sortMode == SortMode::TimeLeft) {
            const qint64 a = m_conversations->sortKey(l);
            const qint64 b = m_conversations->sortKey(r);
            if (a != b)
                return a < b;
        } else {
            const qint64 a = m_conversations->lastMessageMs(l);
            const qint64 b = m_conversations->lastMessageMs(r);
            if (a != b)
                return a > b; // ConversationListModel::LastMessageNever is the smallest value
        }
        return m_conversations->conversationIdAt(l) < m_conversations->conversationIdAt(r);
    }
    if (m_sortMode == SortMode::TimeLeft) {
        const qint64 a = left.data(Role::SortKeyRole).toLongLong();
        const qint64 b = right.data(Role::SortKeyRole).toLongLong();
        if (a != b)
            return a < b;
    } else {
        const QDateTime a = left.data(Role::LastMessageAtRole).toDateTime();
        const QDateTime b = right.data(Role::LastMessageAtRole).toDateTime();
        if (a != b) {
            if (!a.isValid() || !b.isValid())
                return a.isValid(); // rows without any message sink to the bottom
            return a > b;
        }
    }
    // A total order keeps equal keys from swapping places on every re-sort.
    return left.data(Role::IdRole).toLongLong() < right.data(Role::IdRole).toLongLong();
}

} // namespace sb

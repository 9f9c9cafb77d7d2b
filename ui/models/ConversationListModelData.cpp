// ConversationListModel: what each role answers (the row bookkeeping is in
// ConversationListModel.cpp).
#include "ConversationListModel.h"

#include <QLocale>

#include <algorithm>

namespace sb {

namespace {

// SortKey tiers: open windows by deadline, then closed ones (most recently closed first), then
// conversations the customer never opened. Each tier spans 2^52 ms (about 142,000 years).
constexpr qint64 TierSpan = qint64(1) << 52;

qint64 tierKey(int tier, qint64 value)
{
    return tier * TierSpan + std::clamp<qint64>(value, 0, TierSpan - 1);
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ConversationSummary &c = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        return c.contactName.isEmpty() ? c.contactPhone : c.contactName;
    case IdRole:
        return c.id;
    case ContactNameRole:
        return c.contactName;
    case ContactPhoneRole:
        return c.contactPhone;
    case BusinessNumberRole:
        return c.businessNumberLabel;
    case LastPreviewRole:
        return c.lastPreview;
    case LastMessageAtRole:
        return c.lastMessageAt;
    case LastFromCustomerRole:
    case NeedsReplyRole:
        return c.lastFromCustomer;
    case UnreadRole:
        return c.unread;
    case AssigneeRole:
        return c.assignee;
    case LabelsRole:
        return c.labels;
    case OptedOutMarketingRole:
        return c.optedOutMarketing;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case WindowPhaseRole:
    case WindowDeadlineRole:
    case WindowRemainingMsRole:
    case WindowClosedForMsRole:
    case FreeEntryPointActiveRole:
    case FreeEntryPointUntilRole:
    case WindowTextRole:
    case SortKeyRole:
        return windowData(row, role);
    default:
        return {};
    }
}

qint64 ConversationListModel::sortKeyOf(const WindowState &state,
                                        const ConversationSummary &summary)
{
    switch (state.phase) {
    case WindowPhase::Open:
    case WindowPhase::ClosingSoon:
        return tierKey(0, state.deadline.toMSecsSinceEpoch());
    case WindowPhase::Closed:
        return tierKey(1, TierSpan - 1 - state.deadline.toMSecsSinceEpoch());
    case WindowPhase::Never:
        break;
    }
    return tierKey(2,
                   summary.lastMessageAt.isValid()
                       ? TierSpan - 1 - summary.lastMessageAt.toMSecsSinceEpoch()
                       : TierSpan - 1);
}

QVariant ConversationListModel::windowData(const Row &row, int role) const
{
    const ConversationSummary &c = row.summary;
    // Evaluated on every call: a handful of integer comparisons, and always exact to the ms.
    const WindowState state = evaluate(c.window);
    switch (role) {
    case WindowPhaseRole:
        return QVariant::fromValue(state.phase);
    case WindowDeadlineRole:
        return state.deadline;
    case WindowRemainingMsRole:
        return qint64(state.remaining.count());
    case WindowClosedForMsRole:
        return qint64(state.closedFor.count());
    case FreeEntryPointActiveRole:
        return state.freeEntryPointActive;
    case FreeEntryPointUntilRole:
        return state.freeEntryPointUntil.value_or(QDateTime());
    case WindowTextRole:
        return ServiceWindow::formatRemaining(state, m_secondsDisplay);
    case SortKeyRole:
        return sortKeyOf(state, c);
    case Qt::ToolTipRole: {
        QString text;
        switch (state.phase) {
        case WindowPhase::Open:
        case WindowPhase::ClosingSoon:
            text = tr("Customer-service window open until %1").arg(localTime(state.deadline));
            break;
        case WindowPhase::Closed:
            text = tr("Customer-service window closed at %1: approved templates only")
                       .arg(localTime(state.deadline));
            break;
        case WindowPhase::Never:
            text = tr("The customer has not written yet: approved templates only");
            break;
        }
        if (state.freeEntryPointActive && state.freeEntryPointUntil)
            text += QLatin1Char('\n')
                + tr("Free entry point: messages are free until %1")
                      .arg(localTime(*state.freeEntryPointUntil));
        return text;
    }
    case Qt::AccessibleTextRole: {
        const QString name = c.contactName.isEmpty() ? c.contactPhone : c.contactName;
        const QString window = state.phase == WindowPhase::Never ? tr("templates only")
            : state.phase == WindowPhase::Closed
            ? ServiceWindow::formatRemaining(state, m_secondsDisplay)
            : tr("window closes in %1")
                  .arg(ServiceWindow::formatRemaining(state, m_secondsDisplay));
        QString text = tr("%1, %2").arg(name, window);
        if (c.unread > 0)
            text += QStringLiteral(", ") + tr("%n unread", "messages", c.unread);
        if (c.lastFromCustomer)
            text += QStringLiteral(", ") + tr("needs a reply");
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(ContactNameRole, "contactName");
    names.insert(ContactPhoneRole, "contactPhone");
    names.insert(BusinessNumberRole, "businessNumber");
    names.insert(LastPreviewRole, "lastPreview");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(LastFromCustomerRole, "lastFromCustomer");
    names.insert(UnreadRole, "unread");
    names.insert(AssigneeRole, "assignee");
    names.insert(LabelsRole, "labels");
    names.insert(OptedOutMarketingRole, "optedOutMarketing");
    names.insert(WindowPhaseRole, "windowPhase");
    names.insert(WindowDeadlineRole, "windowDeadline");
    names.insert(WindowRemainingMsRole, "windowRemainingMs");
    names.insert(WindowClosedForMsRole, "windowClosedForMs");
    names.insert(FreeEntryPointActiveRole, "freeEntryPointActive");
    names.insert(FreeEntryPointUntilRole, "freeEntryPointUntil");
    names.insert(WindowTextRole, "windowText");
    names.insert(NeedsReplyRole, "needsReply");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

} // namespace sb

#include "ConversationListPanel.h"

#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "ConversationListView.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace sb {

namespace {

constexpr int DefaultDebounceMs = 250;
constexpr std::array TabViews{
    ConversationFilterModel::View::All,         ConversationFilterModel::View::NeedsReply,
    ConversationFilterModel::View::ClosingSoon, ConversationFilterModel::View::Closed,
    ConversationFilterModel::View::Unread,      ConversationFilterModel::View::Mine};

int tabOf(ConversationFilterModel::View view)
{
    const auto at = std::find(TabViews.begin(), TabViews.end(), view);
    return static_cast<int>(at - TabViews.begin());
}

} // namespace

ConversationListPanel::ConversationListPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new ConversationFilterModel(this))
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QToolButton(this))
    , m_list(new ConversationListView(this))
{
    setObjectName(QStringLiteral("conversationListPanel"));
    m_tabs->setObjectName(QStringLiteral("conversationViews"));
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    for (std::size_t i = 0; i < TabViews.size(); ++i)
        m_tabs->addTab(QString());

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setClearButtonEnabled(true);

    m_sort->setObjectName(QStringLiteral("conversationSort"));
    m_sort->setPopupMode(QToolButton::InstantPopup);
    m_sort->setAutoRaise(true);
    auto *menu = new QMenu(m_sort);
    auto *group = new QActionGroup(menu);
    const auto addSort = [&](ConversationFilterModel::SortMode mode, const char *name) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(mode == m_filter->sortMode());
        action->setData(QVariant::fromValue(mode));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setSortMode(mode); });
    };
    addSort(ConversationFilterModel::SortMode::TimeLeft, "sortTimeLeft");
    addSort(ConversationFilterModel::SortMode::LastMessage, "sortLastMessage");
    m_sort->setMenu(menu);

    m_list->setModel(m_filter);

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(8, 6, 4, 2);
    searchRow->setSpacing(4);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_sort);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(searchRow);
    layout->addWidget(m_tabs);
    layout->addWidget(m_list, 1);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(DefaultDebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &ConversationListPanel::requestSearch);
    connect(m_search, &QLineEdit::textChanged, this, &ConversationListPanel::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &ConversationListPanel::requestSearch);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        if (tab >= 0 && tab < static_cast<int>(TabViews.size()))
            setView(TabViews.at(static_cast<std::size_t>(tab)));
    });
    connect(m_list, &ConversationListView::conversationActivated, this,
            &ConversationListPanel::conversationActivated);
    retranslate();
}

void ConversationListPanel::setSourceModel(ConversationListModel *model)
{
    m_filter->setSourceModel(model);
}

void ConversationListPanel::setView(View view)
{
    m_filter->setView(view);
    const int tab = tabOf(view);
    if (m_tabs->currentIndex() != tab)
        m_tabs->setCurrentIndex(tab);
    updateEmptyText();
}

void ConversationListPanel::setSortMode(ConversationFilterModel::SortMode mode)
{
    m_filter->setSortMode(mode);
    const auto actions = m_sort->menu()->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().value<ConversationFilterModel::SortMode>() == mode);
}

void ConversationListPanel::setAgentName(const QString &name)
{
    m_filter->setAgentName(name);
    updateEmptyText();
}

void ConversationListPanel::setShowBusinessNumber(bool show)
{
    m_list->conversationDelegate()->setShowBusinessNumber(show);
    m_list->viewport()->update();
}

void ConversationListPanel::setClock(const Clock *clock)
{
    m_list->conversationDelegate()->setClock(clock);
    m_list->viewport()->update();
}

void ConversationListPanel::setTextMatches(const QSet<qint64> &conversationIds,
                                           const QString &query)
{
    m_filter->setTextMatches(conversationIds, query);
}

void ConversationListPanel::setSearchDebounce(std::chrono::milliseconds delay)
{
    m_searchDebounce.setInterval(static_cast<int>(std::max<qint64>(0, delay.count())));
}

void ConversationListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ConversationListPanel::openConversation(qint64 conversationId)
{
    const auto *source = qobject_cast<const ConversationListModel *>(m_filter->sourceModel());
    if (!source || source->rowOf(conversationId) < 0)
        return false;
    if (m_filter->proxyRowOf(conversationId) < 0) {
        m_search->clear();
        setView(View::All);
    }
    m_list->selectConversation(conversationId);
    Q_EMIT conversationActivated(conversationId);
    return true;
}

void ConversationListPanel::onSearchEdited(const QString &text)
{
    m_filter->setSearchText(text); // local rows answer at once
    updateEmptyText();
    m_searchDebounce.start();
}

void ConversationListPanel::requestSearch()
{
    m_searchDebounce.stop();
    const QString text = m_search->text().trimmed();
    if (text == m_lastRequested)
        return;
    m_lastRequested = text;
    Q_EMIT searchRequested(text);
}

void ConversationListPanel::updateEmptyText()
{
    QString text;
    if (!m_filter->searchText().isEmpty()) {
        text = tr("No conversations match “%1”.").arg(m_filter->searchText());
    } else {
        switch (m_filter->view()) {
        case View::All:
            text = tr("No conversations yet. They appear here when customers write.");
            break;
        case View::NeedsReply:
            text = tr("Nobody is waiting for a reply.");
            break;
        case View::ClosingSoon:
            text = tr("No customer-service windows are closing soon.");
            break;
        case View::Closed:
            text = tr("No conversations are limited to templates.");
            break;
        case View::Unread:
            text = tr("No unread conversations.");
            break;
        case View::Mine:
            text = m_filter->agentName().isEmpty()
                ? tr(
                    "Set your name in Edit › Preferences to see the conversations assigned to you.")
                : tr("No conversations are assigned to you.");
            break;
        }
    }
    m_list->setEmptyText(text);
}

void ConversationListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConversationListPanel::retranslate()
{
    m_tabs->setTabText(tabOf(View::All), tr("All", "conversation view"));
    m_tabs->setTabText(tabOf(View::NeedsReply), tr("Needs reply", "conversation view"));
    m_tabs->setTabText(tabOf(View::ClosingSoon), tr("Closing soon", "conversation view"));
    m_tabs->setTabText(tabOf(View::Closed), tr("Closed", "conversation view"));
    m_tabs->setTabText(tabOf(View::Unread), tr("Unread", "conversation view"));
    m_tabs->setTabText(tabOf(View::Mine), tr("Mine", "conversation view"));
    m_tabs->setTabToolTip(tabOf(View::NeedsReply),
                          tr("Conversations where the customer wrote last"));
    m_tabs->setTabToolTip(tabOf(View::ClosingSoon),
                          tr("Customer-service windows about to close: reply while free-form "
                             "messages are still allowed"));
    m_tabs->setTabToolTip(
        tabOf(View::Closed),
        tr("Windows closed or never opened: only approved templates can be sent"));
    m_search->setPlaceholderText(tr("Search names, numbers and messages"));
    m_sort->setText(tr("Sort", "conversation list order"));
    m_sort->setToolTip(tr("Order of the conversation list"));
    const auto actions = m_sort->menu()->actions();
    for (QAction *action : actions) {
        const auto mode = action->data().value<ConversationFilterModel::SortMode>();
        action->setText(mode == ConversationFilterModel::SortMode::TimeLeft
                            ? tr("Time left in the window")
                            : tr("Latest message"));
    }
    m_list->nextNeedingReplyAction()->setText(tr("Next Conversation &Needing a Reply"));
    m_list->nextConversationAction()->setText(tr("Ne&xt Conversation"));
    m_list->previousConversationAction()->setText(tr("&Previous Conversation"));
    updateEmptyText();
}

} // namespace sb

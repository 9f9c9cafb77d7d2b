// The chat view's behaviour: history requests, scroll anchoring, live appends, clicks on Retry,
// media, links and list buttons, and tooltips.
#include "BubbleStrings.h"
#include "ChatFixtures.h"
#include "ChatView.h"
#include "Clock.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace std::chrono_literals;
using sb::ChatMessage;
using sb::DeliveryState;
using sb::Direction;

namespace {

// Alternating short and long messages, so rows have different heights.
QList<ChatMessage> conversation(qint64 firstId, int count, int firstMinute)
{
    QList<ChatMessage> rows;
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        const QString body = i % 4 == 0
            ? QStringLiteral("Message %1 is a longer one that wraps onto a second or even a "
                             "third line in a view of this width, to vary the heights.")
                  .arg(id)
            : QStringLiteral("Message %1").arg(id);
        rows.append(chatfixtures::text(id, i % 3 ? Direction::Inbound : Direction::Outbound,
                                       firstMinute + i, body));
    }
    return rows;
}

} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestChatView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<sb::ManualClock>(chatfixtures::t0().addSecs(6 * 3600));
        m_model = std::make_unique<sb::MessageListModel>(m_clock.get());
        m_view = std::make_unique<sb::ChatView>(m_clock.get());
        m_view->resize(640, 600);
        m_view->setModel(m_model.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_clock.reset();
    }

    void opensAtTheNewestMessage()
    {
        m_model->prependHistory(conversation(1, 120, 0));
        QCoreApplication::processEvents();
        QVERIFY(m_view->verticalScrollBar()->maximum() > 0);
        QVERIFY(m_view->isAtBottom());
    }

    void scrollingToTheTopRequestsHistoryOnce()
    {
        QSignalSpy requested(m_view.get(), &sb::ChatView::historyRequested);
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        QCOMPARE(requested.size(), 0); // far from the top
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(0);
        bar->setValue(300);
        bar->setValue(0);
        QCoreApplication::processEvents();
        QCOMPARE(requested.size(), 1);
        QVERIFY(m_view->historyRequestPending());

        // Older messages arrive: the next approach to the top asks again.
        m_model->prependHistory(conversation(1, 150, -200));
        QCoreApplication::processEvents();
        QVERIFY(!m_view->historyRequestPending());
        QCOMPARE(requested.size(), 1);
        bar->setValue(0);
        QCOMPARE(requested.size(), 2);

        // Nothing older exists: no more requests.
        m_view->setHistoryExhausted(true);
        bar->setValue(bar->maximum());
        bar->setValue(0);
        QCOMPARE(requested.size(), 2);
    }

    void historyLoadFinishedRearms()
    {
        QSignalSpy requested(m_view.get(), &sb::ChatView::historyRequested);
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        m_view->verticalScrollBar()->setValue(0);
        QCOMPARE(requested.size(), 1);
        m_view->historyLoadFinished(); // e.g. the load failed
        m_view->verticalScrollBar()->setValue(10);
        QCOMPARE(requested.size(), 2);
    }

    void prependKeepsTheAnchorRowInPlace_data()
    {
        QTest::addColumn<int>("exactRowLimit");
        QTest::newRow("measured exactly") << 1500;
        QTest::newRow("estimated until near") << 10;
    }

    void prependKeepsTheAnchorRowInPlace()
    {
        QFETCH(int, exactRowLimit);
        m_view->messageDelegate()->setExactRowLimit(exactRowLimit);
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        QCoreApplication::processEvents();
        const QModelIndex anchor = m_view->indexAt(QPoint(m_view->viewport()->width() / 2, 150));
        QVERIFY(anchor.isValid());
        const QString anchorId = anchor.data(sb::MessageListModel::PlatformIdRole).toString();
        const int y = m_view->visualRect(anchor).top();

        m_model->prependHistory(conversation(1, 80, -100));
        QCoreApplication::processEvents();
        const QModelIndex moved = m_model->index(m_model->rowOfPlatformId(anchorId));
        QCOMPARE(moved.row(), anchor.row() + 80);
        QCOMPARE(m_view->visualRect(moved).top(), y);
    }

    void appendWhileScrolledUpDoesNotMove_data() { prependKeepsTheAnchorRowInPlace_data(); }

    void appendWhileScrolledUpDoesNotMove()
    {
        QFETCH(int, exactRowLimit);
        m_view->messageDelegate()->setExactRowLimit(exactRowLimit);
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->maximum() / 3);
        QCoreApplication::processEvents();
        const int value = bar->value();
        const QModelIndex top = m_view->indexAt(QPoint(m_view->viewport()->width() / 2, 100));
        const int y = m_view->visualRect(top).top();

        m_model->appendLive(
            chatfixtures::text(5000, Direction::Inbound, 400, QStringLiteral("New!")));
        m_model->appendLive(
            chatfixtures::text(5001, Direction::Inbound, 401, QStringLiteral("Hello?")));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), value);
        QCOMPARE(m_view->visualRect(top).top(), y);
        QVERIFY(!m_view->isAtBottom());
        QCOMPARE(m_view->unseenCount(), 2);
        QVERIFY(m_view->newMessagesButton()->isVisible());

        QTest::mouseClick(m_view->newMessagesButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
        QVERIFY(!m_view->newMessagesButton()->isVisible());
    }

    void appendAtTheBottomFollows()
    {
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
        m_model->appendLive(
            chatfixtures::text(5000, Direction::Inbound, 400, QStringLiteral("New!")));
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
        QCOMPARE(m_view->unseenCount(), 0);
        QVERIFY(m_view->visualRect(m_model->index(m_model->rowCount() - 1)).bottom()
                <= m_view->viewport()->height());
    }

    void resizeKeepsTheView()
    {
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        // At the bottom: a shorter or narrower view still shows the newest message.
        m_view->resize(640, 420);
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
        m_view->resize(500, 700);
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());

        // In the middle: the first visible row stays where it was, whether only the height
        // changes or the width changes and every bubble re-wraps.
        QScrollBar *bar = m_view->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        QCoreApplication::processEvents();
        const QModelIndex top = m_view->indexAt(QPoint(m_view->viewport()->width() / 2, 0));
        const int y = m_view->visualRect(top).top();
        m_view->resize(500, 500);
        QCoreApplication::processEvents();
        QCOMPARE(m_view->visualRect(top).top(), y);
        m_view->resize(380, 500);
        QCoreApplication::processEvents();
        QCOMPARE(m_view->visualRect(top).top(), y);
    }

    void ownPendingMessageScrollsIntoView()
    {
        m_model->prependHistory(conversation(1000, 150, 0));
        QCoreApplication::processEvents();
        m_view->verticalScrollBar()->setValue(0);
        ChatMessage mine =
            chatfixtures::text(0, Direction::Outbound, 500, QStringLiteral("Sent now"));
        mine.message.platformId.clear();
        mine.status = sb::DeliveryStatus();
        mine.localId = QStringLiteral("local-new");
        QVERIFY(m_model->addPending(mine));
        QCoreApplication::processEvents();
        QVERIFY(m_view->isAtBottom());
    }

    void retryClickEmitsTheLocalId()
    {
        ChatMessage failed =
            chatfixtures::text(7, Direction::Outbound, 0, QStringLiteral("Hello?"));
        failed.localId = QStringLiteral("local-42");
        failed.status = sb::DeliveryStatus();
        failed.status.apply(DeliveryState::Failed, failed.message.timestamp,
                            sb::StatusError{131047, QStringLiteral("Re-engagement message"), {}});
        m_model->appendLive(chatfixtures::text(6, Direction::Inbound, 0, QStringLiteral("Hi")));
        m_model->appendLive(failed);
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(1);
        auto *delegate = m_view->messageDelegate();
        const QRect retry =
            delegate->hitRect(m_view->rowOption(index), index, sb::BubbleHit::Kind::Retry);
        QVERIFY(!retry.isEmpty());
        QVERIFY(m_view->viewport()->rect().contains(retry));
        const sb::BubbleGeometry &geometry = delegate->geometry(m_view->rowOption(index), index);
        QVERIFY(geometry.piece(sb::PieceKind::Failure));
        const QString line = sb::BubbleStrings::failureLine(failed.status.error());
        QVERIFY(line.startsWith(QStringLiteral("Failed (131047): ")));
        QVERIFY(line.contains(QStringLiteral("template")));

        QSignalSpy retried(m_view.get(), &sb::ChatView::retryRequested);
        // A click beside the button does nothing; on it, it asks to send again.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, retry.topLeft() - QPoint(30, 0));
        QCOMPARE(retried.size(), 0);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, retry.center());
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.first().first().toString(), QStringLiteral("local-42"));
    }

    void mediaClickAsksToOpen()
    {
        QTemporaryDir dir;
        const auto files = chatfixtures::writeMedia(dir.path());
        m_model->appendLive(
            chatfixtures::withMedia(31, sb::MessageKind::Image, Direction::Inbound, 0,
                                    chatfixtures::media(sb::MediaKind::Image, 1000)));
        m_model->appendLive(
            chatfixtures::withMedia(32, sb::MessageKind::Image, Direction::Inbound, 1,
                                    chatfixtures::media(sb::MediaKind::Image, 1000), files.photo));
        QCoreApplication::processEvents();
        QSignalSpy open(m_view.get(), &sb::ChatView::mediaOpenRequested);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = m_model->index(row);
            const QRect media = m_view->messageDelegate()->hitRect(m_view->rowOption(index), index,
                                                                   sb::BubbleHit::Kind::Media);
            QVERIFY(!media.isEmpty());
            QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, media.center());
        }
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).first().toLongLong(), 31);
        QCOMPARE(open.at(1).first().toLongLong(), 32);
    }

    void linkClickOpensTheUrl()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        m_model->appendLive(chatfixtures::text(1, Direction::Inbound, 0,
                                               QStringLiteral("https://example.com/track/42")));
        sb::ChatMessage place =
            chatfixtures::base(2, sb::MessageKind::Location, Direction::Inbound, 1);
        place.message.body = sb::LocationContent{52.5, 13.4, QStringLiteral("Here"), {}, {}};
        m_model->appendLive(place);
        QCoreApplication::processEvents();
        QSignalSpy activated(m_view.get(), &sb::ChatView::linkActivated);

        const QModelIndex text = m_model->index(0);
        const sb::BubbleGeometry &geometry =
            m_view->messageDelegate()->geometry(m_view->rowOption(text), text);
        const QPoint onLink = m_view->visualRect(text).topLeft()
            + geometry.piece(sb::PieceKind::Text)->rect.topLeft().toPoint() + QPoint(12, 6);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onLink);

        const QModelIndex map = m_model->index(1);
        const QRect mapRect = m_view->messageDelegate()->hitRect(m_view->rowOption(map), map,
                                                                 sb::BubbleHit::Kind::Link);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, mapRect.center());
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

        QCOMPARE(activated.size(), 2);
        QCOMPARE(
            catcher.urls,
            (QList<QUrl>{QUrl(QStringLiteral("https://example.com/track/42")),
                         QUrl(QStringLiteral("https://maps.google.com/?q=52.500000,13.400000"))}));
    }

    void listButtonShowsTheSheet()
    {
        sb::InteractiveContent list =
            chatfixtures::interactive(sb::InteractiveKind::List, QStringLiteral("Pick one"));
        list.listButton = QStringLiteral("Options");
        list.sections = {
            sb::ListSection{QStringLiteral("Fast"),
                            {sb::ListRow{QStringLiteral("x"), QStringLiteral("Express"),
                                         QStringLiteral("Next day")}}}};
        m_model->appendLive(chatfixtures::withInteractive(1, 0, list));
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const QRect button = m_view->messageDelegate()->hitRect(m_view->rowOption(index), index,
                                                                sb::BubbleHit::Kind::ListButton);
        QVERIFY(!button.isEmpty());
        QVERIFY(!m_view->listSheet());
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, button.center());
        QVERIFY(m_view->listSheet());
        QStringList texts;
        for (const QAction *action : m_view->listSheet()->actions())
            texts.append(action->text());
        QCOMPARE(texts, (QStringList{QStringLiteral("Fast"), QStringLiteral("Express\tNext day")}));
        m_view->listSheet()->close();
    }

    void contextMenuCopiesPlainText()
    {
        m_model->appendLive(
            chatfixtures::text(1, Direction::Inbound, 0, QStringLiteral("*Bold* news")));
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const QPoint at =
            m_view->messageDelegate()->bubbleRect(m_view->rowOption(index), index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(m_view->viewport(), &event);
        auto *menu = m_view->findChild<QMenu *>();
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 1);
        actions.first()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Bold news"));
        menu->close();
    }

    void tooltipListsStateTimes()
    {
        ChatMessage sent = chatfixtures::text(1, Direction::Outbound, 0, QStringLiteral("Hello"));
        const QDateTime at = sent.message.timestamp;
        sent.status = sb::DeliveryStatus();
        sent.status.apply(DeliveryState::Queued, at);
        sent.status.apply(DeliveryState::Accepted, at.addSecs(1));
        sent.status.apply(DeliveryState::Sent, at.addSecs(2));
        sent.status.apply(DeliveryState::Delivered, at.addSecs(3));
        sent.status.apply(DeliveryState::Read, at.addSecs(60));
        m_model->appendLive(sent);
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const QRect bubble = m_view->messageDelegate()->bubbleRect(m_view->rowOption(index), index);
        const QString tip =
            m_view->messageDelegate()->toolTipAt(m_view->rowOption(index), index, bubble.center());
        const QStringList lines = tip.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("Queued: ") + sb::BubbleStrings::fullTime(at));
        QCOMPARE(lines.at(2),
                 QStringLiteral("Sent: ") + sb::BubbleStrings::fullTime(at.addSecs(2)));
        QCOMPARE(lines.at(4),
                 QStringLiteral("Read: ") + sb::BubbleStrings::fullTime(at.addSecs(60)));

        // The same text through the view's tooltip event.
        QHelpEvent help(QEvent::ToolTip, bubble.center(),
                        m_view->viewport()->mapToGlobal(bubble.center()));
        QCoreApplication::sendEvent(m_view->viewport(), &help);
        QCOMPARE(QToolTip::text(), tip);
        QToolTip::hideText();
        // Outside every bubble there is no tooltip.
        QVERIFY(m_view->messageDelegate()
                    ->toolTipAt(m_view->rowOption(index), index,
                                QPoint(bubble.left() - 5, bubble.center().y()))
                    .isEmpty());
    }

    void acceptedTooltipSaysNoStatusYet()
    {
        ChatMessage accepted = chatfixtures::text(1, Direction::Outbound, 0, QStringLiteral("Hi"));
        accepted.status = sb::DeliveryStatus();
        accepted.status.apply(DeliveryState::Accepted, accepted.message.timestamp);
        m_model->appendLive(accepted);
        QCoreApplication::processEvents();
        const QModelIndex index = m_model->index(0);
        const QRect bubble = m_view->messageDelegate()->bubbleRect(m_view->rowOption(index), index);
        const QString tip =
            m_view->messageDelegate()->toolTipAt(m_view->rowOption(index), index, bubble.center());
        QVERIFY(tip.contains(QStringLiteral("not reported it sent yet")));
    }

private:
    std::unique_ptr<sb::ManualClock> m_clock;
    std::unique_ptr<sb::MessageListModel> m_model;
    std::unique_ptr<sb::ChatView> m_view;
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"

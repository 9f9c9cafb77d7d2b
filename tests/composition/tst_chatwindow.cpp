// The chat view in the real window, fed by the inbox service from a real sandbox session over
// loopback: opening a conversation shows its messages, history loads on scroll to the top, a
// customer message appears live without moving what the agent is reading, ticks move from the
// sandbox's status webhooks, a failed send explains itself and Retry is a new send, and media
// opens from the cache the second time without network.

#include "BubbleGeometry.h"
#include "BubbleStrings.h"
#include "Composer.h"
#include "ConversationListPanel.h"
#include "ConversationListView.h"
#include "ErrorCatalogue.h"
#include "InboxWindowFixture.h"
#include "MessageDelegate.h"
#include "SandboxWorld.h"

#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

namespace {

const QString kLena = QStringLiteral("4915112345678");

void openConversation(sbtest::InboxWindow &w, qint64 id)
{
    auto *list = w.window.conversations()->findChild<ConversationListView *>();
    QVERIFY(list && list->selectConversation(id));
    Q_EMIT w.window.conversations()->conversationActivated(id);
    QCOMPARE(w.inbox->currentConversation(), id);
}

void typeAndSend(sbtest::InboxWindow &w, const QString &text)
{
    QWidget *editor = w.window.composer()->findChild<QWidget *>(QStringLiteral("composerEditor"));
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

int lastOutboundRow(MessageListModel *model)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->messageAt(row).message.direction == Direction::Outbound)
            return row;
    }
    return -1;
}

DeliveryState stateAt(MessageListModel *model, int row)
{
    return model->index(row).data(MessageListModel::StatusRole).value<DeliveryState>();
}

} // namespace

class TestChatWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingShowsMessagesAndHistoryLoadsOnScroll()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        // More than two screens per page, so only scrolling to the top asks for more.
        for (int i = 0; i < 130; ++i)
            w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("message %1").arg(i));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(lena != 0);
        QVERIFY(w.storeHolds(lena, 130));
        w.inbox->chat().setPageSize(50);
        openConversation(w, lena);

        QCOMPARE(w.chat()->rowCount(), 50);
        QCOMPARE(w.textAt(49), QStringLiteral("message 129"));
        QCOMPARE(w.textAt(0), QStringLiteral("message 80"));
        QTRY_VERIFY(w.chatView()->isAtBottom());
        QVERIFY(!w.chatView()->historyExhausted());
        // Opening shows the messages: the list's unread count goes to 0 in the store.
        QTRY_COMPARE(w.service().conversation(lena)->record.unreadCount, 0);
        QTRY_COMPARE(
            w.model.index(w.model.rowOf(lena)).data(ConversationListModel::UnreadRole).toInt(), 0);

        // Scrolling to the top asks for older messages until there are none.
        QCoreApplication::processEvents();
        QCOMPARE(w.chat()->rowCount(), 50); // nothing asked for before the agent scrolls up
        QList<int> pages;
        QObject::connect(w.chat(), &QAbstractItemModel::rowsInserted, w.chat(),
                         [&](const QModelIndex &, int first, int last) {
                             QCOMPARE(first, 0); // history goes above
                             pages << last - first + 1;
                         });
        const QPersistentModelIndex reading = w.chat()->index(0);
        QScrollBar *bar = w.chatView()->verticalScrollBar();
        bar->setValue(bar->minimum());
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 100, sbtest::kUiWaitMs);
        // What the agent was reading stays where it was; the older page went above it.
        QCOMPARE(reading.row(), 50);
        QTRY_VERIFY(w.chatView()->indexAt(QPoint(w.chatView()->viewport()->width() / 2, 2)).row()
                    >= 49);
        QVERIFY(!w.chatView()->historyExhausted());
        bar->setValue(bar->minimum());
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 130, sbtest::kUiWaitMs);
        QCOMPARE(pages, (QList<int>{50, 30})); // page by page
        QTRY_VERIFY(w.chatView()->historyExhausted());
        for (int i = 0; i < 130; ++i)
            QCOMPARE(w.textAt(i), QStringLiteral("message %1").arg(i));
    }

    void liveMessageAppendsWithoutMovingTheReader()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        for (int i = 0; i < 40; ++i)
            w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("line %1").arg(i));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 40));
        openConversation(w, lena);
        QCOMPARE(w.chat()->rowCount(), 40);
        QTRY_VERIFY(w.chatView()->isAtBottom());

        // The agent scrolls up to read.
        QScrollBar *bar = w.chatView()->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        QCoreApplication::processEvents();
        QVERIFY(!w.chatView()->isAtBottom());
        const int value = bar->value();
        const QPoint probe(w.chatView()->viewport()->width() / 2, 5);
        const QPersistentModelIndex reading = w.chatView()->indexAt(probe);
        QVERIFY(reading.isValid());
        const int readingTop = w.chatView()->visualRect(reading).top();

        w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("are you there?"));
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 41, sbtest::kUiWaitMs);
        QCOMPARE(w.textAt(40), QStringLiteral("are you there?"));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), value);
        QCOMPARE(w.chatView()->indexAt(probe), QModelIndex(reading));
        QCOMPARE(w.chatView()->visualRect(reading).top(), readingTop);
        QCOMPARE(w.chatView()->unseenCount(), 1);
        QCOMPARE(w.service().conversation(lena)->record.unreadCount, 1); // not seen yet

        // At the bottom, the conversation follows.
        w.chatView()->scrollToNewest();
        QTRY_VERIFY(w.chatView()->isAtBottom());
        w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("hello?"));
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 42, sbtest::kUiWaitMs);
        QTRY_VERIFY(w.chatView()->isAtBottom());
        // Seen as it arrived: not unread. The one that came while scrolled up was counted until
        // then, and the list shows the same as the store.
        QTRY_COMPARE(w.service().conversation(lena)->record.unreadCount, 0);
        QTRY_COMPARE(
            w.model.index(w.model.rowOf(lena)).data(ConversationListModel::UnreadRole).toInt(), 0);
    }

    void ticksMoveFromTheSandboxWebhooks()
    {
        sbtest::InboxWindow w(SandboxScenarioKind::Empty, [](SandboxConfig &c) {
            c.sentDelay = 200ms;
            c.deliveredDelay = 400ms;
            c.readDelay = 400ms;
            c.readProbability = 1;
            c.delayJitter = 0;
        });
        QVERIFY(w.start());
        w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo"));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 1));
        openConversation(w, lena);

        QList<DeliveryState> seen;
        QObject::connect(w.chat(), &QAbstractItemModel::dataChanged, w.chat(), [&] {
            const int row = lastOutboundRow(w.chat());
            if (row >= 0 && (seen.isEmpty() || seen.last() != stateAt(w.chat(), row)))
                seen.append(stateAt(w.chat(), row));
        });
        QObject::connect(w.chat(), &QAbstractItemModel::rowsInserted, w.chat(), [&] {
            const int row = lastOutboundRow(w.chat());
            if (row >= 0 && seen.isEmpty())
                seen.append(stateAt(w.chat(), row));
        });
        typeAndSend(w, QStringLiteral("Guten Tag!"));
        QTRY_VERIFY_WITH_TIMEOUT(lastOutboundRow(w.chat()) >= 0, sbtest::kUiWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(w.chat(), lastOutboundRow(w.chat())), DeliveryState::Read,
                                  sbtest::kUiWaitMs);
        // Each tick was shown on its own, in order, from separate webhooks.
        const qsizetype sent = seen.indexOf(DeliveryState::Sent);
        const qsizetype delivered = seen.indexOf(DeliveryState::Delivered);
        const qsizetype read = seen.indexOf(DeliveryState::Read);
        QVERIFY2(sent >= 0 && delivered > sent && read > delivered,
                 qPrintable(QStringLiteral("seen %1 states").arg(seen.size())));
        QVERIFY(seen.first() <= DeliveryState::Accepted); // queued/sending before any webhook
        QCOMPARE(w.chat()->rowCount(), 2); // merged into its row, never repeated
    }

    void failedSendExplainsAndRetryIsANewSend()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo"));
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 1));
        SandboxCustomerUpdate gone;
        gone.waId = kLena;
        gone.unreachable = true;
        QString problem;
        QVERIFY2(w.sandbox().updateCustomer(gone, &problem), qPrintable(problem));
        openConversation(w, lena);
        typeAndSend(w, QStringLiteral("Are you there?"));

        QTRY_VERIFY_WITH_TIMEOUT(lastOutboundRow(w.chat()) >= 0, sbtest::kUiWaitMs);
        const int row = lastOutboundRow(w.chat());
        QTRY_COMPARE_WITH_TIMEOUT(stateAt(w.chat(), row), DeliveryState::Failed, sbtest::kUiWaitMs);
        const QString firstLocalId = w.chat()->messageAt(row).localId;
        const QModelIndex index = w.chat()->index(row);
        const auto error = w.chat()->messageAt(row).status.error();
        QVERIFY(error);
        QCOMPARE(error->code, 131026);
        // The bubble shows the code, the plain explanation and the next action.
        QCoreApplication::processEvents();
        MessageDelegate *delegate = w.chatView()->messageDelegate();
        QVERIFY(
            delegate->geometry(w.chatView()->rowOption(index), index).piece(PieceKind::Failure));
        const ErrorInfo info = ErrorCatalogue::lookup(131026);
        const QString line = BubbleStrings::failureLine(error);
        QVERIFY(line.contains(QStringLiteral("131026")));
        QVERIFY(line.contains(info.explanation));
        QVERIFY(line.contains(info.fix));

        // The customer is reachable again; the agent clicks Retry on the bubble.
        gone.unreachable = false;
        QVERIFY(w.sandbox().updateCustomer(gone, &problem));
        w.chatView()->scrollToNewest();
        QCoreApplication::processEvents();
        const QRect retry =
            delegate->hitRect(w.chatView()->rowOption(index), index, BubbleHit::Kind::Retry);
        QVERIFY(!retry.isEmpty());
        QTest::mouseClick(w.chatView()->viewport(), Qt::LeftButton, {}, retry.center());

        // A NEW send: the sandbox records a second message with another local id.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int sends = 0;
                for (const SandboxSentMessage &sent : w.sandbox().sentMessages())
                    sends += sent.waId == kLena ? 1 : 0;
                return sends == 2;
            }(),
            sbtest::kUiWaitMs);
        QStringList localIds;
        for (const SandboxSentMessage &sent : w.sandbox().sentMessages())
            localIds << sent.request.value(u"biz_opaque_callback_data").toString();
        QCOMPARE(localIds.size(), 2);
        QCOMPARE(localIds.first(), firstLocalId);
        QVERIFY(!localIds.last().isEmpty() && localIds.last() != firstLocalId);
        QCOMPARE(w.service().retriedAs(firstLocalId), localIds.last());
        // Shown on the same row, which leaves the failure behind.
        QTRY_VERIFY_WITH_TIMEOUT(stateAt(w.chat(), row) >= DeliveryState::Sent
                                     && stateAt(w.chat(), row) != DeliveryState::Failed,
                                 sbtest::kUiWaitMs);
        QCOMPARE(w.chat()->rowCount(), 2);
        QVERIFY(!w.chat()->messageAt(row).status.error());
    }

    void repliesQuoteOlderMessagesAndTemplatesShowTheirText()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        const QString first = w.customerWrites(kLena, QStringLiteral("Lena"),
                                               QStringLiteral("Is the *fern* in stock?"));
        for (int i = 0; i < 5; ++i)
            w.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("more %1").arg(i));
        w.customerSends(kLena, QStringLiteral("Lena"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QStringLiteral("About this one")},
                                    {QStringLiteral("context_id"), first}});
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 7));
        w.inbox->chat().setPageSize(3); // the quoted message is not loaded
        openConversation(w, lena);
        QCOMPARE(w.chat()->rowCount(), 3);
        QCOMPARE(w.chat()->rowOfPlatformId(first), -1);
        const QModelIndex reply = w.chat()->index(2);
        const auto quoted = reply.data(MessageListModel::QuotedRole).value<QuotedMessage>();
        QVERIFY(quoted.found);
        QCOMPARE(quoted.platformId, first);
        QCOMPARE(quoted.direction, Direction::Inbound);
        QCOMPARE(quoted.preview, QStringLiteral("Is the fern in stock?"));

        // A template goes out and shows the text the customer sees, once definitions are known.
        TemplateContent hello;
        hello.name = QStringLiteral("hello_world");
        hello.languageCode = QStringLiteral("en_US");
        OutboundMessage out;
        out.phoneNumberId = w.sandbox().config().phoneNumberId;
        out.conversationId = lena;
        out.message = makeTemplate(u'+' + kLena, hello);
        QVERIFY(w.service().send(out).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 4, sbtest::kUiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.chat()->messageAt(3).renderedTemplate.has_value(),
                                 sbtest::kUiWaitMs);
        QVERIFY(w.chat()->messageAt(3).renderedTemplate->body.startsWith(
            QStringLiteral("Welcome and congratulations!!")));
    }

    void mediaOpensAndComesFromTheCacheTheSecondTime()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        const QString wamid = w.customerSends(
            kLena, QStringLiteral("Lena"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("document")},
                        {QStringLiteral("filename"), QStringLiteral("Rechnung.pdf")}});
        QVERIFY(!wamid.isEmpty());
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 1));
        openConversation(w, lena);
        QCOMPARE(w.chat()->rowCount(), 1);
        // A document waits until the agent opens it.
        QCoreApplication::processEvents();
        QVERIFY(w.chat()->messageAt(0).mediaLocalPath.isEmpty());

        auto *network = w.session.findChild<QNetworkAccessManager *>();
        QVERIFY(network);
        QSignalSpy requests(network, &QNetworkAccessManager::finished);
        const auto clickMedia = [&] {
            QCoreApplication::processEvents();
            const QModelIndex index = w.chat()->index(0);
            const QRect media = w.chatView()->messageDelegate()->hitRect(
                w.chatView()->rowOption(index), index, BubbleHit::Kind::Media);
            QVERIFY(!media.isEmpty());
            QTest::mouseClick(w.chatView()->viewport(), Qt::LeftButton, {}, media.center());
        };
        clickMedia();
        QTRY_COMPARE_WITH_TIMEOUT(w.opened.size(), 1, sbtest::kUiWaitMs);
        QVERIFY(w.opened.first().isLocalFile());
        QVERIFY(QFileInfo::exists(w.opened.first().toLocalFile()));
        QCOMPARE(w.chat()->messageAt(0).mediaLocalPath, w.opened.first().toLocalFile());
        const int afterFirst = int(requests.count());
        QVERIFY(afterFirst >= 2); // media lookup + download

        clickMedia();
        QTRY_COMPARE_WITH_TIMEOUT(w.opened.size(), 2, sbtest::kUiWaitMs);
        QCOMPARE(w.opened.at(1), w.opened.first());
        QCOMPARE(int(requests.count()), afterFirst); // no network the second time

        // A photo that arrives is fetched at once, so its bubble shows it.
        w.customerSends(kLena, QStringLiteral("Lena"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                    {QStringLiteral("caption"), QStringLiteral("Die hier")}});
        QTRY_COMPARE_WITH_TIMEOUT(w.chat()->rowCount(), 2, sbtest::kUiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!w.chat()->messageAt(1).mediaLocalPath.isEmpty(),
                                 sbtest::kUiWaitMs);
        QCOMPARE(w.opened.size(), 2); // fetched for the bubble, not opened
    }

    void mediaThatIsGoneSaysWhy()
    {
        sbtest::InboxWindow w;
        QVERIFY(w.start());
        const QString wamid =
            w.customerSends(kLena, QStringLiteral("Lena"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("voice")}});
        const qint64 lena = w.conversationNamed(QStringLiteral("Lena"));
        QVERIFY(w.storeHolds(lena, 1));
        const InboxMessagePage stored = w.service().messages(lena, 1);
        const auto *media = stored.olderFirst.first().message.as<MediaContent>();
        QVERIFY(media && media->voice && !media->id.isEmpty());
        QVERIFY(w.sandbox().world().media.remove(media->id)); // deleted at Meta's end

        // A voice note is fetched with its row (for its length); the bubble says why it is not.
        openConversation(w, lena);
        QTRY_VERIFY_WITH_TIMEOUT(!w.chat()->messageAt(0).mediaError.isEmpty(), sbtest::kUiWaitMs);
        const QString reason = w.chat()->messageAt(0).mediaError;
        QVERIFY2(reason.contains(QStringLiteral("no longer has this media")), qPrintable(reason));
        QVERIFY(!w.window.statusBar()->currentMessage().contains(reason)); // nobody asked yet

        // The agent tries to play it: the status line says why too.
        Q_EMIT w.chatView()->mediaOpenRequested(w.chat()->messageAt(0).id);
        QTRY_VERIFY_WITH_TIMEOUT(w.window.statusBar()->currentMessage().contains(reason),
                                 sbtest::kUiWaitMs);
        QVERIFY(w.opened.isEmpty());
    }
};

QTEST_MAIN(TestChatWindow)
#include "tst_chatwindow.moc"

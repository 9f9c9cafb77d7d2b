// InboxService on SQLite files and a real PostgreSQL, against a real sandbox over loopback: the
// conversation list with window state and each conversation's own business number, history page
// by page, live notifications from committed webhook batches and outbox changes, sends refused
// with their violations, a retry that is a new send, unread persisted, read receipts, search
// over names and text. Media: tst_inboxmedia.

#include "ContactRepository.h"
#include "InboxServiceRig.h"
#include "MessageRepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

namespace {

const QString kLena = QStringLiteral("4915112345678");
const QString kOmar = QStringLiteral("447700900123");

QString textOf(const InboxMessage &message)
{
    const auto *text = message.message.as<TextContent>();
    return text ? text->body : QString();
}

bool spyHas(const QSignalSpy &spy, int argument, qint64 id)
{
    for (const QList<QVariant> &call : spy) {
        if (call.at(argument).value<QList<qint64>>().contains(id))
            return true;
    }
    return false;
}

} // namespace

class TestInboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationsCarryWindowAndTheirOwnNumber_data() { sbtest::addDialectRows(); }
    void conversationsCarryWindowAndTheirOwnNumber()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        const SandboxConfig &config = sandbox.config();
        QVERIFY(
            !rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo")).isEmpty());
        QVERIFY(!rig.customerWrites(kOmar, QStringLiteral("Omar"), QStringLiteral("Hi"),
                                    config.secondPhoneNumberId)
                     .isEmpty());

        const QList<InboxConversation> all = rig.service.conversations();
        QCOMPARE(all.size(), 2);
        const qint64 lena = rig.conversationOf(kLena);
        const qint64 omar = rig.conversationOf(kOmar, config.secondPhoneNumberId);
        QVERIFY(lena != 0 && omar != 0);
        const auto first = rig.service.conversation(lena);
        const auto second = rig.service.conversation(omar);
        QVERIFY(first && second);
        QCOMPARE(first->window.phase, WindowPhase::Open);
        QVERIFY(first->window.canSendFreeForm());
        QCOMPARE(first->window.deadline, sandbox.now().addSecs(24 * 3600));
        QCOMPARE(first->record.unreadCount, 1);
        QCOMPARE(first->record.contactName, QStringLiteral("Lena"));
        // Each conversation names the number it belongs to.
        QVERIFY(first->businessNumber != second->businessNumber);
        QVERIFY2(first->businessNumber.contains(config.displayPhoneNumber.right(4)),
                 qPrintable(first->businessNumber));
        QVERIFY(first->businessNumber.startsWith(QLatin1Char('+')));

        // A day later the window is closed, evaluated at the service clock's now.
        sandbox.advanceClock(25h);
        QCOMPARE(rig.service.conversation(lena)->window.phase, WindowPhase::Closed);
        QVERIFY(!rig.service.conversation(lena)->window.canSendFreeForm());
    }

    // The list takes the consent state from its rows (no contact read per conversation); the
    // single conversation also carries the contact's details for the composer.
    void listedRowsCarryTheOptOut_data() { sbtest::addDialectRows(); }
    void listedRowsCarryTheOptOut()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        QVERIFY(
            !rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo")).isEmpty());
        QVERIFY(!rig.customerWrites(kOmar, QStringLiteral("Omar"), QStringLiteral("Hi")).isEmpty());
        const qint64 lena = rig.conversationOf(kLena);
        const qint64 omar = rig.conversationOf(kOmar);
        QVERIFY(lena != 0 && omar != 0);
        const auto lenaRow = rig.service.conversation(lena);
        QVERIFY(lenaRow && lenaRow->contact);
        QVERIFY(!lenaRow->optedOutMarketing());
        QVERIFY(ContactRepository(*test->database)
                    .recordOptOut(lenaRow->record.contactId, QStringLiteral("keyword"),
                                  QStringLiteral("STOP"), sandbox.now()));

        QHash<qint64, bool> listed;
        for (const InboxConversation &c : rig.service.conversations())
            listed.insert(c.id(), c.optedOutMarketing());
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.value(lena), true);
        QCOMPARE(listed.value(omar), false);
        const auto single = rig.service.conversation(lena);
        QVERIFY(single && single->optedOutMarketing());
        QVERIFY(single->contact);
        QCOMPARE(single->contact->optOutDetail, QStringLiteral("STOP"));
        QVERIFY(!rig.service.conversation(omar)->optedOutMarketing());
    }

    void historyComesPageByPage_data() { sbtest::addDialectRows(); }
    void historyComesPageByPage()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        for (int i = 0; i < 25; ++i) {
            QVERIFY(!rig.customerWrites(kLena, QStringLiteral("Lena"),
                                        QStringLiteral("message %1").arg(i))
                         .isEmpty());
            sandbox.advanceClock(1s);
        }
        const qint64 id = rig.conversationOf(kLena);
        QVERIFY(id != 0);

        QStringList seen;
        std::optional<MessageCursor> cursor;
        QList<int> sizes;
        for (;;) {
            const InboxMessagePage page = rig.service.messages(id, 10, cursor);
            sizes << int(page.olderFirst.size());
            QStringList texts;
            for (const InboxMessage &m : page.olderFirst) {
                QCOMPARE(m.conversationId, id);
                QCOMPARE(m.message.direction, Direction::Inbound);
                texts << textOf(m);
            }
            seen = texts + seen; // older pages go above
            if (!page.hasMore)
                break;
            cursor = page.next;
        }
        QCOMPARE(sizes, (QList<int>{10, 10, 5}));
        QStringList expected;
        for (int i = 0; i < 25; ++i)
            expected << QStringLiteral("message %1").arg(i);
        QCOMPARE(seen, expected);
        // Exactly a page's worth: no phantom "more".
        const InboxMessagePage all = rig.service.messages(id, 25);
        QCOMPARE(all.olderFirst.size(), 25);
        QVERIFY(!all.hasMore);
    }

    void notifiesLiveFromIngestAndOutbox_data() { sbtest::addDialectRows(); }
    void notifiesLiveFromIngestAndOutbox()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        QSignalSpy conversations(&rig.service, &InboxService::conversationsChanged);
        QSignalSpy messages(&rig.service, &InboxService::messagesChanged);
        const QString wamid =
            rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hallo"));
        QVERIFY(!wamid.isEmpty());
        const qint64 id = rig.conversationOf(kLena);
        QVERIFY(spyHas(conversations, 0, id));
        QVERIFY(spyHas(messages, 0, id));
        const auto inbound = MessageRepository(*test->database).findByPlatformId(wamid);
        QVERIFY(inbound);
        QVERIFY(spyHas(messages, 1, inbound->id));

        // Our reply: queued, sent, then delivered and read by status webhooks.
        messages.clear();
        OutboundMessage out;
        out.phoneNumberId = sandbox.config().phoneNumberId;
        out.conversationId = id;
        out.message = makeText(u'+' + kLena, QStringLiteral("Guten Tag"));
        const EnqueueResult sent = rig.service.send(out);
        QVERIFY2(sent.ok(), qPrintable(sent.error));
        const auto queued = rig.service.messageByLocalId(sent.localId);
        QVERIFY(queued);
        // The running dispatcher may already have claimed it.
        QVERIFY(queued->delivery.state() == DeliveryState::Queued
                || queued->delivery.state() == DeliveryState::Sending);
        QVERIFY(!spyHas(messages, 1, queued->id)); // reported from the event loop
        QTRY_VERIFY(spyHas(messages, 1, queued->id));
        QVERIFY(rig.engine.drive([&] { return rig.engine.drained(); }));
        sandbox.advanceClock(2min);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto m = rig.service.message(queued->id);
                return m && m->delivery.state() == DeliveryState::Read;
            },
            sbtest::kWaitMs));
        // Every step was announced for this message, without polling.
        int announced = 0;
        for (const QList<QVariant> &call : std::as_const(messages))
            announced += call.at(1).value<QList<qint64>>().count(queued->id);
        QVERIFY2(announced >= 3, qPrintable(QString::number(announced))); // queued, sent, read
        const QList<InboxMessage> changed =
            rig.service.messagesByIds({queued->id, inbound->id}, id);
        QCOMPARE(changed.size(), 2);
        QVERIFY(rig.service.messagesByIds({queued->id}, id + 1000).isEmpty());
    }

    void refusedSendReturnsViolationsAndStoresNothing_data() { sbtest::addDialectRows(); }
    void refusedSendReturnsViolationsAndStoresNothing()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        QVERIFY(!rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hi")).isEmpty());
        const qint64 id = rig.conversationOf(kLena);
        OutboundMessage out;
        out.phoneNumberId = sandbox.config().phoneNumberId;
        out.conversationId = id;
        out.message = makeText(u'+' + kLena, QString(4097, u'x'));
        const EnqueueResult refused = rig.service.send(out);
        QCOMPARE(refused.status, EnqueueResult::Status::Refused);
        QVERIFY(!refused.violations.isEmpty());
        QCOMPARE(refused.violations.first().path, QStringLiteral("text.body"));
        QCOMPARE(rig.service.messages(id, 10).olderFirst.size(), 1);
    }

    void retryOfAFailedSendIsANewSend_data() { sbtest::addDialectRows(); }
    void retryOfAFailedSendIsANewSend()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        QVERIFY(!rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("Hi")).isEmpty());
        const qint64 id = rig.conversationOf(kLena);
        SandboxCustomerUpdate gone;
        gone.waId = kLena;
        gone.unreachable = true;
        QString problem;
        QVERIFY2(sandbox.updateCustomer(gone, &problem), qPrintable(problem));

        OutboundMessage out;
        out.phoneNumberId = sandbox.config().phoneNumberId;
        out.conversationId = id;
        out.message = makeText(u'+' + kLena, QStringLiteral("Are you there?"));
        const EnqueueResult first = rig.service.send(out);
        QVERIFY(first.ok());
        // Not failed yet: nothing to retry.
        QCOMPARE(rig.service.retry(first.localId).status, EnqueueResult::Status::NotRetryable);
        QVERIFY(rig.engine.drive([&] { return rig.engine.drained(); }));
        sandbox.advanceClock(1min);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto m = rig.service.messageByLocalId(first.localId);
                return m && m->delivery.isFailed();
            },
            sbtest::kWaitMs));
        QCOMPARE(rig.service.messageByLocalId(first.localId)->delivery.error()->code, 131026);

        gone.unreachable = false;
        QVERIFY(sandbox.updateCustomer(gone, &problem));
        const EnqueueResult again = rig.service.retry(first.localId);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.localId != first.localId);
        QCOMPARE(rig.service.retriedAs(first.localId), again.localId);
        QCOMPARE(rig.service.retryOf(again.localId), first.localId);
        QVERIFY(rig.engine.drive([&] { return rig.engine.drained(); }));
        // The sandbox's record: two sends, one per local id, the same text.
        const QHash<QString, int> accepted = sbtest::acceptedByLocalId(sandbox);
        QCOMPARE(accepted.value(first.localId), 1);
        QCOMPARE(accepted.value(again.localId), 1);
        QVERIFY(sbtest::wamidOf(sandbox, first.localId) != sbtest::wamidOf(sandbox, again.localId));
        // The old message keeps its failure.
        QVERIFY(rig.service.messageByLocalId(first.localId)->delivery.isFailed());
        QCOMPARE(textOf(*rig.service.messageByLocalId(again.localId)),
                 QStringLiteral("Are you there?"));
    }

    void markReadPersistsAndReceiptGoesOut_data() { sbtest::addDialectRows(); }
    void markReadPersistsAndReceiptGoesOut()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("one"));
        const QString wamid =
            rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("two"));
        QVERIFY(!wamid.isEmpty());
        const qint64 id = rig.conversationOf(kLena);
        QCOMPARE(rig.service.conversation(id)->record.unreadCount, 2);
        QSignalSpy changed(&rig.service, &InboxService::conversationsChanged);
        QVERIFY(rig.service.markRead(id));
        QCOMPARE(rig.service.conversation(id)->record.unreadCount, 0);
        QVERIFY(spyHas(changed, 0, id));
        // Marking read in the store says nothing to the customer.
        QCOMPARE(rig.engine.client->pendingCount(), 0);

        std::optional<std::pair<bool, QString>> answer;
        rig.service.sendReadReceipt(id, wamid, false, nullptr, [&](bool ok, const QString &reason) {
            answer = {ok, reason};
        });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, sbtest::kWaitMs));
        QVERIFY2(answer->first, qPrintable(answer->second));
        answer.reset();
        rig.service.sendReadReceipt(id, QStringLiteral("wamid.unknown"), true, nullptr,
                                    [&](bool ok, const QString &reason) {
                                        answer = {ok, reason};
                                    });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, sbtest::kWaitMs));
        QVERIFY(!answer->first);
        QVERIFY(!answer->second.isEmpty());
    }

    void searchFindsNamesAndText_data() { sbtest::addDialectRows(); }
    void searchFindsNamesAndText()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        rig.customerWrites(kLena, QStringLiteral("Lena Fischer"),
                           QStringLiteral("Where is my parcel?"));
        rig.customerWrites(kOmar, QStringLiteral("Omar Haddad"), QStringLiteral("Thanks a lot"));
        const qint64 lena = rig.conversationOf(kLena);
        const qint64 omar = rig.conversationOf(kOmar);
        QVERIFY(lena != 0 && omar != 0);

        const InboxSearchResult byText = rig.service.search(QStringLiteral("parc"));
        QCOMPARE(byText.conversationIds, QList<qint64>{lena});
        QCOMPARE(byText.hits.size(), 1);
        QCOMPARE(byText.hits.first().conversationId, lena);
        QCOMPARE(rig.service.search(QStringLiteral("haddad")).conversationIds, QList<qint64>{omar});
        QCOMPARE(rig.service.search(QStringLiteral("OMAR")).conversationIds, QList<qint64>{omar});
        QCOMPARE(rig.service.search(QStringLiteral("+44 7700")).conversationIds,
                 QList<qint64>{omar});
        // LIKE wildcards in what the agent typed are plain characters.
        QVERIFY(rig.service.search(QStringLiteral("%")).conversationIds.isEmpty());
        QVERIFY(rig.service.search(QStringLiteral("_")).conversationIds.isEmpty());
        QVERIFY(rig.service.search(QStringLiteral("nothing like it")).conversationIds.isEmpty());
        QVERIFY(rig.service.search(QStringLiteral("  ")).conversationIds.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInboxService)
#include "tst_inboxservice.moc"

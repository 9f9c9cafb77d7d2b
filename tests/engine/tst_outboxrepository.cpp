// OutboxRepository on real SQLite files and a real PostgreSQL database: every state change,
// the due order, crash recovery and unknown resolution, with the message row kept in step.

#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "EngineTestSupport.h"
#include "MessageRepository.h"
#include "StoreError.h"

#include <QJsonArray>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ManualClock clock{sbtest::kStart};
        std::unique_ptr<sbtest::TestDatabase> test;
        qint64 conversationA = 0;
        qint64 conversationB = 0;
        int serial = 0;

        Database &db() { return *test->database; }

        qint64 conversation(const QString &waId)
        {
            ContactIdentity identity;
            identity.waId = waId;
            identity.phone = QLatin1Char('+') + waId;
            const qint64 contact = ContactRepository(db()).upsert(identity).id;
            return ConversationRepository(db()).ensure(contact, QStringLiteral("PN1"));
        }

        NewOutboxEntry entry(const QString &recipient, qint64 conversationId,
                             const QString &phone = QStringLiteral("PN1"))
        {
            NewOutboxEntry e;
            e.localId = QStringLiteral("sb-test-%1").arg(++serial);
            e.phoneNumberId = phone;
            e.recipient = recipient;
            e.conversationId = conversationId;
            e.request = QJsonObject{
                {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                {QStringLiteral("to"), QString(QLatin1Char('+') + recipient)},
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), e.localId}}},
                {QStringLiteral("biz_opaque_callback_data"), e.localId}};
            e.kind = QStringLiteral("text");
            e.bodyText = e.localId;
            return e;
        }
    };

    // Opens the row's database with two conversations; a macro so QSKIP/QVERIFY end the test.
#define SB_FIXTURE(f)                                                                              \
    Fixture f;                                                                                     \
    {                                                                                              \
        SB_OPEN_TEST_DATABASE(opened, &f.clock);                                                   \
        f.test = std::move(opened);                                                                \
    }                                                                                              \
    f.conversationA = f.conversation(QStringLiteral("15550001111"));                               \
    f.conversationB = f.conversation(QStringLiteral("15550002222"))

private Q_SLOTS:
    void enqueueStoresRowAndMessage_data()
    {
        sbtest::addDialectRows();
    }
    void enqueueStoresRowAndMessage()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        NewOutboxEntry e = f.entry(QStringLiteral("15550001111"), f.conversationA);
        e.businessInitiated = true;
        e.templateCategory = QStringLiteral("MARKETING");
        const qint64 id = outbox.enqueue(e, f.clock.now());
        QVERIFY(id > 0);

        const auto row = outbox.byLocalId(e.localId);
        QVERIFY(row);
        QCOMPARE(row->id, id);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->attempts, 0);
        QCOMPARE(row->nextAttemptAt, f.clock.now());
        QCOMPARE(row->request(), e.request);
        QVERIFY(row->businessInitiated);
        QCOMPARE(row->templateCategory, QStringLiteral("MARKETING"));
        QCOMPARE(row->conversationId, f.conversationA);
        QVERIFY(row->messageId);

        const auto message = MessageRepository(f.db()).findByLocalId(e.localId);
        QVERIFY(message);
        QCOMPARE(message->id, *row->messageId);
        QCOMPARE(message->direction, Direction::Outbound);
        QCOMPARE(message->conversationId, f.conversationA);
        QCOMPARE(message->delivery.state(), DeliveryState::Queued);
        QCOMPARE(message->bodyText, e.localId);
    }

    void enqueueRefusesDuplicatesAndIncompleteEntries_data()
    {
        sbtest::addDialectRows();
    }
    void enqueueRefusesDuplicatesAndIncompleteEntries()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const NewOutboxEntry e = f.entry(QStringLiteral("15550001111"), f.conversationA);
        outbox.enqueue(e, f.clock.now());
        QVERIFY_THROWS_EXCEPTION(StoreException, outbox.enqueue(e, f.clock.now()));
        NewOutboxEntry orphan = f.entry(QStringLiteral("15550001111"), f.conversationA);
        orphan.conversationId.reset();
        QVERIFY_THROWS_EXCEPTION(StoreException, outbox.enqueue(orphan, f.clock.now()));
        QCOMPARE(outbox.counts(QStringLiteral("PN1")).of(OutboxState::Queued), 1);
        QCOMPARE(outbox.queueDepth(QStringLiteral("PN1")), 1);
    }

    void claimDueOffersFirstInLinePerRecipient_data()
    {
        sbtest::addDialectRows();
    }
    void claimDueOffersFirstInLinePerRecipient()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const QString a = QStringLiteral("15550001111");
        const QString b = QStringLiteral("15550002222");
        const qint64 a1 = outbox.enqueue(f.entry(a, f.conversationA), f.clock.now());
        const qint64 b1 = outbox.enqueue(f.entry(b, f.conversationB), f.clock.now());
        const qint64 a2 = outbox.enqueue(f.entry(a, f.conversationA), f.clock.now());
        const qint64 other =
            outbox.enqueue(f.entry(b, f.conversationB, QStringLiteral("PN2")), f.clock.now());

        auto ids = [](const QList<OutboxRow> &rows) {
            QList<qint64> out;
            for (const OutboxRow &row : rows)
                out.append(row.id);
            return out;
        };
        const QDateTime now = f.clock.now();
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now, 10)), (QList<qint64>{a1, b1}));
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN2"), now, 10)), QList<qint64>{other});
        // Paging by cursor.
        const QList<OutboxRow> first = outbox.claimDue(QStringLiteral("PN1"), now, 1);
        QCOMPARE(ids(first), QList<qint64>{a1});
        const OutboxCursor cursor{first.first().nextAttemptAt.toMSecsSinceEpoch(), a1};
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now, 10, cursor)), QList<qint64>{b1});

        // While a1 is on its way, a2 still waits behind it.
        QVERIFY(outbox.markSending(a1, now));
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now, 10)), QList<qint64>{b1});
        QVERIFY(outbox.markAccepted(a1, QStringLiteral("wamid.A1"), now));
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now, 10)), (QList<qint64>{b1, a2}));

        // A row retried later is not due before its time, and keeps its recipient's next one
        // behind it.
        QVERIFY(outbox.markSending(a2, now));
        const qint64 a3 = outbox.enqueue(f.entry(a, f.conversationA), now);
        QVERIFY(outbox.markRetry(a2, now.addSecs(4),
                                 OutboxError{131056, QStringLiteral("pair"), QString()}, now));
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now, 10)), QList<qint64>{b1});
        QCOMPARE(outbox.nextAttemptAfter(QStringLiteral("PN1"), now), now.addSecs(4));
        QCOMPARE(ids(outbox.claimDue(QStringLiteral("PN1"), now.addSecs(4), 10)),
                 (QList<qint64>{b1, a2}));
        QVERIFY(!ids(outbox.claimDue(QStringLiteral("PN1"), now.addSecs(4), 10)).contains(a3));
    }

    void sendingOnlyFromQueued_data()
    {
        sbtest::addDialectRows();
    }
    void sendingOnlyFromQueued()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const qint64 id =
            outbox.enqueue(f.entry(QStringLiteral("15550001111"), f.conversationA), f.clock.now());
        QVERIFY(outbox.markSending(id, f.clock.now()));
        QVERIFY(!outbox.markSending(id, f.clock.now()));
        QCOMPARE(outbox.byId(id)->attempts, 1);
        QCOMPARE(outbox.byId(id)->state, OutboxState::Sending);
        QCOMPARE(MessageRepository(f.db()).find(*outbox.byId(id)->messageId)->delivery.state(),
                 DeliveryState::Sending);
        // Only a sending row can end.
        QVERIFY(outbox.markAccepted(id, QStringLiteral("wamid.1"), f.clock.now()));
        QVERIFY(!outbox.markFailed(id, OutboxError{131026, QString(), QString()}, f.clock.now()));
        QVERIFY(!outbox.markUnknown(id, {}, f.clock.now()));
        QVERIFY(!outbox.markRetry(id, f.clock.now(), {}, f.clock.now()));
        QCOMPARE(outbox.byId(id)->state, OutboxState::Accepted);
    }

    void batchSendingSkipsRowsNoLongerQueued_data()
    {
        sbtest::addDialectRows();
    }
    void batchSendingSkipsRowsNoLongerQueued()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const NewOutboxEntry cancelled = f.entry(QStringLiteral("15550002222"), f.conversationB);
        const qint64 a =
            outbox.enqueue(f.entry(QStringLiteral("15550001111"), f.conversationA), f.clock.now());
        const qint64 b = outbox.enqueue(cancelled, f.clock.now());
        const qint64 c =
            outbox.enqueue(f.entry(QStringLiteral("15550003333"), f.conversationA), f.clock.now());
        QVERIFY(outbox.markSending(c, f.clock.now())); // taken by another dispatcher
        QVERIFY(outbox.cancel(cancelled.localId, f.clock.now())); // withdrawn by the agent

        // Only the row still queued may be sent; the others keep their state and attempts.
        QCOMPARE(outbox.markSending(QList<qint64>{a, b, c}, f.clock.now()), QList<qint64>{a});
        QCOMPARE(outbox.byId(a)->state, OutboxState::Sending);
        QCOMPARE(outbox.byId(a)->attempts, 1);
        QCOMPARE(outbox.byId(b)->state, OutboxState::Cancelled);
        QCOMPARE(outbox.byId(c)->attempts, 1);
        QCOMPARE(MessageRepository(f.db()).find(*outbox.byId(a)->messageId)->delivery.state(),
                 DeliveryState::Sending);
        // A second claim of the same rows finds none: nothing is sent twice.
        QVERIFY(outbox.markSending(QList<qint64>{a, c}, f.clock.now()).isEmpty());
        QCOMPARE(outbox.byId(a)->attempts, 1);
    }

    void batchOutcomesRecordEachAnswer_data()
    {
        sbtest::addDialectRows();
    }
    void batchOutcomesRecordEachAnswer()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            ids.append(
                outbox.enqueue(f.entry(QStringLiteral("1555000%1").arg(4000 + i), f.conversationA),
                               f.clock.now()));
        }
        QCOMPARE(outbox.markSending(ids.mid(0, 4), f.clock.now()), ids.mid(0, 4));
        const OutboxError busy{131000, QStringLiteral("busy"), QString()};
        const OutboxError terminal{131026, QStringLiteral("undeliverable"), QString()};
        const OutboxError lost{std::nullopt, QStringLiteral("timeout"), QString()};
        f.clock.advance(1s);
        const QList<OutboxOutcome> outcomes{
            {ids[0], OutboxState::Accepted, QStringLiteral("wamid.a"), QDateTime(), {}},
            {ids[1], OutboxState::Queued, QString(), f.clock.now().addSecs(30), busy},
            {ids[2], OutboxState::Failed, QString(), QDateTime(), terminal},
            {ids[3], OutboxState::Unknown, QString(), QDateTime(), lost},
            // Never sent: an answer for it changes nothing.
            {ids[4], OutboxState::Accepted, QStringLiteral("wamid.e"), QDateTime(), {}}};
        QCOMPARE(outbox.recordOutcomes(outcomes, f.clock.now()), 4);

        QCOMPARE(outbox.byId(ids[0])->state, OutboxState::Accepted);
        QCOMPARE(outbox.byId(ids[0])->platformId, QStringLiteral("wamid.a"));
        QCOMPARE(outbox.byId(ids[1])->state, OutboxState::Queued);
        QCOMPARE(outbox.byId(ids[1])->nextAttemptAt, f.clock.now().addSecs(30));
        QCOMPARE(outbox.byId(ids[1])->lastError, busy);
        QCOMPARE(outbox.byId(ids[2])->state, OutboxState::Failed);
        QCOMPARE(outbox.byId(ids[2])->lastError, terminal);
        QCOMPARE(outbox.byId(ids[3])->state, OutboxState::Unknown);
        QCOMPARE(outbox.byId(ids[4])->state, OutboxState::Queued);
        MessageRepository messages(f.db());
        QCOMPARE(messages.find(*outbox.byId(ids[0])->messageId)->platformId,
                 QStringLiteral("wamid.a"));
        QCOMPARE(messages.find(*outbox.byId(ids[2])->messageId)->delivery.state(),
                 DeliveryState::Failed);
        QCOMPARE(messages.find(*outbox.byId(ids[3])->messageId)->delivery.state(),
                 DeliveryState::Unknown);
        // The same answers again change nothing.
        QCOMPARE(outbox.recordOutcomes(outcomes, f.clock.now()), 0);
    }

    void acceptedAppliesStatusesThatCameFirst_data()
    {
        sbtest::addDialectRows();
    }
    void acceptedAppliesStatusesThatCameFirst()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        MessageRepository messages(f.db());
        const NewOutboxEntry e = f.entry(QStringLiteral("15550001111"), f.conversationA);
        const qint64 id = outbox.enqueue(e, f.clock.now());
        QVERIFY(outbox.markSending(id, f.clock.now()));
        // The platform's "delivered" webhook beats the send's answer and names only the wamid.
        StatusUpdate delivered;
        delivered.platformId = QStringLiteral("wamid.early");
        delivered.status = QStringLiteral("delivered");
        delivered.state = DeliveryState::Delivered;
        delivered.at = f.clock.now().addMSecs(500);
        QCOMPARE(messages.recordStatus(delivered).outcome, StatusOutcome::Pending);

        f.clock.advance(1s);
        QVERIFY(outbox.markAccepted(id, QStringLiteral("wamid.early"), f.clock.now()));
        const auto row = outbox.byId(id);
        QCOMPARE(row->platformId, QStringLiteral("wamid.early"));
        const auto message = messages.find(*row->messageId);
        QCOMPARE(message->platformId, QStringLiteral("wamid.early"));
        QCOMPARE(message->delivery.state(), DeliveryState::Delivered); // never moved back
        QVERIFY(message->delivery.hasReached(DeliveryState::Accepted));
    }

    void retryKeepsTheRowAndItsError_data()
    {
        sbtest::addDialectRows();
    }
    void retryKeepsTheRowAndItsError()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const qint64 id =
            outbox.enqueue(f.entry(QStringLiteral("15550001111"), f.conversationA), f.clock.now());
        QVERIFY(outbox.markSending(id, f.clock.now()));
        const OutboxError error{131000, QStringLiteral("(#131000) Something went wrong"),
                                QStringLiteral("try later")};
        QVERIFY(outbox.markRetry(id, f.clock.now().addSecs(3), error, f.clock.now()));
        const auto row = outbox.byId(id);
        QCOMPARE(row->state, OutboxState::Queued);
        QCOMPARE(row->nextAttemptAt, f.clock.now().addSecs(3));
        QCOMPARE(row->lastError, error);
        QCOMPARE(row->attempts, 1);
        QVERIFY(outbox.claimDue(QStringLiteral("PN1"), f.clock.now(), 10).isEmpty());
        QCOMPARE(outbox.claimDue(QStringLiteral("PN1"), f.clock.now().addSecs(3), 10).size(), 1);
        QCOMPARE(outbox.queueDepth(QStringLiteral("PN1")), 1);
    }

    void failedCarriesTheErrorToTheMessage_data()
    {
        sbtest::addDialectRows();
    }
    void failedCarriesTheErrorToTheMessage()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const qint64 id =
            outbox.enqueue(f.entry(QStringLiteral("15550001111"), f.conversationA), f.clock.now());
        QVERIFY(outbox.markSending(id, f.clock.now()));
        const OutboxError error{131047, QStringLiteral("(#131047) Re-engagement message"),
                                QStringLiteral("more than 24 hours")};
        QVERIFY(outbox.markFailed(id, error, f.clock.now()));
        const auto row = outbox.byId(id);
        QCOMPARE(row->state, OutboxState::Failed);
        QCOMPARE(row->lastError, error);
        const auto message = MessageRepository(f.db()).find(*row->messageId);
        QCOMPARE(message->delivery.state(), DeliveryState::Failed);
        QVERIFY(message->delivery.error());
        QCOMPARE(message->delivery.error()->code, 131047);
        QCOMPARE(message->delivery.error()->details, QStringLiteral("more than 24 hours"));
        QCOMPARE(outbox.queueDepth(QStringLiteral("PN1")), 0);
    }

    void unknownIsResolvedByLocalIdOnly_data()
    {
        sbtest::addDialectRows();
    }
    void unknownIsResolvedByLocalIdOnly()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const NewOutboxEntry e = f.entry(QStringLiteral("15550001111"), f.conversationA);
        const qint64 id = outbox.enqueue(e, f.clock.now());
        QVERIFY(outbox.markSending(id, f.clock.now()));
        QVERIFY(outbox.markUnknown(id, OutboxError{std::nullopt, QStringLiteral("timed out"), {}},
                                   f.clock.now()));
        QCOMPARE(outbox.byId(id)->state, OutboxState::Unknown);
        QCOMPARE(MessageRepository(f.db()).find(*outbox.byId(id)->messageId)->delivery.state(),
                 DeliveryState::Unknown);
        // Never due again.
        QVERIFY(outbox.claimDue(QStringLiteral("PN1"), f.clock.now().addDays(2), 10).isEmpty());
        QCOMPARE(outbox.queueDepth(QStringLiteral("PN1")), 0);

        QVERIFY(!outbox.resolveUnknownByLocalId(QStringLiteral("sb-other"),
                                                QStringLiteral("wamid.X"), f.clock.now()));
        QVERIFY(
            outbox.resolveUnknownByLocalId(e.localId, QStringLiteral("wamid.X"), f.clock.now()));
        QVERIFY(
            !outbox.resolveUnknownByLocalId(e.localId, QStringLiteral("wamid.X"), f.clock.now()));
        const auto row = outbox.byId(id);
        QCOMPARE(row->state, OutboxState::Accepted);
        QCOMPARE(row->platformId, QStringLiteral("wamid.X"));
        const auto message = MessageRepository(f.db()).find(*row->messageId);
        QCOMPARE(message->platformId, QStringLiteral("wamid.X"));
        QCOMPARE(message->delivery.state(), DeliveryState::Accepted);

        // A failed row is not "resolved" into accepted.
        const NewOutboxEntry g = f.entry(QStringLiteral("15550001111"), f.conversationA);
        const qint64 failed = outbox.enqueue(g, f.clock.now());
        QVERIFY(outbox.markSending(failed, f.clock.now()));
        QVERIFY(outbox.markFailed(failed, OutboxError{131026, {}, {}}, f.clock.now()));
        QVERIFY(
            !outbox.resolveUnknownByLocalId(g.localId, QStringLiteral("wamid.Y"), f.clock.now()));
    }

    void crashRecoveryMakesSendingUnknown_data()
    {
        sbtest::addDialectRows();
    }
    void crashRecoveryMakesSendingUnknown()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const QDateTime now = f.clock.now();
        const qint64 sending1 =
            outbox.enqueue(f.entry(QStringLiteral("15550001111"), f.conversationA), now);
        const qint64 sending2 =
            outbox.enqueue(f.entry(QStringLiteral("15550002222"), f.conversationB), now);
        const qint64 queued =
            outbox.enqueue(f.entry(QStringLiteral("15550002222"), f.conversationB), now);
        const qint64 otherNumber = outbox.enqueue(
            f.entry(QStringLiteral("15550002222"), f.conversationB, QStringLiteral("PN2")), now);
        for (const qint64 id : {sending1, sending2, otherNumber})
            QVERIFY(outbox.markSending(id, now));

        QCOMPARE(outbox.recoverAfterCrash(QStringLiteral("PN1"), now), 2);
        QCOMPARE(outbox.byId(sending1)->state, OutboxState::Unknown);
        QCOMPARE(outbox.byId(sending2)->state, OutboxState::Unknown);
        QVERIFY(!outbox.byId(sending1)->lastError.title.isEmpty());
        QCOMPARE(outbox.byId(queued)->state, OutboxState::Queued);
        QCOMPARE(outbox.byId(otherNumber)->state, OutboxState::Sending);
        QCOMPARE(outbox.recoverAfterCrash(QStringLiteral("PN1"), now), 0);
        QCOMPARE(outbox.recoverAfterCrash(QString(), now), 1); // every number
        QCOMPARE(outbox.byId(otherNumber)->state, OutboxState::Unknown);
        // The queued row behind sending2 is free to go; the unknown ones never are.
        const QList<OutboxRow> due = outbox.claimDue(QStringLiteral("PN1"), now.addDays(1), 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, queued);
    }

    void cancelWithdrawsAQueuedMessage_data()
    {
        sbtest::addDialectRows();
    }
    void cancelWithdrawsAQueuedMessage()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const NewOutboxEntry e = f.entry(QStringLiteral("15550001111"), f.conversationA);
        const qint64 id = outbox.enqueue(e, f.clock.now());
        QVERIFY(outbox.cancel(e.localId, f.clock.now()));
        QVERIFY(!outbox.cancel(e.localId, f.clock.now()));
        QCOMPARE(outbox.byId(id)->state, OutboxState::Cancelled);
        QVERIFY(!outbox.byId(id)->messageId);
        QVERIFY(!MessageRepository(f.db()).findByLocalId(e.localId));
        QVERIFY(!outbox.markSending(id, f.clock.now()));

        const NewOutboxEntry g = f.entry(QStringLiteral("15550001111"), f.conversationA);
        const qint64 sent = outbox.enqueue(g, f.clock.now());
        QVERIFY(outbox.markSending(sent, f.clock.now()));
        QVERIFY(!outbox.cancel(g.localId, f.clock.now())); // it may already be out
    }

    void countsListAndTierHistory_data()
    {
        sbtest::addDialectRows();
    }
    void countsListAndTierHistory()
    {
        SB_FIXTURE(f);
        OutboxRepository outbox(f.db());
        const QDateTime now = f.clock.now();
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            NewOutboxEntry e = f.entry(QStringLiteral("1555000%1").arg(1000 + i), f.conversationA);
            e.businessInitiated = i < 3;
            ids.append(outbox.enqueue(e, now));
        }
        QVERIFY(outbox.markSending(ids[0], now));
        QVERIFY(outbox.markAccepted(ids[0], QStringLiteral("wamid.0"), now));
        QVERIFY(outbox.markSending(ids[1], now));
        QVERIFY(outbox.markUnknown(ids[1], {}, now.addSecs(5)));
        QVERIFY(outbox.markSending(ids[2], now));

        const OutboxCounts counts = outbox.counts(QStringLiteral("PN1"));
        QCOMPARE(counts.of(OutboxState::Accepted), 1);
        QCOMPARE(counts.of(OutboxState::Unknown), 1);
        QCOMPARE(counts.of(OutboxState::Sending), 1);
        QCOMPARE(counts.of(OutboxState::Queued), 1);
        QCOMPARE(counts.of(OutboxState::Failed), 0);
        QCOMPARE(counts.depth(), 2);
        QCOMPARE(outbox.queueDepth(QStringLiteral("PN1")), 2);

        QCOMPARE(outbox.list(QStringLiteral("PN1")).size(), 4);
        QCOMPARE(outbox.list(QStringLiteral("PN1")).first().id, ids[3]); // newest first
        const QList<OutboxRow> ended =
            outbox.list(QStringLiteral("PN1"), {OutboxState::Accepted, OutboxState::Unknown});
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended.at(0).id, ids[1]);
        QCOMPARE(ended.at(1).id, ids[0]);
        QCOMPARE(outbox.list(QStringLiteral("PN1"), {}, 1).size(), 1);

        // Business-initiated sends that were (or may have been) accepted count for the tier.
        const auto reached = outbox.businessInitiatedSince(now.addSecs(-60));
        QCOMPARE(reached.size(), 2);
        QStringList recipients;
        for (const auto &[recipient, at] : reached)
            recipients.append(recipient);
        recipients.sort();
        QCOMPARE(recipients,
                 (QStringList{QStringLiteral("15550001000"), QStringLiteral("15550001001")}));
        QVERIFY(outbox.businessInitiatedSince(now.addSecs(60)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"

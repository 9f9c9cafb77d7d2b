#include "ConversationRepository.h"
#include "Database.h"
#include "GraphClient.h"
#include "MessageRepository.h"
#include "Outbox.h"
#include "Sandbox.h"
#include "SandboxSession.h"
#include "WebhookReceiver.h"

#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace Qt::StringLiterals;

// `switchboard --sandbox` end to end: the in-process sandbox, the app's receiver storing into a
// SQLite profile, the Graph client and the outbox, all over real loopback HTTP.
class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndLoadsThePhoneNumber()
    {
        SandboxSession session({});
        QSignalSpy loaded(&session, &SandboxSession::phoneNumberLoaded);
        QSignalSpy failed(&session, &SandboxSession::phoneNumberFailed);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QCOMPARE(session.sandbox()->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(session.receiver()->port() != 0);
        // Both of the sandbox's numbers are connected and each one's fields arrive.
        QCOMPARE(session.phoneNumberIds().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 15000);
        QCOMPARE(failed.size(), 0);
        QStringList ids;
        for (const auto &arguments : std::as_const(loaded))
            ids.append(arguments.constFirst().value<PhoneNumberInfo>().id);
        ids.sort();
        QStringList expected = session.phoneNumberIds();
        expected.sort();
        QCOMPARE(ids, expected);
        const auto info = loaded.constFirst().constFirst().value<PhoneNumberInfo>();
        QCOMPARE(info.status, u"CONNECTED"_s);
        QVERIFY(info.messagingLimitTier.startsWith(u"TIER_"_s));
    }

    // The demo population's history arrives as signed webhooks and lands in the store.
    void demoHistoryIsStored()
    {
        SandboxSession session({});
        QSignalSpy ingested(&session, &SandboxSession::ingested);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        ConversationQuery all;
        QTRY_VERIFY_WITH_TIMEOUT(ConversationRepository(*session.database()).list(all).size() >= 20,
                                 30000);
        QVERIFY(!ingested.isEmpty());
        int needsReply = 0;
        for (const ConversationRecord &c : ConversationRepository(*session.database()).list(all))
            needsReply += c.needsReply() ? 1 : 0;
        QVERIFY(needsReply > 0);
    }

    void graphClientUsesTheSessionToken()
    {
        SandboxSession session({});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        bool done = false;
        QString templatesError;
        int templates = 0;
        session.graph()->listTemplates(session.wabaId(), this,
                                       [&](const GraphResult<QJsonArray> &result) {
                                           done = true;
                                           if (result.ok())
                                               templates = int(result.value().size());
                                           else
                                               templatesError = result.failure().explanation();
                                       });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(templatesError.isEmpty(), qPrintable(templatesError));
        QVERIFY(templates >= 5);
    }

    // What the composer hands over goes through the outbox and the dispatcher to the sandbox,
    // and the sandbox's status webhooks come back into the store.
    void aReplyIsSentAndItsStatusComesBack()
    {
        SandboxSession session({});
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        const QString customer = u"4915112340001"_s;
        QString problem;
        session.sandbox()->playInbound(customer, u"Test Kunde"_s,
                                       QJsonObject{{u"text"_s, u"Hallo?"_s}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The inbound message must be stored first: it opens the window the reply needs.
        QTRY_VERIFY_WITH_TIMEOUT(
            ConversationRepository(*session.database()).list(ConversationQuery{}).size() >= 1,
            15000);

        OutboundMessage out;
        out.phoneNumberId = session.phoneNumberId();
        out.message = makeText(u'+' + customer, u"Guten Tag! Wie kann ich helfen?"_s);
        const EnqueueResult queued = session.outbox()->enqueue(out);
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const SandboxSentMessage &sent : session.sandbox()->sentMessages()) {
                    if (sent.waId == customer)
                        return true;
                }
                return false;
            }(),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto row =
                    MessageRepository(*session.database()).findByLocalId(queued.localId);
                return row && row->delivery.hasReached(DeliveryState::Sent);
            }(),
            20000);
    }
};

QTEST_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"

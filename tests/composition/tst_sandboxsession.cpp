#include "ActivityText.h"
#include "GraphClient.h"
#include "Sandbox.h"
#include "SandboxSession.h"
#include "WebhookReceiver.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace sb;
using namespace Qt::StringLiterals;

// `switchboard --sandbox` end to end: the in-process sandbox, the app's receiver and the Graph
// client, all over real loopback HTTP with per-session credentials.
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
        QVERIFY(session.sandbox()->baseUrl().host() == u"127.0.0.1"_s);
        QVERIFY(session.receiver()->port() != 0);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(failed.size(), 0);
        const auto info = loaded.constFirst().constFirst().value<PhoneNumberInfo>();
        QCOMPARE(info.id, session.phoneNumberId());
        QCOMPARE(info.status, u"CONNECTED"_s);
        QVERIFY(!info.qualityRating.isEmpty());
        QVERIFY(info.messagingLimitTier.startsWith(u"TIER_"_s));
    }

    // The demo population's history arrives as signed webhooks the receiver accepts.
    void demoHistoryArrivesThroughTheReceiver()
    {
        SandboxSession session({});
        std::set<QString> customers;
        int described = 0;
        connect(&session, &SandboxSession::eventsReceived, this,
                [&](const QList<WebhookEvent> &events) {
                    for (const WebhookEvent &event : events) {
                        described += activityText(event).isEmpty() ? 0 : 1;
                        if (const auto *inbound = std::get_if<InboundMessageEvent>(&event))
                            customers.insert(inbound->message.from);
                    }
                });
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        // The demo scenario promises at least 20 conversations.
        QTRY_VERIFY_WITH_TIMEOUT(customers.size() >= 20, 30000);
        QCOMPARE(described, session.eventCount());
    }

    // The Graph client reaches the sandbox with the session token (paged template listing).
    void graphClientSpeaksToTheSandboxWithTheSessionToken()
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
};

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandboxsession.moc"

#include "AlertRepository.h"
#include "Ingestor.h"
#include "StoreFixtures.h"
#include "WebhookLogRepository.h"

using namespace sb;
using namespace std::chrono_literals;
using storetest::T0;

using namespace fixtures;

class TestIngestor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inboundCreatesConversation_data() { storetest::addBackendRows(); }
    void inboundCreatesConversation();
    void sameBatchTwiceChangesNothing_data() { storetest::addBackendRows(); }
    void sameBatchTwiceChangesNothing();
    void windowRefresh_data() { storetest::addBackendRows(); }
    void windowRefresh();
    void entryPointMessage_data() { storetest::addBackendRows(); }
    void entryPointMessage();
    void keywordMatching_data();
    void keywordMatching();
    void optOutKeywords_data() { storetest::addBackendRows(); }
    void optOutKeywords();
    void configuredKeywords_data() { storetest::addBackendRows(); }
    void configuredKeywords();
    void userPreferences_data() { storetest::addBackendRows(); }
    void userPreferences();
    void changedNumber_data() { storetest::addBackendRows(); }
    void changedNumber();
    void unusableMessageDeadLettered_data() { storetest::addBackendRows(); }
    void unusableMessageDeadLettered();
    void rawPayloadProcessedWithBatch_data() { storetest::addBackendRows(); }
    void rawPayloadProcessedWithBatch();
    void failedBatchStoresNothing_data() { storetest::addBackendRows(); }
    void failedBatchStoresNothing();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestIngestor::inboundCreatesConversation()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    const IngestResult result =
        ingestor.ingest({events::text(QStringLiteral("wamid.1"), Customer,
                                      QStringLiteral("Does it come in another color?"), T0,
                                      QStringLiteral("Sheena Nelson")),
                         events::image(QStringLiteral("wamid.2"), Customer,
                                       QStringLiteral("this one, in blue"), at(1min))});
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.inboundStored, 2);
    QCOMPARE(result.messageIds.size(), 2);
    QCOMPARE(result.conversationIds.size(), 1);

    const ContactRecord contact = contactOf(*db, Customer);
    QCOMPARE(contact.key, QStringLiteral("wa:16505551234"));
    QCOMPARE(contact.profile.profileName, QStringLiteral("Sheena Nelson"));
    const ConversationRecord conversation = conversationOf(*db, Customer);
    QCOMPARE(conversation.id, result.conversationIds.first());
    QCOMPARE(conversation.unreadCount, 2);
    QCOMPARE(conversation.window.lastInbound, std::optional<QDateTime>(at(1min)));
    QCOMPARE(conversation.windowDeadline, at(1min + 24h));
    QVERIFY(conversation.needsReply());
    QCOMPARE(conversation.lastMessageKind, QStringLiteral("image"));
    QCOMPARE(conversation.lastMessagePreview, QStringLiteral("this one, in blue"));

    const auto first = MessageRepository(*db).findByPlatformId(QStringLiteral("wamid.1"));
    QVERIFY(first);
    QCOMPARE(first->direction, Direction::Inbound);
    QCOMPARE(first->kind, QStringLiteral("text"));
    QCOMPARE(first->bodyText, QStringLiteral("Does it come in another color?"));
    QVERIFY(
        first->contentJson.contains(QStringLiteral("\"body\":\"Does it come in another color?\"")));
    QCOMPARE(first->createdAt, T0);
    const auto second = MessageRepository(*db).findByPlatformId(QStringLiteral("wamid.2"));
    QVERIFY(second);
    QCOMPARE(second->bodyText, QStringLiteral("this one, in blue"));
}

void TestIngestor::sameBatchTwiceChangesNothing()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const qint64 out = outbound(*db, QStringLiteral("local-1"), QStringLiteral("wamid.out"));
    QVERIFY(out > 0);
    const QList<WebhookEvent> batch{
        events::text(QStringLiteral("wamid.1"), Customer, QStringLiteral("hi"), T0,
                     QStringLiteral("Ana")),
        events::text(QStringLiteral("wamid.2"), QStringLiteral("4915112345678"),
                     QStringLiteral("STOP"), at(1s)),
        events::status(QStringLiteral("wamid.out"), QStringLiteral("delivered"), at(2s)),
        events::status(QStringLiteral("wamid.elsewhere"), QStringLiteral("sent"), at(2s)),
        events::preference(Customer, QStringLiteral("stop"), at(3s)),
    };
    Ingestor ingestor(*db);
    const IngestResult first = ingestor.ingest(batch);
    QVERIFY2(first.ok, qPrintable(first.error.toString()));
    QCOMPARE(first.inboundStored, 2);
    QCOMPARE(first.optOuts, 1);
    QCOMPARE(first.statusesApplied, 1);
    QCOMPARE(first.statusesPending, 1);
    QCOMPARE(first.preferenceUpdates, 1);
    QCOMPARE(first.alertsRaised, 2);
    const QString before = storetest::dumpTables(*db);

    const IngestResult second = ingestor.ingest(batch);
    QVERIFY2(second.ok, qPrintable(second.error.toString()));
    QCOMPARE(second.inboundStored, 0);
    QCOMPARE(second.inboundDuplicates, 2);
    QCOMPARE(second.statusesDuplicate, 2);
    QCOMPARE(second.optOuts, 0);
    QCOMPARE(second.preferenceUpdates, 0);
    QCOMPARE(second.alertsRaised, 0);
    QVERIFY(second.messageIds.isEmpty());
    QCOMPARE(storetest::dumpTables(*db), before);
}

void TestIngestor::windowRefresh()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    QVERIFY(ingestor.ingest({events::text(QStringLiteral("w1"), Customer, QStringLiteral("a"), T0)})
                .ok);
    QCOMPARE(conversationOf(*db, Customer).windowDeadline, at(24h));
    QVERIFY(
        ingestor.ingest({events::text(QStringLiteral("w2"), Customer, QStringLiteral("b"), at(5h))})
            .ok);
    QCOMPARE(conversationOf(*db, Customer).windowDeadline, at(29h));
    // A message written earlier but delivered late never shortens the window.
    QVERIFY(
        ingestor.ingest({events::text(QStringLiteral("w3"), Customer, QStringLiteral("c"), at(1h))})
            .ok);
    const ConversationRecord conversation = conversationOf(*db, Customer);
    QCOMPARE(conversation.windowDeadline, at(29h));
    QCOMPARE(conversation.unreadCount, 3);
    QCOMPARE(conversation.lastMessagePreview, QStringLiteral("b")); // still the newest one
    const WindowState state = ServiceWindow::evaluate(conversation.window, at(28h));
    QVERIFY(state.canSendFreeForm());
    QVERIFY(!ServiceWindow::evaluate(conversation.window, at(29h + 1s)).canSendFreeForm());
}

void TestIngestor::entryPointMessage()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    InboundMessageEvent e =
        events::text(QStringLiteral("w1"), Customer, QStringLiteral("from the ad"), T0);
    e.message.referral = Referral{};
    e.message.referral->sourceType = QStringLiteral("ad");
    QVERIFY(Ingestor(*db).ingest({e}).ok);
    const ConversationRecord conversation = conversationOf(*db, Customer);
    QCOMPARE(conversation.window.entryPointAt, std::optional<QDateTime>(T0));
    // The business replies inside the window: the 72 h free-entry-point window opens.
    QVERIFY(ConversationRepository(*db).recordBusinessReply(conversation.id, at(1h)));
    const auto updated = ConversationRepository(*db).find(conversation.id);
    QVERIFY(updated);
    QCOMPARE(updated->window.entryPointReplyAt, std::optional<QDateTime>(at(1h)));
}

void TestIngestor::keywordMatching_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("optsOut");
    QTest::newRow("STOP") << QStringLiteral("STOP") << true;
    QTest::newRow("lower, spaces") << QStringLiteral("  stop \n") << true;
    QTest::newRow("punctuation") << QStringLiteral("Stop!") << true;
    QTest::newRow("unsubscribe") << QStringLiteral("Unsubscribe.") << true;
    QTest::newRow("opt-out") << QStringLiteral("opt-out") << true;
    QTest::newRow("German") << QStringLiteral("ABMELDEN") << true;
    QTest::newRow("German stopp") << QStringLiteral("stopp") << true;
    QTest::newRow("Spanish") << QStringLiteral("baja") << true;
    QTest::newRow("Portuguese") << QStringLiteral("Parar") << true;
    QTest::newRow("Spanish cancelar") << QStringLiteral("CANCELAR") << true;
    QTest::newRow("French accent") << QStringLiteral("arrêt") << true;
    QTest::newRow("French plain") << QStringLiteral("ARRET") << true;
    QTest::newRow("French, combining accent") << QString::fromUtf16(u"arre\u0302t") << true;
    QTest::newRow("padded with punctuation")
        << QStringLiteral("  ...STOP!!! ...  ....  !!!!  ") << true;
    QTest::newRow("Russian") << QStringLiteral("стоп") << true;
    QTest::newRow("Arabic") << QStringLiteral("توقف") << true;
    QTest::newRow("inside a sentence")
        << QStringLiteral("please stop sending the invoice") << false;
    QTest::newRow("prefix of a word") << QStringLiteral("stopwatch") << false;
    QTest::newRow("two words") << QStringLiteral("stop it") << false;
    QTest::newRow("negated") << QStringLiteral("don't stop") << false;
    QTest::newRow("later") << QStringLiteral("I will unsubscribe later") << false;
    QTest::newRow("cancel alone is an order matter") << QStringLiteral("cancel") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIngestor::keywordMatching()
{
    QFETCH(QString, message);
    QFETCH(bool, optsOut);
    QCOMPARE(!OptOutKeywords().match(message).isEmpty(), optsOut);
}

void TestIngestor::optOutKeywords()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const QList<std::pair<QString, bool>> cases{{QStringLiteral("STOP"), true},
                                                {QStringLiteral("Abmelden"), true},
                                                {QStringLiteral("BAJA"), true},
                                                {QStringLiteral("Arrêt"), true},
                                                {QStringLiteral("cancelar!"), true},
                                                {QStringLiteral("please stop"), false},
                                                {QStringLiteral("stop the order"), false},
                                                {QStringLiteral("unstoppable"), false}};
    QList<WebhookEvent> batch;
    for (int i = 0; i < cases.size(); ++i) {
        batch.append(events::text(QStringLiteral("w%1").arg(i),
                                  QStringLiteral("4930000000%1").arg(i), cases.at(i).first,
                                  at(std::chrono::minutes(i))));
    }
    const IngestResult result = Ingestor(*db).ingest(batch);
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.optOuts, 5);
    AlertRepository alerts(*db);
    const QList<AlertRecord> open = alerts.listOpen();
    QCOMPARE(open.size(), 5);
    for (int i = 0; i < cases.size(); ++i) {
        const ContactRecord contact = contactOf(*db, QStringLiteral("4930000000%1").arg(i));
        QVERIFY(contact.id > 0);
        QCOMPARE(contact.isOptedOut(), cases.at(i).second);
        if (cases.at(i).second) {
            QCOMPARE(contact.optOutMethod, QStringLiteral("keyword"));
            QCOMPARE(contact.optOutDetail, cases.at(i).first);
            QCOMPARE(contact.optOutAt, std::optional<QDateTime>(at(std::chrono::minutes(i))));
            const QString subject = QStringLiteral("contact:%1").arg(contact.id);
            QVERIFY(std::any_of(open.cbegin(), open.cend(), [&](const AlertRecord &a) {
                return a.kind == u"contact_opt_out" && a.subject == subject
                    && a.text.contains(cases.at(i).first);
            }));
        }
    }
    // An opt-in after the keyword lifts it; a keyword sent again later sets it again.
    const qint64 id = contactOf(*db, QStringLiteral("49300000000")).id;
    QVERIFY(ContactRepository(*db).recordOptIn(id, QStringLiteral("web form"), at(1h)));
    QVERIFY(!contactOf(*db, QStringLiteral("49300000000")).isOptedOut());
    QVERIFY(Ingestor(*db)
                .ingest({events::text(QStringLiteral("w-again"), QStringLiteral("49300000000"),
                                      QStringLiteral("stop"), at(2h))})
                .ok);
    QVERIFY(contactOf(*db, QStringLiteral("49300000000")).isOptedOut());
}

void TestIngestor::configuredKeywords()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    IngestorConfig config;
    config.optOutKeywords = {QStringLiteral("HALT"), QStringLiteral("Keine Werbung")};
    Ingestor ingestor(*db, config);
    const IngestResult result =
        ingestor.ingest({events::text(QStringLiteral("w1"), QStringLiteral("111111111"),
                                      QStringLiteral("halt"), T0),
                         events::text(QStringLiteral("w2"), QStringLiteral("222222222"),
                                      QStringLiteral("STOP"), T0),
                         events::text(QStringLiteral("w3"), QStringLiteral("333333333"),
                                      QStringLiteral("keine   werbung!"), T0)});
    QVERIFY(result.ok);
    QCOMPARE(result.optOuts, 2);
    QVERIFY(contactOf(*db, QStringLiteral("111111111")).isOptedOut());
    QVERIFY(!contactOf(*db, QStringLiteral("222222222")).isOptedOut());
    QVERIFY(contactOf(*db, QStringLiteral("333333333")).isOptedOut());
}

void TestIngestor::userPreferences()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    IngestResult r =
        ingestor.ingest({events::preference(Customer, QStringLiteral("stop"), at(2h))});
    QVERIFY(r.ok);
    QCOMPARE(r.preferenceUpdates, 1);
    QCOMPARE(r.alertsRaised, 1);
    ContactRecord contact = contactOf(*db, Customer);
    QVERIFY(contact.marketingStopped());
    QCOMPARE(contact.profile.profileName, QStringLiteral("Pref Person"));
    QVERIFY(!contact.isOptedOut()); // marketing only: service replies are still fine
    // An older "resume" delivered late changes nothing.
    r = ingestor.ingest({events::preference(Customer, QStringLiteral("resume"), at(1h))});
    QCOMPARE(r.preferenceUpdates, 0);
    QVERIFY(contactOf(*db, Customer).marketingStopped());
    r = ingestor.ingest({events::preference(Customer, QStringLiteral("resume"), at(3h))});
    QCOMPARE(r.preferenceUpdates, 1);
    QCOMPARE(r.alertsRaised, 0);
    contact = contactOf(*db, Customer);
    QVERIFY(!contact.marketingStopped());
    QCOMPARE(contact.marketingPreference, QStringLiteral("resume"));
    QCOMPARE(contact.marketingPreferenceAt, std::optional<QDateTime>(at(3h)));
}

void TestIngestor::changedNumber()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    Ingestor ingestor(*db);
    QVERIFY(
        ingestor.ingest({events::text(QStringLiteral("w1"), Customer, QStringLiteral("hi"), T0)})
            .ok);
    SystemContent system{QStringLiteral("user_changed_number"),
                         QStringLiteral("User A changed from 16505551234 to 16505559999"),
                         QStringLiteral("16505559999"),
                         {}};
    InboundMessageEvent e =
        events::inbound(QStringLiteral("w2"), Customer, system, MessageKind::System, at(1h));
    e.contact = {};
    const IngestResult r = ingestor.ingest({e});
    QVERIFY(r.ok);
    QCOMPARE(r.inboundStored, 1);
    const ContactRecord moved = contactOf(*db, QStringLiteral("16505559999"));
    QVERIFY(moved.id > 0);
    QCOMPARE(moved.key, QStringLiteral("wa:16505559999"));
    const ConversationRecord conversation = conversationOf(*db, QStringLiteral("16505559999"));
    QCOMPARE(conversation.unreadCount, 1); // the notice is not the customer writing
    QCOMPARE(conversation.window.lastInbound, std::optional<QDateTime>(T0));
}

void TestIngestor::unusableMessageDeadLettered()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    InboundMessageEvent noNumber =
        events::text(QStringLiteral("w1"), Customer, QStringLiteral("x"), T0);
    noNumber.origin.phoneNumberId.clear();
    InboundMessageEvent noSender =
        events::text(QStringLiteral("w2"), QString(), QStringLiteral("y"), T0);
    const IngestResult r = Ingestor(*db).ingest({noNumber, noSender});
    QVERIFY(r.ok);
    QCOMPARE(r.inboundStored, 0);
    QCOMPARE(r.skipped, 2);
    const QList<DeadLetterRecord> letters = WebhookLogRepository(*db).deadLetters();
    QCOMPARE(letters.size(), 2);
    QVERIFY(letters.at(0).body.contains("w2") || letters.at(1).body.contains("w2"));
    QVERIFY(!letters.at(0).reason.isEmpty());
}

void TestIngestor::rawPayloadProcessedWithBatch()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    WebhookLogRepository log(*db);
    const SavedPayload saved =
        log.save(QByteArrayLiteral("{\"object\":\"whatsapp_business_account\"}"));
    QVERIFY(!saved.alreadyProcessed);
    QCOMPARE(log.unprocessed().size(), 1);
    WebhookParseResult parsed;
    parsed.validJson = true;
    parsed.events.append(events::text(QStringLiteral("w1"), Customer, QStringLiteral("hi"), T0));
    parsed.problems.append({QStringLiteral("entry[0].changes[0].value.messages[1].timestamp"),
                            QStringLiteral("not a number")});
    const IngestResult r = Ingestor(*db).ingest(parsed, saved.id);
    QVERIFY(r.ok);
    const auto row = log.find(saved.id);
    QVERIFY(row);
    QVERIFY(row->processed);
    QCOMPARE(row->eventCount, 1);
    QVERIFY(row->problemsJson.contains(QStringLiteral("messages[1].timestamp")));
    QVERIFY(log.unprocessed().isEmpty());
    QCOMPARE(MessageRepository(*db).findByPlatformId(QStringLiteral("w1"))->createdAt, T0);
    // The same body again: already processed, nothing to do.
    QVERIFY(
        log.save(QByteArrayLiteral("{\"object\":\"whatsapp_business_account\"}")).alreadyProcessed);
}

void TestIngestor::failedBatchStoresNothing()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    WebhookLogRepository log(*db);
    const SavedPayload saved = log.save(QByteArrayLiteral("{}"));
    // Breaking the alert table makes the opt-out at the end of the batch fail.
    db->execute(QStringLiteral("DROP TABLE alert_sources"));
    db->execute(QStringLiteral("DROP TABLE alerts"));
    const IngestResult r = Ingestor(*db).ingest(
        {events::text(QStringLiteral("w1"), Customer, QStringLiteral("hello"), T0),
         events::text(QStringLiteral("w2"), Customer, QStringLiteral("STOP"), at(1s))},
        saved.id);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, StoreErrorKind::QueryFailed);
    QCOMPARE(storetest::count(*db, QStringLiteral("messages")), 0);
    QCOMPARE(storetest::count(*db, QStringLiteral("contacts")), 0);
    QVERIFY(!log.find(saved.id)->processed); // Meta retries, and the retry is ingested again
}

QTEST_GUILESS_MAIN(TestIngestor)
#include "tst_ingestor.moc"

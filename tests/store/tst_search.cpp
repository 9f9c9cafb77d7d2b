#include "ContactRepository.h"
#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "SearchRepository.h"
#include "SqlStatement.h"
#include "StoreTestSupport.h"

using namespace sb;
using storetest::T0;

namespace {

struct Seeded
{
    qint64 conversationA = 0;
    qint64 conversationB = 0;
    QHash<QString, qint64> ids; // body text -> message id
};

Seeded seed(Database &db)
{
    Seeded s;
    ContactRepository contacts(db);
    ConversationRepository conversations(db);
    s.conversationA = conversations.ensure(
        contacts.upsert(ContactIdentity{{}, {}, QStringLiteral("111111111"), {}}).id,
        QStringLiteral("pn-a"));
    s.conversationB = conversations.ensure(
        contacts.upsert(ContactIdentity{{}, {}, QStringLiteral("222222222"), {}}).id,
        QStringLiteral("pn-b"));
    const QList<std::tuple<qint64, QString, QString>> rows{
        {s.conversationA, QStringLiteral("text"), QStringLiteral("Your delivery is on the way")},
        {s.conversationA, QStringLiteral("image"), QStringLiteral("Blue sweater, size M")},
        {s.conversationA, QStringLiteral("text"), QStringLiteral("it's ready for pickup")},
        {s.conversationB, QStringLiteral("text"), QStringLiteral("Café opens at 9")},
        {s.conversationB, QStringLiteral("text"), QStringLiteral("Welche Größe hat das?")},
        {s.conversationB, QStringLiteral("text"), QStringLiteral("another delivery question")},
        {s.conversationB, QStringLiteral("sticker"), QString()},
    };
    MessageRepository messages(db);
    int n = 0;
    for (const auto &[conversation, kind, body] : rows) {
        NewMessage m;
        m.conversationId = conversation;
        m.direction = n % 2 ? Direction::Outbound : Direction::Inbound;
        m.kind = kind;
        m.platformId = QStringLiteral("wamid.%1").arg(n);
        m.bodyText = body;
        m.createdAt = T0.addSecs(n++);
        s.ids.insert(body, messages.insert(m).value_or(0));
    }
    return s;
}

QStringList bodies(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &h : hits)
        list.append(h.bodyText);
    return list;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terms_data();
    void terms();
    void findsWordsAndCaptions_data() { storetest::addBackendRows(); }
    void findsWordsAndCaptions();
    void hostileInput_data() { storetest::addBackendRows(); }
    void hostileInput();
    void indexFollowsEdits_data() { storetest::addBackendRows(); }
    void indexFollowsEdits();
    void filtersAndPages_data() { storetest::addBackendRows(); }
    void filtersAndPages();
    void cleanupTestCase() { m_backends.dropPgDatabase(); }

private:
    storetest::Backends m_backends;
};

void TestSearch::terms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("Delivery Time")
                           << QStringList{QStringLiteral("delivery"), QStringLiteral("time")};
    QTest::newRow("syntax is separators")
        << QStringLiteral("\"a\" OR b* -c d:e NEAR(f g) (h)")
        << QStringList{QStringLiteral("a"),    QStringLiteral("or"), QStringLiteral("b"),
                       QStringLiteral("c"),    QStringLiteral("d"),  QStringLiteral("e"),
                       QStringLiteral("near"), QStringLiteral("f"),  QStringLiteral("g"),
                       QStringLiteral("h")};
    QTest::newRow("quotes and apostrophes")
        << QStringLiteral("it's \"x")
        << QStringList{QStringLiteral("it"), QStringLiteral("s"), QStringLiteral("x")};
    QTest::newRow("duplicates once") << QStringLiteral("a a A") << QStringList{QStringLiteral("a")};
    QTest::newRow("accents kept") << QStringLiteral("Café Größe")
                                  << QStringList{QStringLiteral("café"), QStringLiteral("größe")};
    QTest::newRow("nothing") << QStringLiteral(" * - \" ' : ") << QStringList{};
    QStringList many;
    QString input;
    for (int i = 0; i < 30; ++i)
        input += QStringLiteral("w%1 ").arg(i);
    for (int i = 0; i < SearchRepository::MaxTerms; ++i)
        many.append(QStringLiteral("w%1").arg(i));
    QTest::newRow("capped") << input << many;
    QTest::newRow("long word cut")
        << QString(200, u'x') << QStringList{QString(SearchRepository::MaxTermLength, u'x')};
}

void TestSearch::terms()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchRepository::terms(input), expected);
    for (const QString &term : SearchRepository::terms(input)) {
        QVERIFY(!term.contains(u'"'));
        QVERIFY(!term.contains(u'\''));
    }
}

void TestSearch::findsWordsAndCaptions()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const Seeded s = seed(*db);
    SearchRepository search(*db);
    const auto find = [&search](const QString &text) {
        return bodies(search.search({text, {}, {}, 50, {}}));
    };
    QCOMPARE(find(QStringLiteral("delivery")),
             (QStringList{QStringLiteral("another delivery question"),
                          QStringLiteral("Your delivery is on the way")}));
    QCOMPARE(find(QStringLiteral("DELIV")), find(QStringLiteral("delivery"))); // prefixes, any case
    QCOMPARE(find(QStringLiteral("delivery way")),
             QStringList{QStringLiteral("Your delivery is on the way")});
    // The last word may be unfinished; earlier ones are whole words.
    QCOMPARE(find(QStringLiteral("delivery wa")),
             QStringList{QStringLiteral("Your delivery is on the way")});
    QCOMPARE(find(QStringLiteral("deliv way")), QStringList{});
    QCOMPARE(find(QStringLiteral("delivery sweater")), QStringList{});
    QCOMPARE(find(QStringLiteral("sweater")),
             QStringList{QStringLiteral("Blue sweater, size M")}); // a caption
    QCOMPARE(find(QStringLiteral("it's")), QStringList{QStringLiteral("it's ready for pickup")});
    QCOMPARE(find(QStringLiteral("café")), QStringList{QStringLiteral("Café opens at 9")});
    QCOMPARE(find(QStringLiteral("größe")), QStringList{QStringLiteral("Welche Größe hat das?")});
    if (dialect == Dialect::SQLite)
        QCOMPARE(find(QStringLiteral("cafe")), QStringList{QStringLiteral("Café opens at 9")});
    const QList<SearchHit> hits = search.search({QStringLiteral("sweater"), {}, {}, 50, {}});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, s.ids.value(QStringLiteral("Blue sweater, size M")));
    QCOMPARE(hits.first().conversationId, s.conversationA);
    QCOMPARE(hits.first().kind, QStringLiteral("image"));
    QCOMPARE(hits.first().direction, Direction::Outbound);
    QCOMPARE(hits.first().createdAt, T0.addSecs(1));
}

void TestSearch::hostileInput()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    seed(*db);
    SearchRepository search(*db);
    // Query syntax of either engine, typed by an agent: never an error, never interpreted.
    const QList<std::pair<QString, int>> cases{
        {QStringLiteral("\""), 0},
        {QStringLiteral("\"delivery"), 2},
        {QStringLiteral("delivery\""), 2},
        {QStringLiteral("\"\" \"\""), 0},
        {QStringLiteral("delivery OR sweater"), 0},
        {QStringLiteral("delivery AND"), 0},
        {QStringLiteral("NOT delivery"), 0},
        {QStringLiteral("NEAR(delivery way)"), 0},
        {QStringLiteral("*"), 0},
        {QStringLiteral("deliv*"), 2},
        {QStringLiteral("-sweater"), 1},
        {QStringLiteral("body_text:sweater"), 0},
        {QStringLiteral("sweater:*"), 1},
        {QStringLiteral("'; DROP TABLE messages; --"), 0},
        {QStringLiteral("a:b & c | !d <-> e"), 0},
        {QStringLiteral("\\ ( ) ^ + { } [ ]"), 0},
        {QStringLiteral("delivery)"), 2},
        {QStringLiteral("(delivery"), 2},
    };
    for (const auto &[text, expected] : cases) {
        QList<SearchHit> hits;
        try {
            hits = search.search({text, {}, {}, 50, {}});
        } catch (const StoreException &e) {
            QFAIL(qPrintable(text + QStringLiteral(" -> ") + e.error().toString()));
        }
        QVERIFY2(hits.size() == expected,
                 qPrintable(QStringLiteral("%1 -> %2 hits").arg(text).arg(hits.size())));
    }
    QCOMPARE(storetest::count(*db, QStringLiteral("messages")), 7);
}

void TestSearch::indexFollowsEdits()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const Seeded s = seed(*db);
    SearchRepository search(*db);
    const qint64 id = s.ids.value(QStringLiteral("Blue sweater, size M"));
    SqlStatement edit(*db, QStringLiteral("UPDATE messages SET body_text = ? WHERE id = ?"));
    edit.bind(QStringLiteral("Red jacket")).bind(id).exec();
    QVERIFY(search.search({QStringLiteral("sweater"), {}, {}, 10, {}}).isEmpty());
    QCOMPARE(search.search({QStringLiteral("jacket"), {}, {}, 10, {}}).size(), 1);
    SqlStatement clear(*db, QStringLiteral("UPDATE messages SET body_text = NULL WHERE id = ?"));
    clear.bind(id).exec();
    QVERIFY(search.search({QStringLiteral("jacket"), {}, {}, 10, {}}).isEmpty());
    SqlStatement remove(*db, QStringLiteral("DELETE FROM messages WHERE id = ?"));
    remove.bind(s.ids.value(QStringLiteral("Café opens at 9"))).exec();
    QVERIFY(search.search({QStringLiteral("opens"), {}, {}, 10, {}}).isEmpty());
    if (dialect == Dialect::SQLite) {
        // The external-content index agrees with its table after all of that.
        db->execute(
            QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')"));
    }
}

void TestSearch::filtersAndPages()
{
    QFETCH(Dialect, dialect);
    SB_FRESH_DB(m_backends, db, dialect);
    const Seeded s = seed(*db);
    SearchRepository search(*db);
    QCOMPARE(bodies(search.search({QStringLiteral("delivery"), s.conversationA, {}, 50, {}})),
             QStringList{QStringLiteral("Your delivery is on the way")});
    QCOMPARE(
        bodies(search.search({QStringLiteral("delivery"), {}, QStringLiteral("pn-b"), 50, {}})),
        QStringList{QStringLiteral("another delivery question")});
    const QList<SearchHit> first = search.search({QStringLiteral("delivery"), {}, {}, 1, {}});
    QCOMPARE(bodies(first), QStringList{QStringLiteral("another delivery question")});
    QCOMPARE(bodies(search.search({QStringLiteral("delivery"), {}, {}, 1, first.last().messageId})),
             QStringList{QStringLiteral("Your delivery is on the way")});
    QVERIFY(search.search({QStringLiteral("delivery"), {}, {}, 0, {}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

#include "DeliveryStatus.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace sb;

namespace {

using State = DeliveryState;

const QDateTime Base(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC);

QDateTime at(qint64 seconds)
{
    return Base.addSecs(seconds);
}

const StatusError Undeliverable{131026, QStringLiteral("Message undeliverable"),
                                QStringLiteral("Receiver is incapable of receiving this message")};
const StatusError Ecosystem{131049,
                            QStringLiteral("This message was not delivered to maintain healthy "
                                           "ecosystem engagement."),
                            QStringLiteral("Per-user marketing limit")};
const StatusError Generic{131000, QStringLiteral("Something went wrong"), QString()};

struct Event
{
    State state;
    qint64 second;
    std::optional<StatusError> error;
};

// What a status must look like after a set of events: its state, the second each state was reached
// (-1 = never), and the error code kept (0 = none).
struct Expected
{
    State state;
    std::vector<std::pair<State, qint64>> reached;
    int errorCode = 0;
};

bool applyAll(DeliveryStatus &status, const std::vector<Event> &events,
              const std::vector<std::size_t> &order)
{
    bool changed = false;
    for (const std::size_t i : order)
        changed = status.apply(events[i].state, at(events[i].second), events[i].error) || changed;
    return changed;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Event>)
Q_DECLARE_METATYPE(Expected)

class TestDeliveryStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireStatuses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("known");
        QTest::addColumn<State>("state");
        QTest::newRow("sent") << QStringLiteral("sent") << true << State::Sent;
        QTest::newRow("delivered") << QStringLiteral("delivered") << true << State::Delivered;
        QTest::newRow("read") << QStringLiteral("read") << true << State::Read;
        QTest::newRow("played") << QStringLiteral("played") << true << State::Played;
        QTest::newRow("failed") << QStringLiteral("failed") << true << State::Failed;
        QTest::newRow("empty") << QString() << false << State::Draft;
        QTest::newRow("upper case") << QStringLiteral("SENT") << false << State::Draft;
        QTest::newRow("padded") << QStringLiteral(" sent") << false << State::Draft;
        QTest::newRow("deleted") << QStringLiteral("deleted") << false << State::Draft;
        QTest::newRow("warning") << QStringLiteral("warning") << false << State::Draft;
        QTest::newRow("local name is not a webhook value")
            << QStringLiteral("accepted") << false << State::Draft;
        QTest::newRow("draft") << QStringLiteral("draft") << false << State::Draft;
    }

    void wireStatuses()
    {
        QFETCH(QString, wire);
        QFETCH(bool, known);
        QFETCH(State, state);
        const auto parsed = deliveryStateFromWire(wire);
        QCOMPARE(parsed.has_value(), known);
        if (known) {
            QCOMPARE(*parsed, state);
            QVERIFY(isPlatformState(state));
            QCOMPARE(deliveryStateName(state), wire);
        }
    }

    void namesRoundTrip()
    {
        QStringList names;
        for (int i = 0; i < DeliveryStateCount; ++i) {
            const auto state = static_cast<State>(i);
            const QString name = deliveryStateName(state);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.append(name);
            QCOMPARE(deliveryStateFromName(name), std::optional(state));
            QVERIFY(!DeliveryStatus::label(state).isEmpty());
        }
        QCOMPARE(deliveryStateFromName(u"bogus"), std::nullopt);
        QCOMPARE(deliveryStateFromName(u""), std::nullopt);
    }

    void rankIsTheDocumentedChain()
    {
        const std::vector<State> chain{
            State::Draft, State::Queued, State::Sending,   State::Unknown, State::Accepted,
            State::Sent,  State::Failed, State::Delivered, State::Read,    State::Played};
        QCOMPARE(int(chain.size()), DeliveryStateCount);
        for (std::size_t i = 1; i < chain.size(); ++i)
            QVERIFY(deliveryStateRank(chain[i - 1]) < deliveryStateRank(chain[i]));
    }

    void emptyStatus()
    {
        const DeliveryStatus status;
        QVERIFY(status.isEmpty());
        QCOMPARE(status.state(), State::Draft);
        QVERIFY(!status.since().isValid());
        QVERIFY(!status.error());
        for (int i = 0; i < DeliveryStateCount; ++i)
            QVERIFY(!status.hasReached(static_cast<State>(i)));
    }

    void localProgression()
    {
        DeliveryStatus status;
        const std::vector<State> steps{State::Draft, State::Queued, State::Sending,
                                       State::Accepted};
        for (std::size_t i = 0; i < steps.size(); ++i) {
            QVERIFY(status.apply(steps[i], at(qint64(i))));
            QCOMPARE(status.state(), steps[i]);
            QCOMPARE(status.since(), at(qint64(i)));
        }
        QVERIFY(!status.apply(State::Queued, at(10))); // already queued, earlier
        QVERIFY(!status.apply(State::Accepted, at(3))); // duplicate
        QCOMPARE(status.state(), State::Accepted);
        QVERIFY(status.apply(State::Unknown, at(11))); // recorded, but it cannot undo "accepted"
        QCOMPARE(status.state(), State::Accepted);
        QCOMPARE(status.timestamp(State::Queued), std::optional(at(1)));
    }

    void unknownOutcome()
    {
        DeliveryStatus status;
        status.apply(State::Sending, at(1));
        QVERIFY(status.apply(State::Unknown, at(31)));
        QCOMPARE(status.state(), State::Unknown);
        QVERIFY(status.apply(State::Accepted, at(40))); // reconciliation found the id
        QCOMPARE(status.state(), State::Accepted);
    }

    void unknownResolvedByAnyPlatformStatus_data()
    {
        QTest::addColumn<State>("platform");
        for (const State state :
             {State::Sent, State::Delivered, State::Read, State::Played, State::Failed})
            QTest::newRow(qPrintable(deliveryStateName(state))) << state;
    }

    void unknownResolvedByAnyPlatformStatus()
    {
        QFETCH(State, platform);
        DeliveryStatus status;
        status.apply(State::Sending, at(1));
        status.apply(State::Unknown, at(31));
        QVERIFY(status.apply(platform, at(40), Generic));
        QCOMPARE(status.state(), platform);
        QCOMPARE(status.since(), at(40));
        QCOMPARE(status.error().has_value(), platform == State::Failed);
    }

    void readImpliesDeliveredAndSent()
    {
        DeliveryStatus status;
        QVERIFY(status.apply(State::Read, at(30)));
        QCOMPARE(status.state(), State::Read);
        QCOMPARE(status.timestamp(State::Delivered), std::optional(at(30)));
        QCOMPARE(status.timestamp(State::Sent), std::optional(at(30)));
        QVERIFY(status.apply(State::Delivered, at(20))); // the real, earlier receipt
        QCOMPARE(status.timestamp(State::Delivered), std::optional(at(20)));
        QVERIFY(!status.apply(State::Delivered, at(25)));
        QCOMPARE(status.state(), State::Read);
        QVERIFY(!status.hasReached(State::Played));
    }

    void playedImpliesReadDeliveredSent()
    {
        DeliveryStatus status;
        QVERIFY(status.apply(State::Played, at(50)));
        for (const State state : {State::Sent, State::Delivered, State::Read, State::Played})
            QCOMPARE(status.timestamp(state), std::optional(at(50)));
        QVERIFY(!status.hasReached(State::Accepted)); // local states are never invented
    }

    void failedIsTerminalUpToSent()
    {
        DeliveryStatus status;
        status.apply(State::Accepted, at(1));
        QVERIFY(status.apply(State::Failed, at(20), Ecosystem));
        QCOMPARE(status.state(), State::Failed);
        QVERIFY(status.isFailed());
        QVERIFY(status.apply(State::Sent, at(10))); // late "sent": recorded, state unchanged
        QCOMPARE(status.state(), State::Failed);
        QVERIFY(!status.apply(State::Accepted, at(5)));
        QCOMPARE(status.error(), std::optional(Ecosystem));
    }

    void failedKeepsTheFirstError()
    {
        DeliveryStatus status;
        QVERIFY(status.apply(State::Failed, at(20), Ecosystem));
        QVERIFY(!status.apply(State::Failed, at(25), Undeliverable)); // later report
        QVERIFY(!status.apply(State::Failed, at(20))); // duplicate without errors
        QCOMPARE(status.error(), std::optional(Ecosystem));
        QVERIFY(status.apply(State::Failed, at(15), Undeliverable)); // an earlier failure
        QCOMPARE(status.error(), std::optional(Undeliverable));
        QCOMPARE(status.timestamp(State::Failed), std::optional(at(15)));

        DeliveryStatus bare;
        QVERIFY(bare.apply(State::Failed, at(20)));
        QVERIFY(!bare.error());
        QVERIFY(bare.apply(State::Failed, at(21), Generic)); // the first error seen is kept
        QCOMPARE(bare.error(), std::optional(Generic));
        QCOMPARE(bare.timestamp(State::Failed), std::optional(at(20)));
    }

    void deliveryReceiptOutranksFailure()
    {
        DeliveryStatus status;
        status.apply(State::Sent, at(10));
        status.apply(State::Failed, at(20), Undeliverable);
        QVERIFY(status.apply(State::Delivered, at(30)));
        QCOMPARE(status.state(), State::Delivered);
        QVERIFY(!status.isFailed());
        QCOMPARE(status.error(), std::optional(Undeliverable)); // kept for diagnosis
        QCOMPARE(status.timestamp(State::Failed), std::optional(at(20)));
    }

    void errorOnlyBelongsToFailed()
    {
        DeliveryStatus status;
        QVERIFY(status.apply(State::Sent, at(10), Generic));
        QVERIFY(!status.error());
    }

    void invalidInputIsRejected()
    {
        DeliveryStatus status;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("valid time")));
        QVERIFY(!status.apply(State::Sent, QDateTime()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("range")));
        QVERIFY(!status.apply(static_cast<State>(42), at(1)));
        QVERIFY(status.isEmpty());
        QVERIFY(!status.hasReached(static_cast<State>(-1)));
        QCOMPARE(status.timestamp(static_cast<State>(99)), std::nullopt);
    }

    void timestampsAreUtcWithMilliseconds()
    {
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("The time-zone database is not installed");
        DeliveryStatus status;
        const QDateTime local = Base.addMSecs(1).toTimeZone(berlin);
        QVERIFY(status.apply(State::Sent, local));
        QVERIFY(!status.apply(State::Sent, Base.addMSecs(1))); // same instant, other zone
        QVERIFY(status.apply(State::Sent, Base)); // one millisecond earlier
        QCOMPARE(status.since(), Base);
        QCOMPARE(status.since().timeSpec(), Qt::UTC);
    }

    void everyOrderGivesTheSameResult_data()
    {
        QTest::addColumn<std::vector<Event>>("events");
        QTest::addColumn<Expected>("expected");

        QTest::newRow("sent delivered read played")
            << std::vector<Event>{{State::Sent, 10, {}},
                                  {State::Delivered, 20, {}},
                                  {State::Read, 30, {}},
                                  {State::Played, 40, {}}}
            << Expected{State::Played,
                        {{State::Sent, 10},
                         {State::Delivered, 20},
                         {State::Read, 30},
                         {State::Played, 40}}};
        QTest::newRow("read without delivered")
            << std::vector<Event>{{State::Sent, 10, {}}, {State::Read, 30, {}}}
            << Expected{State::Read,
                        {{State::Sent, 10}, {State::Delivered, 30}, {State::Read, 30}}};
        QTest::newRow("failed after sent")
            << std::vector<Event>{{State::Accepted, 1, {}},
                                  {State::Sent, 10, {}},
                                  {State::Failed, 20, Ecosystem}}
            << Expected{State::Failed,
                        {{State::Accepted, 1}, {State::Sent, 10}, {State::Failed, 20}},
                        Ecosystem.code};
        QTest::newRow("all platform states and failed")
            << std::vector<Event>{{State::Sent, 10, {}},
                                  {State::Delivered, 20, {}},
                                  {State::Failed, 25, Undeliverable},
                                  {State::Read, 30, {}},
                                  {State::Played, 40, {}}}
            << Expected{State::Played,
                        {{State::Sent, 10},
                         {State::Delivered, 20},
                         {State::Failed, 25},
                         {State::Read, 30},
                         {State::Played, 40}},
                        Undeliverable.code};
        QTest::newRow("competing errors")
            << std::vector<Event>{{State::Sent, 10, {}},
                                  {State::Failed, 20, Ecosystem},
                                  {State::Failed, 20, Generic},
                                  {State::Failed, 15, {}},
                                  {State::Failed, 30, Undeliverable}}
            << Expected{State::Failed, {{State::Sent, 10}, {State::Failed, 15}}, Generic.code};
        QTest::newRow("duplicates and late receipts")
            << std::vector<Event>{{State::Sent, 10, {}},      {State::Sent, 12, {}},
                                  {State::Delivered, 20, {}}, {State::Delivered, 20, {}},
                                  {State::Read, 30, {}},      {State::Read, 35, {}},
                                  {State::Delivered, 18, {}}}
            << Expected{State::Read,
                        {{State::Sent, 10}, {State::Delivered, 18}, {State::Read, 30}}};
        QTest::newRow("local then platform") << std::vector<Event>{{State::Queued, 1, {}},
                                                                   {State::Sending, 2, {}},
                                                                   {State::Accepted, 3, {}},
                                                                   {State::Sent, 10, {}},
                                                                   {State::Delivered, 20, {}}}
                                             << Expected{State::Delivered,
                                                         {{State::Queued, 1},
                                                          {State::Sending, 2},
                                                          {State::Accepted, 3},
                                                          {State::Sent, 10},
                                                          {State::Delivered, 20}}};
        QTest::newRow("unknown outcome resolved") << std::vector<Event>{{State::Sending, 2, {}},
                                                                        {State::Unknown, 5, {}},
                                                                        {State::Delivered, 20, {}}}
                                                  << Expected{State::Delivered,
                                                              {{State::Sending, 2},
                                                               {State::Unknown, 5},
                                                               {State::Sent, 20},
                                                               {State::Delivered, 20}}};
        QTest::newRow("everything with duplicates (8! orders)")
            << std::vector<Event>{{State::Queued, 1, {}},       {State::Sending, 2, {}},
                                  {State::Unknown, 3, {}},      {State::Sent, 10, {}},
                                  {State::Failed, 15, Generic}, {State::Read, 30, {}},
                                  {State::Sent, 9, {}},         {State::Played, 40, {}}}
            << Expected{State::Played,
                        {{State::Queued, 1},
                         {State::Sending, 2},
                         {State::Unknown, 3},
                         {State::Sent, 9},
                         {State::Failed, 15},
                         {State::Delivered, 30},
                         {State::Read, 30},
                         {State::Played, 40}},
                        Generic.code};
    }

    void everyOrderGivesTheSameResult()
    {
        QFETCH(std::vector<Event>, events);
        QFETCH(Expected, expected);

        std::vector<std::size_t> order(events.size());
        std::iota(order.begin(), order.end(), 0);
        std::optional<DeliveryStatus> reference;
        int permutations = 0;
        do {
            ++permutations;
            DeliveryStatus status;
            applyAll(status, events, order);

            if (!reference) {
                QCOMPARE(status.state(), expected.state);
                for (int i = 0; i < DeliveryStateCount; ++i) {
                    const auto state = static_cast<State>(i);
                    const auto it =
                        std::find_if(expected.reached.begin(), expected.reached.end(),
                                     [&](const auto &pair) { return pair.first == state; });
                    const std::optional<QDateTime> want =
                        it == expected.reached.end() ? std::nullopt : std::optional(at(it->second));
                    QVERIFY2(status.timestamp(state) == want, qPrintable(deliveryStateName(state)));
                }
                QCOMPARE(status.error() ? status.error()->code : 0, expected.errorCode);
                reference = status;
            }
            QVERIFY2(status == *reference,
                     qPrintable(QStringLiteral("order %1").arg(permutations)));

            // Idempotent: everything again, forwards and backwards, changes nothing.
            QVERIFY(!applyAll(status, events, order));
            std::vector<std::size_t> reversed(order.rbegin(), order.rend());
            QVERIFY(!applyAll(status, events, reversed));
            QVERIFY(status == *reference);

            // Merging two halves (as the store merges a row with new events) is the same again.
            const std::size_t half = order.size() / 2;
            DeliveryStatus first;
            DeliveryStatus second;
            applyAll(first, events, {order.begin(), order.begin() + std::ptrdiff_t(half)});
            applyAll(second, events, {order.begin() + std::ptrdiff_t(half), order.end()});
            first.merge(second);
            QVERIFY(first == *reference);
            QVERIFY(!first.merge(*reference));
        } while (std::next_permutation(order.begin(), order.end()));

        int factorial = 1;
        for (int i = 2; i <= int(events.size()); ++i)
            factorial *= i;
        QCOMPARE(permutations, factorial);
    }
};

QTEST_APPLESS_MAIN(TestDeliveryStatus)
#include "tst_deliverystatus.moc"

#include "Clock.h"
#include "ServiceWindow.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace sb;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QDateTime T0(QDate(2025, 7, 1), QTime(9, 0), Qt::UTC);

QDateTime after(milliseconds offset)
{
    return T0.addMSecs(offset.count());
}

// The observable part of a state: what a timer firing at nextChange must see change.
struct Observable
{
    WindowPhase phase;
    SendPermission permission;
    bool freeEntryPoint;
    friend bool operator==(const Observable &, const Observable &) = default;
};

Observable observe(const WindowState &state)
{
    return {state.phase, state.permission, state.freeEntryPointActive};
}

// An entry-point conversation: ad click at T0, reply at T0+2h, the customer writes again at T0+20h.
WindowInputs entryPointScenario()
{
    WindowInputs inputs;
    ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint);
    ServiceWindow::recordBusinessReply(inputs, after(2h));
    ServiceWindow::recordInbound(inputs, after(20h));
    return inputs;
}

} // namespace

class TestServiceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverMessaged()
    {
        ManualClock clock(T0);
        const WindowState state = ServiceWindow::evaluate({}, clock.now());
        QCOMPARE(state.phase, WindowPhase::Never);
        QCOMPARE(state.permission, SendPermission::TemplatesOnly);
        QVERIFY(!state.canSendFreeForm());
        QVERIFY(!state.deadline.isValid());
        QVERIFY(!state.nextChange.isValid());
        QVERIFY(!state.freeEntryPointUntil);
        QCOMPARE(state.remaining, 0ms);
        QCOMPARE(ServiceWindow::formatRemaining(state), QStringLiteral("no customer message yet"));
    }

    void boundaries_data()
    {
        QTest::addColumn<int>("thresholdMinutes");
        QTest::addColumn<qint64>("offsetMs"); // now - lastInbound
        QTest::addColumn<WindowPhase>("phase");

        const qint64 day = milliseconds(24h).count();
        QTest::newRow("at the inbound") << 60 << qint64(0) << WindowPhase::Open;
        QTest::newRow("closing soon - 1ms") << 60 << day - 3600000 - 1 << WindowPhase::Open;
        QTest::newRow("closing soon") << 60 << day - 3600000 << WindowPhase::ClosingSoon;
        QTest::newRow("closing soon + 1ms") << 60 << day - 3600000 + 1 << WindowPhase::ClosingSoon;
        QTest::newRow("deadline - 1ms") << 60 << day - 1 << WindowPhase::ClosingSoon;
        QTest::newRow("deadline") << 60 << day << WindowPhase::Closed;
        QTest::newRow("deadline + 1ms") << 60 << day + 1 << WindowPhase::Closed;
        QTest::newRow("10 min: before") << 10 << day - 600000 - 1 << WindowPhase::Open;
        QTest::newRow("10 min: at") << 10 << day - 600000 << WindowPhase::ClosingSoon;
        QTest::newRow("no threshold: deadline - 1ms") << 0 << day - 1 << WindowPhase::Open;
        QTest::newRow("no threshold: deadline") << 0 << day << WindowPhase::Closed;
        QTest::newRow("negative threshold acts as 0") << -5 << day - 1 << WindowPhase::Open;
        QTest::newRow("threshold over 24h clamps")
            << 25 * 60 << qint64(0) << WindowPhase::ClosingSoon;
        QTest::newRow("inbound in the future (skew)") << 60 << qint64(-5000) << WindowPhase::Open;
    }

    void boundaries()
    {
        QFETCH(int, thresholdMinutes);
        QFETCH(qint64, offsetMs);
        QFETCH(WindowPhase, phase);

        WindowInputs inputs;
        QVERIFY(ServiceWindow::recordInbound(inputs, T0));
        ManualClock clock(T0);
        clock.advance(milliseconds(offsetMs));
        const WindowState state =
            ServiceWindow::evaluate(inputs, clock.now(), std::chrono::minutes(thresholdMinutes));
        QCOMPARE(state.phase, phase);
        const bool open = phase != WindowPhase::Closed;
        QCOMPARE(state.permission,
                 open ? SendPermission::AnyMessage : SendPermission::TemplatesOnly);
        QCOMPARE(state.deadline, after(24h));
        QCOMPARE(state.deadline.timeSpec(), Qt::UTC);
        const qint64 untilDeadline = milliseconds(24h).count() - offsetMs;
        QCOMPARE(state.remaining.count(), open ? untilDeadline : 0);
        QCOMPARE(state.closedFor.count(), open ? 0 : -untilDeadline);
        const qint64 threshold =
            std::clamp<qint64>(qint64(thresholdMinutes) * 60000, 0, milliseconds(24h).count());
        QCOMPARE(state.closingSoonAt, after(24h).addMSecs(-threshold));
    }

    void laterInboundExtendsEarlierNeverShortens()
    {
        WindowInputs inputs;
        QVERIFY(ServiceWindow::recordInbound(inputs, T0));
        QVERIFY(ServiceWindow::recordInbound(inputs, after(5h))); // a call counts the same
        QCOMPARE(ServiceWindow::evaluate(inputs, T0).deadline, after(29h));

        const WindowInputs before = inputs;
        QVERIFY(!ServiceWindow::recordInbound(inputs, after(3h))); // arrived late
        QVERIFY(!ServiceWindow::recordInbound(inputs, after(5h))); // duplicate
        QCOMPARE(inputs, before);

        QVERIFY(ServiceWindow::recordInbound(inputs, after(5h + 1ms)));
        QCOMPARE(ServiceWindow::evaluate(inputs, T0).deadline, after(29h + 1ms));
    }

    void reopensAfterClosing()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0);
        ManualClock clock(after(30h));
        QCOMPARE(ServiceWindow::evaluate(inputs, clock.now()).phase, WindowPhase::Closed);
        ServiceWindow::recordInbound(inputs, clock.now());
        const WindowState state = ServiceWindow::evaluate(inputs, clock.now());
        QCOMPARE(state.phase, WindowPhase::Open);
        QCOMPARE(state.deadline, after(54h));
    }

    void invalidInputsAreRejected()
    {
        WindowInputs inputs;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("inbound")));
        QVERIFY(!ServiceWindow::recordInbound(inputs, QDateTime()));
        QCOMPARE(inputs, WindowInputs{});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reply")));
        QVERIFY(!ServiceWindow::recordBusinessReply(inputs, QDateTime()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("free-entry-point")));
        QVERIFY(!ServiceWindow::recordFreeEntryPointConfirmed(inputs, T0, QDateTime()));
        QCOMPARE(inputs, WindowInputs{});

        ServiceWindow::recordInbound(inputs, T0);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid time")));
        const WindowState state = ServiceWindow::evaluate(inputs, QDateTime());
        QCOMPARE(state.permission, SendPermission::TemplatesOnly);
        QVERIFY(!state.nextChange.isValid());
    }

    void freeEntryPointRunsFromTheReply()
    {
        WindowInputs inputs;
        QVERIFY(ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint));
        QCOMPARE(ServiceWindow::evaluate(inputs, after(1h)).freeEntryPointUntil, std::nullopt);
        QVERIFY(ServiceWindow::recordBusinessReply(inputs, after(2h)));
        QVERIFY(!ServiceWindow::recordBusinessReply(inputs, after(3h))); // only the first reply

        WindowState state = ServiceWindow::evaluate(inputs, after(2h));
        QCOMPARE(state.freeEntryPointUntil, std::optional(after(74h)));
        QVERIFY(state.freeEntryPointActive);
        QCOMPARE(state.permission, SendPermission::AnyMessage);

        // Free, but the 24 h window still decides what may be sent.
        state = ServiceWindow::evaluate(inputs, after(30h));
        QVERIFY(state.freeEntryPointActive);
        QCOMPARE(state.phase, WindowPhase::Closed);
        QCOMPARE(state.permission, SendPermission::TemplatesOnly);
        QCOMPARE(state.nextChange, after(74h));

        QVERIFY(ServiceWindow::evaluate(inputs, after(74h - 1ms)).freeEntryPointActive);
        state = ServiceWindow::evaluate(inputs, after(74h));
        QVERIFY(!state.freeEntryPointActive);
        QVERIFY(!state.nextChange.isValid());
    }

    void freeEntryPointNeedsAReplyInsideTheWindow()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint);
        QVERIFY(!ServiceWindow::recordBusinessReply(inputs, T0.addMSecs(-1)));
        QVERIFY(ServiceWindow::recordBusinessReply(inputs, after(24h))); // window closed: forfeited
        QVERIFY(!inputs.entryPointAt);
        QVERIFY(!inputs.entryPointReplyAt);

        WindowInputs lastMoment;
        ServiceWindow::recordInbound(lastMoment, T0, InboundOrigin::EntryPoint);
        QVERIFY(ServiceWindow::recordBusinessReply(lastMoment, after(24h - 1ms)));
        QCOMPARE(lastMoment.entryPointReplyAt, std::optional(after(24h - 1ms)));
    }

    void directConversationHasNoFreeEntryPoint()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0);
        QVERIFY(!ServiceWindow::recordBusinessReply(inputs, after(1h)));
        const WindowState state = ServiceWindow::evaluate(inputs, after(1h));
        QVERIFY(!state.freeEntryPointUntil);
        QVERIFY(!state.freeEntryPointActive);
    }

    void lapsedEntryPointDoesNotCarryOver()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint);
        QVERIFY(
            ServiceWindow::recordInbound(inputs, after(30h))); // unanswered, then a plain message
        QVERIFY(!inputs.entryPointAt);
        QVERIFY(!ServiceWindow::recordBusinessReply(inputs, after(31h)));

        // Kept alive by the customer, the entry-point conversation stays eligible.
        WindowInputs alive;
        ServiceWindow::recordInbound(alive, T0, InboundOrigin::EntryPoint);
        ServiceWindow::recordInbound(alive, after(20h));
        QVERIFY(ServiceWindow::recordBusinessReply(alive, after(30h)));
        QCOMPARE(ServiceWindow::evaluate(alive, after(30h)).freeEntryPointUntil,
                 std::optional(after(102h)));
    }

    void newEntryPointOnlyAfterTheFreeWindowEnds()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint);
        ServiceWindow::recordBusinessReply(inputs, after(1h));
        ServiceWindow::recordInbound(inputs, after(50h), InboundOrigin::EntryPoint);
        QCOMPARE(inputs.entryPointReplyAt, std::optional(after(1h))); // still running: no new one
        QVERIFY(ServiceWindow::recordInbound(inputs, after(73h), InboundOrigin::EntryPoint));
        QCOMPARE(inputs.entryPointAt, std::optional(after(73h)));
        QVERIFY(!inputs.entryPointReplyAt);
        QVERIFY(ServiceWindow::recordBusinessReply(inputs, after(74h)));
        QCOMPARE(ServiceWindow::evaluate(inputs, after(74h)).freeEntryPointUntil,
                 std::optional(after(146h)));
    }

    void platformConfirmsFreeEntryPoint()
    {
        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0, InboundOrigin::EntryPoint);
        // Our reply went out before we saw it ourselves; the billing webhook tells us.
        QVERIFY(ServiceWindow::recordFreeEntryPointConfirmed(inputs, after(3h)));
        QCOMPARE(inputs.entryPointReplyAt, std::optional(after(3h)));
        QVERIFY(!ServiceWindow::recordFreeEntryPointConfirmed(inputs, after(10h))); // same window
        QVERIFY(ServiceWindow::recordFreeEntryPointConfirmed(inputs, after(2h))); // earlier proof
        QCOMPARE(inputs.entryPointReplyAt, std::optional(after(2h)));
        // conversation.expiration_timestamp is exact.
        QVERIFY(ServiceWindow::recordFreeEntryPointConfirmed(inputs, after(10h), after(73h)));
        QCOMPARE(ServiceWindow::evaluate(inputs, after(10h)).freeEntryPointUntil,
                 std::optional(after(73h)));
        // A late webhook from an older, finished window changes nothing.
        QVERIFY(!ServiceWindow::recordFreeEntryPointConfirmed(inputs, T0.addMSecs(-72 * 3600000)));

        WindowInputs unknownOrigin; // the entry point itself was never seen locally
        QVERIFY(ServiceWindow::recordFreeEntryPointConfirmed(unknownOrigin, after(5h)));
        QCOMPARE(unknownOrigin.entryPointAt, std::optional(after(5h)));
        QVERIFY(ServiceWindow::evaluate(unknownOrigin, after(6h)).freeEntryPointActive);
    }

    void nextChangeIsTheEarliestUpcomingTransition_data()
    {
        QTest::addColumn<int>("thresholdMinutes");
        QTest::newRow("60 min") << 60;
        QTest::newRow("10 min") << 10;
        QTest::newRow("no closing-soon phase") << 0;
    }

    void nextChangeIsTheEarliestUpcomingTransition()
    {
        QFETCH(int, thresholdMinutes);
        const std::chrono::minutes threshold(thresholdMinutes);
        const WindowInputs inputs = entryPointScenario();
        // Computed here independently: deadline T0+44h, FEP window [T0+2h, T0+74h).
        std::vector<QDateTime> transitions{after(2h), after(44h - threshold), after(44h),
                                           after(74h)};
        std::sort(transitions.begin(), transitions.end());
        transitions.erase(std::unique(transitions.begin(), transitions.end()), transitions.end());

        std::vector<QDateTime> probes{T0, after(1h), after(100h)};
        for (const QDateTime &t : transitions) {
            probes.push_back(t.addMSecs(-1));
            probes.push_back(t);
            probes.push_back(t.addMSecs(1));
        }
        for (const QDateTime &now : probes) {
            const WindowState state = ServiceWindow::evaluate(inputs, now, threshold);
            const auto expected = std::upper_bound(transitions.begin(), transitions.end(), now);
            if (expected == transitions.end()) {
                QVERIFY2(!state.nextChange.isValid(), qPrintable(now.toString(Qt::ISODateWithMs)));
                continue;
            }
            QCOMPARE(state.nextChange, *expected);
            QVERIFY(state.nextChange > now);
            // Nothing observable changes before nextChange, and something does at it.
            const auto justBefore =
                ServiceWindow::evaluate(inputs, state.nextChange.addMSecs(-1), threshold);
            const auto atChange = ServiceWindow::evaluate(inputs, state.nextChange, threshold);
            QCOMPARE(observe(justBefore), observe(state));
            QVERIFY(!(observe(atChange) == observe(state)));
        }
    }

    void schedulingOneTimerVisitsEveryTransition()
    {
        const WindowInputs inputs = entryPointScenario();
        ManualClock clock(T0);
        std::vector<QDateTime> fired;
        WindowState state = ServiceWindow::evaluate(inputs, clock.now());
        // What an engine does: one timer for nextChange, re-evaluate when it fires. No polling.
        while (state.nextChange.isValid()) {
            QVERIFY(fired.size() < 10);
            clock.set(state.nextChange);
            fired.push_back(clock.now());
            state = ServiceWindow::evaluate(inputs, clock.now());
        }
        const std::vector<QDateTime> expected{after(2h), after(43h), after(44h), after(74h)};
        QCOMPARE(fired, expected);
        QCOMPARE(state.phase, WindowPhase::Closed);
        QVERIFY(!state.freeEntryPointActive);
    }

    void utcMathAcrossTimeZonesAndDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QTimeZone kolkata("Asia/Kolkata");
        if (!berlin.isValid() || !kolkata.isValid())
            QSKIP("The time-zone database is not installed");

        // 01:30 CET on the night clocks jump to CEST: the deadline is 24 real hours later, which
        // the wall clock shows as 02:30.
        const QDateTime springLocal(QDate(2024, 3, 31), QTime(1, 30), berlin);
        WindowInputs spring;
        ServiceWindow::recordInbound(spring, springLocal);
        const WindowState springState = ServiceWindow::evaluate(spring, springLocal);
        QCOMPARE(springLocal.msecsTo(springState.deadline), milliseconds(24h).count());
        QCOMPARE(springState.deadline.timeSpec(), Qt::UTC);
        QCOMPARE(springState.deadline.toTimeZone(berlin).time(), QTime(2, 30));

        const QDateTime autumnLocal(QDate(2024, 10, 27), QTime(1, 30), berlin);
        WindowInputs autumn;
        ServiceWindow::recordInbound(autumn, autumnLocal);
        const WindowState autumnState = ServiceWindow::evaluate(autumn, autumnLocal);
        QCOMPARE(autumnLocal.msecsTo(autumnState.deadline), milliseconds(24h).count());
        QCOMPARE(autumnState.deadline.toTimeZone(berlin).time(), QTime(0, 30));

        // One instant written in four zones gives one and the same state.
        const QDateTime inbound = after(20h);
        const QDateTime now = after(43h + 30min);
        const QList<QTimeZone> zones{QTimeZone::utc(), berlin, kolkata,
                                     QTimeZone(-9 * 3600 - 1800)};
        std::optional<WindowState> reference;
        for (const QTimeZone &zone : zones) {
            WindowInputs inputs;
            ServiceWindow::recordInbound(inputs, T0.toTimeZone(zone), InboundOrigin::EntryPoint);
            ServiceWindow::recordBusinessReply(inputs, after(2h).toTimeZone(zone));
            ServiceWindow::recordInbound(inputs, inbound.toTimeZone(zone));
            const WindowState state = ServiceWindow::evaluate(inputs, now.toTimeZone(zone));
            QCOMPARE(state.phase, WindowPhase::ClosingSoon);
            QCOMPARE(state.nextChange.timeSpec(), Qt::UTC);
            if (!reference)
                reference = state;
            QCOMPARE(state, *reference);
        }
    }

    void formatRemaining_data()
    {
        QTest::addColumn<qint64>("offsetMs"); // now - deadline
        QTest::addColumn<int>("secondsDisplayMinutes");
        QTest::addColumn<QString>("expected");

        const qint64 minute = 60000;
        const qint64 hour = 60 * minute;
        QTest::newRow("full window") << -24 * hour << 10 << QStringLiteral("24:00");
        QTest::newRow("a minute in, 1ms")
            << -(23 * hour + 59 * minute) - 1 << 10 << QStringLiteral("24:00");
        QTest::newRow("a minute in") << -(23 * hour + 59 * minute) << 10 << QStringLiteral("23:59");
        QTest::newRow("1h30m59s") << -(hour + 30 * minute + 59000) << 10 << QStringLiteral("01:31");
        QTest::newRow("seconds threshold + 1ms")
            << -10 * minute - 1 << 10 << QStringLiteral("00:11");
        QTest::newRow("seconds threshold") << -10 * minute << 10 << QStringLiteral("10:00");
        QTest::newRow("9:59.001") << -(9 * minute + 59001) << 10 << QStringLiteral("10:00");
        QTest::newRow("9:59") << -(9 * minute + 59000) << 10 << QStringLiteral("09:59");
        QTest::newRow("1.001 s") << qint64(-1001) << 10 << QStringLiteral("00:02");
        QTest::newRow("1 s") << qint64(-1000) << 10 << QStringLiteral("00:01");
        QTest::newRow("last millisecond") << qint64(-1) << 10 << QStringLiteral("00:01");
        QTest::newRow("5 min display: 6 min") << -6 * minute << 5 << QStringLiteral("00:06");
        QTest::newRow("5 min display: 5 min") << -5 * minute << 5 << QStringLiteral("05:00");
        QTest::newRow("90 min display: 80 min") << -80 * minute << 90 << QStringLiteral("80:00");
        QTest::newRow("no seconds display") << qint64(-1) << 0 << QStringLiteral("00:01");
        QTest::newRow("closed at the deadline")
            << qint64(0) << 10 << QStringLiteral("closed just now");
        QTest::newRow("closed 59.999 s") << minute - 1 << 10 << QStringLiteral("closed just now");
        QTest::newRow("closed 1 min") << minute << 10 << QStringLiteral("closed 1 min ago");
        QTest::newRow("closed 2 min") << 2 * minute << 10 << QStringLiteral("closed 2 min ago");
        QTest::newRow("closed 1h - 1ms") << hour - 1 << 10 << QStringLiteral("closed 59 min ago");
        QTest::newRow("closed 1h") << hour << 10 << QStringLiteral("closed 1 h ago");
        QTest::newRow("closed 48h - 1ms")
            << 48 * hour - 1 << 10 << QStringLiteral("closed 47 h ago");
        QTest::newRow("closed 48h") << 48 * hour << 10 << QStringLiteral("closed 2 days ago");
        QTest::newRow("closed 10 days") << 240 * hour << 10 << QStringLiteral("closed 10 days ago");
    }

    void formatRemaining()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(int, secondsDisplayMinutes);
        QFETCH(QString, expected);

        WindowInputs inputs;
        ServiceWindow::recordInbound(inputs, T0);
        ManualClock clock(after(24h));
        clock.advance(milliseconds(offsetMs));
        const WindowState state = ServiceWindow::evaluate(inputs, clock.now());
        QCOMPARE(ServiceWindow::formatRemaining(state, std::chrono::minutes(secondsDisplayMinutes)),
                 expected);
    }
};

QTEST_APPLESS_MAIN(TestServiceWindow)
#include "tst_servicewindow.moc"

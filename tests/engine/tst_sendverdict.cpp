// judgeFailure(): what the dispatcher does with every kind of failed send (spec §8, §15.3).

#include "SendVerdict.h"

#include <QtTest>

#include <limits>

using namespace sb;
using Action = SendVerdict::Action;

Q_DECLARE_METATYPE(sb::SendVerdict::Action)
Q_DECLARE_METATYPE(sb::PauseReason)

namespace {

GraphFailure apiFailure(int code, int httpStatus = 400, const QString &details = {})
{
    ApiError api;
    api.code = code;
    api.message = QStringLiteral("(#%1) Meta's words").arg(code);
    api.details = details;
    api.httpStatus = httpStatus;
    return GraphFailure{FailureKind::Api, api, QString(), httpStatus};
}

GraphFailure transportFailure(FailureKind kind, int httpStatus = 0)
{
    return GraphFailure{kind, std::nullopt, QStringLiteral("socket closed"), httpStatus};
}

constexpr quint32 kMaxRandom = std::numeric_limits<quint32>::max();

} // namespace

class TestSendVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiErrorsFollowTheCatalogue_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<Action>("action");
        QTest::addColumn<PauseReason>("pause");
        QTest::newRow("131000 transient") << 131000 << Action::Retry << PauseReason::None;
        QTest::newRow("133004 unavailable") << 133004 << Action::Retry << PauseReason::None;
        QTest::newRow("130429 throughput") << 130429 << Action::SlowDown << PauseReason::None;
        QTest::newRow("131056 pair rate") << 131056 << Action::RetryRecipient << PauseReason::None;
        QTest::newRow("131026 undeliverable") << 131026 << Action::Fail << PauseReason::None;
        QTest::newRow("131047 window closed") << 131047 << Action::Fail << PauseReason::None;
        QTest::newRow("132001 no template") << 132001 << Action::Fail << PauseReason::None;
        QTest::newRow("131049 marketing cap: no hot retry")
            << 131049 << Action::Fail << PauseReason::None;
        QTest::newRow("190 token expired") << 190 << Action::Pause << PauseReason::ReAuthenticate;
        QTest::newRow("0 auth exception") << 0 << Action::Pause << PauseReason::ReAuthenticate;
        QTest::newRow("368 policy block") << 368 << Action::Pause << PauseReason::StopAccount;
        QTest::newRow("131042 billing") << 131042 << Action::Pause << PauseReason::StopAccount;
        QTest::newRow("unknown 132999 template family")
            << 132999 << Action::Fail << PauseReason::None;
        QTest::newRow("unknown 777777") << 777777 << Action::Retry << PauseReason::None;
    }
    void apiErrorsFollowTheCatalogue()
    {
        QFETCH(int, code);
        QFETCH(Action, action);
        QFETCH(PauseReason, pause);
        const SendVerdict verdict =
            judgeFailure(apiFailure(code, 400, QStringLiteral("why")), 1, kMaxRandom / 2);
        QCOMPARE(verdict.action, action);
        QCOMPARE(verdict.pause, pause);
        QCOMPARE(verdict.code, std::optional<int>(code));
        QCOMPARE(verdict.details, QStringLiteral("why"));
        QCOMPARE(verdict.title, QStringLiteral("(#%1) Meta's words").arg(code));
        const ErrorInfo catalogue = ErrorCatalogue::lookup(code);
        QCOMPARE(verdict.info.explanation, catalogue.explanation);
        QCOMPARE(verdict.info.cls, catalogue.cls);
    }

    void backoffUsesFullJitterUpToTheCatalogueLimit()
    {
        const ErrorInfo info = ErrorCatalogue::lookup(131000);
        QVERIFY(info.maxAutoRetries > 0);
        for (int attempt = 1; attempt <= info.maxAutoRetries; ++attempt) {
            const SendVerdict low = judgeFailure(apiFailure(131000, 500), attempt, 0);
            const SendVerdict high = judgeFailure(apiFailure(131000, 500), attempt, kMaxRandom);
            QCOMPARE(low.action, Action::Retry);
            QCOMPARE(low.retryIndex, attempt - 1);
            QCOMPARE(low.delay, std::chrono::milliseconds(0)); // full jitter starts at zero
            QCOMPARE(high.delay, backoffDelay(info, attempt - 1, kMaxRandom));
            QVERIFY(high.delay > std::chrono::milliseconds(0));
        }
        // Ceilings grow: the last retry may wait longer than the first.
        QVERIFY(judgeFailure(apiFailure(131000, 500), info.maxAutoRetries, kMaxRandom).delay
                > judgeFailure(apiFailure(131000, 500), 1, kMaxRandom).delay);
        // Retries used up: the message fails with the catalogue's explanation.
        const SendVerdict spent =
            judgeFailure(apiFailure(131000, 500), info.maxAutoRetries + 1, kMaxRandom);
        QCOMPARE(spent.action, Action::Fail);
        QCOMPARE(spent.info.explanation, info.explanation);
    }

    void pairRateGivesUpAfterItsSchedule()
    {
        const int max = ErrorCatalogue::lookup(131056).maxAutoRetries;
        QCOMPARE(judgeFailure(apiFailure(131056), max, 0).action, Action::RetryRecipient);
        QCOMPARE(judgeFailure(apiFailure(131056), max, 0).retryIndex, max - 1);
        QCOMPARE(judgeFailure(apiFailure(131056), max + 1, 0).action, Action::Fail);
    }

    void lostAnswersAreUnknownNeverRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("timeout") << int(FailureKind::Timeout) << 0;
        QTest::newRow("connection dropped") << int(FailureKind::Network) << 0;
        QTest::newRow("cancelled in flight") << int(FailureKind::Cancelled) << 0;
        QTest::newRow("unreadable 200") << int(FailureKind::InvalidResponse) << 200;
        QTest::newRow("proxy 502") << int(FailureKind::InvalidResponse) << 502;
        QTest::newRow("proxy 408") << int(FailureKind::InvalidResponse) << 408;
        QTest::newRow("api kind without body") << int(FailureKind::Api) << 500;
    }
    void lostAnswersAreUnknownNeverRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        for (int attempt : {1, 2, 10}) {
            const SendVerdict verdict =
                judgeFailure(transportFailure(FailureKind(kind), httpStatus), attempt, 0);
            QCOMPARE(verdict.action, Action::Unknown);
            QVERIFY(!verdict.code);
            QVERIFY(!verdict.title.isEmpty());
            QVERIFY(!verdict.info.fix.isEmpty());
        }
    }

    void refusedBeforeThePlatformIsSafeToRetry()
    {
        const SendVerdict proxy =
            judgeFailure(transportFailure(FailureKind::InvalidResponse, 403), 1, 0);
        QCOMPARE(proxy.action, Action::Retry);
        const int max = ErrorCatalogue::kUnknownMaxAutoRetries;
        QCOMPARE(
            judgeFailure(transportFailure(FailureKind::InvalidResponse, 403), max + 1, 0).action,
            Action::Fail);

        const SendVerdict local = judgeFailure(transportFailure(FailureKind::InvalidRequest), 1, 0);
        QCOMPARE(local.action, Action::Pause);
        QCOMPARE(local.pause, PauseReason::Configuration);
    }

    void pauseReasonsAreDescribed()
    {
        for (PauseReason reason :
             {PauseReason::ReAuthenticate, PauseReason::StopAccount, PauseReason::Configuration}) {
            QVERIFY(!pauseReasonText(reason).isEmpty());
            QVERIFY(pauseReasonName(reason) != pauseReasonName(PauseReason::None));
        }
        QVERIFY(pauseReasonText(PauseReason::None).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSendVerdict)
#include "tst_sendverdict.moc"

#include "Backoff.h"
#include "ErrorCatalogue.h"

#include <QSet>
#include <QTest>

#include <limits>

using namespace sb;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(sb::ErrorClass)

namespace {

// Written from spec §8 and §15.3, independently of the catalogue's table.
struct Expected
{
    int code;
    ErrorClass cls;
};

const Expected kExpected[] = {
    // §15.3 retryable
    {130429, ErrorClass::RetryWithBackoff},
    {131056, ErrorClass::RetryRecipientLater},
    {131000, ErrorClass::RetryWithBackoff},
    {131057, ErrorClass::RetryWithBackoff},
    {1, ErrorClass::RetryWithBackoff},
    {2, ErrorClass::RetryWithBackoff},
    {133004, ErrorClass::RetryWithBackoff},
    {131016, ErrorClass::RetryWithBackoff},
    {4, ErrorClass::RetryWithBackoff},
    {80007, ErrorClass::RetryWithBackoff},
    // §15.3 wait 24 h
    {131049, ErrorClass::Wait24h},
    // §15.3 terminal for the user
    {131026, ErrorClass::TerminalForRecipient},
    {131050, ErrorClass::TerminalForRecipient},
    {130403, ErrorClass::TerminalForRecipient},
    {131021, ErrorClass::TerminalForRecipient},
    // §15.3 fix the request (100, 131008, 131009, 132xxx)
    {100, ErrorClass::FixRequest},
    {131008, ErrorClass::FixRequest},
    {131009, ErrorClass::FixRequest},
    {132000, ErrorClass::FixRequest},
    {132001, ErrorClass::FixRequest},
    {132005, ErrorClass::FixRequest},
    {132007, ErrorClass::FixRequest},
    {132012, ErrorClass::FixRequest},
    {132015, ErrorClass::FixRequest},
    {132016, ErrorClass::FixRequest},
    {132018, ErrorClass::FixRequest},
    {132068, ErrorClass::FixRequest},
    {132069, ErrorClass::FixRequest},
    // §15.3 re-authenticate
    {0, ErrorClass::ReAuthenticate},
    {190, ErrorClass::ReAuthenticate},
    {200, ErrorClass::ReAuthenticate},
    {10, ErrorClass::ReAuthenticate},
    // §15.3 stop the account
    {368, ErrorClass::StopAccount},
    {131031, ErrorClass::StopAccount},
    {131042, ErrorClass::StopAccount},
    {131048, ErrorClass::StopAccount},
    {130497, ErrorClass::StopAccount},
    // §8 codes §15.3 does not classify: the sender action column decides
    {3, ErrorClass::ReAuthenticate}, // capability / permission -> token with permissions
    {131005, ErrorClass::ReAuthenticate}, // access denied -> check token permissions
    {33, ErrorClass::StopAccount}, // business number deleted: nothing can be sent from it
    {131037, ErrorClass::StopAccount}, // no approved display name: number cannot send
    {131045, ErrorClass::StopAccount}, // not registered correctly
    {133010, ErrorClass::StopAccount}, // not registered
    {133000, ErrorClass::StopAccount}, // incomplete deregistration
    {133006, ErrorClass::StopAccount}, // needs re-verification
    {133008, ErrorClass::StopAccount}, // too many PIN guesses: registration locked
    {133009, ErrorClass::RetryWithBackoff}, // PIN guessed too fast: wait and retry
    {133015, ErrorClass::RetryWithBackoff}, // wait a few minutes before registering
    {133016, ErrorClass::Wait24h}, // register/deregister limit (up to 72 h)
    {133005, ErrorClass::FixRequest}, // wrong PIN
    {131047, ErrorClass::FixRequest}, // needs a template
    {131051, ErrorClass::FixRequest}, // unsupported type
    {131053, ErrorClass::FixRequest}, // our media is wrong
    {131063, ErrorClass::FixRequest}, // marketing disabled on Cloud API
    {134011, ErrorClass::FixRequest},
    {135000, ErrorClass::FixRequest},
    {138006, ErrorClass::FixRequest}, // ask for call permission first
    {131064, ErrorClass::Wait24h}, // enforcement period
    {130472, ErrorClass::TerminalForRecipient}, // experiment: no retry
    {131052, ErrorClass::TerminalForRecipient}, // customer's media cannot be fetched
    {131060, ErrorClass::TerminalForRecipient}, // inbound placeholder
    {137000, ErrorClass::TerminalForRecipient}, // re-verify the user out of band
};

bool retryClass(ErrorClass cls)
{
    return cls == ErrorClass::RetryWithBackoff || cls == ErrorClass::RetryRecipientLater;
}

} // namespace

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySpecCodeHasItsClass_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<ErrorClass>("cls");
        for (const auto &e : kExpected)
            QTest::addRow("%d", e.code) << e.code << e.cls;
    }

    void everySpecCodeHasItsClass()
    {
        QFETCH(int, code);
        QFETCH(ErrorClass, cls);
        QVERIFY(ErrorCatalogue::contains(code));
        const ErrorInfo info = ErrorCatalogue::lookup(code);
        QVERIFY(info.known);
        QCOMPARE(info.code, code);
        QCOMPARE(info.cls, cls);
    }

    // The test list and the catalogue must cover the same codes: a code added to one only
    // fails here.
    void catalogueMatchesTheSpecList()
    {
        QSet<int> expected;
        for (const auto &e : kExpected) {
            QVERIFY2(!expected.contains(e.code), "duplicate in the test list");
            expected.insert(e.code);
        }
        QCOMPARE(expected.size(), 62);
        const QList<int> codes = ErrorCatalogue::codes();
        const QSet<int> actual(codes.cbegin(), codes.cend());
        QCOMPARE(actual.size(), codes.size());
        QCOMPARE(actual, expected);
        QVERIFY(std::is_sorted(codes.cbegin(), codes.cend()));
    }

    void everyEntryIsComplete()
    {
        for (int code : ErrorCatalogue::codes()) {
            const ErrorInfo info = ErrorCatalogue::lookup(code);
            const QByteArray where = QByteArray::number(code);
            QVERIFY2(!info.title.isEmpty(), where.constData());
            QVERIFY2(!info.explanation.isEmpty(), where.constData());
            QVERIFY2(!info.fix.isEmpty(), where.constData());
            QVERIFY2(info.explanation != info.fix, where.constData());
            QVERIFY2(info.autoRetry == (info.maxAutoRetries > 0), where.constData());
            // Only the retry classes may retry on their own, and never without a bound.
            QVERIFY2(!info.autoRetry || retryClass(info.cls), where.constData());
            QVERIFY2(info.maxAutoRetries <= 10, where.constData());
            if (info.cls == ErrorClass::RetryWithBackoff || info.cls == ErrorClass::Wait24h)
                QVERIFY2(info.suggestedDelay > 0s, where.constData());
            if (info.cls == ErrorClass::Wait24h)
                QVERIFY2(info.suggestedDelay >= 24h, where.constData());
            QVERIFY2(!ErrorCatalogue::className(info.cls).isEmpty(), where.constData());
        }
    }

    void nextActions_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("action");
        const auto row = [](int code, NextAction action) {
            QTest::addRow("%d", code) << code << int(action);
        };
        row(131047, NextAction::OpenTemplatePicker);
        row(190, NextAction::ReconnectAccount);
        row(0, NextAction::ReconnectAccount);
        row(131042, NextAction::FixBilling);
        row(130403, NextAction::UnblockUser);
        row(131026, NextAction::ReachOutOtherChannel);
        row(133010, NextAction::RegisterNumber);
        row(131045, NextAction::RegisterNumber);
        row(132001, NextAction::RefreshTemplates);
        row(131048, NextAction::CheckQuality);
        row(137000, NextAction::VerifyIdentity);
        row(138006, NextAction::RequestCallPermission);
        row(131049, NextAction::WaitAndRetry);
    }

    void nextActions()
    {
        QFETCH(int, code);
        QFETCH(int, action);
        QCOMPARE(int(ErrorCatalogue::lookup(code).action), action);
    }

    void retryPolicies()
    {
        const ErrorInfo pair = ErrorCatalogue::lookup(131056);
        QVERIFY(pair.autoRetry);
        QCOMPARE(pair.maxAutoRetries, 5); // 1, 4, 16, 64, 256 s
        const ErrorInfo cap = ErrorCatalogue::lookup(131049);
        QVERIFY(!cap.autoRetry); // never hot-retry a marketing cap
        QCOMPARE(cap.suggestedDelay, 24h);
        const ErrorInfo maintenance = ErrorCatalogue::lookup(131057);
        QVERIFY(maintenance.autoRetry);
        QCOMPARE(maintenance.suggestedDelay, 60s);
        for (int code : {131026, 131050, 130403, 131021, 100, 131008, 131009, 0, 190, 368, 131031,
                         131042, 131048, 130497}) {
            QVERIFY2(!ErrorCatalogue::lookup(code).autoRetry, QByteArray::number(code).constData());
        }
    }

    void unknownCodesGetABoundedRetry_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("unused small") << 5;
        QTest::newRow("unused 131xxx") << 131999;
        QTest::newRow("huge") << std::numeric_limits<int>::max();
        QTest::newRow("negative") << -7;
        QTest::newRow("300, outside the permission family") << 300;
        QTest::newRow("199, just below it") << 199;
    }

    void unknownCodesGetABoundedRetry()
    {
        QFETCH(int, code);
        QVERIFY(!ErrorCatalogue::contains(code));
        const ErrorInfo info = ErrorCatalogue::lookup(code);
        QVERIFY(!info.known);
        QCOMPARE(info.code, code);
        QCOMPARE(info.cls, ErrorClass::RetryWithBackoff);
        QVERIFY(info.autoRetry);
        QCOMPARE(info.maxAutoRetries, ErrorCatalogue::kUnknownMaxAutoRetries);
        // Fewer attempts than any known transient error gets: unknown is not trusted as much.
        for (int known : {130429, 131000, 131057, 1, 2, 133004, 131016, 4, 80007})
            QVERIFY(info.maxAutoRetries < ErrorCatalogue::lookup(known).maxAutoRetries);
        QVERIFY(info.explanation.contains(QString::number(code)));
        QVERIFY(!info.fix.isEmpty());
        QVERIFY(!info.title.isEmpty());
    }

    void unknownCodesInDocumentedFamilies()
    {
        const ErrorInfo tpl = ErrorCatalogue::lookup(132999);
        QVERIFY(!tpl.known);
        QCOMPARE(tpl.cls, ErrorClass::FixRequest);
        QVERIFY(!tpl.autoRetry);
        QCOMPARE(tpl.action, NextAction::OpenTemplatePicker);
        QVERIFY(tpl.explanation.contains(u"132999"));

        const ErrorInfo permission = ErrorCatalogue::lookup(250);
        QVERIFY(!permission.known);
        QCOMPARE(permission.code, 250);
        QCOMPARE(permission.cls, ErrorClass::ReAuthenticate);
        QCOMPARE(permission.action, NextAction::ReconnectAccount);
        QCOMPARE(ErrorCatalogue::lookup(299).cls, ErrorClass::ReAuthenticate);
    }

    void jitterStaysWithinTheCeiling_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("0") << 0 << qint64(1000);
        QTest::newRow("1") << 1 << qint64(2000);
        QTest::newRow("5") << 5 << qint64(32000);
        QTest::newRow("8") << 8 << qint64(256000);
        QTest::newRow("9 hits the cap") << 9 << qint64(300000);
        QTest::newRow("1000, no overflow") << 1000 << qint64(300000);
        QTest::newRow("max int") << std::numeric_limits<int>::max() << qint64(300000);
        QTest::newRow("negative counts as 0") << -3 << qint64(1000);
    }

    void jitterStaysWithinTheCeiling()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        QCOMPARE(backoffCeiling(kBackoffBase, kBackoffCap, attempt), milliseconds(ceiling));
        const auto delay = [&](quint32 r) {
            return backoffDelay(ErrorClass::RetryWithBackoff, attempt, r);
        };
        QCOMPARE(delay(0), 0ms);
        QCOMPARE(delay(std::numeric_limits<quint32>::max()), milliseconds(ceiling));
        QCOMPARE(delay(0x80000000u), milliseconds(ceiling / 2));
        milliseconds previous = 0ms;
        for (quint64 r = 0; r <= 0xFFFFFFFFu; r += 0x0FFF1234u) {
            const milliseconds d = delay(quint32(r));
            QVERIFY(d >= previous); // monotonic in the random draw
            QVERIFY(d <= milliseconds(ceiling));
            previous = d;
        }
    }

    void jitterIsExactForHugeCeilings()
    {
        const milliseconds huge(qint64(1) << 40);
        QCOMPARE(fullJitterDelay(huge, huge, 0, std::numeric_limits<quint32>::max()), huge);
        QCOMPARE(fullJitterDelay(huge, huge, 0, 0), 0ms);
        QCOMPARE(fullJitterDelay(0ms, 10s, 3, 12345), 0ms);
        QCOMPARE(fullJitterDelay(1s, 0ms, 3, 12345), 0ms);
    }

    void pairRateBackoffIsFourToTheN_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("0") << 0 << qint64(1);
        QTest::newRow("1") << 1 << qint64(4);
        QTest::newRow("2") << 2 << qint64(16);
        QTest::newRow("3") << 3 << qint64(64);
        QTest::newRow("4") << 4 << qint64(256);
        QTest::newRow("5 stays at the cap") << 5 << qint64(256);
        QTest::newRow("huge") << std::numeric_limits<int>::max() << qint64(256);
        QTest::newRow("negative") << -1 << qint64(1);
    }

    void pairRateBackoffIsFourToTheN()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, seconds);
        const milliseconds expected = std::chrono::seconds(seconds);
        QCOMPARE(pairRateDelay(attempt), std::chrono::seconds(seconds));
        // Deterministic: the random draw plays no part.
        QCOMPARE(backoffDelay(ErrorClass::RetryRecipientLater, attempt, 0), expected);
        QCOMPARE(backoffDelay(ErrorClass::RetryRecipientLater, attempt, 0xFFFFFFFFu), expected);
        QCOMPARE(backoffDelay(ErrorCatalogue::lookup(131056), attempt, 777), expected);
    }

    void otherClassesHaveFixedDelays()
    {
        QCOMPARE(backoffDelay(ErrorClass::Wait24h, 0, 5), milliseconds(24h));
        for (auto cls : {ErrorClass::TerminalForRecipient, ErrorClass::FixRequest,
                         ErrorClass::ReAuthenticate, ErrorClass::StopAccount})
            QCOMPARE(backoffDelay(cls, 3, 0xFFFFFFFFu), 0ms);
    }

    void entryDelaysUseTheirOwnBase()
    {
        const ErrorInfo maintenance = ErrorCatalogue::lookup(131057);
        QCOMPARE(backoffDelay(maintenance, 0, 0xFFFFFFFFu), milliseconds(60s));
        QCOMPARE(backoffDelay(maintenance, 2, 0xFFFFFFFFu), milliseconds(240s));
        QCOMPARE(backoffDelay(maintenance, 3, 0xFFFFFFFFu), milliseconds(kBackoffCap));
        QCOMPARE(backoffDelay(maintenance, 3, 0), 0ms);
        QCOMPARE(backoffDelay(ErrorCatalogue::lookup(130429), 0, 0xFFFFFFFFu), milliseconds(1s));
        QCOMPARE(backoffDelay(ErrorCatalogue::lookup(131049), 0, 1), milliseconds(24h));
        QCOMPARE(backoffDelay(ErrorCatalogue::lookup(133016), 0, 1), milliseconds(72h));
        QCOMPARE(backoffDelay(ErrorCatalogue::lookup(131047), 0, 0xFFFFFFFFu), 0ms);
    }
};

QTEST_APPLESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"

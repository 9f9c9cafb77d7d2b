// InboxService's media on SQLite files and a real PostgreSQL, against a real sandbox over
// loopback: downloaded once into the cache and verified, served from the cache the second time
// without any request, named by its type; media that is gone or expired says why in plain words.

#include "ErrorCatalogue.h"
#include "InboxMediaCache.h"
#include "InboxServiceRig.h"
#include "MessageRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace sb;
using namespace std::chrono_literals;

namespace {

const QString kLena = QStringLiteral("4915112345678");

} // namespace

class TestInboxMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaIsDownloadedOnceThenServedFromTheCache_data() { sbtest::addDialectRows(); }
    void mediaIsDownloadedOnceThenServedFromTheCache()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        const QString wamid =
            rig.customerSends(kLena, QStringLiteral("Lena"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                                          {QStringLiteral("caption"), QStringLiteral("Die hier")}});
        QVERIFY(!wamid.isEmpty());
        const auto stored = MessageRepository(*test->database).findByPlatformId(wamid);
        QVERIFY(stored);
        const auto message = rig.service.message(stored->id);
        const auto *media = message->message.as<MediaContent>();
        QVERIFY(media && !media->id.isEmpty());
        QVERIFY(rig.service.cachedMediaPath(media->id).isEmpty());

        QSignalSpy requests(&rig.engine.network, &QNetworkAccessManager::finished);
        std::optional<InboxMedia> opened;
        rig.service.openMedia(stored->id, nullptr, [&](const InboxMedia &m) { opened = m; });
        QVERIFY(!opened); // never from inside the call
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, sbtest::kWaitMs));
        QVERIFY2(opened->ok, qPrintable(opened->reason));
        QVERIFY(!opened->fromCache);
        QCOMPARE(opened->mimeType, QStringLiteral("image/png"));
        QCOMPARE(requests.count(), 2); // lookup + download
        QFile file(opened->filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(sha, media->sha256.toLower());
        QCOMPARE(rig.service.cachedMediaPath(media->id), opened->filePath);

        const QString path = opened->filePath;
        opened.reset();
        rig.service.openMedia(stored->id, nullptr, [&](const InboxMedia &m) { opened = m; });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, sbtest::kWaitMs));
        QVERIFY(opened->ok);
        QVERIFY(opened->fromCache);
        QCOMPARE(opened->filePath, path);
        QCOMPARE(requests.count(), 2); // no network the second time

        // A text has nothing to open.
        const QString text = rig.customerWrites(kLena, QStringLiteral("Lena"), QStringLiteral("x"));
        const auto textRow = MessageRepository(*test->database).findByPlatformId(text);
        opened.reset();
        rig.service.openMedia(textRow->id, nullptr, [&](const InboxMedia &m) { opened = m; });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, sbtest::kWaitMs));
        QVERIFY(!opened->ok);
        QVERIFY(!opened->reason.isEmpty());
    }

    void expiredMediaSaysWhy_data() { sbtest::addDialectRows(); }
    void expiredMediaSaysWhy()
    {
        Sandbox sandbox(sbtest::sandboxConfig());
        QVERIFY(sandbox.listen() != 0);
        SB_OPEN_TEST_DATABASE(test, &sandbox.clock());
        sbtest::InboxServiceRig rig(sandbox, *test->database);
        const QString wamid =
            rig.customerSends(kLena, QStringLiteral("Lena"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("voice")}});
        QVERIFY(!wamid.isEmpty());
        const auto stored = MessageRepository(*test->database).findByPlatformId(wamid);
        // A fresh one downloads under the name of its type, so it opens in the right program.
        std::optional<InboxMedia> fresh;
        rig.service.openMedia(stored->id, nullptr, [&](const InboxMedia &m) { fresh = m; });
        QVERIFY(QTest::qWaitFor([&] { return fresh.has_value(); }, sbtest::kWaitMs));
        QVERIFY2(fresh->ok, qPrintable(fresh->reason));
        QVERIFY2(fresh->filePath.endsWith(QStringLiteral(".oga"))
                     || fresh->filePath.endsWith(QStringLiteral(".ogg"))
                     || fresh->filePath.endsWith(QStringLiteral(".opus")),
                 qPrintable(fresh->filePath));
        QVERIFY(QFile::remove(fresh->filePath));

        sandbox.advanceClock(24h * 9);
        std::optional<InboxMedia> opened;
        rig.service.openMedia(stored->id, nullptr, [&](const InboxMedia &m) { opened = m; });
        QVERIFY(QTest::qWaitFor([&] { return opened.has_value(); }, sbtest::kWaitMs));
        QVERIFY(!opened->ok);
        QVERIFY2(opened->reason.contains(QStringLiteral("expired"))
                     && opened->reason.contains(QStringLiteral("9 day")),
                 qPrintable(opened->reason));
    }

    void catalogueExplainsOtherMediaErrors()
    {
        GraphFailure failure;
        failure.kind = FailureKind::Api;
        failure.api = ApiError{};
        failure.api->code = 131052;
        const QString reason = InboxMediaCache::reasonFor(failure, {}, sbtest::kStart);
        QVERIFY(reason.contains(ErrorCatalogue::lookup(131052).explanation));
        QVERIFY(reason.contains(QStringLiteral("131052")));
        failure.api->code = 100;
        MediaRequest fresh;
        fresh.receivedAt = sbtest::kStart.addDays(-1);
        QVERIFY(!InboxMediaCache::reasonFor(failure, fresh, sbtest::kStart)
                     .contains(QStringLiteral("7 days")));
        failure.kind = FailureKind::Network;
        failure.api.reset();
        failure.networkError = QStringLiteral("Connection refused");
        QVERIFY(InboxMediaCache::reasonFor(failure, {}, sbtest::kStart)
                    .contains(QStringLiteral("Connection refused")));
    }
};

QTEST_GUILESS_MAIN(TestInboxMedia)
#include "tst_inboxmedia.moc"

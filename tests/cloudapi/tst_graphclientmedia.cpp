#include "GraphClient.h"
#include "GraphTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sb;
using namespace sb::test;

namespace {

const QString kPhoneNumberId = QStringLiteral("106540352242922");

// Bytes of every value, zeros included, in an order that is not trivially repetitive.
QByteArray binaryPayload(int size)
{
    QByteArray data(size, '\0');
    quint32 state = 2463534242u;
    for (int i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        data[i] = char(state & 0xff);
    }
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

struct FormPart
{
    QByteArray disposition;
    QByteArray contentType;
    QByteArray body;
};

// Splits a multipart/form-data body by its boundary; keyed by the part's name.
QMap<QByteArray, FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QMap<QByteArray, FormPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), start);
        if (next < 0)
            break;
        const QByteArray chunk = body.mid(start + 2, next - start - 2); // skip the CRLF
        const qsizetype split = chunk.indexOf("\r\n\r\n");
        FormPart part;
        for (const QByteArray &line : chunk.left(split).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-disposition:"))
                part.disposition = trimmed.mid(20).trimmed();
            else if (trimmed.toLower().startsWith("content-type:"))
                part.contentType = trimmed.mid(13).trimmed();
        }
        part.body = chunk.mid(split + 4);
        const qsizetype nameAt = part.disposition.indexOf("name=\"");
        const QByteArray name = part.disposition.mid(
            nameAt + 6, part.disposition.indexOf('"', nameAt + 6) - nameAt - 6);
        parts.insert(name, part);
        pos = next + 2;
    }
    return parts;
}

} // namespace

class TestGraphClientMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void uploadSendsMultipartFields();
    void uploadSanitisesTheFileName();
    void uploadOfMissingFileIsLocalFailure();
    void uploadRefusesMalformedMimeType();
    void lookupMediaReadsUrlAndChecksum();
    void lookupMediaWithoutPhoneNumber();
    void lookupMediaWithoutUrlIsInvalid();
    void downloadVerifiesAndNamesTheFile_data();
    void downloadVerifiesAndNamesTheFile();
    void downloadWithWrongChecksumLeavesNothing();
    void downloadApiErrorLeavesNothing();
    void downloadOverTheCapIsRefused();
    void downloadRefusesTokenToForeignPlainHttp();
    void downloadRejectsMalformedExpectedChecksum();
    void downloadWithoutExpectationReportsChecksum();
    void lookupThenDownload();

private:
    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    std::unique_ptr<GraphFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGraphClientMedia::init()
{
    m_fixture = std::make_unique<GraphFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestGraphClientMedia::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

void TestGraphClientMedia::uploadSendsMultipartFields()
{
    auto &f = *m_fixture;
    const QByteArray content = binaryPayload(150 * 1024);
    const QString path = m_dir->filePath(QStringLiteral("photo.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    f.server.script = [](const RecordedRequest &) { return json(R"({"id":"1037543291543636"})"); };
    Capture<UploadedMedia> uploaded;
    f.client->uploadMedia(kPhoneNumberId, {path, QStringLiteral("image/png"), QString()}, nullptr,
                          uploaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.done(), kWait);
    QVERIFY2(uploaded.result->ok(), uploaded.describe().constData());
    QCOMPARE(uploaded.result->value().id, QStringLiteral("1037543291543636"));

    QCOMPARE(f.server.requests.size(), 1);
    const RecordedRequest &request = f.server.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922/media"));
    QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
    QVERIFY(request.header("Content-Type").startsWith("multipart/form-data"));

    const auto parts = parseMultipart(request.header("Content-Type"), request.body);
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.value("messaging_product").body, QByteArray("whatsapp"));
    QCOMPARE(parts.value("type").body, QByteArray("image/png"));
    const FormPart filePart = parts.value("file");
    QVERIFY2(filePart.disposition.contains("filename=\"photo.png\""),
             filePart.disposition.constData());
    QCOMPARE(filePart.contentType, QByteArray("image/png"));
    QCOMPARE(filePart.body.size(), content.size());
    QVERIFY(filePart.body == content);
}

void TestGraphClientMedia::uploadSanitisesTheFileName()
{
    auto &f = *m_fixture;
    const QString path = m_dir->filePath(QStringLiteral("local-name.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();
    f.server.script = [](const RecordedRequest &) { return json(R"({"id":"77"})"); };
    Capture<UploadedMedia> uploaded;
    f.client->uploadMedia(kPhoneNumberId,
                          {path, QStringLiteral("application/pdf"),
                           QStringLiteral("C:\\secret\\In\"voice\r\n 42.pdf")},
                          nullptr, uploaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.done(), kWait);
    QVERIFY(uploaded.result->ok());
    const auto parts = parseMultipart(f.server.requests.first().header("Content-Type"),
                                      f.server.requests.first().body);
    const QByteArray disposition = parts.value("file").disposition;
    QVERIFY2(disposition.endsWith("filename=\"In_voice__ 42.pdf\""), disposition.constData());
}

void TestGraphClientMedia::uploadOfMissingFileIsLocalFailure()
{
    auto &f = *m_fixture;
    Capture<UploadedMedia> uploaded;
    f.client->uploadMedia(
        kPhoneNumberId,
        {m_dir->filePath(QStringLiteral("absent.jpg")), QStringLiteral("image/jpeg"), QString()},
        nullptr, uploaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.done(), kWait);
    QCOMPARE(uploaded.kind(), FailureKind::LocalFile);
    QVERIFY(uploaded.result->failure().networkError.contains(QStringLiteral("absent.jpg")));
    QVERIFY(f.server.requests.isEmpty());
}

void TestGraphClientMedia::uploadRefusesMalformedMimeType()
{
    auto &f = *m_fixture;
    const QString path = m_dir->filePath(QStringLiteral("a.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    Capture<UploadedMedia> uploaded;
    f.client->uploadMedia(kPhoneNumberId, {path, QStringLiteral("text/plain\r\nX-Evil: 1"), {}},
                          nullptr, uploaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.done(), kWait);
    QCOMPARE(uploaded.kind(), FailureKind::InvalidRequest);
    QVERIFY(f.server.requests.isEmpty());
}

void TestGraphClientMedia::lookupMediaReadsUrlAndChecksum()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"messaging_product":"whatsapp",
            "url":"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037543291543636&ext=1731348080&hash=ATuA",
            "mime_type":"image/jpeg","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "file_size":303833,"id":"1037543291543636"})");
    };
    Capture<MediaInfo> info;
    f.client->lookupMedia(QStringLiteral("1037543291543636"), kPhoneNumberId, nullptr,
                          info.callback());
    QTRY_VERIFY_WITH_TIMEOUT(info.done(), kWait);
    QVERIFY(info.result->ok());
    const MediaInfo &media = info.result->value();
    QCOMPARE(media.id, QStringLiteral("1037543291543636"));
    QCOMPARE(media.url.host(), QStringLiteral("lookaside.fbsbx.com"));
    QCOMPARE(media.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(media.sha256,
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(media.fileSize, qint64(303833));

    const RecordedRequest &request = f.server.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/1037543291543636"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("phone_number_id")), kPhoneNumberId);
    QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
}

void TestGraphClientMedia::lookupMediaWithoutPhoneNumber()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"url":"https://lookaside.fbsbx.com/x","mime_type":"audio/ogg",
            "sha256":"abc","file_size":"1200","id":"55"})");
    };
    Capture<MediaInfo> info;
    f.client->lookupMedia(QStringLiteral("55"), QString(), nullptr, info.callback());
    QTRY_VERIFY_WITH_TIMEOUT(info.done(), kWait);
    QVERIFY(info.result->ok());
    QCOMPARE(info.result->value().fileSize, qint64(1200));
    QVERIFY(f.server.requests.first().query.isEmpty());
}

void TestGraphClientMedia::lookupMediaWithoutUrlIsInvalid()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"mime_type":"image/jpeg","id":"55"})");
    };
    Capture<MediaInfo> info;
    f.client->lookupMedia(QStringLiteral("55"), QString(), nullptr, info.callback());
    QTRY_VERIFY_WITH_TIMEOUT(info.done(), kWait);
    QCOMPARE(info.kind(), FailureKind::InvalidResponse);
}

void TestGraphClientMedia::downloadVerifiesAndNamesTheFile_data()
{
    QTest::addColumn<QString>("expected");
    const QByteArray digest = sha256(binaryPayload(256 * 1024 + 7));
    QTest::newRow("lowercase hex") << QString::fromLatin1(digest.toHex());
    QTest::newRow("uppercase hex") << QString::fromLatin1(digest.toHex().toUpper());
    QTest::newRow("base64") << QString::fromLatin1(digest.toBase64());
}

void TestGraphClientMedia::downloadVerifiesAndNamesTheFile()
{
    QFETCH(QString, expected);
    auto &f = *m_fixture;
    const QByteArray content = binaryPayload(256 * 1024 + 7);
    f.server.script = [=](const RecordedRequest &) {
        return ScriptedResponse{200, content, "image/jpeg",
                                "attachment; filename=\"../../evil.sh\""};
    };
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/whatsapp_business/attachments/?mid=9")),
                            m_dir->path(), expected, nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QVERIFY2(downloaded.result->ok(), downloaded.describe().constData());

    const DownloadedMedia &media = downloaded.result->value();
    const QFileInfo saved(media.filePath);
    QCOMPARE(saved.absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(saved.suffix(), QStringLiteral("jpg"));
    QVERIFY(!saved.fileName().contains(QStringLiteral("evil")));
    QCOMPARE(filesIn(m_dir->path()), QStringList{saved.fileName()});
    QFile file(media.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == content);
    QCOMPARE(media.size, qint64(content.size()));
    QCOMPARE(media.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(media.sha256, QString::fromLatin1(sha256(content).toHex()));

    const RecordedRequest &request = f.server.requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QStringLiteral("/whatsapp_business/attachments/"));
    QCOMPARE(request.header("Authorization"), "Bearer " + kToken.toLatin1());
}

void TestGraphClientMedia::downloadWithWrongChecksumLeavesNothing()
{
    auto &f = *m_fixture;
    const QByteArray content = binaryPayload(64 * 1024);
    f.server.script = [=](const RecordedRequest &) {
        return ScriptedResponse{200, content, "video/mp4", {}};
    };
    QByteArray wrong = sha256(content);
    wrong[0] = char(wrong.at(0) ^ 0x01);
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/media/clip")), m_dir->path(),
                            QString::fromLatin1(wrong.toHex()), nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QCOMPARE(downloaded.kind(), FailureKind::Integrity);
    QVERIFY(downloaded.result->failure().networkError.contains(QString::fromLatin1(wrong.toHex())));
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

void TestGraphClientMedia::downloadApiErrorLeavesNothing()
{
    auto &f = *m_fixture;
    f.server.script = [](const RecordedRequest &) {
        return json(R"({"error":{"message":"Invalid OAuth access token.","type":"OAuthException",
            "code":190,"fbtrace_id":"D1"}})",
                    401);
    };
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/media/x")), m_dir->path(), QString(),
                            nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QCOMPARE(downloaded.kind(), FailureKind::Api);
    QCOMPARE(downloaded.result->failure().api->code, 190);
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

void TestGraphClientMedia::downloadOverTheCapIsRefused()
{
    GraphClientConfig config;
    config.maxDownloadBytes = 4096;
    GraphFixture f(config);
    const QByteArray content = binaryPayload(64 * 1024);
    f.server.script = [=](const RecordedRequest &) {
        return ScriptedResponse{200, content, "application/pdf", {}};
    };
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/media/big")), m_dir->path(), QString(),
                            nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QCOMPARE(downloaded.kind(), FailureKind::InvalidResponse);
    QVERIFY(filesIn(m_dir->path()).isEmpty());
}

void TestGraphClientMedia::downloadRefusesTokenToForeignPlainHttp()
{
    auto &f = *m_fixture;
    QUrl foreign = f.server.url(QStringLiteral("/media/x"));
    foreign.setHost(QStringLiteral("localhost")); // same server, but not the configured origin
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(foreign, m_dir->path(), QString(), nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QCOMPARE(downloaded.kind(), FailureKind::InvalidRequest);
    QVERIFY(f.server.requests.isEmpty());
}

void TestGraphClientMedia::downloadRejectsMalformedExpectedChecksum()
{
    auto &f = *m_fixture;
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/media/x")), m_dir->path(),
                            QStringLiteral("not-a-hash"), nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QCOMPARE(downloaded.kind(), FailureKind::Integrity);
    QVERIFY(f.server.requests.isEmpty());
}

void TestGraphClientMedia::downloadWithoutExpectationReportsChecksum()
{
    auto &f = *m_fixture;
    const QByteArray content = QByteArrayLiteral("OggS\0\0fake-voice-note");
    f.server.script = [=](const RecordedRequest &) {
        return ScriptedResponse{200, content, "audio/ogg; codecs=opus", {}};
    };
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(f.server.url(QStringLiteral("/media/voice")), m_dir->path(), QString(),
                            nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QVERIFY(downloaded.result->ok());
    QCOMPARE(downloaded.result->value().sha256, QString::fromLatin1(sha256(content).toHex()));
    QCOMPARE(downloaded.result->value().mimeType, QStringLiteral("audio/ogg"));
    QCOMPARE(QFileInfo(downloaded.result->value().filePath).suffix(), QStringLiteral("ogg"));
}

void TestGraphClientMedia::lookupThenDownload()
{
    auto &f = *m_fixture;
    const QByteArray content = binaryPayload(90 * 1024);
    const QString mediaUrl =
        f.server.url(QStringLiteral("/lookaside/attachments/?mid=42&ext=1")).toString();
    f.server.script = [=](const RecordedRequest &request) {
        if (request.path == QLatin1String("/v25.0/42")) {
            return json(QStringLiteral(R"({"messaging_product":"whatsapp","url":"%1",
                "mime_type":"application/pdf","sha256":"%2","file_size":%3,"id":"42"})")
                            .arg(mediaUrl, QString::fromLatin1(sha256(content).toHex()))
                            .arg(content.size())
                            .toUtf8());
        }
        return ScriptedResponse{200, content, "application/pdf", {}};
    };
    Capture<MediaInfo> info;
    f.client->lookupMedia(QStringLiteral("42"), kPhoneNumberId, nullptr, info.callback());
    QTRY_VERIFY_WITH_TIMEOUT(info.done(), kWait);
    QVERIFY(info.result->ok());
    Capture<DownloadedMedia> downloaded;
    f.client->downloadMedia(info.result->value().url, m_dir->path(), info.result->value().sha256,
                            nullptr, downloaded.callback());
    QTRY_VERIFY_WITH_TIMEOUT(downloaded.done(), kWait);
    QVERIFY2(downloaded.result->ok(), downloaded.describe().constData());
    QCOMPARE(downloaded.result->value().size, info.result->value().fileSize);
    QCOMPARE(QFileInfo(downloaded.result->value().filePath).suffix(), QStringLiteral("pdf"));
}

QTEST_GUILESS_MAIN(TestGraphClientMedia)
#include "tst_graphclientmedia.moc"

#include "AttachmentCheck.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

// A file that starts with `head` and is `size` bytes long (sparse when large).
QString makeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &head,
                 qint64 size = -1)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
        return {};
    if (size >= 0 && !file.resize(size))
        return {};
    return path;
}

const QByteArray kJpeg = QByteArray::fromHex("FFD8FFE000104A46494600010100000100010000");
const QByteArray kPdf("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

} // namespace

class TestAttachmentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageSizeBoundary()
    {
        QTemporaryDir dir;
        const AttachmentCheckResult atLimit =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("a.jpg"), kJpeg, 5'000'000));
        QVERIFY2(atLimit.accepted, qPrintable(atLimit.problem));
        QCOMPARE(atLimit.media.kind, MediaKind::Image);
        QCOMPARE(atLimit.media.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(atLimit.media.fileSize, 5'000'000);
        QVERIFY(atLimit.media.filename.isEmpty()); // only documents carry a file name

        const AttachmentCheckResult over =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("b.jpg"), kJpeg, 5'000'001));
        QVERIFY(!over.accepted);
        QCOMPARE(over.problem,
                 QStringLiteral("b.jpg is 5000001 bytes: images can be at most "
                                "5 MB. Compress or scale it down."));
    }

    void videoAndDocumentLimits()
    {
        QTemporaryDir dir;
        const QByteArray mp4 = QByteArray::fromHex("0000001C6674797069736F6D0000020069736F6D"
                                                   "69736F32");
        const AttachmentCheckResult video =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("clip.mp4"), mp4, 16'000'000));
        QVERIFY2(video.accepted, qPrintable(video.problem));
        QCOMPARE(video.media.kind, MediaKind::Video);
        const AttachmentCheckResult bigVideo =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("holiday.mp4"), mp4, 48'000'000));
        QCOMPARE(bigVideo.problem,
                 QStringLiteral("holiday.mp4 is 48 MB: videos can be at most "
                                "16 MB. Compress it or send a link."));

        const AttachmentCheckResult pdf =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("invoice.pdf"), kPdf));
        QVERIFY(pdf.accepted);
        QCOMPARE(pdf.media.kind, MediaKind::Document);
        QCOMPARE(pdf.media.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.media.filename, QStringLiteral("invoice.pdf"));
        QVERIFY(pdf.note.isEmpty());
        const AttachmentCheckResult bigPdf =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("manual.pdf"), kPdf, 100'000'001));
        QVERIFY(!bigPdf.accepted);
        QVERIFY(bigPdf.problem.contains(QStringLiteral("documents can be at most 100 MB")));
    }

    void typeComesFromTheContent()
    {
        QTemporaryDir dir;
        // A PNG saved with a .jpg name is sent as what it is.
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString png = dir.filePath(QStringLiteral("renamed.jpg"));
        QVERIFY(image.save(png, "PNG"));
        const AttachmentCheckResult renamed = AttachmentCheck::check(png);
        QVERIFY(renamed.accepted);
        QCOMPARE(renamed.media.mimeType, QStringLiteral("image/png"));

        // Bytes that are no picture at all under a picture's name.
        const AttachmentCheckResult fake = AttachmentCheck::check(
            makeFile(dir, QStringLiteral("photo.jpg"),
                     QByteArray::fromHex("13C0DE77A5A5010203F0F1F2F3F4F5F6F7F8F9FAFBFCFDFE")));
        QVERIFY(!fake.accepted);
        QVERIFY(fake.problem.startsWith(QStringLiteral("photo.jpg is named like a JPG file")));
    }

    void refusedFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("expected");
        QTest::newRow("gif") << QStringLiteral("wave.gif") << QByteArray("GIF89a\x01\x00\x01\x00")
                             << QStringLiteral("wave.gif is a GIF: WhatsApp does not accept GIF "
                                               "files. Convert it to an MP4 video and attach "
                                               "that.");
        QTest::newRow("quicktime")
            << QStringLiteral("holiday.mov")
            << QByteArray::fromHex("0000001466747970717420200000000071742020")
            << QStringLiteral("holiday.mov is a video WhatsApp does not accept (video/quicktime): "
                              "only MP4 and 3GP videos (H.264 with AAC) can be sent. Convert it "
                              "to MP4.");
        QTest::newRow("empty") << QStringLiteral("empty.pdf") << QByteArray()
                               << QStringLiteral("empty.pdf is empty: there is nothing to send.");
    }

    void refusedFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, head);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const AttachmentCheckResult result = AttachmentCheck::check(makeFile(dir, name, head));
        QVERIFY(!result.accepted);
        QCOMPARE(result.problem, expected);
    }

    void pngMustBeEightBitRgb()
    {
        QTemporaryDir dir;
        QImage deep(8, 8, QImage::Format_RGBA64);
        deep.fill(Qt::blue);
        const QString path = dir.filePath(QStringLiteral("deep.png"));
        QVERIFY(deep.save(path, "PNG"));
        const AttachmentCheckResult result = AttachmentCheck::check(path);
        QVERIFY(!result.accepted);
        QVERIFY(result.problem.contains(QStringLiteral("8-bit RGB or RGBA")));

        QImage rgba(8, 8, QImage::Format_ARGB32);
        rgba.fill(Qt::transparent);
        QVERIFY(rgba.save(path, "PNG"));
        QVERIFY(AttachmentCheck::check(path).accepted);
    }

    void stickersAndOtherDocuments()
    {
        QTemporaryDir dir;
        QByteArray webp("RIFF\x00\x00\x00\x00WEBPVP8 ", 16);
        const AttachmentCheckResult sticker =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("s.webp"), webp, 100'000));
        QVERIFY2(sticker.accepted, qPrintable(sticker.problem));
        QCOMPARE(sticker.media.kind, MediaKind::Sticker);
        QVERIFY(!sticker.media.animated);
        const AttachmentCheckResult big =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("t.webp"), webp, 100'001));
        QVERIFY(big.problem.contains(QStringLiteral("stickers can be at most 100 KB")));
        // An animated WebP (VP8X with the animation flag) may have 500 KB.
        QByteArray animated("RIFF\x00\x00\x00\x00WEBPVP8X\x0A\x00\x00\x00\x02", 21);
        const AttachmentCheckResult moving =
            AttachmentCheck::check(makeFile(dir, QStringLiteral("a.webp"), animated, 400'000));
        QVERIFY2(moving.accepted, qPrintable(moving.problem));
        QVERIFY(moving.media.animated);

        // A .docx is a zip by content; the name says which kind of zip.
        const AttachmentCheckResult docx = AttachmentCheck::check(makeFile(
            dir, QStringLiteral("offer.docx"), QByteArray("PK\x03\x04\x14\x00\x00\x00", 8), 2000));
        QVERIFY(docx.accepted);
        QCOMPARE(docx.media.mimeType,
                 QStringLiteral("application/"
                                "vnd.openxmlformats-officedocument.wordprocessingml.document"));
        QVERIFY(docx.note.isEmpty());

        // Types outside the table still go, as documents with a caveat (spec §3, M-DOC).
        const AttachmentCheckResult csv = AttachmentCheck::check(
            makeFile(dir, QStringLiteral("orders.csv"), QByteArray("id,total\n1,9.50\n")));
        QVERIFY(csv.accepted);
        QCOMPARE(csv.media.kind, MediaKind::Document);
        QCOMPARE(csv.media.mimeType, QStringLiteral("text/csv"));
        QVERIFY(csv.note.contains(QStringLiteral("CSV")));

        QVERIFY(!AttachmentCheck::check(dir.path()).accepted);
        QVERIFY(AttachmentCheck::check(dir.filePath(QStringLiteral("gone.pdf")))
                    .problem.contains(QStringLiteral("does not exist")));
    }
};

QTEST_MAIN(TestAttachmentCheck)
#include "tst_attachmentcheck.moc"

#include "AudioDuration.h"

#include <QBuffer>
#include <QTest>

namespace {

QByteArray le(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QByteArray be(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
    return out;
}

QByteArray oggPage(quint64 granule, const QByteArray &packet)
{
    QByteArray page("OggS");
    page.append(char(0)).append(char(0));
    page.append(le(granule, 8));
    page.append(QByteArray(12, '\0'));
    page.append(char(1)).append(char(packet.size()));
    page.append(packet);
    return page;
}

QByteArray opusHead(quint16 preSkip)
{
    QByteArray head("OpusHead");
    head.append(char(1)).append(char(1)).append(le(preSkip, 2)).append(le(48000, 4));
    head.append(QByteArray(3, '\0'));
    return head;
}

QByteArray box(const QByteArray &type, const QByteArray &payload)
{
    return be(quint64(payload.size() + 8), 4) + type + payload;
}

QByteArray mvhd(int version, quint32 timescale, quint64 duration)
{
    QByteArray body(1, char(version));
    body.append(QByteArray(3, '\0'));
    if (version == 1)
        body.append(QByteArray(16, '\0')).append(be(timescale, 4)).append(be(duration, 8));
    else
        body.append(QByteArray(8, '\0')).append(be(timescale, 4)).append(be(duration, 4));
    body.append(QByteArray(80, '\0'));
    return box("mvhd", body);
}

std::optional<qint64> probe(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return sb::AudioDuration::probeMs(buffer);
}

} // namespace

class TestAudioDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oggOpus()
    {
        // 7 s at 48 kHz after a 312-sample pre-skip; a page without a finished packet (-1)
        // at the very end is skipped.
        const QByteArray file = oggPage(0, opusHead(312)) + oggPage(48000 * 3, QByteArray(50, 'a'))
            + oggPage(48000 * 7 + 312, QByteArray(50, 'b'))
            + oggPage(quint64(-1), QByteArray(9, 'c'));
        QCOMPARE(probe(file), std::optional<qint64>(7000));
    }

    void oggVorbis()
    {
        QByteArray head("\x01vorbis");
        head.append(le(0, 4)).append(char(2)).append(le(44100, 4)).append(QByteArray(16, '\0'));
        const QByteArray file = oggPage(0, head) + oggPage(44100 * 61 + 22050, QByteArray(20, 'x'));
        QCOMPARE(probe(file), std::optional<qint64>(61500));
    }

    void mp4WithMoovAfterMdat_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("mvhd v0") << 0;
        QTest::newRow("mvhd v1") << 1;
    }

    void mp4WithMoovAfterMdat()
    {
        QFETCH(int, version);
        const QByteArray file = box("ftyp", QByteArray("M4A \0\0\0\0", 8))
            + box("mdat", QByteArray(5000, 'm'))
            + box("moov", box("udta", QByteArray(12, 'u')) + mvhd(version, 600, 600 * 42 + 300));
        QCOMPARE(probe(file), std::optional<qint64>(42500));
    }

    void unknownOrDamagedGiveNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("mp3") << QByteArray("ID3\x03\x00\x00\x00\x00\x00\x00", 10)
                + QByteArray(200, 'z');
        QTest::newRow("ogg, unknown codec")
            << oggPage(0, QByteArray("Speex   ") + QByteArray(40, '\0'));
        QTest::newRow("ogg, truncated head") << QByteArray("OggS\0\0", 6);
        QTest::newRow("mp4 without moov")
            << box("ftyp", QByteArray(8, 'f')) + box("mdat", QByteArray(64, 'm'));
        QTest::newRow("mp4, box past the end") << box("ftyp", QByteArray(8, 'f')) + be(1000000, 4)
                + QByteArray("moov") + QByteArray(10, 'x');
        QTest::newRow("mp4, zero timescale")
            << box("ftyp", QByteArray(8, 'f')) + box("moov", mvhd(0, 0, 1000));
    }

    void unknownOrDamagedGiveNothing()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(probe(bytes), std::optional<qint64>());
    }

    void missingFile()
    {
        QCOMPARE(sb::AudioDuration::probeMs(QStringLiteral("/nonexistent/voice.ogg")),
                 std::optional<qint64>());
        QCOMPARE(sb::AudioDuration::probeMs(QString()), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestAudioDuration)
#include "tst_audioduration.moc"

#include "AudioDuration.h"

#include <QFile>
#include <QIODevice>

namespace sb {

namespace {

constexpr qint64 kTailBytes = 64 * 1024;
constexpr int kMaxBoxes = 4096; // a malformed MP4 cannot make the walk run away

quint8 byteAt(const QByteArray &data, qsizetype at)
{
    return static_cast<quint8>(data.at(at));
}

quint16 le16(const QByteArray &data, qsizetype at)
{
    return quint16(byteAt(data, at) | (byteAt(data, at + 1) << 8));
}

quint32 le32(const QByteArray &data, qsizetype at)
{
    return quint32(le16(data, at)) | (quint32(le16(data, at + 2)) << 16);
}

quint64 le64(const QByteArray &data, qsizetype at)
{
    return quint64(le32(data, at)) | (quint64(le32(data, at + 4)) << 32);
}

quint32 be32(const QByteArray &data, qsizetype at)
{
    return (quint32(byteAt(data, at)) << 24) | (quint32(byteAt(data, at + 1)) << 16)
        | (quint32(byteAt(data, at + 2)) << 8) | quint32(byteAt(data, at + 3));
}

quint64 be64(const QByteArray &data, qsizetype at)
{
    return (quint64(be32(data, at)) << 32) | quint64(be32(data, at + 4));
}

// Ogg: the first page carries the codec header; the last page's granule position counts samples.
std::optional<qint64> probeOgg(QIODevice &device)
{
    if (!device.seek(0))
        return std::nullopt;
    const QByteArray head = device.read(512);
    if (head.size() < 28 || !head.startsWith("OggS"))
        return std::nullopt;
    const int segments = byteAt(head, 26);
    const qsizetype packet = 27 + segments;
    if (head.size() < packet + 19)
        return std::nullopt;
    double rate = 0;
    qint64 preSkip = 0;
    if (head.mid(packet, 8) == "OpusHead") {
        rate = 48000; // Opus granule positions always count 48 kHz samples
        preSkip = le16(head, packet + 10);
    } else if (head.mid(packet, 7) == "\x01vorbis") {
        rate = le32(head, packet + 12);
    }
    if (rate <= 0)
        return std::nullopt;

    const qint64 size = device.size();
    const qint64 tailStart = qMax<qint64>(0, size - kTailBytes);
    if (!device.seek(tailStart))
        return std::nullopt;
    const QByteArray tail = device.read(size - tailStart);
    for (qsizetype at = tail.lastIndexOf("OggS"); at >= 0;
         at = at > 0 ? tail.lastIndexOf("OggS", at - 1) : -1) {
        if (at + 14 > tail.size())
            continue;
        const auto granule = static_cast<qint64>(le64(tail, at + 6));
        if (granule < 0) // -1: no packet ends on this page
            continue;
        const qint64 samples = qMax<qint64>(0, granule - preSkip);
        return qint64(samples * 1000.0 / rate + 0.5);
    }
    return std::nullopt;
}

struct Box
{
    qint64 start = 0;
    qint64 size = 0;
    qint64 header = 8;
    QByteArray type;
};

std::optional<Box> readBox(QIODevice &device, qint64 at, qint64 end)
{
    if (at + 8 > end || !device.seek(at))
        return std::nullopt;
    const QByteArray header = device.read(16);
    if (header.size() < 8)
        return std::nullopt;
    Box box{at, be32(header, 0), 8, header.mid(4, 4)};
    if (box.size == 1) {
        if (header.size() < 16)
            return std::nullopt;
        box.size = static_cast<qint64>(be64(header, 8));
        box.header = 16;
    } else if (box.size == 0) {
        box.size = end - at; // extends to the end of its parent
    }
    if (box.size < box.header || at + box.size > end)
        return std::nullopt;
    return box;
}

std::optional<Box> findChild(QIODevice &device, qint64 from, qint64 end, const char *type)
{
    int visited = 0;
    for (qint64 at = from; at < end && visited < kMaxBoxes; ++visited) {
        const auto box = readBox(device, at, end);
        if (!box)
            return std::nullopt;
        if (box->type == type)
            return box;
        at += box->size;
    }
    return std::nullopt;
}

std::optional<qint64> probeMp4(QIODevice &device)
{
    const qint64 size = device.size();
    const auto first = readBox(device, 0, size);
    if (!first || first->type != "ftyp")
        return std::nullopt;
    const auto moov = findChild(device, 0, size, "moov");
    if (!moov)
        return std::nullopt;
    const auto mvhd =
        findChild(device, moov->start + moov->header, moov->start + moov->size, "mvhd");
    if (!mvhd || !device.seek(mvhd->start + mvhd->header))
        return std::nullopt;
    const QByteArray body = device.read(32);
    if (body.size() < 20)
        return std::nullopt;
    quint32 timescale = 0;
    quint64 duration = 0;
    if (byteAt(body, 0) == 1) {
        if (body.size() < 32)
            return std::nullopt;
        timescale = be32(body, 20);
        duration = be64(body, 24);
    } else {
        timescale = be32(body, 12);
        duration = be32(body, 16);
    }
    if (timescale == 0 || duration == 0 || duration == 0xffffffffu)
        return std::nullopt;
    return qint64(double(duration) * 1000.0 / timescale + 0.5);
}

} // namespace

std::optional<qint64> AudioDuration::probeMs(QIODevice &device)
{
    if (!device.isOpen() || device.isSequential())
        return std::nullopt;
    if (auto ogg = probeOgg(device))
        return ogg;
    return probeMp4(device);
}

std::optional<qint64> AudioDuration::probeMs(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return probeMs(file);
}

} // namespace sb

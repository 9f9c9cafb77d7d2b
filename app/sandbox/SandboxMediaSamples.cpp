#include "SandboxMediaSamples.h"

#include <QList>
#include <QtEndian>

#include <array>

namespace sb::sandboxsamples {

namespace {

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian(QByteArray &out, quint64 value, int size)
{
    for (int i = 0; i < size; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

QByteArray pngChunk(const char type[4], const QByteArray &data)
{
    QByteArray typed = QByteArray(type, 4) + data;
    QByteArray chunk;
    appendBigEndian32(chunk, quint32(data.size()));
    chunk += typed;
    appendBigEndian32(chunk, crc32(typed));
    return chunk;
}

// Ogg's CRC is the unreflected 0x04C11DB7 polynomial with a zero start value.
quint32 oggCrc(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int j = 0; j < 8; ++j)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04C11DB7u : r << 1;
            t[i] = r;
        }
        return t;
    }();
    quint32 crc = 0;
    for (const char c : data)
        crc = (crc << 8) ^ table[((crc >> 24) ^ quint8(c)) & 0xff];
    return crc;
}

QByteArray oggPage(quint8 headerType, quint64 granule, quint32 sequence,
                   const QList<QByteArray> &packets)
{
    QByteArray segments;
    QByteArray payload;
    for (const QByteArray &packet : packets) {
        qsizetype left = packet.size();
        while (left >= 255) {
            segments.append(char(255));
            left -= 255;
        }
        segments.append(char(left));
        payload += packet;
    }
    QByteArray page("OggS");
    page.append(char(0)).append(char(headerType));
    appendLittleEndian(page, granule, 8);
    appendLittleEndian(page, 0x53424F58u, 4); // stream serial "SBOX"
    appendLittleEndian(page, sequence, 4);
    appendLittleEndian(page, 0, 4); // CRC placeholder
    page.append(char(segments.size()));
    page += segments + payload;
    const quint32 crc = oggCrc(page);
    for (int i = 0; i < 4; ++i)
        page[22 + i] = char((crc >> (8 * i)) & 0xff);
    return page;
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray png(int width, int height, quint32 variant)
{
    QByteArray header;
    appendBigEndian32(header, quint32(width));
    appendBigEndian32(header, quint32(height));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    const int r0 = int(variant % 200) + 30;
    const int g0 = int((variant / 7) % 200) + 30;
    const int b0 = int((variant / 49) % 200) + 30;
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < width; ++x) {
            raw.append(char((r0 + x * 2) & 0xff));
            raw.append(char((g0 + y * 2) & 0xff));
            raw.append(char((b0 + (x + y)) & 0xff));
        }
    }
    // qCompress gives a zlib stream behind a 4-byte length; PNG wants the zlib stream.
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    out += pngChunk("IHDR", header);
    out += pngChunk("IDAT", zlib);
    out += pngChunk("IEND", {});
    return out;
}

QByteArray oggOpusVoice(int seconds)
{
    QByteArray head("OpusHead");
    head.append(char(1)).append(char(1)); // version 1, mono
    appendLittleEndian(head, 312, 2); // pre-skip
    appendLittleEndian(head, 48000, 4); // input sample rate
    appendLittleEndian(head, 0, 2); // output gain
    head.append(char(0)); // channel mapping family 0
    QByteArray tags("OpusTags");
    const QByteArray vendor("switchboard-sandbox");
    appendLittleEndian(tags, quint64(vendor.size()), 4);
    tags += vendor;
    appendLittleEndian(tags, 0, 4);

    QByteArray out = oggPage(0x02, 0, 0, {head});
    out += oggPage(0x00, 0, 1, {tags});
    // 20 ms CELT silence frames, 50 per second, one second per page.
    const QByteArray silence("\xF8\xFF\xFE", 3);
    quint64 granule = 312;
    const int pages = qMax(1, seconds);
    for (int p = 0; p < pages; ++p) {
        QList<QByteArray> packets(50, silence);
        granule += 50 * 960;
        const quint8 type = p == pages - 1 ? 0x04 : 0x00;
        out += oggPage(type, granule, quint32(p + 2), packets);
    }
    return out;
}

QByteArray pdf(const QByteArray &line)
{
    QByteArray safe = line;
    safe.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    const QByteArray stream = "BT /F1 18 Tf 72 720 Td (" + safe + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
            + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray webpSticker()
{
    static const char kBytes[] = "RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00"
                                 "\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00";
    return QByteArray(kBytes, sizeof(kBytes) - 1);
}

} // namespace sb::sandboxsamples

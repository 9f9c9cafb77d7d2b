#pragma once

#include <QByteArray>

// Small but valid files for what simulated customers send: the app downloads, hashes and shows
// them like real media. Generated rather than shipped so that a seed can vary them.
namespace sb::sandboxsamples {

// An RGB PNG with a diagonal gradient whose colours follow `variant`.
QByteArray png(int width, int height, quint32 variant);
// An Ogg/Opus mono voice note of `seconds` of silence (valid pages, CRCs and granules).
QByteArray oggOpusVoice(int seconds);
// A one-page PDF that shows `line`.
QByteArray pdf(const QByteArray &line);
// A static 1x1 lossless WebP (a sticker).
QByteArray webpSticker();

// CRC-32 as PNG and zlib use it (reflected 0xEDB88320).
quint32 crc32(const QByteArray &data);

} // namespace sb::sandboxsamples

#pragma once

#include <QString>

#include <optional>

class QIODevice;

namespace sb {

// Reads the playing time of a downloaded audio file from its container headers, without decoding:
// Ogg (Opus voice notes, Vorbis) from the last page's granule position, MP4/M4A from `mvhd`.
// The Cloud API sends no duration, so this is where "0:42" on a voice bubble comes from. Other
// formats (AAC ADTS, AMR, MP3) and damaged files give std::nullopt; it never reads more than
// the headers and the last 64 KiB.
class AudioDuration
{
public:
    AudioDuration() = delete;

    static std::optional<qint64> probeMs(const QString &path);
    static std::optional<qint64> probeMs(QIODevice &device);
};

} // namespace sb

#include "SandboxIds.h"

#include <QByteArray>

namespace sb {

std::mt19937 sandboxEngine(quint32 seed, quint64 serial, SandboxStream purpose)
{
    std::seed_seq sequence{seed, quint32(serial & 0xffffffffu), quint32(serial >> 32),
                           quint32(purpose)};
    return std::mt19937(sequence);
}

double sandboxUniform(std::mt19937 &engine)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

SandboxIds::SandboxIds(quint32 seed)
    : m_seed(seed)
{
}

QString SandboxIds::wamid(const QString &waId)
{
    auto engine = sandboxEngine(m_seed, nextSerial(), SandboxStream::Wamid);
    static constexpr char kHex[] = "0123456789ABCDEF";
    const QByteArray digits = waId.toLatin1().left(40);
    QByteArray record;
    record.append(char(0x1C)).append(char(0x18)).append(char(digits.size())).append(digits);
    record.append("\x15\x02\x00\x11\x18\x12", 6);
    std::uniform_int_distribution<int> hex(0, 15);
    for (int i = 0; i < 18; ++i)
        record.append(kHex[hex(engine)]);
    record.append(char(0));
    return QStringLiteral("wamid.") + QString::fromLatin1(record.toBase64());
}

QString SandboxIds::mediaId()
{
    auto engine = sandboxEngine(m_seed, nextSerial(), SandboxStream::Media);
    std::uniform_int_distribution<qint64> range(100000000000000LL, 9999999999999999LL);
    return QString::number(range(engine));
}

QString SandboxIds::templateId()
{
    auto engine = sandboxEngine(m_seed, nextSerial(), SandboxStream::Media);
    std::uniform_int_distribution<qint64> range(1000000000000000LL, 1999999999999999LL);
    return QString::number(range(engine));
}

QString SandboxIds::fbtraceId()
{
    auto engine = sandboxEngine(m_seed, nextSerial(), SandboxStream::Trace);
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    std::uniform_int_distribution<int> pick(0, 63);
    QString id;
    for (int i = 0; i < 23; ++i)
        id.append(QLatin1Char(kAlphabet[pick(engine)]));
    return id;
}

} // namespace sb

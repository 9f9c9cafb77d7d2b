#pragma once

// One chat message of every kind, for the chat view tests, the screenshot and the benchmark.

#include "ChatMessage.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

namespace chatfixtures {

using namespace sb;

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::LocalTime).toUTC();
}

struct MediaFiles
{
    QString photo;
    QString sticker;
    QString voice;
};

// Writes a photo, a sticker and an Ogg Opus voice note (7.3 s) into `dir`.
inline MediaFiles writeMedia(const QString &dir)
{
    MediaFiles files{QDir(dir).filePath(QStringLiteral("photo.png")),
                     QDir(dir).filePath(QStringLiteral("sticker.png")),
                     QDir(dir).filePath(QStringLiteral("voice.ogg"))};
    QImage photo(640, 480, QImage::Format_RGB32);
    {
        QPainter p(&photo);
        QLinearGradient sky(0, 0, 0, 480);
        sky.setColorAt(0, QColor(0x4a, 0x90, 0xd9));
        sky.setColorAt(1, QColor(0xf5, 0xc2, 0x7a));
        p.fillRect(photo.rect(), sky);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPoint(160, 560), 360, 220);
        p.setBrush(QColor(0xff, 0xee, 0x58));
        p.drawEllipse(QPoint(500, 120), 50, 50);
    }
    photo.save(files.photo);
    QImage sticker(256, 256, QImage::Format_ARGB32);
    sticker.fill(Qt::transparent);
    {
        QPainter p(&sticker);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xff, 0xc1, 0x07));
        p.setPen(QPen(QColor(0x6d, 0x4c, 0x41), 6));
        p.drawEllipse(QRect(16, 16, 224, 224));
        p.setBrush(QColor(0x6d, 0x4c, 0x41));
        p.drawEllipse(QPoint(90, 100), 14, 18);
        p.drawEllipse(QPoint(166, 100), 14, 18);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRect(70, 90, 116, 100), 200 * 16, 140 * 16);
    }
    sticker.save(files.sticker);
    const auto page = [](quint64 granule, const QByteArray &packet) -> QByteArray {
        QByteArray out("OggS");
        out.append(char(0)).append(char(0));
        for (int i = 0; i < 8; ++i)
            out.append(char((granule >> (8 * i)) & 0xff));
        out.append(QByteArray(12, '\0'));
        out.append(char(1)).append(char(packet.size()));
        return QByteArray(out + packet);
    };
    QByteArray head("OpusHead");
    head.append(char(1)).append(char(1)).append(char(0x38)).append(char(0x01));
    head.append(QByteArray(8, '\0'));
    QFile voice(files.voice);
    if (voice.open(QIODevice::WriteOnly))
        voice.write(QByteArray(page(0, head) + page(48000 * 7 + 14712, QByteArray(60, 'x'))));
    return files;
}

inline ChatMessage base(qint64 id, MessageKind kind, Direction direction, int minute)
{
    ChatMessage chat;
    chat.id = id;
    chat.message.kind = kind;
    chat.message.direction = direction;
    chat.message.platformId = QStringLiteral("wamid.%1").arg(id);
    chat.message.timestamp = t0().addSecs(60 * minute);
    if (direction == Direction::Inbound) {
        chat.message.from = QStringLiteral("4915550001");
    } else {
        chat.localId = QStringLiteral("local-%1").arg(id);
        chat.status.apply(DeliveryState::Queued, chat.message.timestamp);
        chat.status.apply(DeliveryState::Accepted, chat.message.timestamp.addSecs(1));
        chat.status.apply(DeliveryState::Read, chat.message.timestamp.addSecs(30));
    }
    return chat;
}

inline ChatMessage text(qint64 id, Direction direction, int minute, const QString &body)
{
    ChatMessage chat = base(id, MessageKind::Text, direction, minute);
    chat.message.body = TextContent{body, false};
    return chat;
}

inline MediaContent media(MediaKind kind, qint64 size, const QString &caption = {})
{
    MediaContent content;
    content.kind = kind;
    content.id = QStringLiteral("media-1");
    content.caption = caption;
    content.fileSize = size;
    return content;
}

inline ChatMessage withMedia(qint64 id, MessageKind kind, Direction direction, int minute,
                             const MediaContent &content, const QString &path = {})
{
    ChatMessage chat = base(id, kind, direction, minute);
    chat.message.body = content;
    chat.mediaLocalPath = path;
    return chat;
}

inline InteractiveContent interactive(InteractiveKind kind, const QString &body)
{
    InteractiveContent content;
    content.kind = kind;
    content.body = body;
    return content;
}

inline ChatMessage withInteractive(qint64 id, int minute, const InteractiveContent &content)
{
    ChatMessage chat = base(id, MessageKind::Interactive, Direction::Outbound, minute);
    chat.message.body = content;
    return chat;
}

} // namespace chatfixtures

#include "ChatFixturesData.h"

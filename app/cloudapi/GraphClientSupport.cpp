#include "GraphClientSupport.h"

#include <QMimeDatabase>
#include <QRegularExpression>

namespace sb::graph::detail {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https")      ? 443
                        : scheme == QLatin1String("http") ? 80
                                                          : -1);
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

} // namespace

bool isPlainSegment(const QString &segment)
{
    if (segment.isEmpty() || segment.size() > 256 || segment == QLatin1String(".")
        || segment == QLatin1String(".."))
        return false;
    for (const QChar c : segment) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('_') && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && !a.host().isEmpty()
        && effectivePort(a) == effectivePort(b);
}

QString phoneNumberFieldList()
{
    return QStringLiteral("verified_name,display_phone_number,quality_rating,status,throughput,"
                          "whatsapp_business_manager_messaging_limit");
}

QByteArray decodeSha256(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        if (c.unicode() > 0x7e)
            return {};
    }
    const QByteArray ascii = trimmed.toLatin1();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (hex.match(trimmed).hasMatch())
        return QByteArray::fromHex(ascii);
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            ascii, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return decoded.decoded;
    }
    return {};
}

QString fileSuffixFor(const QByteArray &contentType)
{
    QByteArray mime = contentType;
    if (const qsizetype semicolon = mime.indexOf(';'); semicolon >= 0)
        mime.truncate(semicolon);
    mime = mime.trimmed().toLower();
    // The platform's own list (spec §3) first, so e.g. audio/ogg stays ".ogg".
    static const QList<std::pair<QByteArray, QString>> known{
        {"audio/aac", QStringLiteral("aac")},
        {"audio/amr", QStringLiteral("amr")},
        {"audio/mpeg", QStringLiteral("mp3")},
        {"audio/mp4", QStringLiteral("m4a")},
        {"audio/ogg", QStringLiteral("ogg")},
        {"text/plain", QStringLiteral("txt")},
        {"application/pdf", QStringLiteral("pdf")},
        {"application/msword", QStringLiteral("doc")},
        {"application/vnd.ms-excel", QStringLiteral("xls")},
        {"application/vnd.ms-powerpoint", QStringLiteral("ppt")},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         QStringLiteral("docx")},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         QStringLiteral("xlsx")},
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation",
         QStringLiteral("pptx")},
        {"image/jpeg", QStringLiteral("jpg")},
        {"image/png", QStringLiteral("png")},
        {"image/webp", QStringLiteral("webp")},
        {"video/mp4", QStringLiteral("mp4")},
        {"video/3gpp", QStringLiteral("3gp")},
    };
    for (const auto &[type, suffix] : known) {
        if (type == mime)
            return suffix;
    }
    if (!mime.isEmpty()) {
        const QString suffix =
            QMimeDatabase().mimeTypeForName(QString::fromLatin1(mime)).preferredSuffix();
        const bool safe = !suffix.isEmpty() && suffix.size() <= 10
            && std::all_of(suffix.cbegin(), suffix.cend(), isAsciiAlnum);
        if (safe)
            return suffix.toLower();
    }
    return QStringLiteral("bin");
}

QByteArray multipartFileName(const QString &name)
{
    QString base = name;
    const qsizetype slash =
        std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        base = base.mid(slash + 1);
    for (QChar &c : base) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('"'))
            c = QLatin1Char('_');
    }
    return base.isEmpty() ? QByteArray("upload") : base.toUtf8();
}

bool isPlainMimeType(const QString &mimeType)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*$"));
    return pattern.match(mimeType).hasMatch();
}

} // namespace sb::graph::detail

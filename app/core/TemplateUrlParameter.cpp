#include "TemplateUrlParameter.h"

#include <QByteArray>
#include <QByteArrayView>

namespace sb {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 3986 unreserved, sub-delims, ':', '@', '/' and '?': what a URL query may hold unescaped.
bool isUrlSafe(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("-._~!$&'()*+,;=:@/?").contains(c);
}

bool isValidEscapeAt(const QByteArray &bytes, qsizetype i)
{
    return bytes[i] == '%' && i + 2 < bytes.size() && isHexDigit(bytes[i + 1])
        && isHexDigit(bytes[i + 2]);
}

} // namespace

bool isPercentEncodedUrlParameter(QStringView value)
{
    const QByteArray bytes = value.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%') {
            if (!isValidEscapeAt(bytes, i))
                return false;
            i += 2;
        } else if (!isUrlSafe(bytes[i])) {
            return false;
        }
    }
    return true;
}

QString percentEncodeUrlParameter(QStringView value)
{
    const QByteArray bytes = value.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if ((c == '%' && isValidEscapeAt(bytes, i)) || (c != '%' && isUrlSafe(c))) {
            out.append(c);
        } else {
            out.append('%');
            out.append(QByteArray::number(static_cast<unsigned char>(c), 16)
                           .rightJustified(2, '0')
                           .toUpper());
        }
    }
    return QString::fromLatin1(out);
}

} // namespace sb

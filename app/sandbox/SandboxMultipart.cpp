#include "SandboxMultipart.h"

namespace sb {

namespace {

// Reads `key=value` or `key="value"` from a header such as Content-Disposition.
QByteArray headerParameter(const QByteArray &header, const QByteArray &key)
{
    qsizetype pos = 0;
    while (pos < header.size()) {
        const qsizetype semicolon = header.indexOf(';', pos);
        if (semicolon < 0)
            return {};
        pos = semicolon + 1;
        while (pos < header.size() && header.at(pos) == ' ')
            ++pos;
        if (header.mid(pos, key.size() + 1).toLower() != key + '=')
            continue;
        pos += key.size() + 1;
        if (pos < header.size() && header.at(pos) == '"') {
            QByteArray value;
            for (++pos; pos < header.size() && header.at(pos) != '"'; ++pos) {
                if (header.at(pos) == '\\' && pos + 1 < header.size())
                    ++pos;
                value.append(header.at(pos));
            }
            return value;
        }
        const qsizetype end = header.indexOf(';', pos);
        return header.mid(pos, end < 0 ? -1 : end - pos).trimmed();
    }
    return {};
}

} // namespace

std::optional<QList<SandboxFormPart>> parseMultipart(const QByteArray &contentType,
                                                     const QByteArray &body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    QList<SandboxFormPart> parts;
    for (;;) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return std::nullopt;
        SandboxFormPart part;
        for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(headerParameter(value, "name"));
                part.filename = QString::fromUtf8(headerParameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        pos = next + 2;
    }
}

} // namespace sb

#pragma once

#include <QString>
#include <QStringView>

// URL-button parameters are appended to the button's URL and must arrive percent-encoded
// (spec §1.7). Valid %XX escapes and the characters a URL query may hold unescaped pass as they
// are.
namespace sb {

bool isPercentEncodedUrlParameter(QStringView value);
// Encodes (as UTF-8) what isPercentEncodedUrlParameter() refuses, keeping valid %XX escapes.
QString percentEncodeUrlParameter(QStringView value);

} // namespace sb

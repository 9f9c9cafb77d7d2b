#pragma once

#include <QStringView>

// How WhatsApp counts text, for every length limit in Limits.h.
//
// Decision: a "character" is one Unicode code point of the text as sent, without normalisation.
// Meta's limits ("body max 4096 characters") do not define the unit; code points are the common
// reading (the platform's JSON and servers are UTF-8/code-point based, and a
// UTF-16 count would make every emoji cost two). Consequences, all tested:
//   "😀"                      = 1 (one code point, two UTF-16 units)
//   "🇩🇪" (a flag)            = 2 (two regional indicators)
//   "👨‍👩‍👧" (a ZWJ family)    = 5 (three people, two zero-width joiners)
//   "é" as e + U+0301         = 2;  "é" precomposed U+00E9 = 1
//   Arabic and Hebrew letters = 1 each; direction marks (U+200F) count like any code point
// A lone surrogate (broken UTF-16) counts as one, so bad input never crashes a count.
namespace sb {

// The length the platform measures: Unicode code points.
qsizetype platformLength(QStringView text);

// What a person sees as one character (extended grapheme clusters, UAX #29).
qsizetype graphemeCount(QStringView text);

// Extended_Pictographic code points and regional indicators (an approximation of UTS #51 data
// that covers every emoji assigned up to Unicode 15).
bool isEmojiCodePoint(char32_t codePoint);
bool containsEmoji(QStringView text);

// Exactly one emoji as a person sees it: "😀", "👍🏽", "🇩🇪", "👨‍👩‍👧",
// "❤️", "1️⃣". False for the empty string, for text, and for two emoji.
bool isSingleEmoji(QStringView text);

// Line breaks as a reader sees them: "\r\n", "\n", "\r", U+2028 and U+2029 count one each.
qsizetype lineBreakCount(QStringView text);

} // namespace sb

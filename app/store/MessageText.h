#pragma once

#include "Message.h"

#include <QString>

namespace sb {

// The searchable, previewable text of a message: a text body, a media caption (and a
// document's file name), an interactive reply's title, a location's name and address, a
// contact card's names, an order's note... Empty for messages without words (a sticker).
QString messageSearchText(const Message &message);

} // namespace sb

#pragma once

#include "Message.h"

#include <QCoreApplication>
#include <QString>

namespace sb {

// One-line, translated descriptions of a message for quote blocks, accessibility and the
// conversation list: the text itself when there is one (markup removed), else what it is
// ("Photo", "Voice message", "Location: Central Station").
class ChatMessageSummary
{
    Q_DECLARE_TR_FUNCTIONS(sb::ChatMessageSummary)

public:
    ChatMessageSummary() = delete;

    static QString oneLine(const Message &message);
    // The noun for a kind ("Photo", "Document", "Template"), for labels and fallbacks.
    static QString kindName(MessageKind kind);
    static QString mediaKindName(const MediaContent &media);
};

} // namespace sb

#pragma once

#include <QColor>
#include <QIcon>

namespace sb {

// The composer's few line icons, drawn from inline SVG in the given colour so they follow the
// palette (light and dark) without an icon theme.
class ComposerIcons
{
public:
    enum class Icon { Emoji, Attach, Send, Template, Close, Reply };

    ComposerIcons() = delete;

    static QIcon icon(Icon which, const QColor &colour, int size = 24);
};

} // namespace sb

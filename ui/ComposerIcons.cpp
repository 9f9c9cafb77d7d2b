#include "ComposerIcons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace sb {

namespace {

// 24x24 outlines; "C" stands for the colour.
const char *svgOf(ComposerIcons::Icon which)
{
    switch (which) {
    case ComposerIcons::Icon::Emoji:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="C" stroke-width="1.8" stroke-linecap="round"><circle cx="12" cy="12" r="9"/>
<path d="M8 14.5c1 1.6 2.4 2.4 4 2.4s3-.8 4-2.4"/><circle cx="9" cy="10" r=".6" fill="C"/>
<circle cx="15" cy="10" r=".6" fill="C"/></svg>)";
    case ComposerIcons::Icon::Attach:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="C" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
<path d="M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.1-8.1a3.3 3.3 0 0 1 4.7 4.7l-8 8a1.7 1.7 0 0 1-2.4-2.4l7.3-7.3"/></svg>)";
    case ComposerIcons::Icon::Send:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="C" d="M3.4 20.4l17.4-7.5a1 1 0 0 0 0-1.8L3.4 3.6a.8.8 0 0 0-1.1.9L4 10.6l9 1.4-9 1.4-1.7 6.1a.8.8 0 0 0 1.1.9z"/></svg>)";
    case ComposerIcons::Icon::Template:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="C" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M9 12h7M9 15.5h7M9 19h4"/></svg>)";
    case ComposerIcons::Icon::Close:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="C" stroke-width="2" stroke-linecap="round"><path d="M6 6l12 12M18 6L6 18"/></svg>)";
    case ComposerIcons::Icon::Reply:
        return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none"
stroke="C" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">
<path d="M10 6l-6 6 6 6"/><path d="M4 12h9a7 7 0 0 1 7 7"/></svg>)";
    }
    return "";
}

} // namespace

QIcon ComposerIcons::icon(Icon which, const QColor &colour, int size)
{
    QByteArray svg(svgOf(which));
    const QByteArray quoted = '"' + colour.name(QColor::HexRgb).toLatin1() + '"';
    svg.replace("\"C\"", quoted);
    QSvgRenderer renderer(svg);
    QIcon icon;
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    for (const qreal scale : {1.0, ratio > 1.0 ? ratio : 2.0}) {
        QPixmap pixmap(QSize(size, size) * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace sb

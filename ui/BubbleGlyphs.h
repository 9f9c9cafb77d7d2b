#pragma once

#include "BubbleContent.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace sb {

// Small vector glyphs drawn with QPainter paths, so they scale with the font and follow the
// theme's colours without icon files.
namespace glyphs {

void download(QPainter *painter, const QRectF &box, const QColor &color);
void play(QPainter *painter, const QRectF &box, const QColor &color);
void brokenImage(QPainter *painter, const QRectF &box, const QColor &color);
void microphone(QPainter *painter, const QRectF &box, const QColor &color);
void musicNote(QPainter *painter, const QRectF &box, const QColor &color);
void pin(QPainter *painter, const QRectF &box, const QColor &color);
void smiley(QPainter *painter, const QRectF &box, const QColor &color);
// A page with a folded corner and the file extension on it.
void page(QPainter *painter, const QRectF &box, const QColor &color, const QString &label);
void button(QPainter *painter, const QRectF &box, ButtonGlyph glyph, const QColor &color);
// A round button: a filled circle with a glyph, for media overlays.
void disc(QPainter *painter, const QPointF &center, qreal radius, const QColor &fill);

} // namespace glyphs

} // namespace sb

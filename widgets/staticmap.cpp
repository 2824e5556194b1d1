#include "staticmap.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ioc {

QRectF StaticMap::paint(QPainter &p, const QRectF &area, const Formatter &fmt,
                        QString *caption) const
{
    const QRectF scene = geometry.cityRect();
    if (scene.isEmpty() || area.isEmpty())
        return {};
    // room above the inset box for its caption
    const qreal captionHeight = QFontMetricsF(captionFont, p.device()).height() * 1.2;
    const QRectF room = area.adjusted(0, captionHeight, 0, 0);
    const qreal scale = std::min(room.width() / scene.width(), room.height() / scene.height());
    const QPointF origin(room.left() + (room.width() - scene.width() * scale) / 2,
                         room.top() + (room.height() - scene.height() * scale) / 2);
    const auto toDevice = [&](const QRectF &r) {
        return QRectF(origin + (r.topLeft() - scene.topLeft()) * scale, r.size() * scale);
    };
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(origin);
    p.scale(scale, scale);
    p.translate(-scene.topLeft());
    p.setPen(QPen(boundary, boundaryWidth / scale));
    const MapGeometry::Unit *picked = nullptr;
    for (const MapGeometry::Unit &unit : geometry.units()) {
        p.setBrush(fills.value(unit.code, noData));
        p.drawPath(unit.path);
        if (unit.code == outlined)
            picked = &unit;
    }
    if (picked) { // on top of its neighbours' boundaries
        p.setBrush(Qt::NoBrush);
        p.setPen(
            QPen(outline, boundaryWidth * 3.5 / scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(picked->path);
    }
    p.restore();
    const QRectF inset = geometry.insetRect();
    if (!inset.isValid())
        return {};
    const QRectF box = toDevice(inset);
    p.save();
    p.setPen(QPen(muted, std::max<qreal>(1, boundaryWidth), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.setFont(captionFont);
    // right-aligned over the box; the short form where the whole one would not fit
    const QString number = fmt.number(std::round(geometry.insetScale()), 0);
    QString text = tr("Bạch Long Vĩ, ×%1 (117 km offshore)").arg(number);
    const QFontMetricsF fm(captionFont, p.device());
    if (fm.horizontalAdvance(text) > box.right() - area.left())
        text = tr("Bạch Long Vĩ ×%1").arg(number);
    const qreal w = fm.horizontalAdvance(text) + 2;
    const QRectF at(box.right() - w, box.top() - captionHeight, w, captionHeight);
    p.drawText(at, Qt::AlignRight | Qt::AlignBottom, text);
    p.restore();
    if (caption)
        *caption = text;
    return at;
}

} // namespace ioc

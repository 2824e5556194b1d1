#include "statusbadge.h"

#include <QPainterPath>

namespace ioc {

void paintStatusIcon(QPainter *p, const QRectF &r, Status s, const Theme &theme)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = theme.status(s);
    const QPointF m = r.center();
    const qreal w = r.width();
    QPen glyph(theme.onFill, std::max<qreal>(1.5, w * 0.13), Qt::SolidLine, Qt::RoundCap,
               Qt::RoundJoin);
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    switch (s) {
    case Status::Ok: {
        p->drawEllipse(r);
        QPainterPath tick;
        tick.moveTo(m + QPointF(-w * 0.24, 0));
        tick.lineTo(m + QPointF(-w * 0.06, w * 0.18));
        tick.lineTo(m + QPointF(w * 0.26, -w * 0.18));
        p->setPen(glyph);
        p->setBrush(Qt::NoBrush);
        p->drawPath(tick);
        break;
    }
    case Status::Warn: {
        QPainterPath tri;
        tri.moveTo(m.x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p->drawPath(tri);
        p->setPen(glyph);
        p->drawLine(QPointF(m.x(), r.top() + w * 0.35), QPointF(m.x(), r.top() + w * 0.66));
        p->drawPoint(QPointF(m.x(), r.top() + w * 0.84));
        break;
    }
    case Status::Critical: {
        QPolygonF oct;
        for (int i = 0; i < 8; ++i) {
            const qreal a = (22.5 + 45 * i) * 3.14159265 / 180;
            oct << m + QPointF(std::cos(a) * w / 2, std::sin(a) * w / 2);
        }
        p->drawPolygon(oct);
        p->setPen(glyph);
        const qreal d = w * 0.2;
        p->drawLine(m + QPointF(-d, -d), m + QPointF(d, d));
        p->drawLine(m + QPointF(-d, d), m + QPointF(d, -d));
        break;
    }
    case Status::Stale: {
        p->drawEllipse(r);
        p->setPen(glyph);
        p->drawLine(m, m + QPointF(0, -w * 0.28));
        p->drawLine(m, m + QPointF(w * 0.2, w * 0.1));
        break;
    }
    case Status::NoPlan:
    case Status::NotApplicable:
    case Status::Info:
    case Status::NoData: {
        p->drawRoundedRect(r, w * 0.2, w * 0.2);
        p->setPen(glyph);
        if (s == Status::Info) {
            p->drawLine(m + QPointF(0, -w * 0.05), m + QPointF(0, w * 0.25));
            p->drawPoint(m + QPointF(0, -w * 0.24));
        } else {
            p->drawLine(m + QPointF(-w * 0.22, 0), m + QPointF(w * 0.22, 0));
        }
        break;
    }
    }
    p->restore();
}

} // namespace ioc

#pragma once

#include "format.h"
#include "geo.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>

class QPainter;

namespace ioc {

// The administrative map painted once, for the wall's frames and for paper: every unit filled
// by its class, Bạch Long Vĩ in its inset box (dashed, captioned with its scale: it lies 117 km
// offshore and would otherwise be left out), and one unit outlined (a place's view). The desk's
// MapView is interactive and draws the same geometry itself.
struct StaticMap
{
    Q_DECLARE_TR_FUNCTIONS(ioc::StaticMap)

public:
    const MapGeometry &geometry;
    QHash<QString, QColor> fills; // by unit code; a unit without one gets `noData`
    QColor noData;
    QColor boundary;
    qreal boundaryWidth = 1; // in device units
    QColor muted;            // the inset's frame and caption
    QFont captionFont;
    QString outlined; // a unit drawn with a thick outline in `outline` (empty: none)
    QColor outline;

    // Fits the whole city (the mainland and the inset box) into `area`, centred. Returns where
    // the inset's caption went, and its text in *caption.
    QRectF paint(QPainter &p, const QRectF &area, const Formatter &fmt,
                 QString *caption = nullptr) const;
};

} // namespace ioc

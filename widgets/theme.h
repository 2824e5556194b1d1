#pragma once

#include "status.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>
#include <QVector>

namespace ioc {

// The one palette of the console: a light theme for workstations and print, a dark
// high-contrast one for wall screens. Status colours always travel with an icon and a word.
struct Theme
{
    QString name;
    QColor window;
    QColor surface;
    QColor border;
    QColor text;
    QColor muted;
    QColor accent;
    QColor plan;
    QColor ok;
    QColor warn;
    QColor critical;
    QColor noPlan;
    QColor stale;
    QColor info;
    QColor noData;
    QColor demoBadge;
    // a status badge: its fill is the status colour at this alpha, its word that colour
    // darkened by this factor (QColor::darker; 100: as it is)
    int badgeFillAlpha = 34;
    int badgeTextDarker = 120;
    int statusTextDarker = 115; // a status word in a table cell
    // the map: sea, unit boundaries, a unit without a figure, place names and their halo
    QColor mapSea;
    QColor mapBoundary;
    QColor mapNoData;
    QColor mapLabel;
    QColor mapLabelHalo;

    static Theme light();
    static Theme dark();
    static Theme byName(const QString &name);

    QColor status(Status s) const;
    // the parts of a whole, told apart by fill pattern as well (partPattern)
    QColor part(int i) const;
    static Qt::BrushStyle partPattern(int i);
    QPalette palette() const;
    // Choropleth scales (ColorBrewer, safe for colour-blind readers): sequential YlGnBu for a
    // magnitude, diverging PuOr for a change (low end orange, high end purple), 1 to 7 classes.
    static QVector<QColor> sequential(int classes);
    static QVector<QColor> diverging(int classes);
};

// The family that renders Vietnamese stacked diacritics (ề ẫ ặ ự) correctly.
QFont uiFont(qreal pointSize, int weight = QFont::Normal);

} // namespace ioc

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
    QColor onFill = Qt::white; // text and glyphs on a status colour or a badge
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
    // The sequential scale as this theme shows it on a map: on the dark theme a class as dark
    // as the background is lightened (same hue) until it stands out from it at 3:1 (WCAG
    // non-text contrast), so that the highest class never sinks into the wall's black; on the
    // light theme the palest class stands apart by the units' dark boundaries.
    QVector<QColor> mapClasses(int classes) const;
    static double contrast(const QColor &a, const QColor &b); // WCAG 2 contrast ratio, 1..21
};

// The type scale of the console, in points: every text takes its size from here (the wall
// frames and the printed pages scale a whole page, never one size).
namespace textSize {
inline constexpr qreal micro = 8;        // a map legend's line styles
inline constexpr qreal caption = 8.5;    // place names and legend entries on a map
inline constexpr qreal small = 9;        // chart axes, a tile's code and "as of"
inline constexpr qreal note = 9.5;       // a tile's comparisons
inline constexpr qreal body = 10;        // tables, notes, choosers
inline constexpr qreal bodyLarge = 10.5; // the tables of the map page and a commune
inline constexpr qreal control = 11;     // tabs, navigation, the period bar
inline constexpr qreal heading = 12;     // a panel's or a section's title, subtitles
inline constexpr qreal emphasis = 16;    // a tile that has no figure yet
inline constexpr qreal title = 20;       // a page's title
inline constexpr qreal figure = 24;      // a tile's figure
} // namespace textSize

// The spacing of the console, in pixels.
namespace space {
inline constexpr int pageH = 16; // a page's left and right margin
inline constexpr int pageV = 12; // its top and bottom margin
inline constexpr int panelH = 10;
inline constexpr int panelV = 8;
inline constexpr int section = 10; // between the tiles and the panels, between panels
inline constexpr int row = 8;      // between a page's header, notices and contents
inline constexpr int gap = 6;      // between tiles, inside a panel
inline constexpr int tight = 2;    // a title and its subtitle
inline constexpr int badgeH = 10;  // a badge's padding ("DỮ LIỆU MẪU")
inline constexpr int badgeV = 3;
} // namespace space

// The family that renders Vietnamese stacked diacritics (ề ẫ ặ ự) correctly.
QFont uiFont(qreal pointSize, int weight = QFont::Normal);

// Tooltips are how a figure explains itself (issue 19): they come within kToolTipDelayMs of the
// pointer resting on it, not after the platform's 700 ms. Installed on the application's style.
constexpr int kToolTipDelayMs = 250;
void useQuickToolTips();

} // namespace ioc

#pragma once

#include "entity.h"
#include "format.h"
#include "geo.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace ioc {

// One frame of the wall: part of a screen, laid out for a 16:9 wall read from five metres.
struct WallStop
{
    enum class Kind { Tiles, Panels, Map };
    QString screen;
    Kind kind = Kind::Tiles;
    int part = 1; // "S01 (1/4)"
    int parts = 1;
    QVector<int> tiles;  // indices into the definition's indicators
    QVector<int> panels; // indices into the definition's panels
};

// A text as a frame drew it: where, at what pixel size, and whether it is a big figure.
struct WallText
{
    QRectF rect;
    int pixelSize = 0;
    QString text;
    bool figure = false;
};

// Paints the wall's frames with QPainter alone: no widget, so no scrollbar, combo box or focus
// frame can reach the wall. Every text is at least 1/50 of the frame's height (22 px at 1080p:
// the distance/200 rule for a 5 m room on a 2.2 m screen), big figures at least three times
// that; at most eight tiles a frame; lists are the top eight with "+ N đơn vị khác"; a map takes
// most of its frame with its legend beside it.
class WallFrame
{
    Q_DECLARE_TR_FUNCTIONS(ioc::WallFrame)
public:
    static constexpr int kMaxTiles = 8;
    static constexpr int kTopN = 8;
    static constexpr qreal kFigureScale = 3.4; // a big figure, in text units

    // The frames of a screen, in order: its tiles eight at a time, its panels two by two, each
    // map on its own.
    static QVector<WallStop> stops(const ScreenDefinition &def);
    // The smallest text of a frame of this height, in pixels.
    static int unit(int frameHeight) { return (frameHeight + 49) / 50; }

    WallFrame(const EntityRegistry &entities, const MapGeometry *geometry, const Formatter &fmt,
              const Theme &theme, bool demo);
    // why there is no map to draw (no geometry): said where the map would be
    void setMapProblem(const QString &problem) { m_mapProblem = problem; }

    // Paints one stop into `frame` (the frame's full height sets the text unit); the texts
    // drawn are added to `texts` when given.
    void paint(QPainter &p, const QRect &frame, int frameHeight, const ScreenDefinition &def,
               const WallStop &stop, const ScreenData &data,
               QVector<WallText> *texts = nullptr) const;

private:
    struct Canvas;
    QRectF text(Canvas &c, const QRectF &box, const QString &text, qreal size, int flags,
                const QColor &colour, bool bold = false, bool figure = false) const;
    void header(Canvas &c, const QRectF &area, const ScreenDefinition &def, const WallStop &stop,
                const ScreenData &data) const;
    // notAtPlace: a place's view whose level does not report it (ScreenData::notAtPlace)
    void tile(Canvas &c, const QRectF &area, const Figure &f, bool notAtPlace) const;
    void panel(Canvas &c, const QRectF &area, const ScreenPanel &panel,
               const ScreenData &data) const;
    enum class Order { WorstFirst, AsGiven };
    // worst first while any row is in warning or worse; otherwise the best first, or as given
    void topList(Canvas &c, const QRectF &area, QVector<Figure> rows, Order order) const;
    void composition(Canvas &c, const QRectF &area, const ScreenPanel &panel,
                     const ScreenData &data) const;
    void map(Canvas &c, const QRectF &area, const ScreenPanel &panel, const ScreenData &data) const;
    // the traffic cameras' latest pictures, as large as the area lets them be
    void cameras(Canvas &c, const QRectF &area, const CameraBoard &board) const;
    QColor statusColour(const Figure &f) const;

    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    Formatter m_fmt;
    Theme m_theme;
    bool m_demo;
    QString m_mapProblem;
};

} // namespace ioc

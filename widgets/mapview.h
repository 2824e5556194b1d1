#pragma once

#include "classbreaks.h"
#include "figures.h"
#include "format.h"
#include "geo.h"
#include "theme.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>

namespace ioc {

class MapUnitItem;
class MapPointItem;

// A symbol on the map: a station or a project at its (approximate) place.
struct MapPoint
{
    QString code;
    QGeoCoordinate coordinate;
    EntityKind kind = EntityKind::Station;
    Figure figure; // its latest figure, if any: the symbol takes its status colour
};

// The administrative map: one item per unit filled by class of the chosen indicator's value
// (or of its % of plan, diverging around the plan), a legend with the breaks, units without
// data hatched, station and project symbols on top. Wheel, drag and keys zoom and pan; 0 or
// Home fits the city; a click on a unit or a symbol selects it (a click on the sea, nothing),
// a double-click or Enter on the one selected opens it. Labels appear where they fit.
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    enum class Shading { Value, VsPlan };

    MapView(const MapGeometry &geometry, const EntityRegistry &entities, QWidget *parent = nullptr);
    ~MapView() override;

    void setLook(const Formatter &fmt, const Theme &theme);
    // the chosen indicator's figures by unit (a breakdown); recolours the units
    void setFigures(const Indicator *indicator, const QVector<Figure> &figures);
    void setClassification(ClassBreaks::Method method, int classes);
    void setShading(Shading shading);
    Shading shading() const { return m_shading; }
    void setPoints(const QVector<MapPoint> &points);
    // A unit or a symbol picked out (cross-highlighting): a thick outline, the rest dimmed.
    // Empty: none, nothing dimmed. A code the map does not draw dims nothing either.
    void setHighlighted(const QString &code);
    QString highlighted() const { return m_highlighted; }
    bool isDimmed(const QString &code) const; // drawn faded because another one is picked out
    // Units are rasterised once per look and zoom for the screen; for print (a PDF) they are
    // drawn as paths instead.
    void setItemCaching(bool on);

    const ClassBreaks &breaks() const { return m_breaks; }
    const Indicator *indicator() const { return m_indicator; }
    // the unit or symbol under a point of the viewport, or an empty string
    QString unitAt(const QPoint &viewportPos) const;
    QString pointAt(const QPoint &viewportPos) const;
    QString toolTipFor(const QString &code) const;
    // the fill colour of a unit (its class's colour, or the no-data colour)
    QColor fillOf(const QString &code) const;
    bool hasData(const QString &code) const;
    QStringList visibleLabels() const;
    QPoint viewportPosOf(const QString &code) const; // where a unit's label point is drawn
    QRectF legendRect() const { return m_legendRect; }
    QStringList legendClasses() const; // the legend's class rows, lowest first
    // modest: a view's default asks for its whole scene, which would push a page into scrolling
    QSize sizeHint() const override { return QSize(400, 170); }

public slots:
    void fitCity();
    void zoomBy(double factor);

signals:
    void unitSelected(const QString &code);   // a click: a unit, a symbol, or none (empty)
    void unitActivated(const QString &code);  // a double-click or Enter: a unit
    void pointActivated(const QString &code); // … a station or a project
    // its context menu: every screen for that unit or symbol (empty: for the whole city)
    void placeWanted(const QString &code);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void recolor();
    void scaleChanged(); // the items' margins for their outlines, then the labels
    void layoutLabels();
    bool layoutLegend(); // true when its size changed
    void setHovered(const QString &code);
    QString classLabel(int i) const;
    QString kindText(EntityKind kind) const;
    double shadedValue(const Figure &f) const;
    QColor noDataFill() const; // under the hatching of a unit without data

    const MapGeometry &m_geometry;
    const EntityRegistry &m_entities;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    const Indicator *m_indicator = nullptr;
    QHash<QString, Figure> m_figures; // by unit
    ClassBreaks::Method m_method = ClassBreaks::Method::Quantile;
    int m_classes = 5;
    Shading m_shading = Shading::Value;
    ClassBreaks m_breaks;
    bool m_integral
        = false; // every value a whole number (a count): bounds and labels in whole numbers
    QVector<QColor> m_colours;
    QHash<QString, MapUnitItem *> m_items;
    QVector<MapPointItem *> m_points;
    QGraphicsRectItem *m_insetFrame = nullptr;
    QString m_hovered;
    QString m_highlighted;
    bool m_userZoomed = false;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    struct Label
    {
        QString text;
        QPointF at; // viewport, the text's centre
        QRectF box;
    };
    QVector<Label> m_labels;
    QImage m_labelLayer; // the labels as drawn, viewport-sized
    QRectF m_legendRect;
    struct Legend
    {
        QString title;    // elided to the legend's width
        QStringList rows; // the classes, then no data
        double rowH = 0;
        bool showKinds = true; // the outline styles' row, where it fits whole
    } m_legend;
};

} // namespace ioc

#pragma once

#include "figuretablemodel.h"
#include "format.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QShortcut;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ioc {

class DashboardPanel;
class KpiTile;
class MapGeometry;
class MapView;
class StatusDelegate;
class TrendPanel;

// One dashboard screen built from its definition: the KPI tile grid, then its panels (trend
// against plan, bars by entity, a ranked table, a composition, station readings) in a grid,
// and on a second tab the table of the same figures.
class ScreenPage : public QWidget
{
    Q_OBJECT
public:
    // geometry: the boundaries for map panels (null: mapProblem says why there is no map)
    ScreenPage(const ScreenDefinition &definition, const EntityRegistry &entities,
               const MapGeometry *geometry = nullptr, const QString &mapProblem = QString(),
               QWidget *parent = nullptr);

    const ScreenDefinition &definition() const { return m_definition; }
    void setLoading(const Formatter &fmt, const Theme &theme);
    void setData(const ScreenData &data, const Formatter &fmt, const Theme &theme, bool demo);
    void setError(const QString &message);
    void setMessage(const QString &message); // a neutral notice above the tiles
    bool hasData() const { return !m_data.figures.isEmpty(); }
    const ScreenData &data() const { return m_data; }
    // the indicator of the first trend panel: the definition's, or the tile last chosen
    QString chartedIndicator() const { return m_charted; }
    void chartIndicator(const QString &code);
    void copySelection() const;
    // Gives the keyboard focus to the tile of an indicator (coming back from its detail).
    void focusIndicator(const QString &code);
    // "Tháng 4/2026", "Quý II/2026", "Lũy kế năm 2026": the window a selection covers.
    static QString windowLabel(const Selection &selection, const Formatter &fmt);
    // The screen's table as CSV, rows in the order shown.
    QByteArray tableCsv() const;
    bool exportCsv(const QString &path, QString *error) const;
    // the dashboard (0) or the table (1)
    void showTable(bool table);
    bool tableShown() const;
    // how many tile columns and panel columns the current width gives
    int tileColumns() const { return m_tileColumns; }
    int panelColumns() const { return m_panelColumns; }
    // A breakdown a map panel asked for (breakdownWanted); ignored when for another period.
    void addBreakdown(const BreakdownData &data);
    MapView *map() const;
    QString mappedIndicator() const;
    void mapIndicator(const QString &code); // switches the map panel's chooser
    // For presentation: the dashboard alone, no tab bar (the table is for the desk).
    void setPresentation(bool on);
    // Whether the dashboard fits the page's current size without scrolling (after a layout).
    bool fitsWithoutScrolling() const;
    // How many pixels taller the page would have to be to show its dashboard whole (0: it fits).
    int overflow() const;
    // Resizes the page (and the widget it sits in) and lays it out at once, as a hidden stage
    // needs before rendering it: presentation frames and PDF pages.
    void layOutNow(const QSize &size);
    // Lays the page out for a frame (a wall, a printed page) at the narrowest logical width of
    // 1280–1920 px, at the frame's proportions, at which the dashboard fits whole; the widest
    // when it fits at none (never wider than the frame itself). Returns that logical size: the
    // frame's scale is frame width / logical width.
    QSize layOutToFit(const QSizeF &frame);
    void scrollToTop();
    // Cross-highlighting: a unit, project or station picked out in every visual of the screen
    // (the map's outline, its bar, its table row, the tiles' line for it), the rest faded.
    // Chosen by a click or the arrow keys in any of them; Esc or a click on empty space
    // clears it (empty). Kept across refreshes of the same screen.
    void selectUnit(const QString &entity);
    // what the tiles compare each figure with (the "compare with" choice)
    void setCompareWith(CompareWith with);
    QString selectedUnit() const { return m_selectedUnit; }

signals:
    void figureActivated(const QString &indicatorCode);
    void communeActivated(const QString &entityCode);
    // a map panel was switched to an indicator whose breakdown the page does not have
    void breakdownWanted(const QString &indicatorCode);
    // a map's context menu: every screen for a place (empty: the whole city)
    void placeWanted(const QString &entity);
    // a camera wall's: a camera opened; the cameras whose pictures are on screen
    void cameraActivated(const QString &camera);
    void camerasShown(const QStringList &ids);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

public:
    // the traffic cameras' new pictures and lists, to the page's camera walls
    void applyCameraFrames(const QVector<CameraFrame> &frames);
    void applyCameraList(const QVector<Camera> &list);

private:
    void relaySelectedUnit();
    void buildPanels();
    void fillPanels();
    void rebuildTiles();
    void layoutGrid(bool force = false);
    void applyTheme();
    TrendPanel *followingTrend() const; // the first trend panel: the chosen tile's trend
    const Figure *figureOf(const QString &code) const;
    template <typename Kind> QVector<Kind *> panelsOf() const;

    ScreenDefinition m_definition;
    const EntityRegistry &m_entities;
    const MapGeometry *m_geometry;
    QString m_mapProblem;
    ScreenData m_data;
    Formatter m_fmt;
    Theme m_theme = Theme::light();
    bool m_demo = false;
    QString m_charted;
    QString m_selectedUnit;
    QString m_placeShown; // the place filter of the figures shown (empty: the city)
    CompareWith m_compareWith = CompareWith::Everything;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_demoBadge;
    QLabel *m_message;
    QTabWidget *m_views;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QGridLayout *m_panelGrid;
    int m_tileColumns = 0;
    int m_panelColumns = 0;
    QVector<KpiTile *> m_tiles;
    QVector<DashboardPanel *> m_panels;
    FigureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    StatusDelegate *m_statusDelegate;
    QShortcut *m_clearUnit;
};

} // namespace ioc

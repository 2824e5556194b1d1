#pragma once

#include "format.h"
#include "screendata.h"
#include "screens.h"
#include "theme.h"

#include <QFrame>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace ioc {

class MapGeometry;
class MapView;
class TrendChart;

// The figures of a screen as its panels see them: the screen's data in a language and a look.
struct PanelData
{
    const ScreenData &data;
    const Formatter &fmt;
    const Theme &theme;

    const Figure *figure(const QString &code) const; // one of the screen's headline figures
};

// One panel of a dashboard screen below its tiles: a framed box with a title, built from its
// definition (ScreenPanel) by DashboardPanel::create, one class per kind. The page lays the
// panels out in its grid and gives each the screen's figures (setData) and the look (applyLook).
class DashboardPanel : public QFrame
{
    Q_OBJECT
public:
    // what a panel is built with besides its definition
    struct Needs
    {
        const EntityRegistry &entities;
        const MapGeometry *geometry = nullptr; // null: mapProblem says why there is no map
        QString mapProblem;
    };
    // The panel of a definition's kind; null for the tiles (the page lays those out itself).
    static DashboardPanel *create(const ScreenPanel &definition, const Needs &needs);

    const ScreenPanel &definition() const { return m_definition; }
    QString indicator() const { return m_definition.indicators.value(0); } // its first one
    // the screen's figures (again, after a change of data, language or look)
    virtual void setData(const PanelData &data);
    // The title shown over the panel: the definition's, else one the kind makes of its
    // indicator's (titleOf).
    QString title(const PanelData &data) const;
    virtual void applyLook(const Theme &theme);
    // Cross-highlighting: the unit, project or station the page has picked out (empty: none).
    // A panel that shows it picks it out and fades the rest; one that does not, ignores it.
    virtual void setSelectedUnit(const QString &entity);
    // new pictures and lists of the traffic cameras (a camera wall shows them; others ignore)
    virtual void applyCameraFrames(const QVector<CameraFrame> &) {}
    virtual void applyCameraList(const QVector<Camera> &) {}

signals:
    // a click (or the arrow keys) picked out an entity in this panel; empty: cleared
    void unitSelected(const QString &entity);
    void figureActivated(const QString &indicatorCode);
    void communeActivated(const QString &entityCode);
    // a map panel was switched to an indicator whose breakdown the page does not have
    void breakdownWanted(const QString &indicatorCode);
    // the map's context menu: every screen for a place (empty: the whole city)
    void placeWanted(const QString &entity);
    // a camera wall: a camera was opened; the cameras whose pictures are on screen
    void cameraActivated(const QString &camera);
    void camerasShown(const QStringList &ids);

protected:
    explicit DashboardPanel(const ScreenPanel &definition);
    QVBoxLayout *box() const { return m_box; }
    virtual QString titleOf(const Figure &figure, const QString &lang) const;
    QLabel *titleLabel() const { return m_title; }

private:
    ScreenPanel m_definition;
    QVBoxLayout *m_box;
    QLabel *m_title;
};

// A trend against plan. The first trend panel of a screen follows the tile last chosen
// (follow): the page shows the chosen indicator in it.
class TrendPanel : public DashboardPanel
{
    Q_OBJECT
public:
    TrendPanel(const ScreenPanel &definition, const EntityRegistry &entities);
    void setFollowing(bool on) { m_following = on; }
    void setData(const PanelData &data) override;
    void showFigure(const Figure &figure, const PanelData &data); // its trend
    TrendChart *chart() const { return m_chart; }

private:
    const EntityRegistry &m_entities;
    TrendChart *m_chart;
    bool m_following = false;
};

// The screen's figures by commune and ward on the administrative map, with a chooser of the
// indicators it can show; breakdowns it lacks are asked for (breakdownWanted) and added.
class MapPanel : public DashboardPanel
{
    Q_OBJECT
public:
    MapPanel(const ScreenPanel &definition, const Needs &needs);
    void setData(const PanelData &data) override;
    void addBreakdown(const BreakdownData &data);
    void setSelectedUnit(const QString &entity) override;
    MapView *map() const { return m_map; }
    QString shown() const; // the indicator chosen
    bool canShow(const QString &code) const;
    void showIndicator(const QString &code);

protected:
    QString titleOf(const Figure &figure, const QString &lang) const override;

private:
    void showChosen();

    const EntityRegistry &m_entities;
    QComboBox *m_chooser;
    QLabel *m_note;
    MapView *m_map = nullptr;
    QHash<QString, QVector<Figure>> m_breakdowns;
    QHash<QString, const Indicator *> m_indicators; // of the chooser's entries
};

// A table of figures as the console shows them everywhere (rows selected whole, alternating).
QTableView *makeFigureTable(QAbstractItemModel *model);

} // namespace ioc

#include "dashboardpanels.h"

#include "breakdownbars.h"
#include "camerawall.h"
#include "compositionbar.h"
#include "figuretablemodel.h"
#include "screendata.h"
#include "mapview.h"
#include "stationpanel.h"
#include "statusdelegate.h"
#include "trendchart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QMouseEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ioc {

namespace {
constexpr int kPanelMinHeight = 250;

// a list that may be longer than its panel: it scrolls, on the panel's surface
QScrollArea *listArea(QWidget *list)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(list);
    return scroll;
}

void paintSurface(QScrollArea *scroll, const Theme &theme)
{
    QPalette pal = theme.palette();
    pal.setColor(QPalette::Window, theme.surface);
    scroll->setPalette(pal);
    scroll->viewport()->setPalette(pal);
}

// A panel of one indicator by entity: its title says by what ("…, by commune and ward").
class ByEntityPanel : public DashboardPanel
{
public:
    using DashboardPanel::DashboardPanel;

protected:
    QString titleOf(const Figure &f, const QString &lang) const override
    {
        QString name = f.indicator->name(lang);
        switch (f.indicator->geoLevel) {
        case GeoLevel::Commune:
            return DashboardPanel::tr("%1, by commune and ward").arg(name);
        case GeoLevel::Unit:
            return DashboardPanel::tr("%1, by unit").arg(name);
        case GeoLevel::Project:
            return DashboardPanel::tr("%1, by project").arg(name);
        case GeoLevel::Station:
            return DashboardPanel::tr("%1, by station").arg(name);
        case GeoLevel::City:
            break;
        }
        return name;
    }
};

// Bars by entity, longest (or worst) first.
class BarsPanel : public ByEntityPanel
{
public:
    BarsPanel(const ScreenPanel &definition, const EntityRegistry &entities)
        : ByEntityPanel(definition)
        , m_bars(new BreakdownBars(entities))
        , m_scroll(listArea(m_bars))
    {
        m_bars->setObjectName(QStringLiteral("bars-") + indicator());
        m_bars->setWorstFirst(definition.worstFirst);
        m_bars->setLimit(definition.limit);
        connect(m_bars, &BreakdownBars::entitySelected, this, &DashboardPanel::unitSelected);
        connect(m_bars, &BreakdownBars::entityActivated, this,
                [this] { emit figureActivated(indicator()); });
        box()->addWidget(m_scroll, 1);
    }
    void setSelectedUnit(const QString &entity) override
    {
        m_bars->setSelected(entity);
        if (const int row = m_bars->rowOf(entity); row >= 0)
            m_scroll->ensureVisible(0, m_bars->rowTop(row) + BreakdownBars::kRowHeight / 2, 0,
                                    BreakdownBars::kRowHeight);
    }
    void setData(const PanelData &data) override
    {
        DashboardPanel::setData(data);
        m_bars->setFigures(data.data.breakdowns.value(indicator()), data.fmt, data.theme);
    }
    void applyLook(const Theme &theme) override
    {
        DashboardPanel::applyLook(theme);
        paintSurface(m_scroll, theme);
    }

private:
    BreakdownBars *m_bars;
    QScrollArea *m_scroll;
};

// A table's rows as its model gives them, but with the text of every row other than the one
// picked out faded (cross-highlighting).
class FadingRows : public QIdentityProxyModel
{
public:
    FadingRows(FigureTableModel *source, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_figures(source)
    {
        setSourceModel(source);
    }
    void setPicked(const QString &entity, const QColor &faded)
    {
        m_picked = entity;
        m_faded = faded;
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                             {Qt::ForegroundRole});
    }
    int rowOf(const QString &entity) const
    {
        for (int r = 0; r < rowCount() && !entity.isEmpty(); ++r) {
            if (m_figures->figureAt(r)->entity == entity)
                return r;
        }
        return -1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && !m_picked.isEmpty()) {
            const Figure *f = m_figures->figureAt(index.row());
            if (f && f->entity != m_picked)
                return m_faded;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    FigureTableModel *m_figures;
    QString m_picked; // empty, or a row's entity
    QColor m_faded;
};

// The entities ranked worst first in a table: rank, name, value, % of plan, status. A row
// chosen (a click, the arrow keys) is picked out on the page; a double-click or Enter opens
// the indicator.
class RankedPanel : public ByEntityPanel
{
public:
    RankedPanel(const ScreenPanel &definition, const EntityRegistry &entities)
        : ByEntityPanel(definition)
        , m_model(new FigureTableModel(entities, this))
        , m_rows(new FadingRows(m_model, this))
        , m_table(makeFigureTable(m_rows))
        , m_status(new StatusDelegate(FigureTableModel::StatusRole, this))
    {
        m_table->setObjectName(QStringLiteral("ranked-") + indicator());
        m_table->setItemDelegateForColumn(FigureTableModel::StatusColumn, m_status);
        // the row's number is the unit's rank by value (1 the best), as the tiles say it
        m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // the figures and the status always whole; the name and the comparison the status
        // judged share what is left, elided
        QHeaderView *header = m_table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(FigureTableModel::Name, QHeaderView::Stretch);
        header->setSectionResizeMode(FigureTableModel::Comparison, QHeaderView::Stretch);
        m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_table->setTextElideMode(Qt::ElideRight);
        // rank, name, value, % of plan and status fit a panel a third of a screen wide
        for (int c : {int(FigureTableModel::Code), int(FigureTableModel::VsPrevious),
                      int(FigureTableModel::VsLastYear), int(FigureTableModel::AsOf),
                      int(FigureTableModel::Source)})
            m_table->setColumnHidden(c, true);
        connect(m_table, &QTableView::activated, this,
                [this] { emit figureActivated(indicator()); });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (!m_following && current.isValid())
                        emit unitSelected(m_model->figureAt(current.row())->entity);
                });
        // a click below the last row clears the selection
        m_table->viewport()->installEventFilter(this);
        box()->addWidget(m_table, 1);
    }
    void setData(const PanelData &data) override
    {
        DashboardPanel::setData(data);
        QVector<Figure> rows = data.data.breakdowns.value(indicator());
        // ranked by value among all the units, before a limit leaves some out
        const QHash<QString, int> ranks = rows.isEmpty() || !rows.first().indicator
                                              ? QHash<QString, int>()
                                              : ScreenLoader::ranks(*rows.first().indicator, rows);
        sortWorstFirst(&rows);
        if (definition().limit > 0 && rows.size() > definition().limit)
            rows.resize(definition().limit);
        const QSignalBlocker quiet(m_table->selectionModel());
        m_model->setBreakdown(rows, data.fmt, ranks);
    }
    void applyLook(const Theme &theme) override
    {
        DashboardPanel::applyLook(theme);
        m_table->setPalette(theme.palette());
        m_status->setTheme(theme);
        m_faded = theme.muted;
    }
    void setSelectedUnit(const QString &entity) override
    {
        const int row = m_rows->rowOf(entity);
        m_rows->setPicked(row >= 0 ? entity : QString(), m_faded);
        m_following = true; // the page's choice, not the user's: not reported back
        if (row >= 0) {
            const QModelIndex at = m_rows->index(row, FigureTableModel::Name);
            m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
            m_table->scrollTo(at);
        } else {
            m_table->selectionModel()->clear();
        }
        m_following = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table->viewport() && event->type() == QEvent::MouseButtonRelease
            && !m_table->indexAt(static_cast<QMouseEvent *>(event)->pos()).isValid())
            emit unitSelected(QString());
        return ByEntityPanel::eventFilter(watched, event);
    }

private:
    FigureTableModel *m_model;
    FadingRows *m_rows;
    QTableView *m_table;
    StatusDelegate *m_status;
    QColor m_faded = Theme::light().muted;
    bool m_following = false;
};

// A whole and its parts in one bar (the rest named by the definition).
class CompositionPanel : public DashboardPanel
{
public:
    explicit CompositionPanel(const ScreenPanel &definition)
        : DashboardPanel(definition)
        , m_bar(new CompositionBar)
    {
        m_bar->setObjectName(QStringLiteral("composition-") + indicator());
        setMinimumHeight(0);
        connect(m_bar, &CompositionBar::indicatorActivated, this, &DashboardPanel::figureActivated);
        box()->addWidget(m_bar);
        box()->addStretch(1);
    }
    void setData(const PanelData &data) override
    {
        DashboardPanel::setData(data);
        QVector<Figure> parts;
        for (const QString &c : definition().indicators.mid(1)) {
            if (const Figure *f = data.figure(c))
                parts << *f;
        }
        if (const Figure *whole = data.figure(indicator()))
            m_bar->setComposition(*whole, parts, definition().rest(data.fmt.lang()), data.fmt,
                                  data.theme);
    }

protected:
    QString titleOf(const Figure &f, const QString &lang) const override
    {
        return DashboardPanel::tr("%1: what it is made of").arg(f.indicator->name(lang));
    }

private:
    CompositionBar *m_bar;
};

// The stations' latest readings against their alarm levels.
class StationsPanel : public DashboardPanel
{
public:
    StationsPanel(const ScreenPanel &definition, const EntityRegistry &entities)
        : DashboardPanel(definition)
        , m_stations(new StationPanel(entities))
        , m_scroll(listArea(m_stations))
    {
        m_stations->setObjectName(QStringLiteral("stations"));
        connect(m_stations, &StationPanel::indicatorActivated, this,
                &DashboardPanel::figureActivated);
        connect(m_stations, &StationPanel::entitySelected, this, &DashboardPanel::unitSelected);
        box()->addWidget(m_scroll, 1);
        box()->addStretch(); // a short list stays under its title
    }
    void setSelectedUnit(const QString &entity) override
    {
        m_stations->setSelected(entity);
        if (const int top = m_stations->topOf(entity); top >= 0)
            m_scroll->ensureVisible(0, top + StationPanel::kRowHeight / 2, 0,
                                    StationPanel::kRowHeight);
    }
    void setData(const PanelData &data) override
    {
        DashboardPanel::setData(data);
        QVector<QVector<Figure>> groups;
        for (const QString &c : definition().indicators)
            groups << data.data.breakdowns.value(c);
        m_stations->setStations(groups, data.fmt, data.theme);
        m_scroll->setMaximumHeight(m_stations->minimumHeight() + 4);
    }
    void applyLook(const Theme &theme) override
    {
        DashboardPanel::applyLook(theme);
        paintSurface(m_scroll, theme);
    }

protected:
    QString titleOf(const Figure &, const QString &) const override
    {
        return DashboardPanel::tr("Latest readings against alarm levels");
    }

private:
    StationPanel *m_stations;
    QScrollArea *m_scroll;
};

// The traffic cameras' latest pictures, a click opening one in the camera view.
class CamerasPanel : public DashboardPanel
{
public:
    explicit CamerasPanel(const ScreenPanel &definition)
        : DashboardPanel(definition)
        , m_wall(new CameraWall)
    {
        m_wall->setMinimumTileWidth(230);
        connect(m_wall, &CameraWall::cameraActivated, this, &DashboardPanel::cameraActivated);
        connect(m_wall, &CameraWall::shownChanged, this, &DashboardPanel::camerasShown);
        box()->addWidget(m_wall, 1);
    }
    void setData(const PanelData &data) override
    {
        DashboardPanel::setData(data);
        m_wall->setBoard(data.data.cameras, data.fmt, data.theme);
    }
    void applyCameraFrames(const QVector<CameraFrame> &frames) override
    {
        m_wall->applyFrames(frames);
    }
    void applyCameraList(const QVector<Camera> &list) override { m_wall->applyList(list); }

protected:
    QString titleOf(const Figure &, const QString &) const override
    {
        return DashboardPanel::tr("Traffic cameras at the monitored junctions");
    }

private:
    CameraWall *m_wall;
};

} // namespace

const Figure *PanelData::figure(const QString &code) const
{
    for (const Figure &f : data.figures) {
        if (f.indicator->code == code)
            return &f;
    }
    return nullptr;
}

QTableView *makeFigureTable(QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setFont(uiFont(textSize::body));
    return t;
}

DashboardPanel *DashboardPanel::create(const ScreenPanel &definition, const Needs &needs)
{
    switch (definition.kind) {
    case ScreenPanel::Kind::Trend:
        return new TrendPanel(definition, needs.entities);
    case ScreenPanel::Kind::Bars:
        return new BarsPanel(definition, needs.entities);
    case ScreenPanel::Kind::Ranked:
        return new RankedPanel(definition, needs.entities);
    case ScreenPanel::Kind::Composition:
        return new CompositionPanel(definition);
    case ScreenPanel::Kind::Stations:
        return new StationsPanel(definition, needs.entities);
    case ScreenPanel::Kind::Map:
        return new MapPanel(definition, needs);
    case ScreenPanel::Kind::Cameras:
        return new CamerasPanel(definition);
    case ScreenPanel::Kind::Tiles:
        break;
    }
    return nullptr;
}

DashboardPanel::DashboardPanel(const ScreenPanel &definition)
    : m_definition(definition)
    , m_box(new QVBoxLayout(this))
    , m_title(new QLabel)
{
    setObjectName(QStringLiteral("panel"));
    setMinimumHeight(kPanelMinHeight);
    // a panel asks for its minimum and takes what the page has left: charts and long bar
    // lists would otherwise ask for more than a window has and push the page into scrolling
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_box->setContentsMargins(space::panelH, space::panelV, space::panelH, space::panelV);
    m_box->setSpacing(space::gap);
    m_title->setFont(uiFont(textSize::heading, QFont::DemiBold));
    m_title->setWordWrap(true);
    m_box->addWidget(m_title);
}

void DashboardPanel::setData(const PanelData &data)
{
    m_title->setText(title(data));
}

QString DashboardPanel::title(const PanelData &data) const
{
    QString own = m_definition.title(data.fmt.lang());
    if (!own.isEmpty())
        return own;
    const Figure *f = data.figure(indicator());
    return f ? titleOf(*f, data.fmt.lang()) : indicator();
}

QString DashboardPanel::titleOf(const Figure &figure, const QString &lang) const
{
    return figure.indicator->name(lang);
}

void DashboardPanel::setSelectedUnit(const QString &) {}

void DashboardPanel::applyLook(const Theme &theme)
{
    setStyleSheet(
        QStringLiteral("QFrame#panel { background: %1; border: 1px solid %2; border-radius: 8px; }")
            .arg(theme.surface.name(), theme.border.name()));
    m_title->setStyleSheet(QStringLiteral("color: %1").arg(theme.text.name()));
}

TrendPanel::TrendPanel(const ScreenPanel &definition, const EntityRegistry &entities)
    : DashboardPanel(definition)
    , m_entities(entities)
    , m_chart(new TrendChart)
{
    titleLabel()->hide(); // the chart carries its own title
    m_chart->setObjectName(QStringLiteral("trend"));
    m_chart->setMinimumHeight(kPanelMinHeight - 20);
    connect(m_chart, &TrendChart::activated, this, &DashboardPanel::figureActivated);
    box()->addWidget(m_chart, 1);
}

void TrendPanel::setData(const PanelData &data)
{
    DashboardPanel::setData(data);
    // a following panel shows what the page chooses; the others their own indicator
    if (const Figure *f = data.figure(indicator()); f && !m_following)
        showFigure(*f, data);
}

void TrendPanel::showFigure(const Figure &f, const PanelData &data)
{
    // a station's or unit's trend says whose it is
    const Entity *e = m_entities.find(f.entity);
    const QString entityName
        = e && e->kind != EntityKind::City ? e->name(data.fmt.lang()) : QString();
    m_chart->setTrend(*f.indicator, entityName, data.data.trends.value(f.indicator->code), data.fmt,
                      data.theme);
}

MapPanel::MapPanel(const ScreenPanel &definition, const Needs &needs)
    : DashboardPanel(definition)
    , m_entities(needs.entities)
    , m_chooser(new QComboBox)
    , m_note(new QLabel)
{
    m_chooser->setObjectName(QStringLiteral("mapChooser"));
    m_chooser->setFont(uiFont(textSize::body));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(24);
    box()->addWidget(m_chooser);
    m_note->setWordWrap(true);
    m_note->setFont(uiFont(textSize::body));
    box()->addWidget(m_note);
    if (needs.geometry) {
        m_map = new MapView(*needs.geometry, needs.entities);
        m_map->setObjectName(QStringLiteral("map"));
        connect(m_map, &MapView::unitSelected, this, &DashboardPanel::unitSelected);
        connect(m_map, &MapView::unitActivated, this, &DashboardPanel::communeActivated);
        connect(m_map, &MapView::placeWanted, this, &DashboardPanel::placeWanted);
        box()->addWidget(m_map, 1);
        m_note->hide();
    } else {
        m_note->setText(tr("The map is not available: %1").arg(needs.mapProblem));
        box()->addStretch(1);
    }
    connect(m_chooser, qOverload<int>(&QComboBox::activated), this, &MapPanel::showChosen);
}

QString MapPanel::titleOf(const Figure &, const QString &) const
{
    return tr("Map by commune and ward");
}

void MapPanel::setData(const PanelData &data)
{
    DashboardPanel::setData(data);
    // the chooser keeps its choice across refreshes and languages
    const QString chosen = shown();
    m_chooser->clear();
    m_indicators.clear();
    m_breakdowns.clear();
    for (const QString &c : definition().indicators) {
        const Figure *f = data.figure(c);
        if (!f || !f->indicator)
            continue;
        m_chooser->addItem(f->indicator->name(data.fmt.lang()), c);
        m_indicators.insert(c, f->indicator);
        if (const auto it = data.data.breakdowns.constFind(c); it != data.data.breakdowns.cend())
            m_breakdowns.insert(c, *it);
    }
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(chosen)));
    if (m_map) {
        m_map->setLook(data.fmt, data.theme);
        // the screen's stations and projects, where it has them
        QVector<MapPoint> points;
        for (const QVector<Figure> &figures : data.data.breakdowns) {
            for (const Figure &f : figures) {
                const Entity *e = m_entities.find(f.entity);
                if (!e || (e->kind != EntityKind::Station && e->kind != EntityKind::Project)
                    || std::isnan(e->latitude))
                    continue;
                MapPoint p;
                p.code = e->code;
                p.kind = e->kind;
                p.coordinate = QGeoCoordinate(e->latitude, e->longitude);
                p.figure = f;
                points << p;
            }
        }
        m_map->setPoints(points);
    }
    showChosen();
}

void MapPanel::setSelectedUnit(const QString &entity)
{
    if (m_map)
        m_map->setHighlighted(entity);
}

QString MapPanel::shown() const
{
    return m_chooser->currentData().toString();
}

bool MapPanel::canShow(const QString &code) const
{
    return m_chooser->findData(code) >= 0;
}

void MapPanel::showIndicator(const QString &code)
{
    if (!canShow(code))
        return;
    m_chooser->setCurrentIndex(m_chooser->findData(code));
    showChosen();
}

void MapPanel::addBreakdown(const BreakdownData &data)
{
    if (!m_indicators.contains(data.indicator))
        return;
    m_breakdowns.insert(data.indicator, data.figures);
    if (shown() == data.indicator)
        showChosen();
}

void MapPanel::showChosen()
{
    const QString code = shown();
    const Indicator *ind = m_indicators.value(code);
    if (!m_map || !ind)
        return;
    const auto it = m_breakdowns.constFind(code);
    if (it == m_breakdowns.cend()) {
        m_map->setFigures(ind, {});
        m_note->setText(tr("Loading the figures by commune…"));
        m_note->show();
        emit breakdownWanted(code);
        return;
    }
    m_note->hide();
    m_map->setFigures(ind, *it);
}

} // namespace ioc

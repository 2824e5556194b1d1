#include "screenpage.h"
#include "breakdownbars.h"
#include "compositionbar.h"
#include "csv.h"
#include "kpitile.h"
#include "mapview.h"
#include "stationpanel.h"
#include "statusdelegate.h"
#include "trendchart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ioc {

namespace {
constexpr int kTileMinWidth = 300;  // a tile's title and comparisons stay readable
constexpr int kPanelMinWidth = 440; // a chart's axis labels and a bar's names stay readable
constexpr int kPanelMinHeight = 250;
constexpr int kMaxTileColumns = 6;

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setFont(uiFont(10));
    return t;
}
} // namespace

ScreenPage::ScreenPage(const ScreenDefinition &definition, const EntityRegistry &entities,
                       const MapGeometry *geometry, const QString &mapProblem, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_entities(entities)
    , m_geometry(geometry)
    , m_mapProblem(mapProblem)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_demoBadge(new QLabel)
    , m_message(new QLabel)
    , m_views(new QTabWidget)
    , m_scroll(new QScrollArea)
    , m_content(new QWidget)
    , m_tileArea(new QWidget)
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_panelGrid(new QGridLayout)
    , m_model(new FigureTableModel(entities, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(nullptr)
    , m_statusDelegate(new StatusDelegate(FigureTableModel::StatusRole, this))
{
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_title->setFont(uiFont(20, QFont::Bold));
    m_subtitle->setFont(uiFont(12));
    m_demoBadge->setFont(uiFont(11, QFont::Bold));
    m_demoBadge->setContentsMargins(10, 3, 10, 3);
    m_demoBadge->hide();
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_demoBadge, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(header);

    m_message->setFont(uiFont(12));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // the dashboard: tiles, then the panels, scrolling when the window is too small for both
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(6);
    m_panelGrid->setContentsMargins(0, 0, 0, 0);
    m_panelGrid->setSpacing(10);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_tileArea);
    contentLayout->addLayout(m_panelGrid, 1);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureTableModel::SortRole);
    m_table = makeTable(m_proxy);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(FigureTableModel::StatusColumn, m_statusDelegate);
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ScreenPage::copySelection);
    m_table->addAction(copy);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString code = index.data(FigureTableModel::IndicatorCodeRole).toString();
        chartIndicator(code);
        emit figureActivated(code);
    });

    m_views->setDocumentMode(true);
    m_views->setFont(uiFont(11));
    m_views->addTab(m_scroll, QString());
    m_views->addTab(m_table, QString());
    layout->addWidget(m_views, 1);

    buildPanels();
}

// NOLINTNEXTLINE(readability-function-size): over 120 lines; to be split (issue 16)
void ScreenPage::buildPanels()
{
    for (const ScreenPanel &def : m_definition.panels) {
        if (def.kind == ScreenPanel::Kind::Tiles)
            continue;
        Panel panel;
        panel.definition = def;
        panel.frame = new QFrame;
        panel.frame->setObjectName(QStringLiteral("panel"));
        panel.frame->setMinimumHeight(kPanelMinHeight);
        // a panel asks for its minimum and takes what the page has left: charts and long bar
        // lists would otherwise ask for more than a window has and push the page into scrolling
        panel.frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
        auto *box = new QVBoxLayout(panel.frame);
        box->setContentsMargins(10, 8, 10, 8);
        box->setSpacing(6);
        panel.title = new QLabel;
        panel.title->setFont(uiFont(12, QFont::DemiBold));
        panel.title->setWordWrap(true);
        box->addWidget(panel.title);
        const QString code = def.indicators.value(0);
        switch (def.kind) {
        case ScreenPanel::Kind::Trend:
            panel.title->hide(); // the chart carries its own title
            panel.chart = new TrendChart;
            panel.chart->setObjectName(QStringLiteral("trend"));
            panel.chart->setMinimumHeight(kPanelMinHeight - 20);
            connect(panel.chart, &TrendChart::activated, this, &ScreenPage::figureActivated);
            box->addWidget(panel.chart, 1);
            break;
        case ScreenPanel::Kind::Bars:
        case ScreenPanel::Kind::Stations: {
            panel.scroll = new QScrollArea;
            panel.scroll->setWidgetResizable(true);
            panel.scroll->setFrameShape(QFrame::NoFrame);
            panel.scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            if (def.kind == ScreenPanel::Kind::Bars) {
                panel.bars = new BreakdownBars(m_entities);
                panel.bars->setObjectName(QStringLiteral("bars-") + code);
                panel.bars->setWorstFirst(def.worstFirst);
                panel.bars->setLimit(def.limit);
                connect(panel.bars, &BreakdownBars::entityActivated, this,
                        [this, code] { emit figureActivated(code); });
                panel.scroll->setWidget(panel.bars);
            } else {
                panel.stations = new StationPanel(m_entities);
                panel.stations->setObjectName(QStringLiteral("stations"));
                connect(panel.stations, &StationPanel::indicatorActivated, this,
                        &ScreenPage::figureActivated);
                panel.scroll->setWidget(panel.stations);
            }
            box->addWidget(panel.scroll, 1);
            if (panel.stations)
                box->addStretch(); // a short list stays under its title
            break;
        }
        case ScreenPanel::Kind::Ranked:
            panel.rankedModel = new FigureTableModel(m_entities, this);
            panel.ranked = makeTable(panel.rankedModel);
            panel.ranked->setObjectName(QStringLiteral("ranked-") + code);
            panel.ranked->setItemDelegateForColumn(FigureTableModel::StatusColumn,
                                                   m_statusDelegate);
            // the row number is the rank
            panel.ranked->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // the figures and the status always whole; the name takes what is left, elided
            panel.ranked->horizontalHeader()->setStretchLastSection(false);
            panel.ranked->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
            panel.ranked->horizontalHeader()->setSectionResizeMode(FigureTableModel::Name,
                                                                   QHeaderView::Stretch);
            // the comparison the status judged shares what is left with the name, elided
            panel.ranked->horizontalHeader()->setSectionResizeMode(FigureTableModel::Comparison,
                                                                   QHeaderView::Stretch);
            panel.ranked->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            panel.ranked->setTextElideMode(Qt::ElideRight);
            // rank, name, value, % of plan and status fit a panel a third of a screen wide
            for (int c : {int(FigureTableModel::Code), int(FigureTableModel::VsPrevious),
                          int(FigureTableModel::VsLastYear), int(FigureTableModel::AsOf),
                          int(FigureTableModel::Source)})
                panel.ranked->setColumnHidden(c, true);
            connect(panel.ranked, &QTableView::activated, this,
                    [this, code] { emit figureActivated(code); });
            box->addWidget(panel.ranked, 1);
            break;
        case ScreenPanel::Kind::Composition:
            panel.composition = new CompositionBar;
            panel.composition->setObjectName(QStringLiteral("composition-") + code);
            panel.frame->setMinimumHeight(0);
            connect(panel.composition, &CompositionBar::indicatorActivated, this,
                    &ScreenPage::figureActivated);
            box->addWidget(panel.composition);
            box->addStretch(1);
            break;
        case ScreenPanel::Kind::Map: {
            panel.mapChooser = new QComboBox;
            panel.mapChooser->setObjectName(QStringLiteral("mapChooser"));
            panel.mapChooser->setFont(uiFont(10));
            panel.mapChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            panel.mapChooser->setMinimumContentsLength(24);
            box->addWidget(panel.mapChooser);
            panel.mapNote = new QLabel;
            panel.mapNote->setWordWrap(true);
            panel.mapNote->setFont(uiFont(10));
            box->addWidget(panel.mapNote);
            if (m_geometry) {
                panel.map = new MapView(*m_geometry, m_entities);
                panel.map->setObjectName(QStringLiteral("map"));
                connect(panel.map, &MapView::unitActivated, this, &ScreenPage::communeActivated);
                box->addWidget(panel.map, 1);
                panel.mapNote->hide();
            } else {
                panel.mapNote->setText(tr("The map is not available: %1").arg(m_mapProblem));
                box->addStretch(1);
            }
            const int index = int(m_panels.size());
            connect(panel.mapChooser, qOverload<int>(&QComboBox::activated), this,
                    [this, index] { showMapIndicator(m_panels[index]); });
            break;
        }
        case ScreenPanel::Kind::Tiles:
            break;
        }
        m_panels << panel;
    }
    layoutGrid(true);
}

void ScreenPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutGrid();
}

void ScreenPage::layoutGrid(bool force)
{
    const int width = std::max(1, m_scroll->viewport()->width() - 4);
    const int n = int(m_tiles.size());
    const int spacing = m_tileGrid->spacing();
    const int tileColumns = std::clamp((width + spacing) / (kTileMinWidth + spacing), 1,
                                       std::max(1, std::min(n, kMaxTileColumns)));
    const int panelColumns = std::clamp(width / kPanelMinWidth, 1, m_definition.columns);
    if (!force && tileColumns == m_tileColumns && panelColumns == m_panelColumns)
        return;
    m_tileColumns = tileColumns;
    m_panelColumns = panelColumns;

    for (int c = 0; c < kMaxTileColumns; ++c)
        m_tileGrid->setColumnStretch(c, c < tileColumns ? 1 : 0);
    for (int i = 0; i < n; ++i)
        m_tileGrid->addWidget(m_tiles[i], i / tileColumns, i % tileColumns);

    int row = 0, col = 0;
    for (const Panel &p : std::as_const(m_panels))
        m_panelGrid->removeWidget(p.frame);
    for (int r = 0; r < m_panelGrid->rowCount(); ++r)
        m_panelGrid->setRowStretch(r, 0);
    for (const Panel &p : std::as_const(m_panels)) {
        const int span = std::min(p.definition.span, panelColumns);
        if (col + span > panelColumns) {
            ++row;
            col = 0;
        }
        m_panelGrid->addWidget(p.frame, row, col, 1, span);
        m_panelGrid->setRowStretch(row, 1);
        col += span;
    }
    for (int c = 0; c < 4; ++c)
        m_panelGrid->setColumnStretch(c, c < panelColumns ? 1 : 0);
}

void ScreenPage::applyTheme()
{
    setPalette(m_theme.palette());
    m_views->setPalette(m_theme.palette());
    m_content->setPalette(m_theme.palette());
    m_content->setAutoFillBackground(true);
    m_title->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.text.name()));
    m_subtitle->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.muted.name()));
    m_demoBadge->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 6px")
                                   .arg(m_theme.demoBadge.name()));
    m_table->setPalette(m_theme.palette());
    m_statusDelegate->setTheme(m_theme);
    for (Panel &p : m_panels) {
        p.frame->setStyleSheet(
            QStringLiteral(
                "QFrame#panel { background: %1; border: 1px solid %2; border-radius: 8px; }")
                .arg(m_theme.surface.name(), m_theme.border.name()));
        p.title->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.text.name()));
        if (p.scroll) {
            QPalette pal = m_theme.palette();
            pal.setColor(QPalette::Window, m_theme.surface);
            p.scroll->setPalette(pal);
            p.scroll->viewport()->setPalette(pal);
        }
        if (p.ranked)
            p.ranked->setPalette(m_theme.palette());
    }
}

void ScreenPage::setLoading(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    applyTheme();
    m_title->setText(
        QStringLiteral("%1  %2").arg(m_definition.code, m_definition.title(fmt.lang())));
    m_subtitle->setText(tr("Loading figures…"));
    m_views->setTabText(0, tr("Dashboard"));
    m_views->setTabText(1, tr("Table of figures"));
}

void ScreenPage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.muted.name()));
    m_message->show();
}

void ScreenPage::setError(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.critical.name()));
    m_message->show();
}

void ScreenPage::setPresentation(bool on)
{
    showTable(false);
    m_views->tabBar()->setVisible(!on);
    m_scroll->setVerticalScrollBarPolicy(on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
}

bool ScreenPage::fitsWithoutScrolling() const
{
    return m_content->minimumSizeHint().height() <= m_scroll->viewport()->height();
}

int ScreenPage::overflow() const
{
    return std::max(0, m_content->minimumSizeHint().height() - m_scroll->viewport()->height());
}

void ScreenPage::layOutNow(const QSize &size)
{
    if (parentWidget())
        parentWidget()->resize(size);
    resize(size);
    for (int i = 0; i < 2; ++i) { // the page's layout, then the scroll area's reaction to it
        // widgets a layout took in are shown by a queued call: the new tiles, here
        for (QWidget *w : findChildren<QWidget *>())
            QCoreApplication::sendPostedEvents(w, QEvent::MetaCall);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (QLayout *l = layout())
            l->activate();
    }
}

QSize ScreenPage::layOutToFit(const QSizeF &frame)
{
    // narrowest (largest type) first: on a 1920 px wall, 1280 is 1.5× type; a screen that fits
    // at none (S01 and S17 have 16 and 15 tiles) is laid out at the widest
    QSize logical;
    for (int width : {1280, 1440, 1600, 1760, 1920}) {
        logical = (frame / std::max<qreal>(1, frame.width() / width)).toSize();
        layOutNow(logical);
        if (fitsWithoutScrolling())
            break;
    }
    return logical;
}

void ScreenPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void ScreenPage::setData(const ScreenData &data, const Formatter &fmt, const Theme &theme,
                         bool demo)
{
    m_data = data;
    m_fmt = fmt;
    m_theme = theme;
    m_demo = demo;
    applyTheme();
    m_title->setText(
        QStringLiteral("%1  %2").arg(m_definition.code, m_definition.title(fmt.lang())));
    m_subtitle->setText(tr("Reporting period: %1 · figures as of %2")
                            .arg(windowLabel(data.selection, fmt), fmt.date(data.selection.asOf)));
    m_views->setTabText(0, tr("Dashboard"));
    m_views->setTabText(1, tr("Table of figures"));
    m_demoBadge->setText(tr("DEMO DATA"));
    m_demoBadge->setVisible(demo);
    m_message->setVisible(!data.error.isEmpty());
    if (!data.error.isEmpty())
        setError(data.error);

    m_model->setFigures(data, fmt);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FigureTableModel::Name,
                            std::min(m_table->columnWidth(FigureTableModel::Name), 380));
    rebuildTiles();
    if (m_charted.isEmpty() || !data.trends.contains(m_charted))
        m_charted = m_definition.trendIndicator;
    for (Panel &p : m_panels)
        fillPanel(p);
    chartIndicator(m_charted);
}

QString ScreenPage::panelTitle(const Panel &panel) const
{
    const ScreenPanel &def = panel.definition;
    if (!def.title(m_fmt.lang()).isEmpty())
        return def.title(m_fmt.lang());
    QString code = def.indicators.value(0);
    const Figure *f = figureOf(code);
    if (!f)
        return code;
    QString name = f->indicator->name(m_fmt.lang());
    switch (def.kind) {
    case ScreenPanel::Kind::Bars:
    case ScreenPanel::Kind::Ranked:
        switch (f->indicator->geoLevel) {
        case GeoLevel::Commune:
            return tr("%1, by commune and ward").arg(name);
        case GeoLevel::Unit:
            return tr("%1, by unit").arg(name);
        case GeoLevel::Project:
            return tr("%1, by project").arg(name);
        case GeoLevel::Station:
            return tr("%1, by station").arg(name);
        case GeoLevel::City:
            break;
        }
        return name;
    case ScreenPanel::Kind::Composition:
        return tr("%1: what it is made of").arg(name);
    case ScreenPanel::Kind::Stations:
        return tr("Latest readings against alarm levels");
    case ScreenPanel::Kind::Map:
        return tr("Map by commune and ward");
    case ScreenPanel::Kind::Trend:
    case ScreenPanel::Kind::Tiles:
        break;
    }
    return name;
}

void ScreenPage::fillPanel(Panel &panel)
{
    const ScreenPanel &def = panel.definition;
    panel.title->setText(panelTitle(panel));
    const QString code = def.indicators.value(0);
    switch (def.kind) {
    case ScreenPanel::Kind::Trend:
        // the first trend panel follows the chosen tile (chartIndicator); the others are fixed
        if (const Figure *f = figureOf(code); f && panel.chart != firstTrend())
            showTrend(panel.chart, *f);
        break;
    case ScreenPanel::Kind::Bars:
        panel.bars->setFigures(m_data.breakdowns.value(code), m_fmt, m_theme);
        break;
    case ScreenPanel::Kind::Ranked: {
        QVector<Figure> rows = m_data.breakdowns.value(code);
        sortWorstFirst(&rows);
        if (def.limit > 0 && rows.size() > def.limit)
            rows.resize(def.limit);
        panel.rankedModel->setBreakdown(rows, m_fmt);
        break;
    }
    case ScreenPanel::Kind::Composition: {
        QVector<Figure> parts;
        for (const QString &c : def.indicators.mid(1)) {
            if (const Figure *f = figureOf(c))
                parts << *f;
        }
        if (const Figure *whole = figureOf(code))
            panel.composition->setComposition(*whole, parts, def.rest(m_fmt.lang()), m_fmt,
                                              m_theme);
        break;
    }
    case ScreenPanel::Kind::Stations: {
        QVector<QVector<Figure>> groups;
        for (const QString &c : def.indicators)
            groups << m_data.breakdowns.value(c);
        panel.stations->setStations(groups, m_fmt, m_theme);
        panel.scroll->setMaximumHeight(panel.stations->minimumHeight() + 4);
        break;
    }
    case ScreenPanel::Kind::Map: {
        // the chooser keeps its choice across refreshes and languages
        const QString chosen = panel.mapChooser->currentData().toString();
        panel.mapChooser->clear();
        for (const QString &c : def.indicators) {
            const Figure *f = figureOf(c);
            if (f && f->indicator)
                panel.mapChooser->addItem(f->indicator->name(m_fmt.lang()), c);
        }
        panel.mapChooser->setCurrentIndex(std::max(0, panel.mapChooser->findData(chosen)));
        if (panel.map) {
            panel.map->setLook(m_fmt, m_theme);
            // the screen's stations and projects, where it has them
            QVector<MapPoint> points;
            for (auto it = m_data.breakdowns.cbegin(); it != m_data.breakdowns.cend(); ++it) {
                for (const Figure &f : it.value()) {
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
            panel.map->setPoints(points);
        }
        showMapIndicator(panel);
        break;
    }
    case ScreenPanel::Kind::Tiles:
        break;
    }
}

void ScreenPage::showMapIndicator(Panel &panel)
{
    if (!panel.map)
        return;
    const QString code = panel.mapChooser->currentData().toString();
    const Figure *f = figureOf(code);
    if (!f || !f->indicator)
        return;
    const auto it = m_data.breakdowns.constFind(code);
    if (it == m_data.breakdowns.cend()) {
        panel.map->setFigures(f->indicator, {});
        panel.mapNote->setText(tr("Loading the figures by commune…"));
        panel.mapNote->show();
        emit breakdownWanted(code);
        return;
    }
    panel.mapNote->hide();
    panel.map->setFigures(f->indicator, *it);
}

void ScreenPage::addBreakdown(const BreakdownData &data)
{
    if (data.selection != m_data.selection)
        return;
    m_data.breakdowns.insert(data.indicator, data.figures);
    for (Panel &p : m_panels) {
        if (p.map && p.mapChooser->currentData().toString() == data.indicator)
            showMapIndicator(p);
    }
}

MapView *ScreenPage::map() const
{
    for (const Panel &p : m_panels) {
        if (p.map)
            return p.map;
    }
    return nullptr;
}

QString ScreenPage::mappedIndicator() const
{
    for (const Panel &p : m_panels) {
        if (p.mapChooser)
            return p.mapChooser->currentData().toString();
    }
    return {};
}

void ScreenPage::mapIndicator(const QString &code)
{
    for (Panel &p : m_panels) {
        if (p.mapChooser && p.mapChooser->findData(code) >= 0) {
            p.mapChooser->setCurrentIndex(p.mapChooser->findData(code));
            showMapIndicator(p);
        }
    }
}

void ScreenPage::rebuildTiles()
{
    const int n = int(m_data.figures.size());
    const bool relayout = m_tiles.size() != n; // a refresh of the same screen keeps its grid
    while (m_tiles.size() > n)
        delete m_tiles.takeLast();
    while (m_tiles.size() < n) {
        auto *tile = new KpiTile(m_entities, m_tileArea);
        connect(tile, &KpiTile::activated, this, [this](const QString &code) {
            chartIndicator(code);
            emit figureActivated(code);
        });
        m_tiles << tile;
    }
    for (int i = 0; i < n; ++i) {
        const Figure &f = m_data.figures.at(i);
        m_tiles[i]->setFigure(f, m_data.trends.value(f.indicator->code), m_fmt, m_theme);
    }
    if (relayout)
        layoutGrid(true);
}

void ScreenPage::chartIndicator(const QString &code)
{
    const Figure *f = figureOf(code);
    if (!f)
        return;
    m_charted = code;
    if (TrendChart *chart = firstTrend())
        showTrend(chart, *f);
    for (KpiTile *t : std::as_const(m_tiles))
        t->setSelected(t->indicatorCode() == code);
}

const Figure *ScreenPage::figureOf(const QString &code) const
{
    for (const Figure &f : m_data.figures) {
        if (f.indicator->code == code)
            return &f;
    }
    return nullptr;
}

void ScreenPage::showTrend(TrendChart *chart, const Figure &f)
{
    // a station's or unit's trend says whose it is
    const Entity *e = m_entities.find(f.entity);
    const QString entityName = e && e->kind != EntityKind::City ? e->name(m_fmt.lang()) : QString();
    chart->setTrend(*f.indicator, entityName, m_data.trends.value(f.indicator->code), m_fmt,
                    m_theme);
}

TrendChart *ScreenPage::firstTrend() const
{
    for (const Panel &p : m_panels) {
        if (p.chart)
            return p.chart;
    }
    return nullptr;
}

void ScreenPage::showTable(bool table)
{
    m_views->setCurrentIndex(table ? 1 : 0);
}

bool ScreenPage::tableShown() const
{
    return m_views->currentIndex() == 1;
}

void ScreenPage::copySelection() const
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model->toTsv(rows));
}

QString ScreenPage::windowLabel(const Selection &selection, const Formatter &fmt)
{
    const QDate d = selection.asOf;
    switch (selection.mode) {
    case Selection::Mode::Quarter:
        return fmt.periodLabel(Period::quarter(d.year(), (d.month() + 2) / 3).key());
    case Selection::Mode::YearToDate:
        return tr("Year to date %1").arg(d.year());
    case Selection::Mode::Month:
        break;
    }
    return fmt.periodLabel(Period::month(d.year(), d.month()).key());
}

void ScreenPage::focusIndicator(const QString &code)
{
    for (KpiTile *t : std::as_const(m_tiles)) {
        if (t->indicatorCode() == code) {
            showTable(false);
            t->setFocus(Qt::OtherFocusReason);
            m_scroll->ensureWidgetVisible(t);
            return;
        }
    }
}

QByteArray ScreenPage::tableCsv() const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return m_model->toCsv(rows);
}

bool ScreenPage::exportCsv(const QString &path, QString *error) const
{
    return Csv::writeFile(path, tableCsv(), error);
}

} // namespace ioc

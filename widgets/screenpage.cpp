#include "screenpage.h"
#include "look.h"
#include "csv.h"
#include "dashboardpanels.h"
#include "kpitile.h"
#include "mapview.h"
#include "statusdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
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
constexpr int kMaxTileColumns = 6;

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
    , m_clearUnit(new QShortcut(QKeySequence(Qt::Key_Escape), this))
{
    // Esc clears a picked-out unit; with none, it is left to the window (the shortcut is off)
    m_clearUnit->setContext(Qt::WidgetWithChildrenShortcut);
    m_clearUnit->setEnabled(false);
    connect(m_clearUnit, &QShortcut::activated, this, [this] { selectUnit(QString()); });
    // a new language or theme: what the page shows, again in it
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) {
        if (hasData())
            setData(m_data, fmt, theme, m_demo);
        else
            setLoading(fmt, theme);
    });
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::pageH, space::pageV, space::pageH, space::pageV);
    layout->setSpacing(space::row);

    auto *header = new QHBoxLayout;
    m_title->setFont(uiFont(textSize::title, QFont::Bold));
    m_subtitle->setFont(uiFont(textSize::heading));
    m_demoBadge->setFont(uiFont(textSize::control, QFont::Bold));
    m_demoBadge->setContentsMargins(space::badgeH, space::badgeV, space::badgeH, space::badgeV);
    m_demoBadge->hide();
    auto *titles = new QVBoxLayout;
    titles->setSpacing(space::tight);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_demoBadge, 0, Qt::AlignTop | Qt::AlignRight);
    layout->addLayout(header);

    m_message->setFont(uiFont(textSize::heading));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // the dashboard: tiles, then the panels, scrolling when the window is too small for both
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(space::gap);
    m_panelGrid->setContentsMargins(0, 0, 0, 0);
    m_panelGrid->setSpacing(space::section);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(space::section);
    contentLayout->addWidget(m_tileArea);
    contentLayout->addLayout(m_panelGrid, 1);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureTableModel::SortRole);
    m_table = makeFigureTable(m_proxy);
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
    m_views->setFont(uiFont(textSize::control));
    m_views->addTab(m_scroll, QString());
    m_views->addTab(m_table, QString());
    layout->addWidget(m_views, 1);

    buildPanels();
}

void ScreenPage::buildPanels()
{
    const DashboardPanel::Needs needs{m_entities, m_geometry, m_mapProblem};
    for (const ScreenPanel &def : m_definition.panels) {
        DashboardPanel *panel = DashboardPanel::create(def, needs);
        if (!panel)
            continue; // the tiles
        connect(panel, &DashboardPanel::figureActivated, this, &ScreenPage::figureActivated);
        connect(panel, &DashboardPanel::communeActivated, this, &ScreenPage::communeActivated);
        connect(panel, &DashboardPanel::breakdownWanted, this, &ScreenPage::breakdownWanted);
        connect(panel, &DashboardPanel::unitSelected, this, &ScreenPage::selectUnit);
        connect(panel, &DashboardPanel::placeWanted, this, &ScreenPage::placeWanted);
        connect(panel, &DashboardPanel::cameraActivated, this, &ScreenPage::cameraActivated);
        connect(panel, &DashboardPanel::camerasShown, this, &ScreenPage::camerasShown);
        m_panels << panel;
    }
    if (TrendPanel *first = followingTrend())
        first->setFollowing(true);
    layoutGrid(true);
}

template <typename Kind> QVector<Kind *> ScreenPage::panelsOf() const
{
    QVector<Kind *> found;
    for (DashboardPanel *p : m_panels) {
        if (auto *k = qobject_cast<Kind *>(p))
            found << k;
    }
    return found;
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
    for (DashboardPanel *p : std::as_const(m_panels))
        m_panelGrid->removeWidget(p);
    for (int r = 0; r < m_panelGrid->rowCount(); ++r)
        m_panelGrid->setRowStretch(r, 0);
    for (DashboardPanel *p : std::as_const(m_panels)) {
        const int span = std::min(p->definition().span, panelColumns);
        if (col + span > panelColumns) {
            ++row;
            col = 0;
        }
        m_panelGrid->addWidget(p, row, col, 1, span);
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
    m_demoBadge->setStyleSheet(QStringLiteral("color: %1; background: %2; border-radius: 6px")
                                   .arg(m_theme.onFill.name(), m_theme.demoBadge.name()));
    m_table->setPalette(m_theme.palette());
    m_statusDelegate->setTheme(m_theme);
    for (DashboardPanel *p : std::as_const(m_panels))
        p->applyLook(m_theme);
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
    QString subtitle = tr("Reporting period: %1 · figures as of %2")
                           .arg(windowLabel(data.selection, fmt), fmt.date(data.selection.asOf));
    const Entity *place = m_entities.find(data.place);
    if (place)
        subtitle += QStringLiteral(" · ") + tr("Place: %1").arg(place->name(fmt.lang()));
    m_subtitle->setText(subtitle);
    if (data.place != m_placeShown) {
        // a new place filter picks its unit out on the maps and tables (unless another was
        // chosen for it: a saved view's); leaving one clears what it picked out
        if (m_selectedUnit.isEmpty() || m_selectedUnit == m_placeShown)
            m_selectedUnit = data.place;
        m_placeShown = data.place;
        m_clearUnit->setEnabled(!m_selectedUnit.isEmpty());
    }
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
    if (data.notAtPlace.contains(m_charted)) // a place's view charts what the place has
        m_charted = data.charted(m_charted);
    fillPanels();
    chartIndicator(m_charted);
    relaySelectedUnit();
}

void ScreenPage::setCompareWith(CompareWith with)
{
    if (with == m_compareWith)
        return;
    m_compareWith = with;
    if (hasData())
        rebuildTiles();
}

void ScreenPage::selectUnit(const QString &entity)
{
    if (entity == m_selectedUnit)
        return;
    m_selectedUnit = entity;
    m_clearUnit->setEnabled(!entity.isEmpty());
    relaySelectedUnit();
}

void ScreenPage::relaySelectedUnit()
{
    for (DashboardPanel *p : std::as_const(m_panels))
        p->setSelectedUnit(m_selectedUnit);
    for (KpiTile *t : std::as_const(m_tiles)) {
        const Figure *picked = nullptr;
        if (!m_selectedUnit.isEmpty()) {
            const auto it = m_data.breakdowns.constFind(t->indicatorCode());
            if (it != m_data.breakdowns.cend()) {
                for (const Figure &f : *it) {
                    if (f.entity == m_selectedUnit)
                        picked = &f;
                }
                // a place's own tile already says its figure
                if (picked && picked->entity == m_data.place)
                    picked = nullptr;
            }
        }
        t->setPickedFigure(picked);
    }
}

void ScreenPage::mousePressEvent(QMouseEvent *event)
{
    // what no visual took: a click on the page's empty space (not on a tile)
    for (QWidget *w = childAt(event->position().toPoint()); w && w != this; w = w->parentWidget()) {
        if (qobject_cast<KpiTile *>(w))
            return QWidget::mousePressEvent(event);
    }
    if (event->button() == Qt::LeftButton)
        selectUnit(QString());
    QWidget::mousePressEvent(event);
}

void ScreenPage::fillPanels()
{
    const PanelData data{m_data, m_fmt, m_theme};
    for (DashboardPanel *p : std::as_const(m_panels))
        p->setData(data);
}

void ScreenPage::addBreakdown(const BreakdownData &data)
{
    if (data.selection != m_data.selection)
        return;
    m_data.breakdowns.insert(data.indicator, data.figures);
    for (MapPanel *p : panelsOf<MapPanel>())
        p->addBreakdown(data);
    if (!m_selectedUnit.isEmpty())
        relaySelectedUnit(); // the map's new indicator, and its tile's line
}

MapView *ScreenPage::map() const
{
    const auto maps = panelsOf<MapPanel>();
    return maps.isEmpty() ? nullptr : maps.first()->map();
}

QString ScreenPage::mappedIndicator() const
{
    const auto maps = panelsOf<MapPanel>();
    return maps.isEmpty() ? QString() : maps.first()->shown();
}

void ScreenPage::mapIndicator(const QString &code)
{
    for (MapPanel *p : panelsOf<MapPanel>())
        p->showIndicator(code);
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
        const QString &code = f.indicator->code;
        KpiTile::PlaceContext place; // a place filter's: the city beside, the rank
        if (!m_data.place.isEmpty()) {
            if (const auto city = m_data.city.constFind(code); city != m_data.city.cend())
                place.city = *city;
            place.rank = m_data.ranks.value(code).first;
            place.ranked = m_data.ranks.value(code).second;
            place.notAtPlace = m_data.notAtPlace.contains(code);
        }
        m_tiles[i]->setPlaceContext(place);
        m_tiles[i]->setCompareWith(m_compareWith);
        m_tiles[i]->setFigure(f, m_data.trends.value(code), m_fmt, m_theme);
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
    if (TrendPanel *trend = followingTrend())
        trend->showFigure(*f, {m_data, m_fmt, m_theme});
    for (KpiTile *t : std::as_const(m_tiles))
        t->setSelected(t->indicatorCode() == code);
}

const Figure *ScreenPage::figureOf(const QString &code) const
{
    return PanelData{m_data, m_fmt, m_theme}.figure(code);
}

TrendPanel *ScreenPage::followingTrend() const
{
    const auto trends = panelsOf<TrendPanel>();
    return trends.isEmpty() ? nullptr : trends.first();
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

void ScreenPage::applyCameraFrames(const QVector<CameraFrame> &frames)
{
    for (DashboardPanel *p : std::as_const(m_panels))
        p->applyCameraFrames(frames);
}

void ScreenPage::applyCameraList(const QVector<Camera> &list)
{
    for (DashboardPanel *p : std::as_const(m_panels))
        p->applyCameraList(list);
}

} // namespace ioc

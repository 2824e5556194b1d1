#include "screenpage.h"
#include "csv.h"
#include "kpitile.h"
#include "statusdelegate.h"
#include "trendchart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ioc {

ScreenPage::ScreenPage(const ScreenDefinition &definition, const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_entities(entities)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_demoBadge(new QLabel)
    , m_message(new QLabel)
    , m_tileArea(new QWidget)
    , m_tileGrid(new QGridLayout(m_tileArea))
    , m_chart(new TrendChart)
    , m_model(new FigureTableModel(entities, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
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

    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(4);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_tileArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(FigureTableModel::StatusColumn, m_statusDelegate);
    m_table->setFont(uiFont(10));
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

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_chart);
    bottom->addWidget(m_table);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    m_tileScroll = scroll;
    layout->addWidget(scroll);
    bottom->setMinimumHeight(200);
    layout->addWidget(bottom, 1);
}

void ScreenPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTiles();
}

void ScreenPage::fitTiles()
{
    // tiles at their natural height, up to what leaves the chart and table a readable band
    const int columns = std::max(1, m_tileColumns);
    const int rows = (int(m_tiles.size()) + columns - 1) / columns;
    const int natural = rows * (KpiTile::kHeight + m_tileGrid->spacing());
    const int available = height() - 100 - 200;
    m_tileScroll->setFixedHeight(std::max(KpiTile::kHeight + 4, std::min(natural, available)));
}

void ScreenPage::applyTheme()
{
    setPalette(m_theme.palette());
    m_tileArea->setPalette(m_theme.palette());
    m_tileArea->setAutoFillBackground(true);
    m_title->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.text.name()));
    m_subtitle->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.muted.name()));
    m_demoBadge->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 6px")
                                   .arg(m_theme.demoBadge.name()));
    m_table->setPalette(m_theme.palette());
    m_statusDelegate->setTheme(m_theme);
}

void ScreenPage::setLoading(const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    applyTheme();
    m_title->setText(QStringLiteral("%1  %2").arg(m_definition.code, m_definition.title(fmt.lang())));
    m_subtitle->setText(tr("Loading figures…"));
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

void ScreenPage::setData(const ScreenData &data, const Formatter &fmt, const Theme &theme, bool demo)
{
    m_data = data;
    m_fmt = fmt;
    m_theme = theme;
    m_demo = demo;
    applyTheme();
    m_title->setText(QStringLiteral("%1  %2").arg(m_definition.code, m_definition.title(fmt.lang())));
    m_subtitle->setText(tr("Reporting period: %1 · figures as of %2")
                            .arg(windowLabel(data.selection, fmt), fmt.date(data.selection.asOf)));
    m_demoBadge->setText(tr("DEMO DATA"));
    m_demoBadge->setVisible(demo);
    m_message->setVisible(!data.error.isEmpty());
    if (!data.error.isEmpty())
        setError(data.error);

    m_model->setData(data, fmt);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FigureTableModel::Name, std::min(m_table->columnWidth(FigureTableModel::Name), 380));
    rebuildTiles();
    if (m_charted.isEmpty() || !data.trends.contains(m_charted))
        m_charted = m_definition.trendIndicator;
    chartIndicator(m_charted);
}

void ScreenPage::rebuildTiles()
{
    const int n = int(m_data.figures.size());
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
    const int columns = n <= 4 ? std::max(1, n) : n <= 9 ? 3 : 4;
    m_tileColumns = columns;
    for (int i = 0; i < n; ++i) {
        const Figure &f = m_data.figures.at(i);
        m_tiles[i]->setFigure(f, m_data.trends.value(f.indicator->code), m_fmt, m_theme);
        m_tileGrid->addWidget(m_tiles[i], i / columns, i % columns);
    }
    for (int c = 0; c < columns; ++c)
        m_tileGrid->setColumnStretch(c, 1);
    fitTiles();
}

void ScreenPage::chartIndicator(const QString &code)
{
    for (const Figure &f : m_data.figures) {
        if (f.indicator->code != code)
            continue;
        m_charted = code;
        const Entity *e = m_entities.find(f.entity);
        const QString entityName = e && e->kind != EntityKind::City ? e->name(m_fmt.lang()) : QString();
        m_chart->setTrend(*f.indicator, entityName, m_data.trends.value(code), m_fmt, m_theme);
        for (KpiTile *t : m_tiles)
            t->setSelected(t->indicatorCode() == code);
        return;
    }
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
    case Selection::Mode::Quarter: return fmt.periodLabel(Period::quarter(d.year(), (d.month() + 2) / 3).key());
    case Selection::Mode::YearToDate: return tr("Year to date %1").arg(d.year());
    case Selection::Mode::Month: break;
    }
    return fmt.periodLabel(Period::month(d.year(), d.month()).key());
}

void ScreenPage::focusIndicator(const QString &code)
{
    for (KpiTile *t : std::as_const(m_tiles)) {
        if (t->indicatorCode() == code) {
            t->setFocus(Qt::OtherFocusReason);
            m_tileScroll->ensureWidgetVisible(t);
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

#include "indicatordetail.h"

#include "look.h"
#include <QRegularExpression>

#include "breakdownbars.h"
#include "csv.h"
#include "figuretablemodel.h"
#include "kpitile.h"
#include "statusdelegate.h"
#include "trendchart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ioc {

namespace {
QTableView *makeTable(QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setFont(uiFont(textSize::body));
    return t;
}
} // namespace

IndicatorDetail::IndicatorDetail(const EntityRegistry &entities, QWidget *parent)
    : QWidget(parent)
    , m_entities(entities)
    , m_back(new QPushButton)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_tile(new KpiTile(entities))
    , m_rules(new QLabel)
    , m_projection(new QLabel)
    , m_provenance(new QLabel)
    , m_chart(new TrendChart)
    , m_bars(new BreakdownBars(entities))
    , m_barsScroll(new QScrollArea)
    , m_tabs(new QTabWidget)
    , m_breakdownModel(new FigureTableModel(entities, this))
    , m_breakdownProxy(new QSortFilterProxyModel(this))
    , m_historyModel(new QStandardItemModel(this))
{
    Look::follow(this, [this](const Formatter &fmt, const Theme &theme) {
        if (!m_data.indicator.isEmpty())
            setData(m_data, fmt, theme);
    });
    setAutoFillBackground(true);
    m_chart->setYearOnYearAllowed(false); // the whole history, years in a row
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(space::pageH, space::pageV, space::pageH, space::pageV);
    layout->setSpacing(space::row);

    auto *header = new QHBoxLayout;
    m_back->setFont(uiFont(textSize::control));
    connect(m_back, &QPushButton::clicked, this, &IndicatorDetail::back);
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left),
          QKeySequence(Qt::Key_Backspace)}) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, &IndicatorDetail::back);
        addAction(a);
    }
    m_title->setFont(uiFont(textSize::title, QFont::Bold));
    m_title->setWordWrap(true);
    m_subtitle->setFont(uiFont(textSize::heading));
    auto *titles = new QVBoxLayout;
    titles->setSpacing(space::tight);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addWidget(m_back, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    m_projection->setObjectName(QStringLiteral("projection"));
    for (QLabel *l : {m_projection, m_rules, m_provenance}) {
        l->setFont(uiFont(textSize::body));
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tile);
    leftLayout->addWidget(m_projection);
    leftLayout->addWidget(m_rules);
    leftLayout->addWidget(m_provenance);
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setMinimumWidth(380);

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(leftScroll);
    top->addWidget(m_chart);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 5);

    m_barsScroll->setWidget(m_bars);
    m_barsScroll->setWidgetResizable(true);
    m_barsScroll->setFrameShape(QFrame::NoFrame);

    m_breakdownProxy->setSourceModel(m_breakdownModel);
    m_breakdownProxy->setSortRole(FigureTableModel::SortRole);
    m_breakdownTable = makeTable(m_breakdownProxy);
    m_breakdownTable->sortByColumn(-1, Qt::AscendingOrder);
    m_breakdownTable->setItemDelegateForColumn(
        FigureTableModel::StatusColumn, new StatusDelegate(FigureTableModel::StatusRole, this));
    m_historyTable = makeTable(m_historyModel);

    auto *tableBox = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_breakdownTable, QString());
    m_tabs->addTab(m_historyTable, QString());
    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy table"));
    auto *save = new QPushButton(tr("Export CSV…"));
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(save);
    tableLayout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(QString::fromUtf8(tableCsv().mid(3))); });
    connect(save, &QPushButton::clicked, this, &IndicatorDetail::exportRequested);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_barsScroll);
    bottom->addWidget(tableBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 4);

    auto *body = new QSplitter(Qt::Vertical);
    body->addWidget(top);
    body->addWidget(bottom);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 1);
    layout->addWidget(body, 1);
}

void IndicatorDetail::applyTheme()
{
    setPalette(m_theme.palette());
    m_title->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.text.name()));
    m_subtitle->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.muted.name()));
    m_back->setText(tr("← Back to the screen"));
    m_back->setToolTip(tr("Back (Esc, Alt+Left)"));
    m_tabs->setTabText(0, tr("By unit"));
    m_tabs->setTabText(1, tr("By period"));
}

void IndicatorDetail::setLoading(const Indicator &ind, const Formatter &fmt, const Theme &theme)
{
    m_fmt = fmt;
    m_theme = theme;
    m_code = ind.code;
    m_data = DetailData();
    applyTheme();
    m_title->setText(QStringLiteral("%1  %2").arg(ind.code, ind.name(fmt.lang())));
    m_subtitle->setText(tr("Loading figures…"));
    m_rules->clear();
    m_projection->clear();
    m_projection->hide();
    m_provenance->clear();
}

QString IndicatorDetail::projectionText() const
{
    return m_projection->isHidden() ? QString() : m_projection->text();
}

QString IndicatorDetail::rulesText() const
{
    return m_rules->text();
}

QString IndicatorDetail::provenanceText() const
{
    return m_provenance->text();
}

void IndicatorDetail::setData(const DetailData &data, const Formatter &fmt, const Theme &theme)
{
    m_data = data;
    m_fmt = fmt;
    m_theme = theme;
    m_code = data.indicator;
    applyTheme();
    const Figure &f = data.headline;
    if (!f.indicator) {
        m_subtitle->setText(data.error.isEmpty() ? tr("No figures yet.") : data.error);
        return;
    }
    const Indicator &ind = *f.indicator;
    const QString lang = fmt.lang();
    m_title->setText(QStringLiteral("%1  %2").arg(ind.code, ind.name(lang)));
    const Entity *entity = m_entities.find(f.entity);
    QStringList about{ind.subgroup(lang), fmt.frequencyText(ind.frequency)};
    if (!fmt.unitLabel(ind.unit).isEmpty())
        about << tr("unit: %1").arg(fmt.unitLabel(ind.unit));
    if (entity)
        about << entity->name(lang);
    m_subtitle->setText(about.join(QStringLiteral(" · ")));

    m_tile->setFigure(f,
                      data.history.mid(std::max<qsizetype>(0, data.history.size() - kTrendMonths)),
                      fmt, theme);
    m_chart->setTrend(ind,
                      entity && entity->kind != EntityKind::City ? entity->name(lang) : QString(),
                      data.history, fmt, theme);
    m_chart->setVisible(m_chart->actualPointCount() > 0); // no empty axes when nothing was reported
    // will the year make its plan: the projection in words, how it was made, or why there is none
    const YearEndProjection &projection = m_chart->projection();
    const QString projected = projection.text(ind, fmt);
    m_projection->setVisible(!projected.isEmpty());
    m_projection->setText(
        QStringLiteral("<b>%1</b>").arg(projected.toHtmlEscaped())
        + (projection.ok()
               ? QStringLiteral("<br><span style='color:%1'>%2</span>")
                     .arg(m_theme.muted.name(), projection.methodText(fmt).toHtmlEscaped())
               : QString()));

    // the rules and what they give
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString rules = QStringLiteral("<b>%1</b><br>").arg(esc(tr("Rules (rules.md)")));
    if (ind.isInformational()) {
        rules += esc(tr("Informational: no status rule; the figure is shown for reference."));
    } else {
        if (!ind.criticalRule.isNone())
            rules += esc(tr("Critical when: %1").arg(fmt.ruleText(ind.criticalRule, ind)))
                     + QStringLiteral(" <span style='color:%1'>[%2]</span><br>")
                           .arg(m_theme.muted.name(), esc(ind.criticalRule.text()));
        if (!ind.warnRule.isNone())
            rules += esc(tr("Warning when: %1").arg(fmt.ruleText(ind.warnRule, ind)))
                     + QStringLiteral(" <span style='color:%1'>[%2]</span><br>")
                           .arg(m_theme.muted.name(), esc(ind.warnRule.text()));
        rules += esc(tr("Otherwise: %1.").arg(fmt.statusWord(Status::Ok, ind.statusKind)))
                 + QStringLiteral("<br>");
    }
    const QString word = fmt.statusWord(f.status.effective(), f.status.kind);
    const QString comparison = fmt.comparisonText(f);
    rules
        += QStringLiteral("<br><b>%1</b> %2")
               .arg(esc(tr("Status now:")), esc(QStringList{word, comparison}
                                                    .filter(QRegularExpression(QStringLiteral(".")))
                                                    .join(QStringLiteral(" · "))));
    if (f.status.stale)
        rules += QStringLiteral(" — ") + esc(fmt.staleText(f.status.ageSeconds));
    if (f.status.noPlanFlag)
        rules += QStringLiteral("<br>")
                 + esc(tr("A reference the rule needs (plan or target) is missing."));
    if (f.entitiesInAlarm > 0)
        rules += QStringLiteral("<br>")
                 + esc(tr("Units at warning or worse: %1").arg(f.entitiesInAlarm));
    m_rules->setText(rules);

    // where it comes from
    QString prov = QStringLiteral("<b>%1</b><br>").arg(esc(tr("Where the figure comes from")));
    prov += esc(tr("Source: %1").arg(ind.sourceRefText(f.sourceRef, m_fmt.lang())))
            + QStringLiteral("<br>");
    if (!f.sourceDetail.isEmpty())
        prov += esc(tr("Detail: %1").arg(f.sourceDetail)) + QStringLiteral("<br>");
    if (!f.period.isEmpty())
        prov += esc(tr("Period: %1").arg(fmt.periodLabel(f.period))) + QStringLiteral("<br>");
    if (f.fetchedAt.isValid())
        prov += esc(tr("Fetched at: %1").arg(fmt.dateTime(toCityTime(f.fetchedAt))))
                + QStringLiteral("<br>");
    if (f.revision > 0)
        prov += esc(tr("Revision: %1").arg(f.revision)) + QStringLiteral("<br>");
    if (data.revisions.size() > 1) {
        prov += QStringLiteral("<br>") + esc(tr("Earlier revisions of this period:"))
                + QStringLiteral("<br>");
        for (int i = int(data.revisions.size()) - 2; i >= 0; --i) {
            const Observation &o = data.revisions.at(i);
            prov += esc(tr("revision %1: %2 (%3, fetched %4)")
                            .arg(o.revision)
                            .arg(fmt.value(ind, o.value), o.sourceRef,
                                 fmt.dateTime(toCityTime(o.fetchedAt))))
                    + QStringLiteral("<br>");
        }
    }
    m_provenance->setText(prov);

    m_breakdownModel->setBreakdown(data.breakdown, fmt);
    m_bars->setFigures(data.breakdown, fmt, theme);
    m_barsScroll->setVisible(m_bars->rowCount() > 0);
    m_tabs->setTabVisible(0, !data.breakdown.isEmpty());
    fillHistoryTable();
    m_tabs->setCurrentIndex(data.breakdown.isEmpty() ? 1 : 0);
    m_breakdownTable->resizeColumnsToContents();
    m_historyTable->resizeColumnsToContents();
}

void IndicatorDetail::fillHistoryTable()
{
    m_historyModel->clear();
    m_historyModel->setHorizontalHeaderLabels(
        {tr("Month"), tr("Actual"), tr("Plan"), tr("% of plan")});
    const Indicator *ind = m_data.headline.indicator;
    if (!ind)
        return;
    for (int i = int(m_data.history.size()) - 1; i >= 0; --i) {
        const TrendPoint &t = m_data.history.at(i);
        QList<QStandardItem *> row;
        auto *period = new QStandardItem(
            m_fmt.periodLabel(Period::month(t.asOf.year(), t.asOf.month()).key()));
        period->setData(t.asOf, Qt::UserRole);
        row << period;
        for (const auto &v : {t.actual, t.plan}) {
            auto *item = new QStandardItem(v ? m_fmt.value(*ind, *v) : QStringLiteral("–"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << item;
        }
        const bool pct = t.actual && t.plan && *t.plan != 0;
        auto *share = new QStandardItem(pct ? m_fmt.percent(100 * *t.actual / *t.plan)
                                            : QStringLiteral("–"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << share;
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_historyModel->appendRow(row);
    }
}

QByteArray IndicatorDetail::tableCsv() const
{
    if (m_tabs->currentIndex() == 0 && !m_data.breakdown.isEmpty()) {
        QList<int> rows;
        for (int r = 0; r < m_breakdownProxy->rowCount(); ++r)
            rows << m_breakdownProxy->mapToSource(m_breakdownProxy->index(r, 0)).row();
        return m_breakdownModel->toCsv(rows);
    }
    QList<QStringList> lines;
    for (int r = -1; r < m_historyModel->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_historyModel->columnCount(); ++c)
            cells << (r < 0 ? m_historyModel->horizontalHeaderItem(c)->text()
                            : m_historyModel->item(r, c)->text());
        lines << cells;
    }
    return Csv::document(lines);
}

bool IndicatorDetail::exportCsv(const QString &path, QString *error) const
{
    return Csv::writeFile(path, tableCsv(), error);
}

} // namespace ioc

#include "support/fixture.h"
#include "communetablemodel.h"
#include "figuretablemodel.h"
#include "support/judge.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ioc;
using ioc::test::judge;

class tst_TableModel : public QObject
{
    Q_OBJECT
private slots:
    void modelContract();
    void communeModel();
};

void tst_TableModel::modelContract()
{
    Catalog catalog;
    EntityRegistry entities;
    const QString problem = test::loadBuiltins(&catalog, &entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    FigureTableModel model(entities);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    ScreenData data;
    data.screen = QStringLiteral("S01");
    Figure grdp;
    grdp.indicator = catalog.find(QStringLiteral("A01.01"));
    grdp.entity = QStringLiteral("31");
    grdp.value = 10.87;
    grdp.plan = 11.5;
    grdp.previous = 10.5;
    grdp.asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    grdp.status = judge(grdp);
    QCOMPARE(grdp.status.evaluated, Status::Warn);
    Figure river;
    river.indicator = catalog.find(QStringLiteral("D01.03"));
    river.entity = QStringLiteral("RS04");
    Figure revenue;
    revenue.indicator = catalog.find(QStringLiteral("A09.01"));
    revenue.entity = QStringLiteral("31");
    revenue.value = 56363;
    revenue.plan = 54988.1;
    revenue.status = judge(revenue);
    QCOMPARE(revenue.status.evaluated, Status::Ok);
    data.figures = {grdp, river, revenue};
    model.setFigures(data, Formatter(QStringLiteral("en")));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
    QCOMPARE(model.index(0, FigureTableModel::Value).data().toString(), QStringLiteral("10.87%"));
    QCOMPARE(model.index(0, FigureTableModel::Comparison).data().toString(),
             QStringLiteral("0.63 pp below plan (11.5%)"));
    // every cell's tooltip: the whole figure (title, value and plan, the comparison the status
    // judged, the day, the source), where a narrow panel elides the cells
    const QString tip
        = model.index(0, FigureTableModel::Comparison).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.split(QLatin1Char('\n')).mid(0, 4),
             (QStringList{grdp.indicator->nameEn, QStringLiteral("Actual: 10.87% · plan 11.5%"),
                          QStringLiteral("Warning · 0.63 pp below plan (11.5%)"),
                          QStringLiteral("As of: 17:00 20/04/2026")}));
    QVERIFY2(tip.endsWith(QStringLiteral("Source: ") + grdp.indicator->source), qPrintable(tip));
    for (int c = 0; c < FigureTableModel::ColumnCount; ++c)
        QCOMPARE(model.index(0, c).data(Qt::ToolTipRole).toString(), tip);
    QCOMPARE(model.index(0, FigureTableModel::VsPrevious).data().toString(),
             QStringLiteral("+0.37 pp"));
    QCOMPARE(model.index(0, FigureTableModel::AsOf).data().toString(),
             QStringLiteral("20/04/2026"));
    QCOMPARE(
        model.index(0, FigureTableModel::StatusColumn).data(FigureTableModel::StatusRole).toInt(),
        int(Status::Warn));
    QVERIFY(model.index(1, FigureTableModel::Name)
                .data()
                .toString()
                .contains(QStringLiteral("Phả Lại")));
    QCOMPARE(model.index(1, FigureTableModel::Value).data().toString(), QStringLiteral("No data"));

    // sorting by the raw value, not the text
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FigureTableModel::SortRole);
    proxy.sort(FigureTableModel::Value, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FigureTableModel::Code).data().toString(), QStringLiteral("A09.01"));
    QCOMPARE(proxy.index(2, FigureTableModel::Code).data().toString(), QStringLiteral("D01.03"));

    const QString tsv = model.toTsv({0, 2});
    QCOMPARE(tsv.count(QLatin1Char('\n')), 3);
    QVERIFY(tsv.startsWith(QStringLiteral("Code\tIndicator\tActual")));
    QVERIFY(tsv.contains(QStringLiteral("56,363 bn VND")));

    data.figures.removeLast();
    model.setFigures(data, Formatter(QStringLiteral("vi")));
    QCOMPARE(model.rowCount(), 2);
}

void tst_TableModel::communeModel()
{
    QVector<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    CommuneTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    CommuneData data;
    data.entity = QStringLiteral("11311");
    data.selection = Selection{Selection::Mode::Month, QDate(2026, 4, 20)};
    CommuneData::Row onTime;
    onTime.figure.indicator = catalog.find(QStringLiteral("A13.01"));
    onTime.figure.entity = data.entity;
    onTime.figure.value = 99.46;
    onTime.figure.plan = 99.2;
    onTime.figure.asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    onTime.figure.status = judge(onTime.figure);
    QCOMPARE(onTime.figure.status.evaluated, Status::Ok);
    onTime.rank = 51;
    onTime.ranked = 114;
    for (int m = 5; m <= 16; ++m) {
        const QDate d(2025 + (m - 1) / 12, (m - 1) % 12 + 1, 28);
        onTime.trend << TrendPoint{
            d, m == 9 ? std::optional<double>() : std::optional<double>(98.0 + m / 10.0), {}, {}};
    }
    CommuneData::Row cases; // a count with no plan and no figure this month
    cases.figure.indicator = catalog.find(QStringLiteral("D02.01"));
    cases.figure.entity = data.entity;
    data.rows = {onTime, cases};
    model.setCommune(data, Formatter(QStringLiteral("en")));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(CommuneTableModel::ColumnCount));
    QCOMPARE(model.index(0, CommuneTableModel::Value).data().toString(), QStringLiteral("99.46%"));
    QCOMPARE(model.index(0, CommuneTableModel::Comparison).data().toString(),
             QStringLiteral("target ≥ 98%"));
    QCOMPARE(model.index(0, CommuneTableModel::Rank).data().toString(),
             QStringLiteral("51 of 114"));
    QCOMPARE(model.index(0, CommuneTableModel::AsOf).data().toString(),
             QStringLiteral("20/04/2026"));
    QCOMPARE(
        model.index(0, CommuneTableModel::StatusColumn).data(CommuneTableModel::StatusRole).toInt(),
        int(Status::Ok));
    QCOMPARE(model.index(0, CommuneTableModel::Code)
                 .data(CommuneTableModel::IndicatorCodeRole)
                 .toString(),
             QStringLiteral("A13.01"));
    const QVariantList trend
        = model.index(0, CommuneTableModel::Trend).data(CommuneTableModel::TrendRole).toList();
    QCOMPARE(trend.size(), 12);
    QVERIFY(!trend.at(4).isValid()); // a month without a figure stays a gap, not a zero
    QCOMPARE(trend.last().toDouble(), 98.0 + 1.6);
    // the row without a figure: empty cells, "No data", ranked last when sorted by rank
    QCOMPARE(model.index(1, CommuneTableModel::Value).data().toString(), QString());
    QCOMPARE(model.index(1, CommuneTableModel::Rank).data().toString(), QString());
    QCOMPARE(model.index(1, CommuneTableModel::StatusColumn).data().toString(),
             QStringLiteral("No data"));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CommuneTableModel::SortRole);
    proxy.sort(CommuneTableModel::Rank, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, CommuneTableModel::Code).data().toString(), QStringLiteral("A13.01"));
    proxy.sort(CommuneTableModel::Value, Qt::DescendingOrder);
    QCOMPARE(proxy.index(1, CommuneTableModel::Code).data().toString(), QStringLiteral("D02.01"));
    // a new unit replaces the rows in one reset
    data.rows.removeLast();
    model.setCommune(data, Formatter(QStringLiteral("vi")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CommuneTableModel::Rank).data().toString(),
             QStringLiteral("51 of 114")); // no translator loaded
}

QTEST_GUILESS_MAIN(tst_TableModel)
#include "tst_tablemodel.moc"

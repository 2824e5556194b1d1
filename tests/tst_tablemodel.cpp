#include "figuretablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ioc;

class tst_TableModel : public QObject
{
    Q_OBJECT
private slots:
    void modelContract();
};

void tst_TableModel::modelContract()
{
    QVector<CatalogError> errors;
    const Catalog catalog = Catalog::builtIn(&errors);
    QString error;
    const EntityRegistry entities = EntityRegistry::builtIn(&error);
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
    grdp.status.evaluated = Status::Warn;
    Figure river;
    river.indicator = catalog.find(QStringLiteral("D01.03"));
    river.entity = QStringLiteral("RS04");
    Figure revenue;
    revenue.indicator = catalog.find(QStringLiteral("A09.01"));
    revenue.entity = QStringLiteral("31");
    revenue.value = 56363;
    revenue.plan = 54988.1;
    revenue.status.evaluated = Status::Ok;
    data.figures = {grdp, river, revenue};
    model.setData(data, Formatter(QStringLiteral("en")));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
    QCOMPARE(model.index(0, FigureTableModel::Value).data().toString(), QStringLiteral("10.87%"));
    QCOMPARE(model.index(0, FigureTableModel::PctOfPlan).data().toString(), QStringLiteral("94.5%"));
    QCOMPARE(model.index(0, FigureTableModel::VsPrevious).data().toString(), QStringLiteral("+0.37 pp"));
    QCOMPARE(model.index(0, FigureTableModel::AsOf).data().toString(), QStringLiteral("20/04/2026"));
    QCOMPARE(model.index(0, FigureTableModel::StatusColumn).data(FigureTableModel::StatusRole).toInt(), int(Status::Warn));
    QVERIFY(model.index(1, FigureTableModel::Name).data().toString().contains(QStringLiteral("Phả Lại")));
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
    model.setData(data, Formatter(QStringLiteral("vi")));
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(tst_TableModel)
#include "tst_tablemodel.moc"

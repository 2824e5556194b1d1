#include "support/fixture.h"

#include "cache.h"
#include "reportimport.h"
#include "sourcereadiness.h"
#include "sourcereadinessmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

// Issue 20, item 6: who is late with what. When each frequency's figure is due, and what the
// data-readiness view finds in a cache: late sources, units that did not report, report files
// refused this month, the on-time trend by week, the late and incomplete first.
class tst_Readiness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dueBy_data();
    void dueBy();
    void findsTheLateTheIncompleteAndTheRefused();
    void importsAreJournaled();
    void findsWhatCameLongAgo();

private:
    Observation row(const QString &indicator, const QString &entity, const QString &period,
                    const QDateTime &fetched) const;
    Catalog m_catalog;
    EntityRegistry m_entities;
    QTemporaryDir m_dir;
};

void tst_Readiness::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Readiness::dueBy_data()
{
    QTest::addColumn<Frequency>("frequency");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("due");
    auto at = [](int y, int m, int d, int h, int min = 0) {
        return cityDateTime(QDate(y, m, d), QTime(h, min));
    };
    QTest::newRow("monthly before the 20th")
        << Frequency::Monthly << at(2026, 4, 19, 23) << "2026-03";
    QTest::newRow("monthly on the 20th") << Frequency::Monthly << at(2026, 4, 20, 0) << "2026-04";
    QTest::newRow("quarterly, mid-quarter")
        << Frequency::Quarterly << at(2026, 5, 25, 9) << "2026-Q1";
    QTest::newRow("quarterly, its last month's 20th")
        << Frequency::Quarterly << at(2026, 6, 20, 9) << "2026-Q2";
    QTest::newRow("yearly in November") << Frequency::Yearly << at(2026, 11, 30, 9) << "2025";
    QTest::newRow("yearly on 20 December") << Frequency::Yearly << at(2026, 12, 20, 9) << "2026";
    // 2026-04-23 is a Thursday: last week's report is due at 17:00
    QTest::newRow("weekly, Thursday morning")
        << Frequency::Weekly << at(2026, 4, 23, 9) << "2026-W15";
    QTest::newRow("weekly, Thursday evening")
        << Frequency::Weekly << at(2026, 4, 23, 18) << "2026-W16";
    QTest::newRow("daily before nine")
        << Frequency::Daily << at(2026, 4, 21, 8, 59) << "2026-04-19";
    QTest::newRow("daily from nine") << Frequency::Daily << at(2026, 4, 21, 9) << "2026-04-20";
    QTest::newRow("real-time") << Frequency::Realtime << at(2026, 4, 21, 9, 25)
                               << "2026-04-21T09:00";
}

void tst_Readiness::dueBy()
{
    QFETCH(Frequency, frequency);
    QFETCH(QDateTime, now);
    QFETCH(QString, due);
    const Period p = SourceReadiness::dueBy(frequency, now);
    QCOMPARE(p.key(), due);
    // due at a moment no later than now, and the next one not yet
    QVERIFY(SourceReadiness::dueAt(p) <= now);
    QVERIFY(SourceReadiness::dueAt(p.next()) > now);
}

Observation tst_Readiness::row(const QString &indicator, const QString &entity,
                               const QString &period, const QDateTime &fetched) const
{
    Observation o;
    o.indicator = indicator;
    o.entity = entity;
    o.period = period;
    o.revision = 1;
    o.value = 1;
    o.sourceKind = QStringLiteral("import");
    o.sourceRef = QStringLiteral("report.xlsx");
    o.fetchedAt = fetched;
    return o;
}

void tst_Readiness::findsTheLateTheIncompleteAndTheRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("late.sqlite"));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QDateTime now = cityDateTime(QDate(2026, 4, 21), QTime(10, 0));
    QVector<Observation> rows;
    // every indicator's due period in, each unit of it, delivered when due ...
    for (const Indicator &ind : m_catalog.indicators()) {
        if (ind.code == QLatin1String("A01.01") || ind.code == QLatin1String("B01.03"))
            continue;
        const Period due = SourceReadiness::dueBy(ind.frequency, now);
        QStringList units{EntityRegistry::cityCode()};
        if (ind.geoLevel == GeoLevel::Commune) {
            units.clear();
            for (const Entity *e : m_entities.communes())
                units << e->code;
        } else if (ind.geoLevel != GeoLevel::City) {
            units.clear();
            for (const Entity *e : m_entities.inSet(ind.entitySet))
                units << e->code;
        }
        for (const QString &u : std::as_const(units))
            rows << row(ind.code, u, due.key(), SourceReadiness::dueAt(due));
    }
    // ... but the GRDP estimate stops at February (March and April late since 20 March) ...
    rows << row(QStringLiteral("A01.01"), EntityRegistry::cityCode(), QStringLiteral("2026-02"),
                cityDateTime(QDate(2026, 2, 20), QTime(8, 0)));
    // ... and the Department of Home Affairs' B01.03 has 100 of its 114 communes
    const QVector<const Entity *> communes = m_entities.communes();
    for (int i = 0; i < 100; ++i)
        rows << row(QStringLiteral("B01.03"), communes.at(i)->code, QStringLiteral("2026-04"),
                    cityDateTime(QDate(2026, 4, 20), QTime(8, 0)));
    // a figure that arrives after `now` does not count
    rows << row(QStringLiteral("A01.01"), EntityRegistry::cityCode(), QStringLiteral("2026-03"),
                now.addSecs(3600));
    QVERIFY2(cache.write(rows, Cache::OnConflict::Replace, &error), qPrintable(error));
    // two refused files this month: one signed by the Department of Finance, one a CSV
    ImportRecord finance;
    finance.at = cityDateTime(QDate(2026, 4, 15), QTime(9, 0));
    finance.file = QStringLiteral("bao-cao-thang-4.xlsx");
    finance.sheets = QStringList{QStringLiteral("Sở Tài chính")};
    finance.problems = QStringList{QStringLiteral("sheet 'Sở Tài chính', cell D12: not a number")};
    ImportRecord csv;
    csv.at = cityDateTime(QDate(2026, 4, 16), QTime(9, 0));
    csv.file = QStringLiteral("x.csv");
    csv.problems = QStringList{QStringLiteral("x.csv: no indicator column")};
    ImportRecord lastMonth = finance;
    lastMonth.at = cityDateTime(QDate(2026, 3, 30), QTime(9, 0));
    ImportRecord taken = finance;
    taken.imported = true;
    taken.problems.clear();
    for (const ImportRecord &r : {finance, csv, lastMonth, taken})
        QVERIFY2(cache.recordImport(r, &error), qPrintable(error));

    const SourceReadiness r = SourceReadiness::compute(m_catalog, m_entities, cache, now);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.lateCount(), 1);
    const SourceReadiness::Row &grdp = r.rows.at(0); // the late at the top
    QCOMPARE(grdp.indicators, QStringList{QStringLiteral("A01.01")});
    QCOMPARE(grdp.late, QStringList{QStringLiteral("A01.01")});
    QCOMPARE(grdp.lateSince, cityDateTime(QDate(2026, 3, 20), QTime(0, 0)));
    QCOMPARE(grdp.lastReceived, cityDateTime(QDate(2026, 2, 20), QTime(8, 0)));
    QCOMPARE(grdp.unitsReported, 0);
    // on time at the end of none of the last eight weeks (the March report never came by now)
    QCOMPARE(grdp.weeks.size(), SourceReadiness::kWeeks);
    QCOMPARE(grdp.weeks.last(), 0.0);
    const SourceReadiness::Row &home = r.rows.at(1); // then the incomplete
    QVERIFY(home.onTime());
    QCOMPARE(home.indicators, QStringList{QStringLiteral("B01.03")});
    QCOMPARE(home.unitsReported, 100);
    QCOMPARE(home.unitsExpected, 114);
    QVERIFY(!home.complete());
    // then the Excel sources of the department whose sheet a file refused this month was
    // (the Department of Finance signs several), that file only; everything else in order
    int financeRows = 0;
    for (int i = 2; i < r.rows.size(); ++i) {
        const SourceReadiness::Row &row = r.rows.at(i);
        if (row.rejected.isEmpty()) {
            QVERIFY2(row.ok(), qPrintable(row.source));
            continue;
        }
        QCOMPARE(i, 2 + financeRows++); // above those in order
        QVERIFY2(row.source.contains(QStringLiteral("Dept. of Finance")), qPrintable(row.source));
        QCOMPARE(row.kind, SourceKind::Excel);
        QCOMPARE(row.rejected.size(), 1);
        QCOMPARE(row.rejected.first().file, QStringLiteral("bao-cao-thang-4.xlsx"));
        QCOMPARE(row.rejected.first().problems.size(), 1);
    }
    QVERIFY(financeRows >= 2);
    QCOMPARE(r.unmatched.size(), 1);
    QCOMPARE(r.unmatched.first().file, QStringLiteral("x.csv"));
    QCOMPARE(r.refusedFiles(), 2);
    QCOMPARE(r.rows.size(), 36); // one per source the catalog names

    SourceReadinessModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReadiness(r, Formatter(QStringLiteral("en")));
    QCOMPARE(model.rowCount(), 36);
    QCOMPARE(model.index(0, SourceReadinessModel::State).data().toString(), QStringLiteral("Late"));
    QCOMPARE(
        model.index(0, SourceReadinessModel::State).data(SourceReadinessModel::StatusRole).toInt(),
        int(Status::Critical));
    QCOMPARE(model.index(1, SourceReadinessModel::Completeness).data().toString(),
             QStringLiteral("100/114 (88%)"));
    // eight bars, then the last week's share: GRDP was on time at the end of none of them
    const QString trend = model.index(0, SourceReadinessModel::Trend).data().toString();
    QCOMPARE(trend.section(QLatin1Char(' '), 0, 0).size(), SourceReadiness::kWeeks);
    QCOMPARE(trend.section(QLatin1Char(' '), 1), QStringLiteral("0%"));
}

void tst_Readiness::importsAreJournaled()
{
    // a refused file and a taken one, through the importer, into the journal
    const QString path = m_dir.filePath(QStringLiteral("journal.sqlite"));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Mã chỉ tiêu,Mã đối tượng,Kỳ báo cáo,Thực hiện\nA01.01,31,2026-04,abc\n");
    f.close();
    const ReportImporter importer(m_catalog, m_entities);
    const QDateTime at = cityDateTime(QDate(2026, 4, 21), QTime(10, 0));
    const ImportOutcome o = importer.importInto(cache, bad, at);
    QVERIFY(!o.imported());
    QVERIFY(cache.recordImport(o.record(at), &error));
    const QVector<ImportRecord> journal = cache.importJournal(at.addDays(-1));
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().file, QStringLiteral("bad.csv"));
    QVERIFY(!journal.first().imported);
    QCOMPARE(journal.first().at, at);
    QVERIFY2(!journal.first().problems.isEmpty()
                 && journal.first().problems.first().contains(QStringLiteral("bad.csv")),
             qPrintable(journal.first().problems.join(QLatin1Char('|'))));
    QVERIFY(cache.importJournal(at.addSecs(1)).isEmpty());
}

// An indicator with nothing in the weeks the view reads through the key (the last figures came
// long before): its latest period and arrival are read from all its rows, and it is late since
// the month after.
void tst_Readiness::findsWhatCameLongAgo()
{
    const QString path = m_dir.filePath(QStringLiteral("long-ago.sqlite"));
    Cache cache;
    QString error;
    QVERIFY2(cache.open(path, &error), qPrintable(error));
    const QDateTime arrived = cityDateTime(QDate(2025, 1, 20), QTime(8, 0));
    QVERIFY2(cache.write({row(QStringLiteral("A01.01"), EntityRegistry::cityCode(),
                              QStringLiteral("2025-01"), arrived)},
                         Cache::OnConflict::Replace, &error),
             qPrintable(error));
    const QDateTime now = cityDateTime(QDate(2026, 4, 21), QTime(10, 0));
    const SourceReadiness r = SourceReadiness::compute(m_catalog, m_entities, cache, now);
    const auto grdp = std::find_if(r.rows.cbegin(), r.rows.cend(), [](const auto &row) {
        return row.indicators.contains(QStringLiteral("A01.01"));
    });
    QVERIFY(grdp != r.rows.cend());
    QCOMPARE(grdp->lastReceived, arrived);
    QCOMPARE(grdp->late, QStringList{QStringLiteral("A01.01")});
    QCOMPARE(grdp->lateSince, cityDateTime(QDate(2025, 2, 20), QTime(0, 0)));
    QCOMPARE(grdp->unitsReported, 0);
}

QTEST_GUILESS_MAIN(tst_Readiness)
#include "tst_readiness.moc"

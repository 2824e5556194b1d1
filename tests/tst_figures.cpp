#include "support/fixture.h"
#include "figures.h"
#include "forecast.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class tst_Figures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lastValueAndComparisons();
    void notYetPublished();
    void sumOverWindow();
    void meanOverWindow();
    void stale();
    void worstStationIsTheHeadline();
    void cityAverageReference();
    void selections();
    void trend();
    void perObservation();
    void pastDayAsItWasKnown();
    void yearEndProjection();

private:
    void add(const QString &ind, const QString &entity, const QString &period, double value,
             std::optional<double> plan, const QDateTime &fetched);
    QDateTime at(int y, int m, int d, int h = 17) const
    {
        return cityDateTime(QDate(y, m, d), QTime(h, 0));
    }

    QTemporaryDir m_dir;
    Catalog m_catalog;
    EntityRegistry m_entities;
    Cache m_cache;
    QVector<Observation> m_rows;
};

void tst_Figures::add(const QString &ind, const QString &entity, const QString &period,
                      double value, std::optional<double> plan, const QDateTime &fetched)
{
    Observation o;
    o.indicator = ind;
    o.entity = entity;
    o.period = period;
    o.value = value;
    o.plan = plan;
    o.sourceKind = QStringLiteral("test");
    o.sourceRef = QStringLiteral("fixture");
    o.fetchedAt = fetched;
    m_rows << o;
}

void tst_Figures::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QString error;
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("f.sqlite")), &error));
    const QString city = EntityRegistry::cityCode();
    add("A01.01", city, "2025-04", 10.0, 10.2, at(2025, 4, 20));
    add("A01.01", city, "2026-03", 10.5, 11.4, at(2026, 3, 20));
    add("A01.01", city, "2026-04", 10.87, 11.5, at(2026, 4, 20));
    for (int d = 1; d <= 30; ++d) {
        add("B02.01", city, QDate(2026, 4, d).toString(Qt::ISODate), 2, 1.5,
            at(2026, 4, d).addSecs(13 * 3600));
        add("B02.01", city, QDate(2026, 3, d).toString(Qt::ISODate), 3, 1.5,
            at(2026, 3, d).addSecs(13 * 3600));
        add("B02.01", city, QDate(2025, 4, d).toString(Qt::ISODate), 1, 1.5,
            at(2025, 4, d).addSecs(13 * 3600));
        add("A13.01", city, QDate(2026, 4, d).toString(Qt::ISODate), d % 2 ? 99.0 : 97.0, 98,
            at(2026, 4, d).addSecs(13 * 3600));
    }
    // river levels: Phả Lại above its BĐ2 (5.0 m), Cửa Cấm normal
    for (int m = 0; m < 60; m += 10) {
        const QString key = QStringLiteral("2026-04-20T10:%1").arg(m, 2, 10, QLatin1Char('0'));
        add("D01.03", "RS04", key, 5.2, std::nullopt, at(2026, 4, 20, 10).addSecs(m * 60 + 60));
        add("D01.03", "RS01", key, 1.0, std::nullopt, at(2026, 4, 20, 10).addSecs(m * 60 + 60));
    }
    add("C03.02", city, "2026-04", 20.4, 25, at(2026, 4, 20));
    add("C03.02", "INV01", "2026-04", 42.9, 28, at(2026, 4, 20));
    add("C03.02", "INV02", "2026-04", 24.3, 28, at(2026, 4, 20));
    add("C03.02", "INV09", "2026-04", 0, 18.9, at(2026, 4, 20));
    add("C03.02", "INV03", "2026-04", 9.0, 8.0, at(2026, 4, 20));
    QVERIFY2(m_cache.write(m_rows, Cache::OnConflict::Replace, &error), qPrintable(error));
}

void tst_Figures::lastValueAndComparisons()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Selection sel{Selection::Mode::Month, QDate(2026, 4, 20)};
    const Figure f = fs.figure(*m_catalog.find("A01.01"), "31", sel, at(2026, 4, 21));
    QCOMPARE(*f.value, 10.87);
    QCOMPARE(*f.plan, 11.5);
    QCOMPARE(*f.previous, 10.5);
    QCOMPARE(*f.sameLastYear, 10.0);
    QVERIFY(f.changeInPoints());
    QVERIFY(qAbs(*f.changeVsPrevious() - 0.37) < 1e-9);
    QCOMPARE(f.period, QStringLiteral("2026-04"));
    QCOMPARE(f.asOf, at(2026, 4, 20));
    QCOMPARE(f.status.effective(), Status::Warn); // 10.87 < 11.5 but not < 10.5
    QCOMPARE(f.sourceRef, QStringLiteral("fixture"));
}

void tst_Figures::notYetPublished()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    // on 19 April the April estimate does not exist yet: March's figure is the latest known
    const Figure f = fs.figure(*m_catalog.find("A01.01"), "31",
                               {Selection::Mode::Month, QDate(2026, 4, 19)}, at(2026, 4, 19));
    QCOMPARE(*f.value, 10.5);
    QCOMPARE(f.period, QStringLiteral("2026-03"));
}

void tst_Figures::sumOverWindow()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Figure f = fs.figure(*m_catalog.find("B02.01"), "31",
                               {Selection::Mode::Month, QDate(2026, 4, 20)}, at(2026, 4, 21, 8));
    QCOMPARE(*f.value, 40.0);        // 20 days x 2, month to date
    QCOMPARE(*f.plan, 30.0);         // 20 days x 1.5
    QCOMPARE(*f.previous, 60.0);     // 1-20 March
    QCOMPARE(*f.sameLastYear, 20.0); // 1-20 April 2025
    QCOMPARE(*f.changeVsLastYear(), 100.0);
    QCOMPARE(f.status.effective(), Status::Critical); // chg_yoy_pct >= 10
    QCOMPARE(f.period, QStringLiteral("2026-04-20"));
}

void tst_Figures::meanOverWindow()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Figure f = fs.figure(*m_catalog.find("A13.01"), "31",
                               {Selection::Mode::Month, QDate(2026, 4, 30)}, at(2026, 5, 1, 8));
    QCOMPARE(*f.value, 98.0); // alternating 99 and 97
    QCOMPARE(f.status.effective(), Status::Ok);
}

void tst_Figures::stale()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    // in mid-July the April estimate is the latest: more than twice a month old
    const Figure f = fs.figure(*m_catalog.find("A01.01"), "31",
                               {Selection::Mode::Month, QDate(2026, 7, 15)}, at(2026, 7, 15));
    QCOMPARE(*f.value, 10.87);
    QVERIFY(f.status.stale);
    QCOMPARE(f.status.effective(), Status::Stale);
    QCOMPARE(f.status.evaluated, Status::Warn);
    QVERIFY(f.status.ageSeconds > 80 * 86400);
    // a briefing about 20 April, held later, judges freshness at the end of its window
    const Figure past = fs.figure(*m_catalog.find("A01.01"), "31",
                                  {Selection::Mode::Month, QDate(2026, 4, 20)}, at(2026, 11, 24));
    QVERIFY(!past.status.stale);
    // long after the last report (the service reads from the windows on, and the periods before
    // them): the last figure still stands, marked stale, and its history is still charted
    const FigureService later(m_catalog, m_entities, m_cache);
    const Selection sept{Selection::Mode::Month, QDate(2027, 9, 30)};
    const Figure old = later.figure(*m_catalog.find("A01.01"), "31", sept, at(2027, 9, 30));
    QCOMPARE(*old.value, 10.87);
    QCOMPARE(old.period, QStringLiteral("2026-04"));
    // the figure shown is April 2026's: its change is April's on its own previous period (March),
    // not "no change" against the same figure carried into August 2027
    QCOMPARE(*old.previous, 10.5);
    QCOMPARE(old.status.effective(), Status::Stale);
    const auto trend = later.trend(*m_catalog.find("A01.01"), "31", sept, 24);
    QCOMPARE(trend.size(), 24);
    QCOMPARE(*trend.at(5).actual, 10.5);  // March 2026
    QCOMPARE(*trend.at(6).actual, 10.87); // April 2026
    QCOMPARE(*trend.at(8).actual, 10.87); // June 2026: within twice its frequency
    QVERIFY(!trend.at(9).actual);         // July 2026: too old to stand for the month
}

void tst_Figures::worstStationIsTheHeadline()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Figure f = fs.headline(*m_catalog.find("D01.03"),
                                 {Selection::Mode::Month, QDate(2026, 4, 20)}, at(2026, 4, 20, 11));
    QCOMPARE(f.entity, QStringLiteral("RS04"));
    QCOMPARE(*f.value, 5.2);
    QCOMPARE(f.status.effective(), Status::Critical); // >= alarm_level_2 of Phả Lại
    QCOMPARE(f.entitiesInAlarm, 1);
    // an hour without readings makes a real-time figure stale
    const Figure later
        = fs.headline(*m_catalog.find("D01.03"), {Selection::Mode::Month, QDate(2026, 4, 20)},
                      at(2026, 4, 20, 12));
    QVERIFY(later.status.stale);
}

void tst_Figures::cityAverageReference()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Selection sel{Selection::Mode::Month, QDate(2026, 4, 20)};
    const Indicator &c0302 = *m_catalog.find("C03.02");
    const QDateTime now = at(2026, 4, 21);
    QCOMPARE(fs.figure(c0302, "INV01", sel, now).status.effective(), Status::Ok);
    QCOMPARE(fs.figure(c0302, "INV02", sel, now).status.effective(), Status::Warn);
    QCOMPARE(fs.figure(c0302, "INV09", sel, now).status.effective(), Status::Critical); // zero
    QCOMPARE(fs.figure(c0302, "INV03", sel, now).status.effective(),
             Status::Critical); // < 0.5 x 20.4
    const Figure head = fs.headline(c0302, sel, now);
    QCOMPARE(head.entity, QStringLiteral("31"));
    QCOMPARE(head.entitiesInAlarm, 3);
    QCOMPARE(fs.breakdown(c0302, sel, now).size(), 4);
}

void tst_Figures::selections()
{
    const Selection month{Selection::Mode::Month, QDate(2026, 3, 31)};
    QCOMPARE(month.from(), QDate(2026, 3, 1));
    QCOMPARE(month.previous().asOf, QDate(2026, 2, 28)); // month end stays month end
    QCOMPARE(month.sameLastYear().asOf, QDate(2025, 3, 31));
    const Selection q{Selection::Mode::Quarter, QDate(2026, 5, 20)};
    QCOMPARE(q.from(), QDate(2026, 4, 1));
    QCOMPARE(q.previous().asOf, QDate(2026, 2, 20));
    const Selection ytd{Selection::Mode::YearToDate, QDate(2026, 4, 20)};
    QCOMPARE(ytd.from(), QDate(2026, 1, 1));

    // ◀ ▶ go by whole periods: from 5 December the whole of November, and back to the latest day
    const PeriodRange range{QDate(2026, 12, 5), {}};
    const Selection dec5{Selection::Mode::Month, QDate(2026, 12, 5)};
    QCOMPARE(range.step(dec5, -1)->asOf, QDate(2026, 11, 30));
    QCOMPARE(range.step(*range.step(dec5, -1), +1)->asOf, QDate(2026, 12, 5));
    QVERIFY(!range.step(dec5, +1)); // nothing after the latest day
    QCOMPARE(range.step({Selection::Mode::Month, QDate(2026, 3, 31)}, -1)->asOf,
             QDate(2026, 2, 28));
    QCOMPARE(range.step({Selection::Mode::Month, QDate(2026, 1, 15)}, -1)->asOf,
             QDate(2025, 12, 31));
    QCOMPARE(range.step(q, -1)->asOf, QDate(2026, 3, 31)); // the whole of the first quarter
    QCOMPARE(range.step({Selection::Mode::Quarter, QDate(2026, 11, 10)}, +1)->asOf,
             QDate(2026, 12, 5));                            // the fourth quarter so far
    QCOMPARE(range.step(ytd, -1)->asOf, QDate(2026, 3, 31)); // January to March
    QCOMPARE(range.step(ytd, -1)->mode, Selection::Mode::YearToDate);

    // the picker's lists: the latest period so far, then whole ones
    const QVector<Selection> months = range.choices(Selection::Mode::Month, 24);
    QCOMPARE(months.size(), 24);
    QCOMPARE(months.first().asOf, QDate(2026, 12, 5));
    QCOMPARE(months.at(1).asOf, QDate(2026, 11, 30));
    QCOMPARE(months.last().asOf, QDate(2025, 1, 31));
    const QVector<Selection> quarters = range.choices(Selection::Mode::Quarter, 8);
    QCOMPARE(quarters.at(1).asOf, QDate(2026, 9, 30));
    QCOMPARE(quarters.last().asOf, QDate(2025, 3, 31));
    // a pack lists its own periods of the mode, newest first
    const PeriodRange pack{QDate(2026, 4, 20),
                           {{Selection::Mode::Month, QDate(2026, 3, 31)},
                            {Selection::Mode::Quarter, QDate(2026, 3, 31)},
                            {Selection::Mode::Month, QDate(2026, 4, 20)}}};
    const QVector<Selection> packMonths = pack.choices(Selection::Mode::Month, 24);
    QCOMPARE(packMonths.size(), 2);
    QCOMPARE(packMonths.first().asOf, QDate(2026, 4, 20));
}

void tst_Figures::trend()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const auto t = fs.trend(*m_catalog.find("A01.01"), "31",
                            {Selection::Mode::Month, QDate(2026, 4, 20)}, 24);
    QCOMPARE(t.size(), 24);
    QCOMPARE(t.last().asOf, QDate(2026, 4, 20));
    QCOMPARE(*t.last().actual, 10.87);
    QCOMPARE(*t.last().plan, 11.5);
    QCOMPARE(*t.at(22).actual, 10.5);
    QVERIFY(!t.at(20).actual);        // January: nothing reported, not March's value carried back
    QCOMPARE(*t.at(12).actual, 10.0); // April 2025
    const auto daily = fs.trend(*m_catalog.find("D01.03"), "RS04",
                                {Selection::Mode::Month, QDate(2026, 4, 20)}, 24);
    QCOMPARE(daily.size(), 30); // sensors: one point a day
    QCOMPARE(*daily.last().actual, 5.2);
}

void tst_Figures::perObservation()
{
    const FigureService fs(m_catalog, m_entities, m_cache);
    const Indicator &ind = *m_catalog.find("A01.01");
    const auto rows = m_cache.observations(ind.code);
    const auto judged = fs.observationFigures(ind, rows, at(2026, 4, 21));
    QCOMPARE(judged.size(), 3);
    QCOMPARE(*judged.at(2).previous, 10.5);
    QCOMPARE(*judged.at(2).sameLastYear, 10.0);
    QCOMPARE(judged.at(2).status.effective(), Status::Warn);
    QVERIFY(!judged.at(0).status.stale); // history is not "stale"
}

// The year-end on last year's shape: this year's total to last year's at the latest month,
// times last year's December; the range from that ratio in each month so far. Said in
// words with the method; no projection, and the reason, where there is too little to go on.
void tst_Figures::yearEndProjection()
{
    const Indicator &fdi = *m_catalog.find("A12.01"); // monthly, year-to-date, million USD
    QVector<TrendPoint> trend;
    auto monthEnd = [](int y, int m) {
        return QDate(y, m, 1).addMonths(1).addDays(-1);
    };
    for (int m = 1; m <= 12; ++m)
        trend << TrendPoint{monthEnd(2025, m), 100.0 * m, 95.0 * m, std::nullopt};
    // 2026: 110, 210, 330, then April reported on the 20th (a monthly report: the month's)
    const double now[] = {110, 210, 330, 440};
    for (int m = 1; m <= 4; ++m)
        trend << TrendPoint{m == 4 ? QDate(2026, 4, 20) : monthEnd(2026, m), now[m - 1],
                            std::nullopt, std::nullopt};
    const YearEndProjection p = YearEndProjection::make(fdi, trend);
    QVERIFY(p.ok());
    QCOMPARE(p.month, 4);
    QCOMPARE(p.ratio, 1.1);
    QCOMPARE(p.value, 1320.0);
    // the ratio in each month so far: January 1.1, February 1.05, March 1.1, April 1.1
    QCOMPARE(p.low, 1260.0);
    QCOMPARE(p.high, 1320.0);
    QCOMPARE(p.path.size(), 9); // April to December
    QCOMPARE(p.path.first().value, 440.0);
    QCOMPARE(p.path.last().asOf, QDate(2026, 12, 31));
    QCOMPARE(p.path.last().value, 1320.0);
    QCOMPARE(p.path.at(1).low, 525.0); // May: 500 × 1.05
    const Formatter vi(QStringLiteral("vi")), en(QStringLiteral("en"));
    QCOMPARE(p.text(fdi, en), QStringLiteral("Year-end projection: 1,320 million USD, range "
                                             "1,260–1,320 million USD (the annual plan is not "
                                             "in the data)"));
    QVERIFY2(p.methodText(en).contains(QStringLiteral("1.1 times")), qPrintable(p.methodText(en)));

    // with the annual plan the reports carry, the projection is a share of it: the latest
    // report's word on the year counts (the plan was raised in April)
    QVector<TrendPoint> planned = trend;
    planned[14].annualPlan = 1300.0; // March 2026
    planned[15].annualPlan = 1400.0; // April 2026
    planned[11].annualPlan = 1200.0; // December 2025: last year's plan is not this year's
    const YearEndProjection against = YearEndProjection::make(fdi, planned);
    QCOMPARE(against.annualPlan, std::optional<double>(1400.0));
    QCOMPARE(against.text(fdi, en), QStringLiteral("Year-end projection: 1,320 million USD "
                                                   "(94.3% of the annual plan), range "
                                                   "1,260–1,320 million USD"));
    Indicator ceiling = fdi; // lower is better: the distance below or over the plan
    ceiling.statusKind = StatusKind::PlanLower;
    QCOMPARE(against.planText(ceiling, en), QStringLiteral("5.7% below the annual plan"));
    planned[15].annualPlan = 1200.0;
    QCOMPARE(YearEndProjection::make(fdi, planned).planText(ceiling, en),
             QStringLiteral("10% over the annual plan"));
    QCOMPARE(YearEndProjection::make(fdi, planned).planText(fdi, en),
             QStringLiteral("110% of the annual plan"));
    const Indicator &disbursed = *m_catalog.find("A12.03"); // a rate: its plan is a rate too
    planned[15].annualPlan = 95.0;
    QCOMPARE(YearEndProjection::make(disbursed, planned).planText(disbursed, en),
             QStringLiteral("annual plan 95%"));

    // a daily series starts from the last whole month: 20 April is not April's total
    const Indicator &budget = *m_catalog.find("A09.01");
    const YearEndProjection daily = YearEndProjection::make(budget, trend);
    QVERIFY(daily.ok());
    QCOMPARE(daily.month, 3);
    QCOMPARE(daily.value, 1320.0);

    // too early, no last year, a complete year, not a year-to-date indicator
    const QVector<TrendPoint> january = trend.mid(0, 13);
    QCOMPARE(YearEndProjection::make(fdi, january).problem, YearEndProjection::Problem::TooEarly);
    QVERIFY(!YearEndProjection::make(fdi, january).text(fdi, en).isEmpty());
    QVector<TrendPoint> noDecember = trend;
    noDecember[11].actual.reset();
    const YearEndProjection shapeless = YearEndProjection::make(fdi, noDecember);
    QCOMPARE(shapeless.problem, YearEndProjection::Problem::NoLastYear);
    QVERIFY2(shapeless.text(fdi, en).contains(QStringLiteral("April 2025")),
             qPrintable(shapeless.text(fdi, en)));
    QCOMPARE(YearEndProjection::make(fdi, trend.mid(0, 12)).problem,
             YearEndProjection::Problem::YearComplete);
    QVERIFY(YearEndProjection::make(fdi, trend.mid(0, 12)).text(fdi, en).isEmpty());
    const Indicator &grdpGrowth = *m_catalog.find("A01.01");
    QCOMPARE(YearEndProjection::make(grdpGrowth, trend).problem,
             YearEndProjection::Problem::NotCumulative);
    QVERIFY(YearEndProjection::make(grdpGrowth, trend).text(grdpGrowth, vi).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Figures)
// A view of a past day shows the day as it was known: a correction imported after it is not
// there (figure, comparison, revision, update time), and a figure known then for the previous
// period is compared with, whatever moment inside that period it carries.
void tst_Figures::pastDayAsItWasKnown()
{
    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("known.sqlite")), &error));
    const QString city = EntityRegistry::cityCode();
    auto row = [&](const char *period, double value, const QDateTime &fetched) {
        Observation o;
        o.indicator = QStringLiteral("A01.01");
        o.entity = city;
        o.period = QLatin1String(period);
        o.value = value;
        o.plan = 11.5;
        o.sourceKind = QStringLiteral("import");
        o.sourceRef = QStringLiteral("bao-cao.xlsx");
        o.fetchedAt = fetched;
        return o;
    };
    int added = 0, changed = 0, unchanged = 0;
    QVERIFY(cache.appendRevisions({row("2026-02", 9.9, at(2026, 2, 20)),
                                   row("2026-03", 10.5, at(2026, 3, 20)),
                                   row("2026-04", 10.87, at(2026, 4, 20))},
                                  &added, &changed, &unchanged, &error));
    // on 3 May the Statistics Office corrects March: a new revision, stamped (as every imported
    // monthly figure) with the end of March as its "as of"
    QVERIFY(cache.appendRevisions({row("2026-03", 10.7, at(2026, 5, 3, 9))}, &added, &changed,
                                  &unchanged, &error));
    QCOMPARE(changed, 1);
    const Selection april20{Selection::Mode::Month, QDate(2026, 4, 20)};
    const Indicator &grdp = *m_catalog.find(QStringLiteral("A01.01"));

    // today: April compared with the corrected March (not with February)
    {
        const FigureService fs(m_catalog, m_entities, cache);
        const Figure f = fs.figure(grdp, city, april20, at(2026, 12, 5));
        QCOMPARE(*f.value, 10.87);
        QCOMPARE(*f.previous, 10.7);
        QCOMPARE(QString::number(*f.changeVsPrevious(), 'f', 2), QStringLiteral("0.17"));
    }
    // as it was known at the end of 20 April: the March figure of then, one revision of March
    cache.setKnownAt(cityDateTime(QDate(2026, 4, 21), QTime(0, 0)));
    {
        const FigureService fs(m_catalog, m_entities, cache);
        const Figure f = fs.figure(grdp, city, april20, at(2026, 12, 5));
        QCOMPARE(*f.value, 10.87);
        QCOMPARE(*f.previous, 10.5);
        QCOMPARE(QString::number(*f.changeVsPrevious(), 'f', 2), QStringLiteral("0.37"));
        QVERIFY(f.fetchedAt <= cache.knownAt());
        const auto march
            = cache.revisions(QStringLiteral("A01.01"), city, QStringLiteral("2026-03"));
        QCOMPARE(march.size(), 1);
        QCOMPARE(march.first().value, 10.5);
        const Figure m = fs.figure(
            grdp, city, Selection{Selection::Mode::Month, QDate(2026, 3, 31)}, at(2026, 12, 5));
        QCOMPARE(*m.value, 10.5);
        QCOMPARE(m.revision, 1);
    }
}

#include "tst_figures.moc"

#include "support/fixture.h"
#include "alertjournal.h"
#include "demodata.h"
#include "demoseeder.h"
#include "figures.h"
#include "format.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ioc;

class tst_DemoData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void laterEndOnlyAppends();
    void coversEveryIndicator();
    void publishedFigures_data();
    void publishedFigures();
    void publishedStatuses();
    void communesAddUp();
    void seasonality();
    void seedsCacheInParts();
    void everyStatusAgreesWithItsComparison();
    void tenYearsOfHistory();

private:
    static QByteArray digest(const QVector<Observation> &rows);
    static const Observation *find(const QVector<Observation> &rows, const QString &entity,
                                   const QString &period);
    QDateTime end() const { return cityDateTime(QDate(2026, 11, 24), QTime(14, 0)); }

    Catalog m_catalog;
    EntityRegistry m_entities;
};

void tst_DemoData::initTestCase()
{
    const QString problem = test::loadBuiltins(&m_catalog, &m_entities);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QByteArray tst_DemoData::digest(const QVector<Observation> &rows)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Observation &o : rows) {
        h.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                      .arg(o.indicator, o.entity, o.period)
                      .arg(o.revision)
                      .arg(o.value, 0, 'g', 17)
                      .arg(o.plan ? QString::number(*o.plan, 'g', 17) : QString())
                      .arg(o.sourceKind, o.sourceRef)
                      .arg(o.fetchedAt.toSecsSinceEpoch())
                      .toUtf8());
    }
    return h.result();
}

const Observation *tst_DemoData::find(const QVector<Observation> &rows, const QString &entity,
                                      const QString &period)
{
    for (const Observation &o : rows) {
        if (o.entity == entity && o.period == period)
            return &o;
    }
    return nullptr;
}

void tst_DemoData::sameSeedSameBytes()
{
    // the whole dataset, twice: byte-identical; another seed gives other data
    auto all = [&](quint64 seed) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 count = 0;
        DemoGenerator(m_catalog, m_entities, seed, end())
            .generate(DemoGenerator::Part::All, [&](const QVector<Observation> &batch) {
                h.addData(digest(batch));
                count += batch.size();
                return true;
            });
        return qMakePair(h.result(), count);
    };
    const auto first = all(DemoGenerator::kDefaultSeed);
    const auto second = all(DemoGenerator::kDefaultSeed);
    QCOMPARE(first.first.toHex(), second.first.toHex());
    QVERIFY(first.second > 2000000);
    const auto other = DemoGenerator(m_catalog, m_entities, 7, end())
                           .generateIndicator(QStringLiteral("A13.01"));
    const auto base = DemoGenerator(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end())
                          .generateIndicator(QStringLiteral("A13.01"));
    QVERIFY(digest(other) != digest(base));
}

void tst_DemoData::laterEndOnlyAppends()
{
    for (const char *code : {"A09.01", "A11.01", "C03.02", "D01.03", "B02.01"}) {
        // sensors keep 30 days, so their earlier end is a few days back; the rest go back months
        const QDateTime earlier = QLatin1String(code) == QLatin1String("D01.03")
                                      ? end().addDays(-3).addSecs(-1234)
                                      : cityDateTime(QDate(2026, 6, 30), QTime(23, 55));
        const auto before
            = DemoGenerator(m_catalog, m_entities, DemoGenerator::kDefaultSeed, earlier)
                  .generateIndicator(QLatin1String(code));
        const auto after = DemoGenerator(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end())
                               .generateIndicator(QLatin1String(code));
        QVERIFY(!before.isEmpty());
        QHash<QString, double> later;
        for (const Observation &o : after)
            later.insert(o.entity + QLatin1Char('|') + o.period, o.value);
        int compared = 0;
        for (const Observation &o : before) {
            const auto it = later.constFind(o.entity + QLatin1Char('|') + o.period);
            if (it == later.cend())
                continue; // real-time readings older than 30 days before the later end
            QCOMPARE(*it, o.value);
            ++compared;
        }
        QVERIFY2(compared > 0, code);
    }
}

void tst_DemoData::coversEveryIndicator()
{
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    for (const Indicator &ind : m_catalog.indicators()) {
        const auto rows = gen.generateIndicator(ind.code);
        QVERIFY2(!rows.isEmpty(), qPrintable(ind.code));
        QSet<QString> entities;
        bool anyPlan = false;
        for (const Observation &o : rows) {
            entities.insert(o.entity);
            anyPlan |= o.plan.has_value();
            const auto p = Period::fromKey(o.period);
            QVERIFY2(p && p->frequency() == ind.frequency, qPrintable(ind.code + " " + o.period));
            QVERIFY2(o.fetchedAt <= end(), qPrintable(ind.code + " " + o.period));
        }
        const auto first = *Period::fromKey(rows.first().period);
        if (ind.frequency == Frequency::Realtime) {
            // every three hours and each day's last half hour since 2024, every 10 minutes for
            // the last 30 days
            QCOMPARE(first.firstDay(), QDate(2024, 1, 1));
            QStringList dayEnd, dense;
            for (const Observation &o : rows) {
                const Period p = *Period::fromKey(o.period);
                if (o.entity == rows.first().entity && p.firstDay() == QDate(2024, 6, 15))
                    dayEnd << toCityTime(p.start()).toString(QStringLiteral("HH:mm"));
                if (o.entity == rows.first().entity && p.start() > end().addDays(-1))
                    dense << o.period;
            }
            QCOMPARE(dayEnd, (QStringList{"00:00", "03:00", "06:00", "09:00", "12:00", "15:00",
                                          "18:00", "21:00", "23:30", "23:40", "23:50"}));
            QVERIFY2(dense.size() >= 143, qPrintable(QString::number(dense.size())));
        } else {
            QCOMPARE(first.firstDay().year(), 2024);
            QVERIFY(first.firstDay() <= QDate(2024, 1, 1).addDays(6));
        }
        switch (ind.geoLevel) {
        case GeoLevel::City:
            QCOMPARE(entities.size(), 1);
            break;
        case GeoLevel::Commune:
            QCOMPARE(entities.size(), 115);
            break;
        case GeoLevel::Station:
            QCOMPARE(entities.size(), m_entities.inSet(ind.entitySet).size());
            break;
        default:
            QCOMPARE(entities.size(), m_entities.inSet(ind.entitySet).size() + 1);
            break;
        }
        // has_plan rows store a plan (evacuations have one only while an order is active)
        if (ind.hasPlan && ind.code != QLatin1String("D03.02"))
            QVERIFY2(anyPlan, qPrintable(ind.code));
    }
}

void tst_DemoData::publishedFigures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("value");
    QTest::newRow("total revenue") << "A09.01"
                                   << "31"
                                   << "2026-04-20" << 56363.0;
    QTest::newRow("domestic revenue") << "A09.02"
                                      << "31"
                                      << "2026-04-20" << 29351.0;
    QTest::newRow("import-export revenue") << "A09.03"
                                           << "31"
                                           << "2026-04-20" << 20852.0;
    QTest::newRow("april period revenue") << "A09.05"
                                          << "31"
                                          << "2026-04-20" << 24553.3;
    QTest::newRow("operating businesses") << "A11.01"
                                          << "31"
                                          << "2026-04" << 52920.0;
    QTest::newRow("new businesses") << "A11.02"
                                    << "31"
                                    << "2026-04" << 2147.0;
    QTest::newRow("fdi") << "A12.01"
                         << "31"
                         << "2026-04" << 965.0;
    QTest::newRow("iip") << "A02.01"
                         << "31"
                         << "2026-04" << 15.0;
    QTest::newRow("manufacturing share") << "A02.02"
                                         << "31"
                                         << "2026-Q1" << 45.0;
    QTest::newRow("grdp") << "A01.01"
                          << "31"
                          << "2026-04" << 10.87;
    QTest::newRow("clearance projects") << "C02.01"
                                        << "31"
                                        << "2026-04" << 218.0;
    QTest::newRow("state-funded") << "C02.02"
                                  << "31"
                                  << "2026-04" << 123.0;
    QTest::newRow("cat hai") << "C03.02"
                             << "INV01"
                             << "2026-04" << 42.9;
    QTest::newRow("west hai phong pmu") << "C03.02"
                                        << "INV02"
                                        << "2026-04" << 24.3;
    QTest::newRow("digital economy") << "A13.07"
                                     << "31"
                                     << "2025" << 27.17;
    QTest::newRow("online processing") << "A13.02"
                                       << "31"
                                       << "2025-12-31" << 78.0;
    QTest::newRow("two months revenue") << "A09.01"
                                        << "31"
                                        << "2026-02-28" << 41546.0;
    QTest::newRow("two months domestic") << "A09.02"
                                         << "31"
                                         << "2026-02-28" << 21929.0;
    QTest::newRow("two months import-export") << "A09.03"
                                              << "31"
                                              << "2026-02-28" << 13442.0;
    QTest::newRow("two months land-use fees") << "A09.04"
                                              << "31"
                                              << "2026-02-28" << 1663.0;
    QTest::newRow("two months expenditure") << "A09.06"
                                            << "31"
                                            << "2026-02-28" << 13180.0;
    QTest::newRow("iip february") << "A02.01"
                                  << "31"
                                  << "2026-02" << -6.25;
}

void tst_DemoData::publishedFigures()
{
    QFETCH(QString, code);
    QFETCH(QString, entity);
    QFETCH(QString, period);
    QFETCH(double, value);
    const auto rows = DemoGenerator(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end())
                          .generateIndicator(code);
    const Observation *o = find(rows, entity, period);
    QVERIFY(o);
    QCOMPARE(o->value, value);
}

void tst_DemoData::publishedStatuses()
{
    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    for (const char *code : {"A01.01", "A09.01", "A09.05", "A11.02", "A12.01", "A02.01", "A12.03",
                             "C03.02", "A13.08", "C02.03"})
        QVERIFY(cache.write(gen.generateIndicator(QLatin1String(code)), Cache::OnConflict::Ignore,
                            &error));
    const FigureService fs(m_catalog, m_entities, cache);
    const Selection april{Selection::Mode::Month, QDate(2026, 4, 20)};
    const QDateTime now = cityDateTime(QDate(2026, 4, 21), QTime(9, 0));
    auto status = [&](const char *code, const char *entity = "31") {
        return fs.figure(*m_catalog.find(QLatin1String(code)), QLatin1String(entity), april, now)
            .status.effective();
    };
    QCOMPARE(status("A01.01"), Status::Warn); // GRDP 10.87% below the monthly plan: amber
    QCOMPARE(status("A09.01"), Status::Ok);
    QCOMPARE(status("A11.02"), Status::Ok);
    QCOMPARE(status("A12.01"), Status::Ok);
    QCOMPARE(status("A02.01"), Status::Ok);
    for (const char *zero : {"INV09", "INV10", "INV11", "INV12"})
        QCOMPARE(status("C03.02", zero), Status::Critical);
    const Figure revenue = fs.figure(*m_catalog.find("A09.05"), "31", april, now);
    QCOMPARE(*revenue.value, 24553.3);
    QCOMPARE(QString::number(*revenue.changeVsPrevious(), 'f', 2), QStringLiteral("8.06"));
    QVERIFY(*revenue.pctOfPlan() >= 100);
    const Figure area = fs.figure(*m_catalog.find("C02.03"), "31", april, now);
    QCOMPARE(qRound(*area.value / 1e6), 129); // "nearly 129 million m²"
    QVERIFY(*fs.figure(*m_catalog.find("A13.08"), "31",
                       {Selection::Mode::Month, QDate(2025, 12, 31)}, now)
                 .value
            > 85);
}

void tst_DemoData::communesAddUp()
{
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    for (const auto &[code, period, total] :
         {std::tuple{"A11.01", "2026-04", 52920.0}, std::tuple{"C02.01", "2026-04", 218.0},
          std::tuple{"C02.02", "2026-04", 123.0}, std::tuple{"A11.02", "2026-04", 2147.0}}) {
        const auto rows = gen.generateIndicator(QLatin1String(code));
        double sum = 0;
        int communes = 0;
        for (const Observation &o : rows) {
            if (o.period == QLatin1String(period) && o.entity != QLatin1String("31")) {
                sum += o.value;
                ++communes;
            }
        }
        QCOMPARE(communes, 114);
        QCOMPARE(sum, total);
    }
    // daily counts: the city is the sum of its communes every day
    const auto accidents = gen.generateIndicator(QStringLiteral("B02.01"));
    QHash<QString, double> city, communes;
    for (const Observation &o : accidents)
        (o.entity == QLatin1String("31") ? city : communes)[o.period] += o.value;
    QCOMPARE(city.size(), communes.size());
    for (auto it = city.cbegin(); it != city.cend(); ++it)
        QCOMPARE(communes.value(it.key()), it.value());
}

void tst_DemoData::seasonality()
{
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    // land filings stop around Tết (17 February 2026) compared with March
    const auto filings = gen.generateIndicator(QStringLiteral("A03.04"));
    auto sum = [&](QDate from, QDate to) {
        double s = 0;
        for (const Observation &o : filings) {
            const QDate d = Period::fromKey(o.period)->firstDay();
            if (o.entity == QLatin1String("31") && d >= from && d <= to)
                s += o.value;
        }
        return s;
    };
    QVERIFY(sum(QDate(2026, 2, 15), QDate(2026, 2, 21))
            < 0.5 * sum(QDate(2026, 3, 9), QDate(2026, 3, 15)));
    // more dyke incidents a day in the typhoon season (July-October) than in January-March
    const auto dyke = gen.generateIndicator(QStringLiteral("D01.07"));
    double wet = 0, dry = 0;
    int wetDays = 0, dryDays = 0;
    for (const Observation &o : dyke) {
        if (o.entity != QLatin1String("31"))
            continue;
        const int m = Period::fromKey(o.period)->firstDay().month();
        if (m >= 7 && m <= 10) {
            wet += o.value;
            ++wetDays;
        } else if (m <= 3) {
            dry += o.value;
            ++dryDays;
        }
    }
    QVERIFY(wet / wetDays > 2 * dry / dryDays);
}

void tst_DemoData::seedsCacheInParts()
{
    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("seed.sqlite")), &error));
    const QDateTime now = end();
    QCOMPARE(DemoSeeder::need(cache, now), DemoSeeder::Need::Everything);
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, now);
    QAtomicInt cancel;
    qint64 progressed = 0;
    QVERIFY2(DemoSeeder::seed(
                 cache, gen, DemoGenerator::Part::Overview,
                 [&](qint64 done, qint64) { progressed = done; }, &cancel, &error),
             qPrintable(error));
    const qint64 overview = cache.observationCount();
    QCOMPARE(progressed, overview);
    QVERIFY(overview > 100000);
    QVERIFY(cache.series(QStringLiteral("A13.01"), QStringLiteral("10507"))
                .isEmpty());                                         // communes come next
    QCOMPARE(DemoSeeder::need(cache, now), DemoSeeder::Need::TopUp); // not complete yet
    // a cancelled run stops at a batch boundary and leaves a consistent cache
    cancel.storeRelaxed(1);
    QVERIFY(!DemoSeeder::seed(cache, gen, DemoGenerator::Part::Communes, {}, &cancel, &error));
    QCOMPARE(cache.observationCount(), overview);
    cancel.storeRelaxed(0);
    QVERIFY(DemoSeeder::seed(cache, gen, DemoGenerator::Part::Communes, {}, &cancel, &error));
    QCOMPARE(cache.series(QStringLiteral("A13.01"), QStringLiteral("10507")).size(),
             int(QDate(2024, 1, 1).daysTo(QDate(2026, 11, 23)) + 1));
    QCOMPARE(DemoSeeder::need(cache, now), DemoSeeder::Need::Nothing);
    QCOMPARE(DemoSeeder::need(cache, now.addSecs(3600)), DemoSeeder::Need::TopUp);
    // topping up a day later writes only what was published since, and quickly
    const qint64 before = cache.observationCount();
    const DemoGenerator later(m_catalog, m_entities, DemoGenerator::kDefaultSeed, now.addDays(1));
    QElapsedTimer t;
    t.start();
    qint64 written = 0;
    for (const auto part : {DemoGenerator::Part::Overview, DemoGenerator::Part::Communes})
        QVERIFY(DemoSeeder::seed(
            cache, later, part, [&](qint64 done, qint64) { written = done; }, nullptr, &error));
    const qint64 added = cache.observationCount() - before;
    QVERIFY(added > 2000); // a day of 114 communes' daily rows and 144 readings per sensor
    QVERIFY(added < 20000);
    QVERIFY(written <= added + 1);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(DemoSeeder::need(cache, now.addDays(1)), DemoSeeder::Need::Nothing);
    // and the topped-up cache holds exactly what a fresh run to the later end would
    const auto fresh = later.generateIndicator(QStringLiteral("B02.01"));
    QCOMPARE(qint64(cache.observations(QStringLiteral("B02.01")).size()), qint64(fresh.size()));
}

// Every indicator and every entity of the demo data, for the April 2026 briefing and for today:
// the status word and the comparison printed beside it say the same thing (rules.md, "What the
// console says beside a status").
void tst_DemoData::everyStatusAgreesWithItsComparison()
{
    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("walk.sqlite")), &error));
    const DemoGenerator gen(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    QVERIFY2(DemoSeeder::seedAll(cache, gen, &error), qPrintable(error));
    const FigureService fs(m_catalog, m_entities, cache);
    const Formatter en(QStringLiteral("en"));
    const QStringList planWords{QStringLiteral("of plan"), QStringLiteral("below plan"),
                                QStringLiteral("over plan"), QStringLiteral("above plan"),
                                QStringLiteral("at plan")};
    QStringList problems;
    int checked = 0;
    const QVector<QPair<Selection, QDateTime>> views{
        {Selection{Selection::Mode::Month, QDate(2026, 4, 20)},
         cityDateTime(QDate(2026, 4, 20), QTime(23, 59))},
        {Selection{Selection::Mode::Month, end().date()}, end()}};
    for (const auto &[sel, now] : views) {
        for (const Indicator &ind : m_catalog.indicators()) {
            QVector<Figure> figures{fs.headline(ind, sel, now)};
            if (ind.geoLevel != GeoLevel::City)
                figures += fs.breakdown(ind, sel, now);
            for (const Figure &f : figures) {
                if (!f.value)
                    continue;
                ++checked;
                const QString where = QStringLiteral("%1 %2 %3")
                                          .arg(ind.code, f.entity, sel.asOf.toString(Qt::ISODate));
                const Status s = f.status.evaluated;
                const QString word = en.statusWord(s, f.status.kind);
                const Comparison c = en.comparison(f);
                if (qEnvironmentVariableIsSet("IOC_WALK_PRINT"))
                    qInfo("%s %s %s | %s | %s", qPrintable(ind.code), qPrintable(f.entity),
                          qPrintable(sel.asOf.toString(Qt::ISODate)), qPrintable(word),
                          qPrintable(c.text));
                auto fail = [&](const QString &why) {
                    problems << QStringLiteral("%1: %2 · %3: %4").arg(where, word, c.text, why);
                };
                if (ind.statusKind == StatusKind::Informational) {
                    if (!word.isEmpty() || s != Status::Info)
                        fail(QStringLiteral("an informational row carries a status"));
                    continue;
                }
                if (s == Status::Info)
                    fail(QStringLiteral("a judged row has no status"));
                if (s == Status::NotApplicable) {
                    if (c.text != ind.notApplicableEn)
                        fail(QStringLiteral("not applicable without its reason"));
                    continue;
                }
                const bool judgedStatus
                    = s == Status::Ok || s == Status::Warn || s == Status::Critical;
                if (judgedStatus && !c.judged)
                    fail(QStringLiteral("a status without the comparison it judged"));
                if (judgedStatus && c.judged
                    && compareValues(*c.shown, c.op, *c.against) != (s != Status::Ok))
                    fail(QStringLiteral(
                        "the printed comparison, judged again, gives another status"));
                if (ind.statusKind == StatusKind::Sensor && s == Status::Ok
                    && word != QLatin1String("Normal"))
                    fail(QStringLiteral("a sensor in range is not 'Normal'"));
                if (ind.statusKind == StatusKind::Sensor && s == Status::Critical
                    && word != QLatin1String("Danger"))
                    fail(QStringLiteral("a sensor over its critical level is not 'Danger'"));
                if (ind.statusKind == StatusKind::ReduceVsSamePeriod && c.judged
                    && !c.text.contains(QLatin1String("same period last year")))
                    fail(QStringLiteral(
                        "a reduce-vs-same-period row not compared with the same period"));
                if (ind.statusKind == StatusKind::PlanLower && s == Status::Ok
                    && c.text.contains(QLatin1String("over plan")))
                    fail(QStringLiteral("over a ceiling and on track"));
                if (!ind.isPlanKind()) {
                    for (const QString &w : planWords) {
                        if (c.text.contains(w) && ind.statusKind != StatusKind::Sensor)
                            fail(
                                QStringLiteral("a row not judged against plan speaks of the plan"));
                    }
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 figures disagree:\n%3")
                                                .arg(problems.size())
                                                .arg(checked)
                                                .arg(problems.mid(0, 40).join(QLatin1Char('\n')))));
    qInfo("%d figures checked", checked);
    QVERIFY(checked > 5000);

    // the alert journal judges the same figures, whatever a window shows: every figure of the
    // latest period once
    QElapsedTimer t;
    t.start();
    const QVector<StatusSeen> seen
        = AlertJournal(m_catalog, m_entities, cache).judge(views.last().first, end());
    qInfo("alert journal pass: %lld ms for %d figures", t.elapsed(), int(seen.size()));
    QVERIFY(seen.size() > 2500);
    QVector<Alert> raised;
    QVERIFY2(AlertJournal(m_catalog, m_entities, cache)
                 .update(views.last().first, end(), &raised, &error),
             qPrintable(error));
    QVERIFY(raised.isEmpty()); // a first pass only sets what later ones compare with
    QVERIFY(AlertJournal(m_catalog, m_entities, cache)
                .update(views.last().first, end(), &raised, &error));
    QVERIFY(raised.isEmpty()); // the same figures again raise nothing
}

// --history-years: ten years of history start in 2017 and still give the published figures;
// the default three years are what they were; a cache tops up with the years it was made with.
void tst_DemoData::tenYearsOfHistory()
{
    DemoGenerator three(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    QCOMPARE(three.firstDay(), QDate(2024, 1, 1));
    QCOMPARE(three.historyYears(), 3);
    DemoGenerator ten(m_catalog, m_entities, DemoGenerator::kDefaultSeed, end());
    ten.setHistoryYears(10);
    QCOMPARE(ten.firstDay(), QDate(2017, 1, 1));
    QCOMPARE(ten.historyYears(), 10);
    ten.setHistoryYears(1); // never later than the published figures' first year
    QCOMPARE(ten.firstDay(), QDate(2024, 1, 1));
    ten.setHistoryYears(10);
    const QVector<Observation> fdi = ten.generateIndicator(QStringLiteral("A12.01"));
    QCOMPARE(Period::fromKey(fdi.first().period)->firstDay(), QDate(2017, 1, 1));
    QCOMPARE(fdi.size(), three.generateIndicator(QStringLiteral("A12.01")).size() + 7 * 12);
    const auto april = std::find_if(fdi.cbegin(), fdi.cend(), [](const Observation &o) {
        return o.entity == QLatin1String("31") && o.period == QLatin1String("2026-04");
    });
    QVERIFY(april != fdi.cend());
    QCOMPARE(april->value, 965.0); // the published figure, whatever the history's length
    for (const Observation &o : fdi)
        QVERIFY2(std::isfinite(o.value) && o.value >= 0, qPrintable(o.period));

    QTemporaryDir dir;
    Cache cache;
    QString error;
    QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite")), &error));
    QCOMPARE(DemoSeeder::historyYears(cache), DemoGenerator::defaultHistoryYears());
    QVERIFY(cache.setMeta(DemoSeeder::metaDemoHistoryYears(), QStringLiteral("10"), &error));
    QCOMPARE(DemoSeeder::historyYears(cache), 10);
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"

#include "catalog.h"
#include "figures.h"
#include "format.h"
#include "indicator.h"
#include "rule.h"
#include "status.h"

#include <QTest>

using namespace ioc;

namespace {
const double kNone = std::nan("");
std::optional<double> opt(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}
} // namespace

class tst_Rules : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data();
    void evaluate();
    void parseErrors_data();
    void parseErrors();
    void everyCatalogShapeParses_data();
    void everyCatalogShapeParses();
    void status_data();
    void status();
    void staleness_data();
    void staleness();
    void wordsBesideStatus_data();
    void wordsBesideStatus();
};

// Every operator, metric and reference of rules.md, and how "and" binds tighter than "or".
void tst_Rules::evaluate_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("plan");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("lastYear");
    QTest::addColumn<QVariantMap>("refs");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<bool>("missingRef");
    const QVariantMap none;
    // operators
    QTest::newRow("< true") << "value<10" << 9.0 << kNone << kNone << kNone << none << true
                            << false;
    QTest::newRow("< false at equal")
        << "value<10" << 10.0 << kNone << kNone << kNone << none << false << false;
    QTest::newRow("<= true at equal")
        << "value<=10" << 10.0 << kNone << kNone << kNone << none << true << false;
    QTest::newRow("> true") << "value>0" << 1.0 << kNone << kNone << kNone << none << true << false;
    QTest::newRow("> false at equal")
        << "value>0" << 0.0 << kNone << kNone << kNone << none << false << false;
    QTest::newRow(">= true at equal")
        << "value>=50" << 50.0 << kNone << kNone << kNone << none << true << false;
    QTest::newRow("== true") << "value==0" << 0.0 << kNone << kNone << kNone << none << true
                             << false;
    QTest::newRow("== false") << "value==0" << 0.1 << kNone << kNone << kNone << none << false
                              << false;
    QTest::newRow("!= true") << "value!=0" << 3.0 << kNone << kNone << kNone << none << true
                             << false;
    QTest::newRow("negative constant")
        << "value<-10" << -11.0 << kNone << kNone << kNone << none << true << false;
    QTest::newRow("decimal constant")
        << "value>=2.5" << 2.5 << kNone << kNone << kNone << none << true << false;
    // metrics
    QTest::newRow("pct_of_plan below")
        << "pct_of_plan<100" << 95.0 << 100.0 << kNone << kNone << none << true << false;
    QTest::newRow("pct_of_plan above")
        << "pct_of_plan<100" << 56363.0 << 54988.1 << kNone << kNone << none << false << false;
    QTest::newRow("pct_of_plan without plan")
        << "pct_of_plan<100" << 95.0 << kNone << kNone << kNone << none << false << true;
    QTest::newRow("pct_of_plan zero plan")
        << "pct_of_plan<100" << 95.0 << 0.0 << kNone << kNone << none << false << true;
    QTest::newRow("chg_prev fall")
        << "chg_prev<0" << 80.0 << kNone << 82.0 << kNone << none << true << false;
    QTest::newRow("chg_prev no previous")
        << "chg_prev<0" << 80.0 << kNone << kNone << kNone << none << false << false;
    QTest::newRow("chg_prev<=-5 boundary")
        << "chg_prev<=-5" << 75.0 << kNone << 80.0 << kNone << none << true << false;
    QTest::newRow("chg_prev_pct -30")
        << "chg_prev_pct<=-30" << 70.0 << kNone << 100.0 << kNone << none << true << false;
    QTest::newRow("chg_prev_pct -29")
        << "chg_prev_pct<=-30" << 71.0 << kNone << 100.0 << kNone << none << false << false;
    QTest::newRow("chg_prev_pct +8.06")
        << "chg_prev_pct>=8" << 24553.3 << kNone << 22721.6 << kNone << none << true << false;
    QTest::newRow("chg_yoy_pct rise")
        << "chg_yoy_pct>0" << 11.0 << kNone << kNone << 10.0 << none << true << false;
    QTest::newRow("chg_yoy_pct no last year")
        << "chg_yoy_pct>0" << 11.0 << kNone << kNone << kNone << none << false << false;
    QTest::newRow("chg_yoy_pct >=20")
        << "chg_yoy_pct>=20" << 120.0 << kNone << kNone << 100.0 << none << true << false;
    QTest::newRow("indicator metric") << "D01.05<=500" << 1.0 << kNone << kNone << kNone
                                      << QVariantMap{{"D01.05", 450.0}} << true << false;
    QTest::newRow("indicator metric missing")
        << "D01.05<=500" << 1.0 << kNone << kNone << kNone << none << false << true;
    // references and right-hand sides
    QTest::newRow("plan") << "value<plan" << 10.87 << 11.5 << kNone << kNone << none << true
                          << false;
    QTest::newRow("plan-1 tolerance")
        << "value<plan-1" << 10.87 << 11.87 << kNone << kNone << none << false << false;
    QTest::newRow("plan-1 below") << "value<plan-1" << 10.0 << 11.5 << kNone << kNone << none
                                  << true << false;
    QTest::newRow("plan+number") << "value>plan+0.5" << 105.1 << 104.5 << kNone << kNone << none
                                 << true << false;
    QTest::newRow("plan missing") << "value<plan" << 10.0 << kNone << kNone << kNone << none
                                  << false << true;
    QTest::newRow("number*city_avg") << "value<0.5*city_avg" << 9.0 << kNone << kNone << kNone
                                     << QVariantMap{{"city_avg", 20.4}} << true << false;
    QTest::newRow("number*city_avg false")
        << "value<0.5*city_avg" << 10.3 << kNone << kNone << kNone
        << QVariantMap{{"city_avg", 20.4}} << false << false;
    QTest::newRow("city_avg missing")
        << "value<city_avg" << 9.0 << kNone << kNone << kNone << none << false << true;
    QTest::newRow("band_lo") << "value<band_lo" << 99.4 << kNone << kNone << kNone
                             << QVariantMap{{"band_lo", 99.5}} << true << false;
    QTest::newRow("band_hi") << "value>band_hi" << 100.6 << kNone << kNone << kNone
                             << QVariantMap{{"band_hi", 100.5}} << true << false;
    QTest::newRow("alarm_level_1") << "value>=alarm_level_1" << 4.0 << kNone << kNone << kNone
                                   << QVariantMap{{"alarm_level_1", 4.0}} << true << false;
    QTest::newRow("alarm_level_2") << "value>=alarm_level_2" << 4.9 << kNone << kNone << kNone
                                   << QVariantMap{{"alarm_level_2", 5.0}} << false << false;
    QTest::newRow("alarm_level_3") << "value>=alarm_level_3" << 6.1 << kNone << kNone << kNone
                                   << QVariantMap{{"alarm_level_3", 6.0}} << true << false;
    QTest::newRow("alarm level missing")
        << "value>=alarm_level_1" << 6.1 << kNone << kNone << kNone << none << false << true;
    QTest::newRow("bf_6") << "value>=bf_6" << 10.8 << kNone << kNone << kNone
                          << QVariantMap{{"bf_6", 10.8}} << true << false;
    QTest::newRow("bf_8") << "value>=bf_8" << 17.1 << kNone << kNone << kNone
                          << QVariantMap{{"bf_8", 17.2}} << false << false;
    QTest::newRow("bf_10") << "value>=bf_10" << 25.0 << kNone << kNone << kNone
                           << QVariantMap{{"bf_10", 24.5}} << true << false;
    QTest::newRow("bf_12") << "value>=bf_12" << 33.0 << kNone << kNone << kNone
                           << QVariantMap{{"bf_12", 32.7}} << true << false;
    QTest::newRow("indicator reference") << "value>A12.03" << 25.0 << kNone << kNone << kNone
                                         << QVariantMap{{"A12.03", 20.4}} << true << false;
    // and / or
    QTest::newRow("and both") << "value>0 and D01.05<=500" << 12.0 << kNone << kNone << kNone
                              << QVariantMap{{"D01.05", 400.0}} << true << false;
    QTest::newRow("and one") << "value>0 and D01.05<=500" << 12.0 << kNone << kNone << kNone
                             << QVariantMap{{"D01.05", 900.0}} << false << false;
    QTest::newRow("or first") << "value<band_lo or value>band_hi" << 99.0 << kNone << kNone << kNone
                              << QVariantMap{{"band_lo", 99.5}, {"band_hi", 100.5}} << true
                              << false;
    QTest::newRow("or neither") << "value<band_lo or value>band_hi" << 100.0 << kNone << kNone
                                << kNone << QVariantMap{{"band_lo", 99.5}, {"band_hi", 100.5}}
                                << false << false;
    QTest::newRow("and binds tighter: a") << "value<1 or value>5 and value<3" << 0.0 << kNone
                                          << kNone << kNone << none << true << false;
    QTest::newRow("and binds tighter: b only") << "value<1 or value>5 and value<3" << 6.0 << kNone
                                               << kNone << kNone << none << false << false;
    QTest::newRow("or with missing ref")
        << "value<plan or value<city_avg" << 20.0 << 28.0 << kNone << kNone << none << true << true;
    QTest::newRow("none") << "none" << 1.0 << kNone << kNone << kNone << none << false << false;
}

void tst_Rules::evaluate()
{
    QFETCH(QString, rule);
    QFETCH(double, value);
    QFETCH(double, plan);
    QFETCH(double, previous);
    QFETCH(double, lastYear);
    QFETCH(QVariantMap, refs);
    QFETCH(bool, fired);
    QFETCH(bool, missingRef);
    Rule::ParseError error;
    const auto parsed = Rule::parse(rule, &error);
    QVERIFY2(parsed, qPrintable(error.message));
    RuleInputs in;
    in.value = opt(value);
    in.plan = opt(plan);
    in.previous = opt(previous);
    in.sameLastYear = opt(lastYear);
    in.lookup = [&](const QString &name) -> std::optional<double> {
        if (!refs.contains(name))
            return std::nullopt;
        return refs.value(name).toDouble();
    };
    const RuleOutcome outcome = evaluateRule(*parsed, in);
    QCOMPARE(outcome.fired, fired);
    QCOMPARE(outcome.missingReference, missingRef);
}

void tst_Rules::parseErrors_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << 1 << "empty";
    QTest::newRow("unknown metric") << "valu<3" << 1 << "unknown metric 'valu'";
    QTest::newRow("number as metric") << "2*plan<3" << 1 << "expected a metric";
    QTest::newRow("missing operator") << "value 3" << 7 << "expected a comparison";
    QTest::newRow("missing rhs") << "value<" << 7 << "at the end";
    QTest::newRow("double operator") << "value<<3" << 7 << "found '<'";
    QTest::newRow("unknown reference") << "value<bogus" << 7 << "unknown reference 'bogus'";
    QTest::newRow("dangling minus") << "value<plan-" << 12 << "expected a number after '-'";
    QTest::newRow("star without ref") << "value<0.5*3" << 11 << "expected a reference after '*'";
    QTest::newRow("dangling and") << "value<3 and" << 12 << "missing at the end";
    QTest::newRow("bad connective") << "value<3 xor value>4" << 9 << "expected 'and', 'or'";
    QTest::newRow("none combined") << "value<3 or none" << 12 << "'none' cannot be combined";
    QTest::newRow("bad character") << "value<3$" << 8 << "unexpected character '$'";
    QTest::newRow("comma") << "value<3, value>4" << 8 << "unexpected character ','";
    QTest::newRow("parentheses") << "(value<3)" << 1 << "unexpected character '('";
}

void tst_Rules::parseErrors()
{
    QFETCH(QString, rule);
    QFETCH(int, position);
    QFETCH(QString, message);
    Rule::ParseError error;
    QVERIFY(!Rule::parse(rule, &error));
    QCOMPARE(error.position, position);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void tst_Rules::everyCatalogShapeParses_data()
{
    QTest::addColumn<QString>("rule");
    for (const char *r : {"value<plan", "value<plan-1", "pct_of_plan<100", "chg_prev<=-5",
                          "value<band_lo or value>band_hi", "value>plan-0.5", "chg_prev_pct>=10",
                          "value<plan or value<city_avg", "value==0 or value<0.5*city_avg",
                          "value>=bf_6", "value>=alarm_level_2", "value>0 and D01.05<=500",
                          "pct_of_plan<90 or pct_of_plan>105", "none"})
        QTest::newRow(r) << QString::fromLatin1(r);
}

void tst_Rules::everyCatalogShapeParses()
{
    QFETCH(QString, rule);
    Rule::ParseError error;
    const auto parsed = Rule::parse(rule, &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QCOMPARE(parsed->text(), rule);
}

namespace {
Indicator makeIndicator(const QString &warn, const QString &critical,
                        Frequency f = Frequency::Monthly)
{
    Indicator ind;
    ind.code = QStringLiteral("C03.02");
    ind.frequency = f;
    Rule::ParseError e;
    ind.warnRule = *Rule::parse(warn, &e);
    ind.criticalRule = *Rule::parse(critical, &e);
    return ind;
}
} // namespace

void tst_Rules::status_data()
{
    QTest::addColumn<QString>("warn");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("plan");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("noPlanFlag");
    QTest::newRow("critical before warn")
        << "value<plan or value<city_avg"
        << "value==0 or value<0.5*city_avg" << 0.0 << 28.0 << int(Status::Critical) << false;
    QTest::newRow("warn") << "value<plan or value<city_avg"
                          << "value==0 or value<0.5*city_avg" << 24.3 << 28.0 << int(Status::Warn)
                          << false;
    QTest::newRow("ok") << "value<plan or value<city_avg"
                        << "value==0 or value<0.5*city_avg" << 42.9 << 28.0 << int(Status::Ok)
                        << false;
    QTest::newRow("no plan") << "value<plan"
                             << "value<plan-1" << 10.0 << kNone << int(Status::NoPlan) << true;
    QTest::newRow("warn despite missing plan")
        << "value<plan or value<city_avg"
        << "value==0" << 10.0 << kNone << int(Status::Warn) << true;
    QTest::newRow("informational") << "none"
                                   << "none" << 218.0 << kNone << int(Status::Info) << false;
    QTest::newRow("no value") << "value<plan"
                              << "value<plan-1" << kNone << 11.5 << int(Status::NoData) << false;
}

void tst_Rules::status()
{
    QFETCH(QString, warn);
    QFETCH(QString, critical);
    QFETCH(double, value);
    QFETCH(double, plan);
    QFETCH(int, expected);
    QFETCH(bool, noPlanFlag);
    const Indicator ind = makeIndicator(warn, critical);
    RuleInputs in;
    in.value = opt(value);
    in.plan = opt(plan);
    in.lookup = [](const QString &name) -> std::optional<double> {
        if (name == QLatin1String("city_avg"))
            return 20.4;
        return std::nullopt;
    };
    const QDateTime asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    const StatusResult r = StatusEvaluator::evaluate(ind, in, asOf, asOf.addDays(1));
    QCOMPARE(int(r.evaluated), expected);
    QCOMPARE(r.noPlanFlag, noPlanFlag);
    QVERIFY(!r.stale);
}

void tst_Rules::staleness_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<bool>("stale");
    QTest::newRow("realtime 15 min") << int(Frequency::Realtime) << qint64(15 * 60) << false;
    QTest::newRow("realtime 25 min") << int(Frequency::Realtime) << qint64(25 * 60) << true;
    QTest::newRow("daily 1 day") << int(Frequency::Daily) << qint64(86400) << false;
    QTest::newRow("daily 3 days") << int(Frequency::Daily) << qint64(3 * 86400) << true;
    QTest::newRow("weekly 13 days") << int(Frequency::Weekly) << qint64(13 * 86400) << false;
    QTest::newRow("weekly 15 days") << int(Frequency::Weekly) << qint64(15 * 86400) << true;
    QTest::newRow("monthly 40 days") << int(Frequency::Monthly) << qint64(40 * 86400) << false;
    QTest::newRow("monthly 70 days") << int(Frequency::Monthly) << qint64(70 * 86400) << true;
    QTest::newRow("quarterly 150 days")
        << int(Frequency::Quarterly) << qint64(150 * 86400) << false;
    QTest::newRow("quarterly 200 days") << int(Frequency::Quarterly) << qint64(200 * 86400) << true;
    QTest::newRow("yearly 700 days") << int(Frequency::Yearly) << qint64(700 * 86400) << false;
    QTest::newRow("yearly 800 days") << int(Frequency::Yearly) << qint64(800 * 86400) << true;
}

void tst_Rules::staleness()
{
    QFETCH(int, frequency);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, stale);
    const Indicator ind = makeIndicator(QStringLiteral("value<0"), QStringLiteral("value<-10"),
                                        Frequency(frequency));
    RuleInputs in;
    in.value = 5;
    const QDateTime asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    const StatusResult r = StatusEvaluator::evaluate(ind, in, asOf, asOf.addSecs(ageSeconds));
    QCOMPARE(r.stale, stale);
    QCOMPARE(r.evaluated, Status::Ok); // the rule's own verdict is kept
    QCOMPARE(r.effective(), stale ? Status::Stale : Status::Ok);
    QCOMPARE(r.ageSeconds, ageSeconds);
}

// rules.md, "What the console says beside a status": one case of each kind, on the catalog's own
// rows, with the status word and the comparison printed beside it.
void tst_Rules::wordsBesideStatus_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("plan");
    QTest::addColumn<double>("previous");
    QTest::addColumn<double>("lastYear");
    QTest::addColumn<QVariantMap>("refs");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("comparison");
    const QVariantMap none;
    QTest::newRow("plan, higher is better")
        << "A09.01" << 56363.0 << 54988.1 << kNone << kNone << none << int(Status::Ok) << "On track"
        << "102.5% of plan";
    QTest::newRow("plan, a rate in points")
        << "A01.01" << 10.87 << 11.87 << kNone << kNone << none << int(Status::Warn) << "Warning"
        << "1 pp below plan (11.87%)";
    QTest::newRow("plan, 99.96% is not 100%")
        << "A09.01" << 99.96 << 100.0 << kNone << kNone << none << int(Status::Warn) << "Warning"
        << "99.96% of plan";
    QTest::newRow("plan, lower is better, under")
        << "LOWER" << 75.0 << 100.0 << kNone << kNone << none << int(Status::Ok) << "On track"
        << "25% below plan";
    QTest::newRow("plan, lower is better, over")
        << "LOWER" << 112.0 << 100.0 << kNone << kNone << none << int(Status::Warn) << "Warning"
        << "12% over plan";
    QTest::newRow("target rate") << "A13.01" << 99.08 << 98.0 << kNone << kNone << none
                                 << int(Status::Ok) << "On track"
                                 << "target ≥ 98%";
    QTest::newRow("target rate missed")
        << "A10.03" << 2.7 << 3.0 << kNone << kNone << none << int(Status::Warn) << "Warning"
        << "target < 2.5%";
    QTest::newRow("reduce vs the same period")
        << "B02.01" << 40.0 << 60.0 << kNone << 60.0 << none << int(Status::Ok) << "On track"
        << "down 33.3% on the same period last year";
    QTest::newRow("more than the same period")
        << "B02.01" << 67.0 << 60.0 << kNone << 60.0 << none << int(Status::Critical) << "Critical"
        << "up 11.7% on the same period last year";
    QTest::newRow("no same period to compare") << "B02.01" << 40.0 << 60.0 << kNone << kNone << none
                                               << int(Status::NoPlan) << "No comparison"
                                               << "no figure for the same period last year";
    QTest::newRow("a rise from none")
        << "B02.01" << 2.0 << 0.0 << kNone << 0.0 << none << int(Status::Critical) << "Critical"
        << "up from none in the same period last year";
    QTest::newRow("river below alarm level 1")
        << "D01.03" << 2.38 << kNone << kNone << kNone
        << QVariantMap{{"alarm_level_1", 2.5}, {"alarm_level_2", 3.2}} << int(Status::Ok)
        << "Normal"
        << "below alarm level 1 (2.5 m)";
    QTest::newRow("river at alarm level 2")
        << "D01.03" << 3.3 << kNone << kNone << kNone
        << QVariantMap{{"alarm_level_1", 2.5}, {"alarm_level_2", 3.2}} << int(Status::Critical)
        << "Danger"
        << "at alarm level 2 (≥ 3.2 m)";
    QTest::newRow("wind force 6") << "D01.01" << 12.0 << kNone << kNone << kNone
                                  << QVariantMap{{"bf_6", 10.8}, {"bf_8", 17.2}}
                                  << int(Status::Warn) << "Warning"
                                  << "Beaufort force 6 (force 6 or more)";
    QTest::newRow("heavy rain") << "D01.02" << 60.0 << kNone << kNone << kNone << none
                                << int(Status::Warn) << "Warning"
                                << "heavy rain (≥ 50 mm in 24 hours)";
    QTest::newRow("storm far away")
        << "D01.05" << 1200.0 << kNone << kNone << kNone << none << int(Status::Ok) << "Normal"
        << "above the warning level (500 km)";
    QTest::newRow("informational")
        << "B05.01" << 110.0 << kNone << 100.0 << kNone << none << int(Status::Info) << ""
        << "up 10% on the previous period";
    QTest::newRow("no evacuation order") << "D03.02" << 0.0 << kNone << kNone << kNone << none
                                         << int(Status::NotApplicable) << "Not applicable"
                                         << "no evacuation order in force";
    QTest::newRow("evacuation under way")
        << "D03.02" << 700.0 << 1000.0 << kNone << kNone << none << int(Status::Warn) << "Warning"
        << "70% of plan";
    QTest::newRow("no storm in range")
        << "D01.06" << 12.0 << kNone << kNone << kNone << QVariantMap{{"D01.05", 900.0}}
        << int(Status::NotApplicable) << "Not applicable"
        << "no storm within 500 km";
    QTest::newRow("vessels out with a storm near")
        << "D01.06" << 12.0 << kNone << kNone << kNone << QVariantMap{{"D01.05", 280.0}}
        << int(Status::Critical) << "Danger"
        << "danger level (> 0)";
    QTest::newRow("no plan stored") << "A09.01" << 56363.0 << kNone << kNone << kNone << none
                                    << int(Status::NoPlan) << "No plan"
                                    << "no plan stored";
    QTest::newRow("below the city average")
        << "C03.02" << 10.0 << 8.0 << kNone << kNone << QVariantMap{{"city_avg", 25.0}}
        << int(Status::Critical) << "Critical"
        << "15 pp below the city average (25%)";
}

void tst_Rules::wordsBesideStatus()
{
    QFETCH(QString, code);
    QFETCH(double, value);
    QFETCH(double, plan);
    QFETCH(double, previous);
    QFETCH(double, lastYear);
    QFETCH(QVariantMap, refs);
    QFETCH(int, status);
    QFETCH(QString, word);
    QFETCH(QString, comparison);
    QVector<CatalogError> errors;
    static const Catalog catalog = Catalog::builtIn(&errors);
    Indicator ind;
    if (code == QLatin1String("LOWER")) {
        // no row of the catalog is lower-is-better against a plan today: a ceiling
        ind = *catalog.find(QStringLiteral("A09.01"));
        ind.direction = Direction::Down;
        Rule::ParseError pe;
        ind.warnRule = *Rule::parse(QStringLiteral("pct_of_plan>100"), &pe);
        ind.criticalRule = *Rule::parse(QStringLiteral("pct_of_plan>=120"), &pe);
        QString problem;
        ind.statusKind = Catalog::classify(ind, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(ind.statusKind, StatusKind::PlanLower);
    } else {
        QVERIFY(catalog.find(code));
        ind = *catalog.find(code);
    }
    Figure f;
    f.indicator = &ind;
    f.entity = QStringLiteral("31");
    f.value = opt(value);
    f.plan = opt(plan);
    f.previous = opt(previous);
    f.sameLastYear = opt(lastYear);
    f.asOf = cityDateTime(QDate(2026, 4, 20), QTime(17, 0));
    RuleInputs in;
    in.value = f.value;
    in.plan = f.plan;
    in.previous = f.previous;
    in.sameLastYear = f.sameLastYear;
    in.lookup = [refs](const QString &name) -> std::optional<double> {
        return refs.contains(name) ? std::optional<double>(refs.value(name).toDouble())
                                   : std::nullopt;
    };
    f.status = StatusEvaluator::evaluate(ind, in, f.asOf, f.asOf);
    QCOMPARE(int(f.status.evaluated), status);
    const Formatter en(QStringLiteral("en"));
    QCOMPARE(en.statusText(f.status), word);
    const Comparison c = en.comparison(f);
    QCOMPARE(c.text, comparison);
    // the comparison printed is the one judged: re-judged on the printed number, it agrees
    if (c.judged
        && (status == int(Status::Ok) || status == int(Status::Warn)
            || status == int(Status::Critical)))
        QCOMPARE(compareValues(*c.shown, c.op, *c.against), status != int(Status::Ok));
}

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"
